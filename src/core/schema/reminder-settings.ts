/**
 * Reminder settings as stored (storage.local `settings.reminders`), read into what the background
 * needs: the rules in force (shipped defaults, each replaced by a stored rule with the same id,
 * then the team's own rules), the snooze length and the agent's name for templates. Never throws:
 * anything invalid is left out (a rule) or falls back to its default (a value), with a problem
 * naming its path for the options page and the background's log.
 */
import * as v from 'valibot';
import { DEFAULT_REMINDER_RULES, MAX_REMINDER_RULES, ReminderSettingsSchema, checkReminderRule, formatIssues, type ReminderRule } from '../rules';

export interface ReminderSettings {
  /** Rule reminders on/off (manual reminders always work). */
  enabled: boolean;
  /** Every rule, switched on or not, in order: the defaults first. */
  rules: ReminderRule[];
  snoozeMinutes: number;
  agentName: string;
}

export interface ReminderSettingsResult {
  settings: ReminderSettings;
  problems: string[];
}

export const DEFAULT_SNOOZE_MINUTES = 60;

/** The shipped rules with stored ones laid over them: same id replaces, new ids are appended. */
export function mergeRules(stored: readonly ReminderRule[]): ReminderRule[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const merged = DEFAULT_REMINDER_RULES.map((d) => structuredClone(byId.get(d.id) ?? d));
  const shipped = new Set(DEFAULT_REMINDER_RULES.map((d) => d.id));
  for (const r of stored) if (!shipped.has(r.id)) merged.push(structuredClone(r));
  return merged;
}

const field = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, path: string, fallback: T, problems: string[]): T => {
  if (value === undefined) return fallback;
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  problems.push(...formatIssues(result.issues, path));
  return fallback;
};

export function readReminderSettings(stored: unknown): ReminderSettingsResult {
  const problems: string[] = [];
  const raw = typeof stored === 'object' && stored !== null ? (stored as { reminders?: unknown }).reminders : undefined;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) problems.push('reminders: expected an object');
  const r = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const known = new Set(Object.keys(ReminderSettingsSchema.entries));
  for (const key of Object.keys(r).slice(0, 50)) if (!known.has(key)) problems.push(`reminders.${key.slice(0, 40)}: unknown setting`);

  const entries = ReminderSettingsSchema.entries;
  const enabled = field(entries.enabled, r.enabled, 'reminders.enabled', undefined, problems) ?? true;
  const snoozeMinutes = field(entries.snoozeMinutes, r.snoozeMinutes, 'reminders.snoozeMinutes', undefined, problems) ?? DEFAULT_SNOOZE_MINUTES;
  const agentName = field(entries.agentName, r.agentName, 'reminders.agentName', undefined, problems) ?? '';

  const rules: ReminderRule[] = [];
  if (r.rules !== undefined) {
    if (!Array.isArray(r.rules)) {
      problems.push('reminders.rules: expected a list of rules');
    } else {
      if (r.rules.length > MAX_REMINDER_RULES) problems.push(`reminders.rules: at most ${MAX_REMINDER_RULES} rules; the rest are ignored`);
      const seen = new Set<string>();
      r.rules.slice(0, MAX_REMINDER_RULES).forEach((input: unknown, i) => {
        const checked = checkReminderRule(input, `reminders.rules[${i}]`);
        if (!checked.ok) {
          problems.push(...checked.problems);
        } else if (seen.has(checked.rule.id)) {
          problems.push(`reminders.rules[${i}].id: '${checked.rule.id}' is used by an earlier rule; this one is ignored`);
        } else {
          seen.add(checked.rule.id);
          rules.push(checked.rule);
        }
      });
    }
  }
  return { settings: { enabled, rules: mergeRules(rules), snoozeMinutes, agentName }, problems };
}
