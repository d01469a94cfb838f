import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar as calendarArb, instant } from './arbitraries.testing';
import { addBusinessMs, businessMsBetween, isBusinessOpen } from './business-time';
import { CalendarError, type Calendar } from './calendar';
import { slaState, type SlaEvent, type SlaPolicy } from './sla';

const MIN = 60_000;
const H = 60 * MIN;
// London in January is on GMT: local times read as UTC. Monday 2026-01-05.
const cal: Calendar = {
  timeZone: 'Europe/London',
  week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
};
const mon = (h: number, m = 0) => Date.UTC(2026, 0, 5, h, m);
const tue = (h: number, m = 0) => Date.UTC(2026, 0, 6, h, m);
const policy: SlaPolicy = { firstResponseMs: 4 * H, nextResponseMs: 2 * H, warnBeforeMs: H, pauseStatuses: ['pending', 'onhold'] };

const customer = (at: number): SlaEvent => ({ kind: 'customer_message', at });
const agent = (at: number): SlaEvent => ({ kind: 'agent_reply', at });
const status = (at: number, s: 'open' | 'pending' | 'onhold' | 'solved'): SlaEvent => ({ kind: 'status', at, status: s });
const state = (events: SlaEvent[], now: number, p: SlaPolicy = policy) => slaState(p, cal, { events }, now);

describe('slaState', () => {
  it('goes ok → warn → breached as business time passes', () => {
    const events = [customer(mon(10))];
    expect(state(events, mon(11))).toEqual({ state: 'ok', target: 'first', dueMs: mon(14), warnMs: mon(13), remainingBusinessMs: 3 * H });
    expect(state(events, mon(13, 30))).toEqual({ state: 'warn', target: 'first', dueMs: mon(14), warnMs: mon(13), remainingBusinessMs: 30 * MIN });
    expect(state(events, mon(14))).toMatchObject({ state: 'breached', dueMs: mon(14), remainingBusinessMs: 0 });
    expect(state(events, mon(15))).toEqual({ state: 'breached', target: 'first', dueMs: mon(14), warnMs: mon(13), remainingBusinessMs: -H });
  });

  it('warns exactly when remaining reaches warnBeforeMs', () => {
    const events = [customer(mon(10))];
    expect(state(events, mon(13) - 1).state).toBe('ok');
    expect(state(events, mon(13)).state).toBe('warn');
  });

  it('runs the first target until the agent first replies, then the next target', () => {
    const events = [customer(mon(10)), agent(mon(11)), customer(mon(12)), customer(mon(12, 30))];
    // The clock starts at the first customer message after the reply (12:00), not the latest.
    expect(state(events, mon(12, 30))).toEqual({ state: 'ok', target: 'next', dueMs: mon(14), warnMs: mon(13), remainingBusinessMs: 1.5 * H });
    expect(state(events, mon(13))).toMatchObject({ state: 'warn', target: 'next', remainingBusinessMs: H });
  });

  it('uses the next target when the agent wrote first', () => {
    expect(state([agent(mon(9)), customer(mon(10))], mon(10))).toMatchObject({ target: 'next', dueMs: mon(12) });
  });

  it('is met when the agent replied within the target and the customer has not written since', () => {
    const events = [customer(mon(10)), agent(mon(11))];
    expect(state(events, mon(12))).toEqual({ state: 'met', target: 'first', dueMs: null, warnMs: null, remainingBusinessMs: 3 * H });
    // Further replies from the agent do not change that.
    expect(state([...events, agent(mon(15))], tue(10))).toMatchObject({ state: 'met', target: 'first' });
    // A later target met: reports that one.
    expect(state([...events, customer(mon(12)), agent(mon(13, 30))], mon(16))).toMatchObject({ state: 'met', target: 'next', remainingBusinessMs: 30 * MIN });
  });

  it('is none when nothing waits and the last target was not met', () => {
    const none = { state: 'none', target: null, dueMs: null, warnMs: null, remainingBusinessMs: null };
    expect(state([], mon(12))).toEqual(none);
    expect(state([agent(mon(10))], mon(12))).toEqual(none);
    expect(state([status(mon(10), 'pending')], mon(12))).toEqual(none);
    // Replied after the 4 h target had passed.
    expect(state([customer(mon(10)), agent(mon(15))], mon(16))).toEqual(none);
  });

  it('pauses while in a pausing status, and the due time moves later by the paused business time', () => {
    const waiting = [customer(mon(10)), status(mon(11), 'pending')];
    expect(state(waiting, mon(12))).toEqual({
      state: 'paused',
      target: 'first',
      dueMs: null,
      warnMs: null,
      remainingBusinessMs: 3 * H,
      pausedReason: 'status',
      pausedStatus: 'pending',
    });
    // Back to open at 13:00 after 2 business hours paused: due 16:00 instead of 14:00.
    const resumed = [...waiting, status(mon(13), 'open')];
    expect(state(resumed, mon(13, 30))).toEqual({ state: 'ok', target: 'first', dueMs: mon(16), warnMs: mon(15), remainingBusinessMs: 2.5 * H });
    expect(state(resumed, mon(16))).toMatchObject({ state: 'breached', remainingBusinessMs: 0 });
  });

  it('counts only the business part of a pause that spans the night', () => {
    // Paused Monday 16:00 → Tuesday 10:00 = 1 h + 1 h of business time.
    const events = [customer(mon(10)), status(mon(16), 'onhold'), status(tue(10), 'open')];
    expect(state(events, tue(10))).toMatchObject({ state: 'breached', remainingBusinessMs: -2 * H, dueMs: mon(14), warnMs: mon(13) });
    const events2 = [customer(mon(14)), status(mon(16), 'onhold'), status(tue(10), 'open')];
    // 2 h counted before the pause; 2 h left from Tuesday 10:00.
    expect(state(events2, tue(10))).toMatchObject({ state: 'ok', remainingBusinessMs: 2 * H, dueMs: tue(12), warnMs: tue(11) });
  });

  it('shows a pause by status even after the breach, with the time over', () => {
    const events = [customer(mon(10)), status(mon(15), 'pending')];
    expect(state(events, mon(16))).toMatchObject({ state: 'paused', pausedReason: 'status', remainingBusinessMs: -H, dueMs: mon(14), warnMs: mon(13) });
  });

  it('a status that does not pause under the policy keeps the clock running', () => {
    expect(state([customer(mon(10)), status(mon(11), 'solved')], mon(12))).toMatchObject({ state: 'ok', remainingBusinessMs: 2 * H });
  });

  it('pauses outside business hours unless breached', () => {
    const events = [customer(mon(16))];
    expect(state(events, mon(18))).toEqual({
      state: 'paused',
      target: 'first',
      dueMs: tue(12),
      warnMs: tue(11),
      remainingBusinessMs: 3 * H,
      pausedReason: 'outside_hours',
    });
    // Written at night: nothing counted yet, due at 13:00 the next day.
    expect(state([customer(mon(20))], mon(22))).toMatchObject({ state: 'paused', pausedReason: 'outside_hours', dueMs: tue(13), remainingBusinessMs: 4 * H });
    expect(state([customer(mon(10))], mon(20))).toMatchObject({ state: 'breached', remainingBusinessMs: -3 * H });
  });

  it('sorts events defensively and ignores those after now', () => {
    const events = [customer(mon(12)), agent(mon(11)), customer(mon(10)), agent(mon(13))];
    expect(state(events, mon(12, 30))).toMatchObject({ state: 'ok', target: 'next', dueMs: mon(14) });
    expect(state(events, mon(13, 30))).toMatchObject({ state: 'met', target: 'next' });
  });

  it('puts warnMs at the start when the warning is longer than the target', () => {
    expect(state([customer(mon(10))], mon(10, 30), { ...policy, warnBeforeMs: 5 * H })).toMatchObject({ state: 'warn', warnMs: mon(10), dueMs: mon(14) });
  });

  it('refuses an invalid calendar or policy', () => {
    expect(() => slaState(policy, { timeZone: 'Mars/Olympus' }, { events: [] }, mon(10))).toThrow(CalendarError);
    expect(() => state([], mon(10), { ...policy, firstResponseMs: -1 })).toThrow(RangeError);
    expect(() => state([], mon(10), { ...policy, warnBeforeMs: Number.NaN })).toThrow(RangeError);
  });
});

