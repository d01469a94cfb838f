import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../schema/sla-defaults';
import { bucketsFor } from './buckets';
import { computeMetrics, type MetricsInput } from './compute';
import type { EventLike, Figures } from './types';

const MIN = 60_000;
const H = 60 * MIN;
const ist = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) - 5.5 * H;
const TZ = 'Asia/Kolkata';
const policy = { firstResponseMs: 4 * H, nextResponseMs: 8 * H };

const e = (conversationKey: string, kind: EventLike['kind'], at: number, status?: string): EventLike => ({
  conversationKey,
  kind,
  at,
  ...(status ? { status } : {}),
});

/**
 * Hand-made history (Mon–Fri 09:00–17:00 IST): 2026-10-31 is a Saturday, 2026-11-01 a Sunday,
 * 2026-11-02 a Monday. Business / calendar minutes of each response in the comments.
 */
const EVENTS: EventLike[] = [
  // gmail:a — Sat 22:00 → Sat 23:00: first, 0 / 60 (October).
  e('gmail:a', 'customer_message', ist(2026, 10, 31, 22)),
  e('gmail:a', 'agent_reply', ist(2026, 10, 31, 23)),
  // gmail:b — Sat 23:30 → Sun 00:30 IST, which is still 31 October in UTC: first, 0 / 60 (November).
  e('gmail:b', 'customer_message', ist(2026, 10, 31, 23, 30)),
  e('gmail:b', 'agent_reply', ist(2026, 11, 1, 0, 30)),
  // gmail:c — asked before the period (Wed 30 Sep 16:00), answered Thu 1 Oct 10:00: first, 120 / 1080.
  e('gmail:c', 'customer_message', ist(2026, 9, 30, 16)),
  e('gmail:c', 'agent_reply', ist(2026, 10, 1, 10)),
  // gmail:d — never answered: an open wait in November.
  e('gmail:d', 'customer_message', ist(2026, 11, 20, 9)),
  // gmail:e — answered after the period: not counted.
  e('gmail:e', 'customer_message', ist(2026, 11, 30, 16)),
  e('gmail:e', 'agent_reply', ist(2026, 12, 1, 10)),
  // demo:1 — Mon 09:00 → 11:00: first, 120 / 120, met; solved with one reply.
  e('demo:1', 'status', ist(2026, 11, 2, 9), 'open'),
  e('demo:1', 'customer_message', ist(2026, 11, 2, 9)),
  e('demo:1', 'agent_reply', ist(2026, 11, 2, 11)),
  e('demo:1', 'status', ist(2026, 11, 2, 12), 'solved'),
  // demo:2 — Tue 09:00 → 15:00: first, 360 / 360, missed; Wed 09:00 → 10:00: next, 60 / 60, met; two replies.
  e('demo:2', 'customer_message', ist(2026, 11, 3, 9)),
  e('demo:2', 'agent_reply', ist(2026, 11, 3, 15)),
  e('demo:2', 'customer_message', ist(2026, 11, 4, 9)),
  e('demo:2', 'agent_reply', ist(2026, 11, 4, 10)),
  e('demo:2', 'status', ist(2026, 11, 4, 11), 'solved'),
];
const CONVERSATIONS = ['gmail:a', 'gmail:b', 'gmail:c', 'gmail:d', 'gmail:e', 'demo:1', 'demo:2'].map((key) => ({ key, site: key.split(':')[0]! }));

const input = (over: Partial<MetricsInput> = {}): MetricsInput => ({
  conversations: CONVERSATIONS,
  events: EVENTS,
  calendar: defaultCalendar(TZ),
  policy,
  from: ist(2026, 10, 1),
  to: ist(2026, 12, 1),
  bucket: 'month',
  timeZone: TZ,
  now: ist(2026, 12, 15),
  ...over,
});

/** A summary in minutes, for readable expectations. */
const mins = (s: { meanMs: number; medianMs: number; p90Ms: number } | null) => s && [s.meanMs / MIN, s.medianMs / MIN, s.p90Ms / MIN];
const brief = (f: Figures) => ({
  first: [f.first.count, mins(f.first.business), mins(f.first.calendar), f.first.met, f.first.attainment],
  next: [f.next.count, mins(f.next.business), mins(f.next.calendar), f.next.met, f.next.attainment],
  fcr: [f.fcr.resolved, f.fcr.decided, f.fcr.pending, f.fcr.rate],
  open: f.openWaits,
});

