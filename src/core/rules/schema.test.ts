import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_REMINDER_RULES } from './defaults';
import { ReminderRuleSchema, ReminderSettingsSchema, checkReminderRule } from './schema';
import { firstName, renderTemplate, unknownPlaceholders } from './template';
import { dueAtFor, manualReminderId } from './manual';
import { dateAt } from './timing';
import type { ReminderRule } from './types';

const base = (): ReminderRule => structuredClone(DEFAULT_REMINDER_RULES[0]!);

describe('ReminderRuleSchema', () => {
  it('accepts every shipped rule unchanged', () => {
    for (const rule of DEFAULT_REMINDER_RULES) expect(checkReminderRule(rule), rule.id).toEqual({ ok: true, rule });
    expect(new Set(DEFAULT_REMINDER_RULES.map((r) => r.id)).size).toBe(DEFAULT_REMINDER_RULES.length);
  });

  it.each([
    ['an id with spaces', { id: 'My rule' }, 'id: must be 1–64'],
    ['an empty name', { name: '  ' }, 'name: must not be empty'],
    ['an unknown trigger event', { trigger: { type: 'event', event: 'sold' } }, 'trigger.event: must be one of'],
    ['a date trigger without a time', { trigger: { type: 'date', date: 'renewal' } }, 'trigger.time: Invalid key'],
    ['a time 24:00', { trigger: { type: 'date', date: 'renewal', time: '24:00' }, retrigger: undefined, cancelOn: undefined }, 'trigger.time: must be a time HH:MM'],
    ['a negative delay after an event', { delay: { amount: -1, unit: 'days', business: true } }, 'delay.amount: can be negative (before the date) only for a date trigger'],
    ['half a day', { delay: { amount: 1.5, unit: 'days', business: true } }, 'delay.amount: must be a whole number of days'],
    ['more than a year', { delay: { amount: 9000, unit: 'hours', business: false } }, 'delay.amount: must be at most a year'],
    ['a text amount', { delay: { amount: '1', unit: 'days', business: true } }, 'delay.amount: must be a number'],
    ['a cadence of one', { repeat: { every: { amount: 1, unit: 'days', business: true }, count: 1 } }, 'repeat.count: must be at least 2'],
    ['a cadence of 1000', { repeat: { every: { amount: 1, unit: 'days', business: true }, count: 1000 } }, 'repeat.count: must be at most 60'],
    ['an unknown placeholder', { title: 'Call {customer.first}' }, 'title: unknown placeholder {customer.first}'],
    ['a huge message', { message: 'x'.repeat(2001) }, 'message: must be at most 2000 characters'],
    ['an unknown field', { colour: 'red' }, 'colour'],
    ['cancelOn on a date trigger', { trigger: { type: 'date', date: 'renewal', time: '09:00' }, retrigger: undefined }, 'cancelOn: applies only to conversation events'],
    ['too many condition values', { when: { labels: Array.from({ length: 51 }, (_, i) => `l${i}`) } }, 'when.labels: at most 50 entries'],
  ])('rejects %s, naming the path', (_name, change, problem) => {
    const result = checkReminderRule({ ...base(), ...change }, 'reminders.rules[3]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(`reminders.rules[3].${problem}`);
  });

  it('accepts a negative delay in days before a date, and calendar hours before it', () => {
    const renewal = DEFAULT_REMINDER_RULES.find((r) => r.id === 'renewal-value-recap')!;
    expect(checkReminderRule({ ...renewal, delay: { amount: -10, unit: 'days', business: true } }).ok).toBe(true);
    expect(checkReminderRule({ ...renewal, delay: { amount: -3, unit: 'hours', business: false } }).ok).toBe(true);
    expect(checkReminderRule({ ...renewal, delay: { amount: -3, unit: 'hours', business: true } }).ok).toBe(false);
  });

  it('settings: unique ids, bounded lists', () => {
    const twice = v.safeParse(ReminderSettingsSchema, { rules: [base(), base()] });
    expect(twice.success).toBe(false);
    expect(v.safeParse(ReminderSettingsSchema, { rules: [base()], snoozeMinutes: 30, agentName: 'Ravi', enabled: true }).success).toBe(true);
    expect(v.safeParse(ReminderSettingsSchema, { snoozeMinutes: 0 }).success).toBe(false);
    expect(v.safeParse(ReminderRuleSchema, null).success).toBe(false);
  });
});

describe('templates', () => {
  it('fill placeholders and tidy the gaps an empty value leaves', () => {
    expect(renderTemplate('Hi {customer.firstName}, about "{subject}". {agent.name}', { 'customer.firstName': 'Meera', subject: 'Refund', 'agent.name': '' })).toBe(
      'Hi Meera, about "Refund".',
    );
    expect(renderTemplate('Hi {customer.firstName} , thanks', {})).toBe('Hi, thanks');
    expect(unknownPlaceholders('{subject} {agent} {x.y} {subject}')).toEqual(['agent', 'x.y']);
  });

  it('find a first name to greet by', () => {
    expect(firstName('Meera Kapoor', 'meera@example.net')).toBe('Meera');
    expect(firstName('Kapoor, Meera', null)).toBe('Meera');
    expect(firstName('"Arjun Rao" (Acme)', null)).toBe('Arjun');
    expect(firstName('', 'priya.nair@example.com')).toBe('Priya');
    expect(firstName('priya.nair@example.com', null)).toBe('Priya');
    expect(firstName('মীরা কাপুর', null)).toBe('মীরা');
    expect(firstName('', null)).toBe('');
  });
});

describe('manual reminders', () => {
  const ctx = { calendar: { timeZone: 'Asia/Kolkata', week: { mon: [['09:00', '17:00']] as [string, string][], tue: [['09:00', '17:00']] as [string, string][], wed: [['09:00', '17:00']] as [string, string][] } }, timeZone: 'America/New_York' };
  const now = dateAt('America/New_York', '2026-11-23', '23:30')!; // Monday night in New York = Tuesday 10:00 in India

  it('"tomorrow 9:00" is in the agent\'s own zone; business days use the team calendar', () => {
    expect(dueAtFor({ kind: 'tomorrow', time: '09:00' }, ctx, now)).toBe(dateAt('America/New_York', '2026-11-24', '09:00'));
    // Tuesday 10:00 IST + 1 open day = Wednesday 10:00 IST; + 2 = Monday (Thu–Sun closed).
    expect(dueAtFor({ kind: 'business-days', days: 1 }, ctx, now)).toBe(dateAt('Asia/Kolkata', '2026-11-25', '10:00'));
    expect(dueAtFor({ kind: 'business-days', days: 2 }, ctx, now)).toBe(dateAt('Asia/Kolkata', '2026-11-30', '10:00'));
    expect(dueAtFor({ kind: 'in', minutes: 60 }, ctx, now + 1234)).toBe(now + 3_600_000);
    expect(dueAtFor({ kind: 'at', at: now + 5 }, ctx, now)).toBe(now + 5);
    expect(() => dueAtFor({ kind: 'tomorrow', time: '25:00' }, ctx, now)).toThrow(RangeError);
  });

  it('the same reminder added twice has the same id', () => {
    expect(manualReminderId('demo:42', 1000, 'Call back ')).toBe(manualReminderId('demo:42', 1000, 'Call back'));
    expect(manualReminderId('demo:42', 1000, 'Call back')).not.toBe(manualReminderId('demo:42', 1000, 'Call later'));
    expect(manualReminderId('demo:42', 1000, '')).not.toBe(manualReminderId('demo:42', 2000, ''));
  });
});
