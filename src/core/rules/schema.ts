/**
 * valibot schemas for reminder rules and `settings.reminders`, for the options page (validation
 * on input), rule packs and the background's settings reader. Sizes are capped so a hostile or
 * broken configuration stays cheap to check and to evaluate.
 */
import * as v from 'valibot';
import { unknownPlaceholders } from './template';
import { CANCEL_EVENTS, DELAY_UNITS, PLACEHOLDERS, RETRIGGER, TRIGGER_DATES, TRIGGER_EVENTS, type DelayUnit, type ReminderRule } from './types';

export const MAX_REMINDER_RULES = 100;
export const MAX_TITLE = 200;
export const MAX_MESSAGE = 2_000;
export const MAX_REPEAT = 60;
const MAX_CONDITION_VALUES = 50;
/** A delay reaches at most a year (366 days) either way. */
export const MAX_DELAY: Record<DelayUnit, number> = { minutes: 366 * 24 * 60, hours: 366 * 24, days: 366 };

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

const template = (min: number, max: number) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(min, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check(
      (t) => unknownPlaceholders(t).length === 0,
      (issue) =>
        `unknown placeholder ${unknownPlaceholders(String(issue.input)).map((p) => `{${p}}`).join(', ')}; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    ),
  );

const conditionList = v.optional(
  v.pipe(v.array(text(200), 'must be a list of texts'), v.maxLength(MAX_CONDITION_VALUES, `at most ${MAX_CONDITION_VALUES} entries`)),
);

export const RuleDelaySchema = v.pipe(
  v.strictObject({
    amount: v.pipe(v.number('must be a number'), v.finite('must be a number')),
    unit: v.picklist(DELAY_UNITS, `must be one of ${DELAY_UNITS.join(', ')}`),
    business: v.boolean('must be true (business time) or false (calendar time)'),
  }),
  v.forward(
    v.check((d) => Math.abs(d.amount) <= MAX_DELAY[d.unit], 'must be at most a year (366 days) either way'),
    ['amount'],
  ),
  v.forward(
    v.check((d) => d.unit !== 'days' || Number.isInteger(d.amount), 'must be a whole number of days'),
    ['amount'],
  ),
);

const conversationEvent = (r: { trigger: { type: string; event?: string } }) => r.trigger.type === 'event' && r.trigger.event !== 'first_contact';

export const ReminderRuleSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string('must be text'), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 lower-case letters, digits and dashes')),
    name: text(100),
    enabled: v.boolean('must be true or false'),
    trigger: v.variant(
      'type',
      [
        v.strictObject({ type: v.literal('event'), event: v.picklist(TRIGGER_EVENTS, `must be one of ${TRIGGER_EVENTS.join(', ')}`) }),
        v.strictObject({
          type: v.literal('date'),
          date: v.picklist(TRIGGER_DATES, `must be one of ${TRIGGER_DATES.join(', ')}`),
          time: v.pipe(v.string('must be a time HH:MM'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM')),
        }),
      ],
      'must be an event trigger {type: "event", event} or a date trigger {type: "date", date, time}',
    ),
    delay: RuleDelaySchema,
    repeat: v.optional(
      v.strictObject({
        every: RuleDelaySchema,
        count: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(2, 'must be at least 2'), v.maxValue(MAX_REPEAT, `must be at most ${MAX_REPEAT}`)),
      }),
    ),
    retrigger: v.optional(v.picklist(RETRIGGER, `must be one of ${RETRIGGER.join(', ')}`)),
    cancelOn: v.optional(v.pipe(v.array(v.picklist(CANCEL_EVENTS, `must be one of ${CANCEL_EVENTS.join(', ')}`)), v.maxLength(CANCEL_EVENTS.length))),
    when: v.optional(v.strictObject({ sites: conditionList, labels: conditionList, customerDomains: conditionList, subjectWords: conditionList })),
    title: template(1, MAX_TITLE),
    message: template(0, MAX_MESSAGE),
  }),
  v.forward(
    v.check((r) => r.delay.amount >= 0 || r.trigger.type === 'date', 'can be negative (before the date) only for a date trigger'),
    ['delay', 'amount'],
  ),
  v.forward(
    v.check((r) => r.delay.amount >= 0 || !r.delay.business || r.delay.unit === 'days', 'business hours and minutes cannot be negative; use days'),
    ['delay', 'amount'],
  ),
  v.forward(v.check((r) => !r.repeat || r.repeat.every.amount > 0, 'amount must be more than 0'), ['repeat', 'every']),
  v.forward(
    v.check((r) => conversationEvent(r) || !r.cancelOn?.length, 'applies only to conversation events (resolved, customer message, agent reply, reopened)'),
    ['cancelOn'],
  ),
  v.forward(
    v.check((r) => conversationEvent(r) || r.retrigger === undefined, 'applies only to conversation events (resolved, customer message, agent reply, reopened)'),
    ['retrigger'],
  ),
);

// The schema's output is a ReminderRule (checked at compile time).
type RuleOutput = v.InferOutput<typeof ReminderRuleSchema>;
const _rule: (r: RuleOutput) => ReminderRule = (r) => r;
void _rule;

/** `settings.reminders` as stored. Every field is optional; rules replace shipped ones by id. */
export const ReminderSettingsSchema = v.strictObject({
  /** Master switch for rule reminders (manual ones always work). */
  enabled: v.optional(v.boolean('must be true or false')),
  rules: v.optional(
    v.pipe(
      v.array(ReminderRuleSchema, 'must be a list of rules'),
      v.maxLength(MAX_REMINDER_RULES, `at most ${MAX_REMINDER_RULES} rules`),
      v.check((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'two rules have the same id'),
    ),
  ),
  /** What the notification's Snooze button gives. */
  snoozeMinutes: v.optional(
    v.pipe(v.number('must be a number'), v.integer('must be a whole number of minutes'), v.minValue(1, 'must be at least 1'), v.maxValue(7 * 24 * 60, 'must be at most a week')),
  ),
  /** For {agent.name} in templates. */
  agentName: v.optional(v.pipe(v.string('must be text'), v.trim(), v.maxLength(100, 'must be at most 100 characters'))),
});

export type ReminderSettingsInput = v.InferInput<typeof ReminderSettingsSchema>;

/** "delay.amount: must be a number" from a valibot issue, with list indexes as [n]. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

export function formatIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string[] {
  return issues.map((issue) => {
    const path = issuePath(issue, prefix);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

export type RuleCheck = { ok: true; rule: ReminderRule } | { ok: false; problems: string[] };

/** Validates one rule (options page, rule packs); problems name the path, e.g. "delay.amount: …". */
export function checkReminderRule(input: unknown, prefix = ''): RuleCheck {
  const result = v.safeParse(ReminderRuleSchema, input);
  return result.success ? { ok: true, rule: result.output } : { ok: false, problems: formatIssues(result.issues, prefix) };
}