describe('computeMetrics', () => {
  const m = computeMetrics(input());

  it('buckets by local month in Asia/Kolkata: a reply at 00:30 IST on 1 November is November', () => {
    expect(m.buckets.map((b) => b.label)).toEqual(['2026-10-01', '2026-11-01']);
    expect(m.buckets[0]!.start).toBe(ist(2026, 10, 1));
    expect(m.buckets[1]!.start).toBe(ist(2026, 11, 1));
    expect(m.buckets[1]!.end).toBe(ist(2026, 12, 1));
    expect(m.sites).toEqual(['demo', 'gmail']);
  });

  it('October, gmail: two first responses (one asked before the period), both met, both resolved with one reply', () => {
    expect(brief(m.buckets[0]!.bySite.gmail!)).toEqual({
      // business [0, 120]: mean 60, median rank 1 → 0, p90 rank 2 → 120; calendar [60, 1080].
      first: [2, [60, 0, 120], [570, 60, 1080], 2, 1],
      next: [0, null, null, 0, null],
      fcr: [2, 2, 0, 1],
      open: 0,
    });
    expect(brief(m.buckets[0]!.bySite.demo!)).toEqual({
      first: [0, null, null, 0, null],
      next: [0, null, null, 0, null],
      fcr: [0, 0, 0, null],
      open: 0,
    });
  });

  it('November per site and for all sites', () => {
    const nov = m.buckets[1]!;
    expect(brief(nov.bySite.gmail!)).toEqual({ first: [1, [0, 0, 0], [60, 60, 60], 1, 1], next: [0, null, null, 0, null], fcr: [1, 1, 0, 1], open: 1 });
    expect(brief(nov.bySite.demo!)).toEqual({
      first: [2, [240, 120, 360], [240, 120, 360], 1, 0.5],
      next: [1, [60, 60, 60], [60, 60, 60], 1, 1],
      fcr: [1, 2, 0, 0.5],
      open: 0,
    });
    // first, business [0, 120, 360]: mean 160, median rank 2 → 120, p90 rank 3 → 360.
    expect(brief(nov.all)).toEqual({
      first: [3, [160, 120, 360], [180, 120, 360], 2, 2 / 3],
      next: [1, [60, 60, 60], [60, 60, 60], 1, 1],
      fcr: [2, 3, 0, 2 / 3],
      open: 1,
    });
  });

  it('totals for the period', () => {
    // first, business [0, 0, 120, 120, 360]; calendar [60, 60, 120, 360, 1080].
    expect(brief(m.totals.all)).toEqual({
      first: [5, [120, 120, 360], [336, 120, 1080], 4, 0.8],
      next: [1, [60, 60, 60], [60, 60, 60], 1, 1],
      fcr: [4, 5, 0, 0.8],
      open: 1,
    });
    expect(m.totals.bySite.gmail!.first.count).toBe(3);
    expect(m.totals.bySite.demo!.first.count).toBe(2);
  });

  it('weeks start on Monday and days are local', () => {
    const weeks = computeMetrics(input({ from: ist(2026, 10, 28), to: ist(2026, 11, 10), bucket: 'week' }));
    expect(weeks.buckets.map((b) => [b.label, b.all.first.count])).toEqual([
      ['2026-10-26', 2],
      ['2026-11-02', 2],
      ['2026-11-09', 0],
    ]);
    const days = computeMetrics(input({ from: ist(2026, 10, 31), to: ist(2026, 11, 2), bucket: 'day' }));
    expect(days.buckets.map((b) => [b.label, b.all.first.count])).toEqual([
      ['2026-10-31', 1],
      ['2026-11-01', 1],
    ]);
  });

  it('webmail first-contact resolution waits 7 quiet days before it counts', () => {
    const early = computeMetrics(input({ now: ist(2026, 11, 5) }));
    // gmail:b replied 1 Nov 00:30: 4 days of silence so far → pending, out of the rate.
    expect(early.buckets[1]!.bySite.gmail!.fcr).toEqual({ resolved: 0, decided: 0, pending: 1, rate: null });
  });

  it('gives the same figures whatever the order of the events', () => {
    const shuffled = [...EVENTS].reverse();
    expect(computeMetrics(input({ events: shuffled }))).toEqual(m);
    const interleaved = [...EVENTS].sort((x, y) => x.at - y.at);
    expect(computeMetrics(input({ events: interleaved }))).toEqual(m);
  });

  it('takes the site from the key when a conversation is missing from the list', () => {
    const r = computeMetrics(input({ conversations: [] }));
    expect(r.sites).toEqual(['demo', 'gmail']);
    expect(r.totals.all).toEqual(m.totals.all);
  });

  it('lists only sites with figures in the period, however much older history is given', () => {
    const old = [e('zendesk:9', 'customer_message', ist(2026, 8, 3, 9)), e('zendesk:9', 'agent_reply', ist(2026, 8, 3, 10))];
    const r = computeMetrics(input({ events: [...old, ...EVENTS] }));
    expect(r.sites).toEqual(['demo', 'gmail']);
    expect(r).toEqual(m);
  });

  it('has empty figures and no sites without events', () => {
    const r = computeMetrics(input({ events: [], conversations: [] }));
    expect(r.sites).toEqual([]);
    expect(r.buckets).toHaveLength(2);
    expect(brief(r.totals.all)).toEqual({ first: [0, null, null, 0, null], next: [0, null, null, 0, null], fcr: [0, 0, 0, null], open: 0 });
  });

  it('refuses a bad period, zone or policy', () => {
    expect(() => computeMetrics(input({ from: 10, to: 5 }))).toThrow(RangeError);
    expect(() => computeMetrics(input({ timeZone: 'Mars/Olympus' }))).toThrow(/time zone/);
    expect(() => computeMetrics(input({ policy: { firstResponseMs: -1, nextResponseMs: 1 } }))).toThrow(/firstResponseMs/);
  });
});

describe('bucketsFor', () => {
  it('months across a year end; a period ending at midnight has no empty bucket after it', () => {
    expect(bucketsFor(ist(2026, 12, 15), ist(2027, 2, 1), 'month', TZ).labels).toEqual(['2026-12-01', '2027-01-01']);
  });

  it('a day across a daylight-saving change is one bucket of 23 hours', () => {
    // New York springs forward on 2026-03-08.
    const ny = Date.UTC(2026, 2, 8, 5); // local midnight, EST
    const { starts, labels } = bucketsFor(ny, ny + 30 * H, 'day', 'America/New_York');
    expect(labels).toEqual(['2026-03-08', '2026-03-09']);
    expect(starts[1]! - starts[0]!).toBe(23 * H);
  });
});
