/**
 * A team's business calendar as a supervisor writes it, and its validation.
 *
 * - `timeZone`: IANA name; every time and date below is local to it.
 * - `week`: opening intervals per weekday, "HH:MM" pairs ("24:00" allowed as an end). Omitted
 *   entirely means open 24/7; present but with no interval on any day is invalid (a clock that
 *   never runs would make every target unreachable). An interval whose end is earlier than its
 *   start runs overnight and is split at midnight: ["22:00","06:00"] on mon is mon 22:00–24:00
 *   plus tue 00:00–06:00 (so a holiday on tue closes the 00:00–06:00 part).
 * - `holidays`: "YYYY-MM-DD" local dates closed all day.
 */
import { WEEKDAYS, parseLocalDate, parseWallTime, type Weekday } from './civil';
import { isTimeZone } from './zone';

export type { Weekday } from './civil';

export type Calendar = {
  timeZone: string;
  week?: Partial<Record<Weekday, [string, string][]>>;
  holidays?: string[];
};

export interface CalendarIssue {
  /** Where in the calendar: "timeZone", "week.mon[1][0]", "holidays[2]"; "" for the whole value. */
  path: string;
  message: string;
}

export type CalendarValidation = { ok: true; calendar: Calendar } | { ok: false; errors: CalendarIssue[] };

/** Thrown by the business-time functions when handed a calendar that does not validate. */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  constructor(readonly errors: CalendarIssue[]) {
    super(`Invalid calendar: ${errors.map(formatIssue).join('; ')}`);
  }
}

export function formatIssue(issue: CalendarIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

// Caps keep validation cheap on hostile input; real calendars are far smaller.
export const MAX_INTERVALS_PER_DAY = 48;
export const MAX_HOLIDAYS = 2000;
const MAX_ERRORS = 50;
const MAX_KEYS = 64;

const KNOWN_KEYS = ['timeZone', 'week', 'holidays'];

export function validateCalendar(input: unknown): CalendarValidation {
  const errors: CalendarIssue[] = [];
  let calendar: Calendar | null = null;
  try {
    calendar = readCalendar(input, errors);
  } catch {
    // Getters that throw, revoked proxies: still garbage, still not our crash.
    errors.push({ path: '', message: 'could not be read as a calendar' });
  }
  if (errors.length > 0 || !calendar) {
    if (errors.length > MAX_ERRORS) {
      const more = errors.length - MAX_ERRORS;
      errors.length = MAX_ERRORS;
      errors.push({ path: '', message: `and ${more} more error${more === 1 ? '' : 's'}` });
    }
    return { ok: false, errors };
  }
  return { ok: true, calendar };
}

function readCalendar(input: unknown, errors: CalendarIssue[]): Calendar | null {
  if (!isRecord(input)) {
    errors.push({ path: '', message: `a calendar must be an object with a timeZone, got ${describe(input)}` });
    return null;
  }
  const keys = Object.keys(input);
  for (const key of keys.slice(0, MAX_KEYS)) {
    if (!KNOWN_KEYS.includes(key)) {
      errors.push({ path: safeKey(key), message: 'unknown setting; a calendar has timeZone, week and holidays' });
    }
  }

  const timeZone = readTimeZone(input['timeZone'], errors);
  const week = 'week' in input && input['week'] !== undefined ? readWeek(input['week'], errors) : undefined;
  const holidays = 'holidays' in input && input['holidays'] !== undefined ? readHolidays(input['holidays'], errors) : undefined;

  if (errors.length > 0 || timeZone === null || week === null || holidays === null) return null;
  const calendar: Calendar = { timeZone };
  if (week !== undefined) calendar.week = week;
  if (holidays !== undefined) calendar.holidays = holidays;
  return calendar;
}

function readTimeZone(value: unknown, errors: CalendarIssue[]): string | null {
  if (value === undefined) {
    errors.push({ path: 'timeZone', message: "is required: an IANA time zone such as 'Europe/London'" });
    return null;
  }
  if (typeof value !== 'string') {
    errors.push({ path: 'timeZone', message: `must be a string such as 'Europe/London', got ${describe(value)}` });
    return null;
  }
  if (!isTimeZone(value)) {
    errors.push({ path: 'timeZone', message: `${quote(value)} is not an IANA time zone` });
    return null;
  }
  return value;
}

function readWeek(value: unknown, errors: CalendarIssue[]): Calendar['week'] | null {
  if (!isRecord(value)) {
    errors.push({ path: 'week', message: `must be an object of days such as { mon: [['09:00', '17:00']] }, got ${describe(value)}` });
    return null;
  }
  const before = errors.length;
  const week: NonNullable<Calendar['week']> = {};
  let intervals = 0;
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) {
    errors.push({ path: 'week', message: `has ${keys.length} keys; a week has 7 days (mon … sun)` });
    return null;
  }
  for (const key of keys) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      errors.push({ path: `week.${safeKey(key)}`, message: 'unknown day; use mon, tue, wed, thu, fri, sat or sun' });
      continue;
    }
    const day = readDay(value[key], `week.${key}`, errors);
    if (day) {
      week[key as Weekday] = day;
      intervals += day.length;
    }
  }
  if (errors.length > before) return null;
  if (intervals === 0) {
    errors.push({ path: 'week', message: 'no opening hours on any day (leave week out for a team open 24/7)' });
    return null;
  }
  return week;
}

