/**
 * The team's response targets as stored in settings (storage.local `settings.sla`), read into what
 * the clock needs. Kept apart from settings.ts so the content script, which only needs the agent's
 * identity, does not carry the calendar code.
 */
import { validateCalendar, type Calendar, type PolicyRule, type SlaPolicy, type SlaStatus } from '../clock';
import { DEFAULT_SLA_POLICY } from './sla-defaults';

export interface SlaSettings {
  /** The team's base targets. */
  policy: SlaPolicy;
  /** Ordered rules that set other targets for some conversations (first match wins). */
  rules: PolicyRule[];
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
  const rules: PolicyRule[] = [];
  if (s.policies !== undefined) {
    if (!Array.isArray(s.policies)) problems.push('sla.policies: expected a list of rules');
    else s.policies.slice(0, MAX_RULES).forEach((raw, i) => {
      const rule = readRule(raw, `sla.policies[${i}]`, problems);
      if (rule) rules.push(rule);
    });
  }

  let notifyBeforeBreach = true;
  if (s.notifyBeforeBreach !== undefined) {
    if (typeof s.notifyBeforeBreach === 'boolean') notifyBeforeBreach = s.notifyBeforeBreach;
    else problems.push('sla.notifyBeforeBreach: expected true or false');
  }
  return { settings: { policy, rules, calendar, notifyBeforeBreach }, problems };
}

const MAX_RULES = 200;
const MAX_VALUES = 200;
const CONDITIONS = ['sites', 'labels', 'customerDomains', 'subjectWords'] as const;

function stringList(value: unknown, path: string, problems: string[]): string[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_VALUES || !value.every((v) => typeof v === 'string' && v.trim() !== '' && v.length <= 200)) {
    problems.push(`${path}: expected a list of up to ${MAX_VALUES} non-empty texts`);
    return null;
  }
  return value.map((v: string) => v.trim());
}

/** A rule with a name, at least one condition and at least one target; anything else is left out. */
function readRule(raw: unknown, path: string, problems: string[]): PolicyRule | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${path}: expected a rule object`);
    return null;
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name.trim() === '' || r.name.length > 200) {
    problems.push(`${path}.name: expected a name`);
    return null;
  }
  const whenRaw = typeof r.when === 'object' && r.when !== null ? (r.when as Record<string, unknown>) : null;
  if (!whenRaw) {
    problems.push(`${path}.when: expected conditions`);
    return null;
  }
  const when: PolicyRule['when'] = {};
  for (const key of CONDITIONS) {
    const list = stringList(whenRaw[key], `${path}.when.${key}`, problems);
    if (list === null) return null;
    if (list?.length) when[key] = list;
  }
  if (Object.keys(when).length === 0) {
    problems.push(`${path}.when: needs at least one condition (${CONDITIONS.join(', ')})`);
    return null;
  }
  const before = problems.length;
  const rule: PolicyRule = { name: r.name.trim(), when };
  if (r.firstResponseMinutes !== undefined) rule.firstResponseMs = minutes(r.firstResponseMinutes, `${path}.firstResponseMinutes`, 0, problems);
  if (r.nextResponseMinutes !== undefined) rule.nextResponseMs = minutes(r.nextResponseMinutes, `${path}.nextResponseMinutes`, 0, problems);
  if (r.warnBeforeMinutes !== undefined) rule.warnBeforeMs = minutes(r.warnBeforeMinutes, `${path}.warnBeforeMinutes`, 0, problems, true);
  if (problems.length > before) return null;
  if (rule.firstResponseMs === undefined && rule.nextResponseMs === undefined && rule.warnBeforeMs === undefined) {
    problems.push(`${path}: sets no target (firstResponseMinutes, nextResponseMinutes or warnBeforeMinutes)`);
    return null;
  }
  return rule;
}
