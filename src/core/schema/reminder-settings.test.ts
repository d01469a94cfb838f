import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_RULES } from '../rules';
import { DEFAULT_SNOOZE_MINUTES, readReminderSettings } from './reminder-settings';

describe('readReminderSettings', () => {
  it('gives the shipped rules when nothing is set', () => {
    const { settings, problems } = readReminderSettings(undefined);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ enabled: true, rules: DEFAULT_REMINDER_RULES, snoozeMinutes: DEFAULT_SNOOZE_MINUTES, agentName: '' });
    expect(readReminderSettings({ agent: {}, sla: {} }).problems).toEqual([]);
  });

  it('switches a shipped rule off or replaces it by id, and appends the team\'s own', () => {
    const off = { ...DEFAULT_REMINDER_RULES[1]!, enabled: false };
    const own = { ...DEFAULT_REMINDER_RULES[0]!, id: 'vip-thanks', name: 'VIP thanks', when: { labels: ['VIP'] } };
    const { settings, problems } = readReminderSettings({ reminders: { rules: [own, off], snoozeMinutes: 15, agentName: ' Ravi ' } });
    expect(problems).toEqual([]);
    expect(settings.rules.map((r) => [r.id, r.enabled])).toEqual([...DEFAULT_REMINDER_RULES.map((r) => [r.id, r.id !== off.id]), ['vip-thanks', true]]);
    expect(settings.snoozeMinutes).toBe(15);
    expect(settings.agentName).toBe('Ravi');
  });

  it('leaves out invalid rules and falls back per value, naming each problem by its path', () => {
    const good = { ...DEFAULT_REMINDER_RULES[0]!, id: 'mine' };
    const { settings, problems } = readReminderSettings({
      reminders: { enabled: 'yes', snoozeMinutes: -1, colour: 'red', rules: [{ ...good, delay: { amount: 'one', unit: 'days', business: true } }, good, good] },
    });
    expect(settings.enabled).toBe(true);
    expect(settings.snoozeMinutes).toBe(DEFAULT_SNOOZE_MINUTES);
    expect(settings.rules.map((r) => r.id)).toEqual([...DEFAULT_REMINDER_RULES.map((r) => r.id), 'mine']);
    expect(problems).toEqual([
      'reminders.colour: unknown setting',
      'reminders.enabled: must be true or false',
      'reminders.snoozeMinutes: must be at least 1',
      'reminders.rules[0].delay.amount: must be a number',
      "reminders.rules[2].id: 'mine' is used by an earlier rule; this one is ignored",
    ]);
    expect(readReminderSettings({ reminders: [] }).problems).toEqual(['reminders: expected an object']);
    expect(readReminderSettings({ reminders: { rules: {} } }).problems).toEqual(['reminders.rules: expected a list of rules']);
  });

  it('never shares objects with the shipped defaults', () => {
    const { settings } = readReminderSettings(undefined);
    settings.rules[0]!.title = 'changed';
    expect(DEFAULT_REMINDER_RULES[0]!.title).not.toBe('changed');
  });
});