describe('slaState properties (random calendars, 2024–2030)', () => {
  it('counts business time outside the pause, and due/warn are where that count reaches target/target − warn', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.array(instant, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 40 * H }),
        fc.integer({ min: 0, max: 4 * H }),
        (calendar, xs, target, warn) => {
          const [a, p1, p2, now] = xs.sort((x, y) => x - y) as [number, number, number, number];
          const p: SlaPolicy = { firstResponseMs: target, nextResponseMs: target, warnBeforeMs: warn, pauseStatuses: ['pending'] };
          const s = slaState(p, calendar, { events: [customer(a), status(p1, 'pending'), status(p2, 'open')] }, now);
          const counted = (x: number, y: number) =>
            businessMsBetween(calendar, x, y) - businessMsBetween(calendar, Math.max(p1, x), Math.min(p2, y));
          const remaining = target - counted(a, now);
          expect(s.remainingBusinessMs).toBe(remaining);
          expect(s.target).toBe('first');
          const expected = remaining <= 0 ? 'breached' : !isBusinessOpen(calendar, now) ? 'paused' : remaining <= warn ? 'warn' : 'ok';
          expect(s.state).toBe(expected);
          expect(counted(a, s.dueMs!)).toBe(target);
          if (remaining > 0) expect(s.dueMs).toBe(addBusinessMs(calendar, now, remaining));
          else expect(s.dueMs!).toBeLessThanOrEqual(now);
          expect(counted(a, s.warnMs!)).toBe(Math.max(0, target - warn));
          expect(s.warnMs!).toBeLessThanOrEqual(s.dueMs!);
        },
      ),
      { numRuns: 200 },
    );
  });
});
