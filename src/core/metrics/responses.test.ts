import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { businessHours } from '../clock';
import { calendar, instant } from '../clock/arbitraries.testing';
import { defaultCalendar } from '../schema/sla-defaults';
import { BusinessTable } from './business-table';
import { conversationResponses, FCR_QUIET_MS } from './responses';
import type { EventLike } from './types';

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
/** Wall time in Asia/Kolkata (UTC+05:30, no daylight saving). */
const ist = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) - 5.5 * H;
const cal = defaultCalendar('Asia/Kolkata');
const targets = { firstResponseMs: 4 * H, nextResponseMs: 8 * H };
const hours = businessHours(cal);
const NOW = ist(2026, 12, 31, 12);

const ev = (kind: EventLike['kind'], at: number, status?: string): EventLike => ({ conversationKey: 'demo:1', kind, at, ...(status ? { status } : {}) });
const c = (at: number) => ev('customer_message', at);
const a = (at: number) => ev('agent_reply', at);
const s = (at: number, status: string) => ev('status', at, status);
const run = (events: EventLike[], now = NOW) => conversationResponses(events, targets, hours, now);

describe('responses of a conversation', () => {
  it('counts business time across a weekend: Fri 16:00 → Mon 10:00 is 66 h calendar, 2 h business', () => {
    // 2026-11-06 is a Friday, 2026-11-09 a Monday.
    const { responses } = run([c(ist(2026, 11, 6, 16)), a(ist(2026, 11, 9, 10))]);
    expect(responses).toEqual([
      { target: 'first', start: ist(2026, 11, 6, 16), end: ist(2026, 11, 9, 10), calendarMs: 66 * H, businessMs: 2 * H, targetMs: 4 * H, met: true },
    ]);
  });

  it('tells the first response from next ones; a wait starts at the first message after a reply', () => {
    const { responses, openWaits } = run([
      c(ist(2026, 11, 2, 9)),
      a(ist(2026, 11, 2, 9, 30)), // first: 30 min
      c(ist(2026, 11, 2, 10)),
      c(ist(2026, 11, 2, 10, 5)), // same wait
      a(ist(2026, 11, 2, 15)), // next: 5 h
      a(ist(2026, 11, 2, 15, 10)), // a second reply answers nothing
      c(ist(2026, 11, 3, 9)),
      a(ist(2026, 11, 4, 11)), // next: 8 h Tue + 2 h Wed = 10 h > 8 h
    ]);
    expect(responses.map((r) => [r.target, r.businessMs / MIN, r.calendarMs / MIN, r.met])).toEqual([
      ['first', 30, 30, true],
      ['next', 300, 300, true],
      ['next', 600, 26 * 60, false],
    ]);
    expect(openWaits).toEqual([]);
  });

  it('a target is met a minute before its time and missed at exactly its time, as the live clock says', () => {
    expect(run([c(ist(2026, 11, 2, 9)), a(ist(2026, 11, 2, 12, 59))]).responses[0]!.met).toBe(true);
    expect(run([c(ist(2026, 11, 2, 9)), a(ist(2026, 11, 2, 13))]).responses[0]!.met).toBe(false);
  });

  it('an unanswered wait is an open wait, not a response', () => {
    const r = run([c(ist(2026, 11, 2, 9)), a(ist(2026, 11, 2, 10)), c(ist(2026, 11, 3, 9)), c(ist(2026, 11, 3, 11))]);
    expect(r.responses).toHaveLength(1);
    expect(r.openWaits).toEqual([ist(2026, 11, 3, 9)]);
  });

  it('a conversation the agent opened has no first response: its first wait is a next one', () => {
    const r = run([a(ist(2026, 11, 2, 9)), c(ist(2026, 11, 2, 10)), a(ist(2026, 11, 2, 11))]);
    expect(r.responses.map((x) => x.target)).toEqual(['next']);
    expect(r.fcr).toBeNull();
  });

  it('ignores events after now and events without a usable time; sorts the rest', () => {
    const r = run([a(ist(2026, 11, 2, 10)), c(NaN), c(ist(2026, 11, 2, 9)), a(ist(2026, 11, 2, 11))], ist(2026, 11, 2, 10, 30));
    expect(r.responses).toEqual([expect.objectContaining({ start: ist(2026, 11, 2, 9), end: ist(2026, 11, 2, 10) })]);
  });
});

describe('first-contact resolution', () => {
  const reply = ist(2026, 11, 2, 10);
  const base = [c(ist(2026, 11, 2, 9)), a(reply)];

  it('helpdesk: latest status solved and exactly one reply', () => {
    expect(run([...base, s(reply + H, 'solved')]).fcr).toBe('resolved');
    expect(run([...base, s(reply + H, 'solved'), s(reply + 2 * H, 'open')]).fcr).toBe('not');
    expect(run([...base, s(reply + H, 'pending')]).fcr).toBe('not');
    expect(run([...base, c(reply + H), a(reply + 2 * H), s(reply + 3 * H, 'solved')]).fcr).toBe('not');
  });

  it('webmail (no status): one reply and 7 quiet days; pending until then', () => {
    expect(run(base, reply + FCR_QUIET_MS).fcr).toBe('resolved');
    expect(run(base, reply + FCR_QUIET_MS - 1).fcr).toBe('pending');
    expect(run([...base, c(reply + DAY)], reply + 30 * DAY).fcr).toBe('not');
    expect(run([...base, a(reply + DAY)], reply + 30 * DAY).fcr).toBe('not');
  });

  it('a never-answered conversation is not judged', () => {
    expect(run([c(ist(2026, 11, 2, 9))]).fcr).toBeNull();
  });
});

describe('BusinessTable', () => {
  it('gives exactly what BusinessHours.between gives, for spans inside and outside its stretch', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 200 * DAY }), instant, fc.integer({ min: 0, max: 40 * DAY }), (cal, lo, len, from, span) => {
        const h = businessHours(cal);
        const table = new BusinessTable(h, lo, lo + len);
        // Spans inside the stretch most of the time, anywhere sometimes.
        const start = from % 3 === 0 ? from : lo + (from % (len + 1));
        const end = start + span;
        expect(table.between(start, end)).toBe(h.between(start, end));
      }),
      { numRuns: 300 },
    );
  });

  it('is 0 for empty or reversed spans', () => {
    const table = new BusinessTable(hours, ist(2026, 11, 1), ist(2026, 12, 1));
    expect(table.between(ist(2026, 11, 2, 10), ist(2026, 11, 2, 10))).toBe(0);
    expect(table.between(ist(2026, 11, 2, 11), ist(2026, 11, 2, 10))).toBe(0);
    expect(table.between(ist(2026, 11, 6, 16), ist(2026, 11, 9, 10))).toBe(2 * H);
  });
});
