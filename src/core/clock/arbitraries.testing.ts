/**
 * fast-check generators shared by the clock's property tests (test-only; nothing in src imports it
 * except *.test.ts files).
 */
import fc from 'fast-check';
import type { Calendar } from './calendar';
import { DAY_MS, WEEKDAYS } from './civil';

export const ZONES = ['Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Adelaide', 'Asia/Dhaka', 'America/New_York', 'Europe/London'] as const;
const H = 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** "HH:MM" on a 5-minute grid, 00:00–24:00. */
export const wallTime = fc.integer({ min: 0, max: 288 }).map((k) => `${pad(Math.floor((k * 5) / 60))}:${pad((k * 5) % 60)}`);
/** Any valid interval: start before end, or overnight (end before start). */
export const interval = fc.tuple(wallTime, wallTime).filter(([a, b]) => a !== b && a !== '24:00') as fc.Arbitrary<[string, string]>;
export const dayHours = fc.array(interval, { maxLength: 3 });
export const week = fc
  .record(Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours])) as Record<(typeof WEEKDAYS)[number], fc.Arbitrary<[string, string][]>>, {
    requiredKeys: [],
  })
  .filter((w) => Object.values(w).some((day) => day.length > 0));
export const date = fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Holidays clustered in some months so that they often fall inside the spans tested. */
export const holidays = fc.array(
  fc.oneof(date, fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.constantFrom(3, 4, 10, 11), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`)),
  { maxLength: 30 },
);

export const calendar: fc.Arbitrary<Calendar> = fc
  .record({ timeZone: fc.constantFrom(...ZONES), week: fc.option(week, { nil: undefined, freq: 6 }), holidays })
  .map(({ timeZone, week, holidays }) => ({ timeZone, ...(week ? { week } : {}), ...(holidays.length ? { holidays } : {}) }));

export const MIN_MS = Date.UTC(2024, 0, 1);
export const MAX_MS = Date.UTC(2030, 11, 31);
/** Instants anywhere in 2024–2030, or in the months when the zones above change offset. */
export const instant = fc.oneof(
  fc.integer({ min: MIN_MS, max: MAX_MS }),
  fc
    .tuple(fc.integer({ min: 2024, max: 2030 }), fc.constantFrom(2, 3, 9, 10), fc.integer({ min: 0, max: 31 * DAY_MS - 1 }))
    .map(([y, m, offset]) => Date.UTC(y, m, 1) + offset),
);
/** Amounts of business time from 0 to ~3 weeks, small ones often. */
export const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 * H }), fc.integer({ min: 0, max: 500 * H }));
