/**
 * Reminder times in business or calendar time. Business minutes and hours are the SLA clock's
 * business time (addBusinessMs). Days are what people mean by "in two days": the same wall-clock
 * time on a later day, in the calendar's zone, so a reminder set for 15:00 stays at 15:00 across
 * a daylight-saving change. Business days skip days the calendar is closed (weekends, holidays).
 */
import { businessHours, type Calendar } from '../clock';
import { DAY_MS, MINUTE_MS, parseLocalDate, parseWallTime } from '../clock/civil';
import { zone } from '../clock/zone';
import type { RuleDelay } from './types';

const UNIT_MS = { minutes: MINUTE_MS, hours: 60 * MINUTE_MS } as const;
/** More open days than this in one step means a calendar that is almost never open: refuse. */
const MAX_DAY_STEPS = 3 * 366;

/** Local day number and milliseconds since that day's midnight (wall clock) of an instant. */
function wallOf(timeZone: string, at: number): { day: number; wallMs: number } {
  const z = zone(timeZone);
  const local = at + z.offsetAt(at);
  const day = Math.floor(local / DAY_MS);
  return { day, wallMs: local - day * DAY_MS };
}

/** The instant showing `wallMs` on local day `day` (a skipped wall time maps to the jump). */
function instantOf(timeZone: string, day: number, wallMs: number): number {
  const minute = Math.floor(wallMs / MINUTE_MS);
  return zone(timeZone).wallToInstant(day, minute) + (wallMs - minute * MINUTE_MS);
}

/** The same wall-clock time `days` days later (or earlier) in the zone. */
export function addCalendarDays(timeZone: string, from: number, days: number): number {
  const { day, wallMs } = wallOf(timeZone, from);
  return instantOf(timeZone, day + days, wallMs);
}

/**
 * The same wall-clock time on the `days`-th open day after (before, when negative) the start, then
 * the next opening if the calendar is closed at that moment. Counting forward starts at the next
 * opening when `from` is outside hours: resolved Friday 16:00 + 1 business day = Monday 16:00;
 * resolved Friday 20:00 (closed) + 1 = Tuesday 09:00 (a whole business day, Monday, in between).
 */
export function addBusinessDays(cal: Calendar, from: number, days: number): number {
  const hours = businessHours(cal);
  if (!Number.isInteger(days)) throw new RangeError(`business days must be a whole number, got ${days}`);
  const start = days > 0 ? hours.add(from, 0) : from;
  if (days === 0) return hours.add(from, 0);
  const wall = wallOf(cal.timeZone, start);
  let day = wall.day;
  const step = days > 0 ? 1 : -1;
  let left = Math.abs(days);
  for (let steps = 0; left > 0; steps++) {
    if (steps > MAX_DAY_STEPS * Math.abs(days)) throw new RangeError(`no ${Math.abs(days)} open days within reach of this calendar`);
    day += step;
    if (hours.intervals(day).length > 0) left--;
  }
  return hours.add(instantOf(cal.timeZone, day, wall.wallMs), 0);
}

/** `from` moved by a delay, in the calendar's business time or in plain calendar time. */
export function applyDelay(cal: Calendar, from: number, delay: RuleDelay): number {
  if (!Number.isFinite(delay.amount)) throw new RangeError(`delay must be a finite number, got ${delay.amount}`);
  if (delay.unit === 'days') {
    return delay.business ? addBusinessDays(cal, from, delay.amount) : addCalendarDays(cal.timeZone, from, delay.amount);
  }
  const ms = delay.amount * UNIT_MS[delay.unit];
  if (!delay.business) return from + ms;
  if (ms < 0) throw new RangeError('business minutes and hours cannot be negative');
  return businessHours(cal).add(from, ms);
}

/** The instant of a local date ("YYYY-MM-DD") at a wall-clock time ("HH:MM") in the zone, or null for a bad date. */
export function dateAt(timeZone: string, date: string, time: string): number | null {
  const day = parseLocalDate(date);
  const minute = parseWallTime(time);
  if (day === null || minute === null) return null;
  return zone(timeZone).wallToInstant(day, minute);
}

/** Local calendar year of an instant in the zone. */
export function localYear(timeZone: string, at: number): number {
  return new Date(wallOf(timeZone, at).day * DAY_MS).getUTCFullYear();
}

/** "YYYY-MM-DD" of an instant in the zone. */
export function localDate(timeZone: string, at: number): string {
  return new Date(wallOf(timeZone, at).day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A yearly date ("MM-DD", or "YYYY-MM-DD" whose year is ignored) in a given year as "YYYY-MM-DD";
 * 29 February falls on 28 February in other years. Null when not a date.
 */
export function yearlyDate(date: string, year: number): string | null {
  const m = /^(?:\d{4}-)?(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const yyyy = String(year).padStart(4, '0');
  const exact = `${yyyy}-${m[1]}-${m[2]}`;
  if (parseLocalDate(exact) !== null) return exact;
  if (m[1] === '02' && m[2] === '29') return `${yyyy}-02-28`;
  return null;
}
