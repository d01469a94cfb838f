import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween, isBusinessOpen } from './business-time';
import { validateCalendar, type Calendar } from './calendar';
import { DAY_MS, WEEKDAYS, dayNumber, parseLocalDate, parseWallTime, weekdayIndex } from './civil';
import { ZONES, amount, calendar, instant } from './arbitraries.testing';

const RUNS = { numRuns: 200 };

describe('business time properties (random calendars, 2024–2030)', () => {
  it('the generated calendars are valid', () => {
    fc.assert(fc.property(calendar, (cal) => validateCalendar(cal).ok), RUNS);
  });

  it('is additive: between(a, c) = between(a, b) + between(b, c)', () => {
    fc.assert(
      fc.property(calendar, fc.tuple(instant, instant, instant), (cal, xs) => {
        const [a, b, c] = xs.sort((x, y) => x - y);
        expect(businessMsBetween(cal, a, c)).toBe(businessMsBetween(cal, a, b) + businessMsBetween(cal, b, c));
      }),
      RUNS,
    );
  });

  it('add is the inverse of between: between(a, add(a, x)) = x', () => {
    fc.assert(
      fc.property(calendar, instant, amount, (cal, a, x) => {
        const end = addBusinessMs(cal, a, x);
        expect(end).toBeGreaterThanOrEqual(a);
        expect(businessMsBetween(cal, a, end)).toBe(x);
      }),
      RUNS,
    );
  });

  it('add is the first such instant: a moment earlier, less business time has passed', () => {
    fc.assert(
      fc.property(calendar, instant, amount.filter((x) => x > 0), (cal, a, x) => {
        expect(businessMsBetween(cal, a, addBusinessMs(cal, a, x) - 1)).toBeLessThan(x);
      }),
      RUNS,
    );
  });

  it('add(a, between(a, b)) is no later than b when positive: time used up at a closing ends at that closing', () => {
    fc.assert(
      fc.property(calendar, instant, instant, (cal, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const used = businessMsBetween(cal, a, b);
        const end = addBusinessMs(cal, a, used);
        // (With nothing used, add gives the next opening, which may come after b.)
        if (used > 0) expect(end).toBeLessThanOrEqual(b);
        expect(businessMsBetween(cal, a, end)).toBe(used);
      }),
      RUNS,
    );
  });

  it('add is monotonic in the amount, between in its end', () => {
    fc.assert(
      fc.property(calendar, instant, amount, amount, instant, instant, (cal, a, x, y, b, c) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(addBusinessMs(cal, a, lo)).toBeLessThanOrEqual(addBusinessMs(cal, a, hi));
        const [b1, c1] = b <= c ? [b, c] : [c, b];
        expect(businessMsBetween(cal, a, b1)).toBeLessThanOrEqual(businessMsBetween(cal, a, c1));
      }),
      RUNS,
    );
  });

  it('add(a, 0) is open, or is a itself', () => {
    fc.assert(
      fc.property(calendar, instant, (cal, a) => {
        const start = addBusinessMs(cal, a, 0);
        expect(start === a || isBusinessOpen(cal, start)).toBe(true);
        expect(start === a).toBe(isBusinessOpen(cal, a));
        expect(businessMsBetween(cal, a, start)).toBe(0);
      }),
      RUNS,
    );
  });

  it('open 24/7 with no holidays is plain elapsed time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, instant, amount, (timeZone, a, b, x) => {
        const cal: Calendar = { timeZone };
        expect(businessMsBetween(cal, a, b)).toBe(Math.max(0, b - a));
        expect(addBusinessMs(cal, a, x)).toBe(a + x);
        const allDay: Calendar = { timeZone, week: Object.fromEntries(WEEKDAYS.map((d) => [d, [['00:00', '24:00']]])) };
        expect(businessMsBetween(allDay, a, b)).toBe(Math.max(0, b - a));
      }),
      RUNS,
    );
  });

  it('a week is at most 7 × 24 h of business time and never negative', () => {
    fc.assert(
      fc.property(calendar, instant, (cal, a) => {
        const week = businessMsBetween(cal, a, a + 7 * DAY_MS);
        expect(week).toBeGreaterThanOrEqual(0);
        expect(week).toBeLessThanOrEqual(7 * DAY_MS);
      }),
      RUNS,
    );
  });

  it('away from offset changes, open means the wall clock (read from Intl) is inside that weekday’s hours', () => {
    fc.assert(
      fc.property(calendar, instant, (cal, t) => {
        const wall = wallOf(cal.timeZone, t);
        // Skip instants within two days of an offset change: there the wall clock jumps.
        if (wallOf(cal.timeZone, t - 2 * DAY_MS) - (t - 2 * DAY_MS) !== wallOf(cal.timeZone, t + 2 * DAY_MS) - (t + 2 * DAY_MS)) return;
        expect(isBusinessOpen(cal, t)).toBe(openByWallClock(cal, wall));
      }),
      { numRuns: 500 },
    );
  });
});

const formats = new Map<string, Intl.DateTimeFormat>();
/** Wall clock of an instant as ms-if-UTC, read from Intl directly (not through zone.ts). */
function wallOf(timeZone: string, t: number): number {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(t)) p[part.type] = Number(part.value);
  return Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!) + (((t % 1000) + 1000) % 1000);
}

/** The calendar read literally: overnight intervals spill into the next date; holidays close their date. */
function openByWallClock(cal: Calendar, wall: number): boolean {
  const day = Math.floor(wall / DAY_MS);
  const minute = (wall - day * DAY_MS) / 60_000;
  if ((cal.holidays ?? []).some((h) => parseLocalDate(h) === day)) return false;
  if (!cal.week) return true;
  const today = WEEKDAYS[weekdayIndex(day)]!;
  const yesterday = WEEKDAYS[weekdayIndex(day - 1)]!;
  const inside = ([a, b]: [string, string], previousDay: boolean) => {
    const s = parseWallTime(a)!;
    const e = parseWallTime(b)!;
    if (previousDay) return s > e && minute < e;
    return s < e ? s <= minute && minute < e : s <= minute;
  };
  return (cal.week[today] ?? []).some((iv) => inside(iv, false)) || (cal.week[yesterday] ?? []).some((iv) => inside(iv, true));
}

// Guard the oracle itself against a silly mistake.
describe('openByWallClock (test oracle)', () => {
  it('reads a Monday night shift into Tuesday', () => {
    const cal: Calendar = { timeZone: 'UTC', week: { mon: [['22:00', '06:00']] } };
    expect(openByWallClock(cal, Date.UTC(2026, 0, 6, 5, 59))).toBe(true);
    expect(openByWallClock(cal, Date.UTC(2026, 0, 6, 6))).toBe(false);
    expect(openByWallClock(cal, Date.UTC(2026, 0, 5, 22))).toBe(true);
    expect(dayNumber(2026, 1, 5) * DAY_MS).toBe(Date.UTC(2026, 0, 5));
  });
});
