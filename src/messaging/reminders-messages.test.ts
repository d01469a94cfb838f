import { describe, expect, it } from 'vitest';
import { checkRemindersMessage, isRemindersPageMessage } from './validate';

const add = { type: 'reminders/add', conversationKey: 'demo:42', url: 'https://helpdesk.demo.example/tickets/42', when: { kind: 'tomorrow', time: '09:00' }, note: 'Call back' };
const dates = { type: 'reminders/set-customer', conversationKey: 'demo:42', address: 'meera@example.net', renewalDate: '2027-01-15', onboardingStart: null, personalDates: [{ label: 'birthday', date: '03-14' }] };

describe('reminder messages from the panel and the popup', () => {
  it('accepts each well-formed message', () => {
    for (const m of [
      { type: 'reminders/watch-conversation', conversationKey: 'demo:42', customerAddress: null },
      { type: 'reminders/watch-due' },
      add,
      { ...add, when: { kind: 'business-days', days: 2 } },
      { ...add, when: { kind: 'at', at: 1_800_000_000_000 } },
      { type: 'reminders/done', id: 'manual|demo:42|1|0' },
      { type: 'reminders/snooze', id: 'x', when: { kind: 'in', minutes: 60 } },
      { type: 'reminders/open', id: 'x' },
      dates,
    ]) {
      expect(checkRemindersMessage(m), JSON.stringify(m)).toEqual({ ok: true, value: m });
    }
  });

  it.each([
    ['a javascript: URL', { ...add, url: 'javascript:alert(1)' }, 'url'],
    ['an unknown choice', { ...add, when: { kind: 'someday' } }, 'when.kind'],
    ['a time 25:00', { ...add, when: { kind: 'tomorrow', time: '25:00' } }, 'when.time'],
    ['half a business day', { ...add, when: { kind: 'business-days', days: 0.5 } }, 'when.days'],
    ['a huge note', { ...add, note: 'x'.repeat(1_001) }, 'note'],
    ['an extra field', { ...add, extra: true }, ''],
    ['an empty id', { type: 'reminders/done', id: '' }, 'id'],
    ['a date in another format', { ...dates, renewalDate: '15/01/2027' }, 'renewalDate'],
    ['too many personal dates', { ...dates, personalDates: Array(21).fill({ label: 'x', date: '01-01' }) }, 'personalDates'],
    ['an empty label', { ...dates, personalDates: [{ label: '  ', date: '01-01' }] }, 'personalDates.0.label'],
    ['a panel message', { type: 'panel/set-collapsed', collapsed: true }, 'type'],
  ])('rejects %s, naming the path', (_name, input, path) => {
    const result = checkRemindersMessage(input);
    expect(result.ok).toBe(false);
    if (!result.ok && path) expect(result.error.startsWith(`${path}:`)).toBe(true);
  });

  it('pages recognise only reminder envelopes', () => {
    expect(isRemindersPageMessage({ type: 'reminders/due', reminders: [] })).toBe(true);
    expect(isRemindersPageMessage({ type: 'reminders/result', action: 'add', ok: true })).toBe(true);
    expect(isRemindersPageMessage({ type: 'reminders/due' })).toBe(false);
    expect(isRemindersPageMessage({ type: 'panel/state', state: { kind: 'loading' } })).toBe(false);
    expect(isRemindersPageMessage(null)).toBe(false);
  });
});
