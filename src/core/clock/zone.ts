/**
 * The one place that knows about IANA time zones. Swapping the library means rewriting `offsetAt`
 * (and perhaps `isTimeZone`); everything else here is arithmetic on its answers.
 *
 * Library: @date-fns/tz's `tzOffset` (the zone's UTC offset at an instant, read from the runtime's
 * own tz data through Intl; about a kilobyte once bundled). Its TZDate constructor and luxon's
 * `DateTime.fromObject` also turn a wall time into an instant, but when the wall time occurs twice
 * (the hour repeated when clocks fall back) neither picks a consistent one: checked on 2024–2030
 * transitions, luxon picks the later instant in New York and London but the earlier in Adelaide,
 * and TZDate's choice changes with the machine's own time zone. Business hours need one rule, so
 * the wall-to-instant step is done here from the library's offsets, the way Temporal does it:
 * - a wall time that occurs twice maps to the EARLIER instant (01:30 on a fall-back night is the
 *   first 01:30), so "01:00–04:00" on that night lasts 4 real hours;
 * - a wall time that does not exist (skipped when clocks spring forward) maps to the instant of the
 *   jump, so "01:00–04:00" across a 02:00→03:00 jump lasts 2 real hours and an interval lying
 *   wholly inside the gap is empty. This keeps wall → instant non-decreasing, so intervals that
 *   are ordered on the wall clock stay ordered in real time.
 * Assumption (as Temporal's): a zone changes offset at most once in any three consecutive days.
 */
import { tzOffset } from '@date-fns/tz';
import { DAY_MS, MINUTE_MS } from './civil';

const MAX_ZONE_NAME = 64;

/** An IANA name the runtime knows ("Asia/Kolkata", "UTC"); bare offsets ("+05:30") are refused because runtimes disagree on them. */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > MAX_ZONE_NAME || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return false;
  }
  return Number.isFinite(tzOffset(name, new Date(0)));
}

/** A zone with memoised offsets. Obtain through `zone()`; the name must have passed `isTimeZone`. */
export class Zone {
  /** Offset (ms) at the instants k·DAY_MS, keyed by k: the samples that bracket each local day. */
  private readonly samples = new Map<number, number>();
  private readonly midnights = new Map<number, number>();

  constructor(readonly name: string) {}

  /** UTC offset in ms at an instant (wall = instant + offset). */
  offsetAt(instant: number): number {
    return Math.round(tzOffset(this.name, new Date(instant)) * MINUTE_MS);
  }

  /** Local date (day number) of an instant. */
  dayAt(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  /** Instant of minute `minute` (0–1440) of local day `day`, by the rules at the top of this file. */
  wallToInstant(day: number, minute: number): number {
    if (minute === 0 || minute === 1440) return this.midnight(day + minute / 1440);
    return this.resolve(day, day * DAY_MS + minute * MINUTE_MS);
  }

  /** Instant at which local day `day` begins. */
  midnight(day: number): number {
    let m = this.midnights.get(day);
    if (m === undefined) {
      if (this.midnights.size > 100_000) this.midnights.clear();
      m = this.resolve(day, day * DAY_MS);
      this.midnights.set(day, m);
    }
    return m;
  }

  /**
   * The offset throughout local day `day` (midnight to next midnight) when it does not change in
   * or near that day, else null. Lets the caller map a whole ordinary day with one subtraction.
   */
  steadyOffset(day: number): number | null {
    const before = this.sample(day - 1);
    return before === this.sample(day + 2) ? before : null;
  }

  /**
   * `wall` lies in [day, day + 1] on the wall clock; every instant showing it lies within
   * [(day − 1)·DAY_MS, (day + 2)·DAY_MS] because offsets stay within −12 h … +14 h.
   */
  private resolve(day: number, wall: number): number {
    const before = this.sample(day - 1);
    const after = this.sample(day + 2);
    if (before === after) return wall - before;
    const early = wall - Math.max(before, after);
    const late = wall - Math.min(before, after);
    if (this.offsetAt(early) === wall - early) return early;
    if (this.offsetAt(late) === wall - late) return late;
    // Skipped wall time: find the jump, the first instant whose offset is no longer `before`.
    let lo = wall - after;
    let hi = wall - before;
    if (lo >= hi) return late;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  private sample(k: number): number {
    let o = this.samples.get(k);
    if (o === undefined) {
      if (this.samples.size > 100_000) this.samples.clear();
      o = this.offsetAt(k * DAY_MS);
      this.samples.set(k, o);
    }
    return o;
  }
}

const zones = new Map<string, Zone>();

export function zone(name: string): Zone {
  let z = zones.get(name);
  if (!z) {
    if (zones.size >= 64) zones.clear();
    z = new Zone(name);
    zones.set(name, z);
  }
  return z;
}
