/**
 * Calendar buckets (days, weeks from Monday, months) local to a time zone, as instants: a bucket
 * runs from one local midnight to the next bucket's local midnight, so a day across a
 * daylight-saving change lasts 23 or 25 hours and stays one day.
 */
import { DAY_MS, dayNumber, weekdayIndex } from '../clock/civil';
import { isTimeZone, zone } from '../clock/zone';
import type { BucketUnit } from './types';

export interface Buckets {
  /** starts[i] is bucket i's local start; starts[n] the end of the last one. Length n + 1. */
  starts: Float64Array;
  /** YYYY-MM-DD of each bucket's first local date. Length n. */
  labels: string[];
}

/** More buckets than this is a mistake of the caller (ten years of days is 3,653). */
const MAX_BUCKETS = 5_000;

/** The buckets that cover [from, to): the first begins at or before `from`, the last ends after `to`. */
export function bucketsFor(from: number, to: number, unit: BucketUnit, timeZone: string): Buckets {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) throw new RangeError(`period must be finite with from ≤ to, got ${from}…${to}`);
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  const z = zone(timeZone);
  let day = unitStart(z.dayAt(from), unit);
  const starts: number[] = [];
  const labels: string[] = [];
  for (;;) {
    const start = z.midnight(day);
    starts.push(start);
    if (starts.length > 1 && start >= to) break;
    if (starts.length > MAX_BUCKETS) throw new RangeError(`more than ${MAX_BUCKETS} buckets of a ${unit}`);
    labels.push(dateLabel(day));
    day = nextStart(day, unit);
  }
  return { starts: Float64Array.from(starts), labels };
}

/** Index of the bucket holding instant x, or -1 outside them all. */
export function bucketIndex(starts: Float64Array, x: number): number {
  const n = starts.length - 1;
  if (!(x >= starts[0]!) || !(x < starts[n]!)) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function civil(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function unitStart(day: number, unit: BucketUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - weekdayIndex(day);
  const { y, m } = civil(day);
  return dayNumber(y, m, 1);
}

function nextStart(day: number, unit: BucketUnit): number {
  if (unit === 'day') return day + 1;
  if (unit === 'week') return day + 7;
  const { y, m } = civil(day);
  return m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1);
}

function dateLabel(day: number): string {
  const { y, m, d } = civil(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
