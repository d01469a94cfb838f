/**
 * The team's response targets as stored in settings (storage.local `settings.sla`), read into what
 * the clock needs. Kept apart from settings.ts so the content script, which only needs the agent's
 * identity, does not carry the calendar code.
 */
import { validateCalendar, type Calendar, type SlaPolicy, type SlaStatus } from '../clock';
import { DEFAULT_SLA_POLICY } from './sla-defaults';

export interface SlaSettings {
  policy: SlaPolicy;
  /** null: Mon–Fri 09:00–17:00 in the agent's own time zone. */
  calendar: Calendar | null;
  /** Notify once per conversation and target when the warning time is reached. */
  notifyBeforeBreach: boolean;
}

export interface SlaSettingsResult {
  settings: SlaSettings;
  /** What was ignored and why, for the options page to show; empty when all was valid. */
  problems: string[];
}

const MINUTE = 60_000;
const MAX_MINUTES = 366 * 24 * 60;
const PAUSABLE: readonly Exclude<SlaStatus, 'open'>[] = ['pending', 'onhold', 'solved'];

function minutes(value: unknown, path: string, fallbackMs: number, problems: string[], allowZero = false): number {
  if (value === undefined) return fallbackMs;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0) || value > MAX_MINUTES) {
    problems.push(`${path}: ${JSON.stringify(value)} is not a number of minutes between ${allowZero ? 0 : 'more than 0'} and ${MAX_MINUTES}`);
    return fallbackMs;
  }
  return value * MINUTE;
}

/** Never throws: anything invalid falls back to the default for that field, with a problem noted. */
export function readSlaSettings(stored: unknown): SlaSettingsResult {
  const problems: string[] = [];
  const sla = typeof stored === 'object' && stored !== null ? (stored as { sla?: unknown }).sla : undefined;
  const s = typeof sla === 'object' && sla !== null ? (sla as Record<string, unknown>) : {};
  if (sla !== undefined && (typeof sla !== 'object' || sla === null)) problems.push('sla: expected an object');

  let pauseStatuses = DEFAULT_SLA_POLICY.pauseStatuses;
  if (s.pauseStatuses !== undefined) {
    if (Array.isArray(s.pauseStatuses) && s.pauseStatuses.every((x) => PAUSABLE.includes(x as never))) {
      pauseStatuses = [...new Set(s.pauseStatuses as Exclude<SlaStatus, 'open'>[])];
    } else {
      problems.push(`sla.pauseStatuses: expected a list of ${PAUSABLE.join(', ')}`);
    }
  }

  let calendar: Calendar | null = null;
  if (s.calendar !== undefined && s.calendar !== null) {
    const checked = validateCalendar(s.calendar);
    if (checked.ok) calendar = checked.calendar;
    else problems.push(...checked.errors.map((e) => `sla.calendar.${e.path}: ${e.message}`));
  }

  const policy: SlaPolicy = {
    firstResponseMs: minutes(s.firstResponseMinutes, 'sla.firstResponseMinutes', DEFAULT_SLA_POLICY.firstResponseMs, problems),
    nextResponseMs: minutes(s.nextResponseMinutes, 'sla.nextResponseMinutes', DEFAULT_SLA_POLICY.nextResponseMs, problems),
    warnBeforeMs: minutes(s.warnBeforeMinutes, 'sla.warnBeforeMinutes', DEFAULT_SLA_POLICY.warnBeforeMs, problems, true),
    pauseStatuses,
  };
  let notifyBeforeBreach = true;
  if (s.notifyBeforeBreach !== undefined) {
    if (typeof s.notifyBeforeBreach === 'boolean') notifyBeforeBreach = s.notifyBeforeBreach;
    else problems.push('sla.notifyBeforeBreach: expected true or false');
  }
  return { settings: { policy, calendar, notifyBeforeBreach }, problems };
}
