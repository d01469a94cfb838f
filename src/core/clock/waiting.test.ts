import { describe, expect, it } from 'vitest';
import { formatDuration, splitDuration, waitingState, type DurationWords } from './waiting';

const MIN = 60_000;
const H = 60 * MIN;
const t0 = Date.UTC(2026, 10, 23, 9, 0);

describe('waitingState', () => {
  it('is waiting since the first unanswered customer message', () => {
    const s = waitingState([
      { author: 'customer', at: t0 },
      { author: 'agent', at: t0 + H },
      { author: 'customer', at: t0 + 2 * H },
      { author: 'customer', at: t0 + 3 * H },
    ]);
    expect(s).toEqual({ kind: 'waiting', since: t0 + 2 * H, lastCustomerAt: t0 + 3 * H, lastAgentAt: t0 + H });
  });

  it('is answered when the agent wrote last', () => {
    expect(
      waitingState([
        { author: 'customer', at: t0 },
        { author: 'agent', at: t0 + 10 * MIN },
      ]),
    ).toEqual({ kind: 'answered', at: t0 + 10 * MIN, lastCustomerAt: t0 });
  });

  it('waits from the first message when the agent never replied', () => {
    const s = waitingState([
      { author: 'customer', at: t0 },
      { author: 'customer', at: t0 + MIN },
    ]);
    expect(s).toMatchObject({ kind: 'waiting', since: t0, lastAgentAt: null });
  });

  it('ignores messages without a time and orders by time', () => {
    const s = waitingState([
      { author: 'customer', at: null },
      { author: 'agent', at: t0 + H },
      { author: 'customer', at: t0 },
    ]);
    expect(s).toEqual({ kind: 'answered', at: t0 + H, lastCustomerAt: t0 });
  });

  it('is unknown with no timed messages', () => {
    expect(waitingState([])).toEqual({ kind: 'unknown' });
    expect(waitingState([{ author: 'customer', at: null }])).toEqual({ kind: 'unknown' });
  });
});

const en: DurationWords = {
  minutes: (m) => `${m} min`,
  hoursMinutes: (h, m) => `${h} h ${m} min`,
  daysHours: (d, h) => `${d} d ${h} h`,
  number: (n) => String(n),
};

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [59_999, '0 min'],
    [47 * MIN, '47 min'],
    [59 * MIN + 59_000, '59 min'],
    [H, '1 h 00 min'],
    [2 * H + 5 * MIN, '2 h 05 min'],
    [23 * H + 59 * MIN, '23 h 59 min'],
    [24 * H, '1 d 0 h'],
    [3 * 24 * H + 4 * H + 30 * MIN, '3 d 4 h'],
    [-5 * MIN, '0 min'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatDuration(ms, en)).toBe(text);
  });

  it('uses the language digits', () => {
    const bn: DurationWords = { ...en, number: (n) => new Intl.NumberFormat('bn').format(n) };
    expect(formatDuration(2 * H + 5 * MIN, bn)).toBe('২ h ০৫ min');
  });

  it('splits durations', () => {
    expect(splitDuration(25 * H + 61 * MIN)).toEqual({ days: 1, hours: 2, minutes: 1 });
  });
});