function readDay(value: unknown, path: string, errors: CalendarIssue[]): [string, string][] | null {
  if (!Array.isArray(value)) {
    errors.push({ path, message: `must be a list of [start, end] pairs such as [['09:00', '17:00']], got ${describe(value)}` });
    return null;
  }
  if (value.length > MAX_INTERVALS_PER_DAY) {
    errors.push({ path, message: `has ${value.length} intervals; at most ${MAX_INTERVALS_PER_DAY} per day` });
    return null;
  }
  const day: [string, string][] = [];
  value.forEach((pair: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2) {
      errors.push({ path: at, message: `must be a pair [start, end] such as ['09:00', '17:00'], got ${describe(pair)}` });
      return;
    }
    const [start, end] = pair as unknown[];
    const s = readTime(start, `${at}[0]`, errors);
    const e = readTime(end, `${at}[1]`, errors);
    if (s === null || e === null) return;
    if (s === 1440) {
      errors.push({ path: `${at}[0]`, message: "'24:00' can only end an interval; start at '00:00'" });
      return;
    }
    if (s === e) {
      errors.push({ path: at, message: `${quote(start as string)}–${quote(end as string)} is empty` });
      return;
    }
    day.push([start as string, end as string]);
  });
  return day;
}

function readTime(value: unknown, path: string, errors: CalendarIssue[]): number | null {
  const minutes = typeof value === 'string' ? parseWallTime(value) : null;
  if (minutes === null) {
    errors.push({ path, message: `${typeof value === 'string' ? quote(value) : describe(value)} is not a time HH:MM` });
  }
  return minutes;
}

function readHolidays(value: unknown, errors: CalendarIssue[]): string[] | null {
  if (!Array.isArray(value)) {
    errors.push({ path: 'holidays', message: `must be a list of dates such as ['2026-12-25'], got ${describe(value)}` });
    return null;
  }
  if (value.length > MAX_HOLIDAYS) {
    errors.push({ path: 'holidays', message: `has ${value.length} dates; at most ${MAX_HOLIDAYS}` });
    return null;
  }
  const holidays: string[] = [];
  const before = errors.length;
  value.forEach((date: unknown, i) => {
    if (typeof date !== 'string') {
      errors.push({ path: `holidays[${i}]`, message: `must be a date 'YYYY-MM-DD', got ${describe(date)}` });
    } else if (parseLocalDate(date) === null) {
      errors.push({ path: `holidays[${i}]`, message: `${quote(date)} is not a date` });
    } else {
      holidays.push(date);
    }
  });
  return errors.length > before ? null : holidays;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Quotes user text for a message, cut short so a megabyte string does not become a megabyte message. */
function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `'${short}'`;
}

function safeKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
