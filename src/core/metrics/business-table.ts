/**
 * Business time for many spans inside one stretch of time: the calendar's opening intervals over
 * the stretch are laid out once as instants with running totals, so each span costs two binary
 * searches and no allocation. `BusinessHours.between` walks the days of every span and reads the
 * zone's offset (through Intl) at both ends — fine for one timer, too slow for half a million
 * responses. Spans reaching outside the stretch fall back to `between`, so answers never differ.
 */
import type { BusinessHours } from '../clock';

const DAY_MS = 86_400_000;
/** Longest stretch laid out (about 3 years: ~1,100 days, a few thousand numbers). */
const MAX_SPAN_MS = 1_100 * DAY_MS;

export interface BusinessClock {
  /** Business ms in [from, to]; 0 when to ≤ from. */
  between(from: number, to: number): number;
}

export class BusinessTable implements BusinessClock {
  private readonly lo: number;
  private readonly hi: number;
  /** Interval boundaries, flat [start0, end0, start1, end1, …], ascending. */
  private readonly edges: Float64Array;
  /** cum[k] = business ms in all intervals before interval k. */
  private readonly cum: Float64Array;
  private readonly n: number;

  constructor(
    private readonly hours: BusinessHours,
    lo: number,
    hi: number,
  ) {
    if (!(hi >= lo)) hi = lo;
    if (hi - lo > MAX_SPAN_MS) lo = hi - MAX_SPAN_MS;
    this.lo = lo;
    this.hi = hi;
    const flat: number[] = [];
    if (!hours.alwaysOpen) {
      // An instant's local date is its UTC date ± 1 (offsets stay within −12 h … +14 h), and a
      // local day's intervals lie inside that day: these days hold every interval touching [lo, hi].
      const firstDay = Math.floor(lo / DAY_MS) - 1;
      const lastDay = Math.floor(hi / DAY_MS) + 1;
      for (let d = firstDay; d <= lastDay; d++) {
        const iv = hours.intervals(d);
        for (let i = 0; i < iv.length; i++) flat.push(iv[i]!);
      }
    }
    this.edges = Float64Array.from(flat);
    this.n = flat.length / 2;
    this.cum = new Float64Array(this.n + 1);
    for (let k = 0; k < this.n; k++) this.cum[k + 1] = this.cum[k]! + (this.edges[2 * k + 1]! - this.edges[2 * k]!);
  }

  between(from: number, to: number): number {
    if (!(to > from)) return 0;
    if (this.hours.alwaysOpen) return to - from;
    if (from < this.lo || to > this.hi) return this.hours.between(from, to);
    return this.upTo(to) - this.upTo(from);
  }

  /** Business ms from the first laid-out interval up to instant x. */
  private upTo(x: number): number {
    // Last interval starting at or before x.
    let lo = 0;
    let hi = this.n - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.edges[2 * mid]! <= x) {
        k = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (k < 0) return 0;
    const start = this.edges[2 * k]!;
    const end = this.edges[2 * k + 1]!;
    return this.cum[k]! + (x < end ? x - start : end - start);
  }
}
