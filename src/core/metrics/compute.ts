/**
 * Response-time statistics for a period: per bucket (day / week from Monday / month, local to a
 * time zone) and per site, the count, mean, median and p90 of first and of next responses in
 * business and in calendar time, the share that met its target, first-contact resolution, and
 * open waits; plus the same for the whole period.
 *
 * Rules (see responses.ts for how responses and first-contact resolution are read):
 * - a response belongs to the bucket of its end (the agent's reply); it counts when the reply is
 *   in [from, to);
 * - a first-contact-resolution decision belongs to the bucket of the conversation's first reply;
 * - an open wait belongs to the bucket of its start;
 * - percentiles are nearest-rank (stats.ts).
 * Each conversation's events must all be given, not only those inside the period: a reply in the
 * period may answer a message from before it, and whether a wait is first or next depends on
 * earlier replies. Events may come in any order; grouped by conversation and in time order within
 * each (as the `[conversationKey+at]` index yields them) is the fast path.
 *
 * Speed, measured 2026-11-23 (Node 20.20, this repository's 2-core dev container, a throwaway
 * script; not a timed test): 100,000 conversations and 1,000,000 events over 90 days (3 sites,
 * strings fresh from a structured clone as IndexedDB hands them over), Mon–Fri 09:00–17:00 in
 * Asia/Kolkata, daily buckets:
 * - 30-day period (~128,000 responses counted), events grouped in key order (the dashboard's
 *   order, the fast path): median 59–67 ms over 15 runs; the first call in a fresh process
 *   145–185 ms, of which ~30 ms is the runtime setting up its time-zone data (first Intl use
 *   with a zone) and most of the rest JIT warm-up;
 * - 90-day period (~430,000 responses): median ~140 ms;
 * - the same events in time order instead (grouped here with a Map, one lookup per event):
 *   median ~500 ms — the fallback, not the dashboard's path.
 * The costs are one pass over the events, conversation by conversation; two binary searches per
 * response for business time (BusinessTable instead of walking days); linear-time selection for
 * the percentiles. No object is allocated per event or per response.
 */
import { businessHours, type Calendar, type SlaPolicy } from '../clock';
import { BusinessTable, type BusinessClock } from './business-table';
import { bucketIndex, bucketsFor } from './buckets';
import { walkConversation, type ResponseSink } from './responses';
import { summarise } from './stats';
import type { BucketFigures, BucketUnit, ConversationLike, EventLike, Figures, Metrics, ResponseFigures, Target } from './types';

export interface MetricsInput {
  conversations: readonly ConversationLike[];
  events: readonly EventLike[];
  calendar: Calendar;
  policy: Pick<SlaPolicy, 'firstResponseMs' | 'nextResponseMs'>;
  from: number;
  to: number;
  bucket: BucketUnit;
  timeZone: string;
  now: number;
}

/** Throws RangeError for a bad period, zone or policy, CalendarError for an invalid calendar. */
export function computeMetrics(input: MetricsInput): Metrics {
  const { events, from, to, now, policy } = input;
  for (const key of ['firstResponseMs', 'nextResponseMs'] as const) {
    const v = policy[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`policy.${key} must be a number of ms ≥ 0, got ${String(v)}`);
  }
  if (!Number.isFinite(now)) throw new RangeError(`now must be an instant in ms, got ${now}`);
  const { starts, labels } = bucketsFor(from, to, input.bucket, input.timeZone);
  const hours = businessHours(input.calendar);

  const clock = new BusinessTable(hours, from - TABLE_LOOKBACK_MS, to);

  let rec = new Recorder(labels, starts, from, to, policy, clock);
  if (!walkInKeyOrder(events, input.conversations, now, rec)) {
    // Not in key order: group first (one Map lookup per event), then walk.
    rec = new Recorder(labels, starts, from, to, policy, clock);
    const { order, groupStarts } = groupByConversation(events);
    const map = siteMap(input.conversations);
    for (let g = 0; g + 1 < groupStarts.length; g++) {
      const a = groupStarts[g]!;
      const key = events[order[a]!]!.conversationKey;
      rec.setSite(map.get(key) ?? siteFromKey(key));
      walkConversation(events, order, a, groupStarts[g + 1]!, now, rec);
    }
  }
  return rec.result(input);
}

/**
 * Business time is laid out in a table from this long before the period (a reply in the period
 * answering an older message is still a table lookup); older starts are computed day by day.
 */
const TABLE_LOOKBACK_MS = 366 * 86_400_000;

/**
 * The fast path, one pass: events grouped by conversation in ascending key order, each in time
 * order — what the `[conversationKey+at]` index yields. Checked with comparisons as it goes (a Set
 * of 100,000 keys would cost more than the whole walk); returns false at the first event out of
 * that order, and the caller starts over on the slow path. Sites come from walking along the
 * conversations when they too are listed in key order (the table's primary-key order), else from
 * a Map.
 */
function walkInKeyOrder(events: readonly EventLike[], conversations: readonly ConversationLike[], now: number, rec: Recorder): boolean {
  const n = events.length;
  let listed = true;
  for (let i = 1; i < conversations.length && listed; i++) if (!(conversations[i - 1]!.key < conversations[i]!.key)) listed = false;
  const map = listed ? null : siteMap(conversations);
  let j = 0;
  let prevKey: string | null = null;
  for (let i = 0; i < n; ) {
    const key = events[i]!.conversationKey;
    if (prevKey !== null && !(key > prevKey)) return false;
    let end = i;
    let prevAt = -Infinity;
    for (; end < n; end++) {
      const e = events[end]!;
      if (end > i && e.conversationKey !== key) break;
      const at = e.at;
      if (Number.isFinite(at)) {
        if (at < prevAt) return false;
        prevAt = at;
      }
    }
    let site: string;
    if (map) {
      site = map.get(key) ?? siteFromKey(key);
    } else {
      while (j < conversations.length && conversations[j]!.key < key) j++;
      const c = conversations[j];
      site = c !== undefined && c.key === key ? c.site : siteFromKey(key);
    }
    rec.setSite(site);
    walkConversation(events, null, i, end, now, rec);
    prevKey = key;
    i = end;
  }
  return true;
}

function siteMap(conversations: readonly ConversationLike[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of conversations) map.set(c.key, c.site);
  return map;
}

/** The site part of a `site:conversationId` key, for events whose conversation was not given. */
function siteFromKey(key: string): string {
  const colon = key.indexOf(':');
  return colon > 0 ? key.slice(0, colon) : 'unknown';
}

interface Grouping {
  /** Event indices, grouped by conversation and in time order within each group. */
  order: Int32Array;
  /** Group g is order[groupStarts[g] … groupStarts[g + 1]). */
  groupStarts: Int32Array;
}

function groupByConversation(events: readonly EventLike[]): Grouping {
  const n = events.length;
  // Counting sort by conversation (stable), then time order inside each group.
  const groupOf = new Int32Array(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = events[i]!.conversationKey;
    let g = index.get(key);
    if (g === undefined) index.set(key, (g = index.size));
    groupOf[i] = g;
  }
  const groups = index.size;
  const groupStarts = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) groupStarts[groupOf[i]! + 1]!++;
  for (let g = 0; g < groups; g++) groupStarts[g + 1]! += groupStarts[g]!;
  const next = groupStarts.slice(0, groups);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[groupOf[i]!]!++] = i;
  for (let g = 0; g < groups; g++) {
    const a = groupStarts[g]!;
    const b = groupStarts[g + 1]!;
    let sorted = true;
    for (let k = a + 1; k < b && sorted; k++) if (timeOf(events, order[k]!) < timeOf(events, order[k - 1]!)) sorted = false;
    if (!sorted) {
      // Indices rise within the slice, so ties keep their given order.
      order.subarray(a, b).sort((x, y) => timeOf(events, x) - timeOf(events, y) || x - y);
    }
  }
  return { order, groupStarts };
}

/** Sortable time: unusable times last (the walk skips them anyway). */
function timeOf(events: readonly EventLike[], i: number): number {
  const at = events[i]!.at;
  return Number.isFinite(at) ? at : Number.MAX_VALUE;
}

/** Per-site counters, one slot per bucket. */
interface SiteCounters {
  resolved: Int32Array;
  decided: Int32Array;
  pending: Int32Array;
  openWaits: Int32Array;
}

/** Collects the walk's findings in typed arrays (struct of arrays), then summarises them. */
class Recorder implements ResponseSink {
  /** The site of the conversation being walked; its index is looked up on its first figure. */
  private siteName = '';
  private site = -1;
  private readonly sites: string[] = [];
  private readonly siteIndexes = new Map<string, number>();
  private readonly counters: SiteCounters[] = [];

  private n = 0;
  private bucket = new Int32Array(1024);
  private siteOf = new Int32Array(1024);
  private target = new Uint8Array(1024);
  private business = new Float64Array(1024);
  private calendar = new Float64Array(1024);

  private readonly nB: number;

  constructor(
    private readonly labels: readonly string[],
    private readonly starts: Float64Array,
    private readonly from: number,
    private readonly to: number,
    private readonly policy: Pick<SlaPolicy, 'firstResponseMs' | 'nextResponseMs'>,
    private readonly clock: BusinessClock,
  ) {
    this.nB = labels.length;
  }

  setSite(name: string): void {
    if (name !== this.siteName) {
      this.siteName = name;
      this.site = -1;
    }
  }

  /**
   * A site enters the results with its first figure in the period (response, open wait or
   * first-contact decision), so `sites` does not depend on how much older history was given.
   */
  private currentSite(): number {
    if (this.site < 0) this.site = this.siteIndex(this.siteName);
    return this.site;
  }

  private siteIndex(name: string): number {
    let i = this.siteIndexes.get(name);
    if (i === undefined) {
      i = this.sites.length;
      this.sites.push(name);
      this.siteIndexes.set(name, i);
      const slots = () => new Int32Array(this.nB);
      this.counters.push({ resolved: slots(), decided: slots(), pending: slots(), openWaits: slots() });
    }
    return i;
  }

  response(target: Target, start: number, end: number): void {
    if (!(end >= this.from && end < this.to)) return;
    const businessMs = this.clock.between(start, end);
    if (this.n === this.bucket.length) this.grow();
    const i = this.n++;
    this.bucket[i] = bucketIndex(this.starts, end);
    this.siteOf[i] = this.currentSite();
    this.target[i] = target === 'first' ? 0 : 1;
    this.business[i] = businessMs;
    this.calendar[i] = end - start;
  }

  openWait(start: number): void {
    if (!(start >= this.from && start < this.to)) return;
    this.counters[this.currentSite()]!.openWaits[bucketIndex(this.starts, start)]!++;
  }

  fcr(decision: 'resolved' | 'not' | 'pending', firstReplyAt: number): void {
    if (!(firstReplyAt >= this.from && firstReplyAt < this.to)) return;
    const b = bucketIndex(this.starts, firstReplyAt);
    const c = this.counters[this.currentSite()]!;
    if (decision === 'pending') {
      c.pending[b]!++;
    } else {
      c.decided[b]!++;
      if (decision === 'resolved') c.resolved[b]!++;
    }
  }

  private grow(): void {
    const size = this.bucket.length * 2;
    const bigger = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.bucket = bigger(this.bucket, (n) => new Int32Array(n));
    this.siteOf = bigger(this.siteOf, (n) => new Int32Array(n));
    this.target = bigger(this.target, (n) => new Uint8Array(n));
    this.business = bigger(this.business, (n) => new Float64Array(n));
    this.calendar = bigger(this.calendar, (n) => new Float64Array(n));
  }

  result(input: MetricsInput): Metrics {
    const nB = this.nB;
    const order = this.sites.map((_, i) => i).sort((a, b) => (this.sites[a]! < this.sites[b]! ? -1 : this.sites[a]! > this.sites[b]! ? 1 : 0));
    const siteNames = order.map((i) => this.sites[i]!);
    const nS = siteNames.length;

    const scratchB = new Float64Array(this.n);
    const scratchC = new Float64Array(this.n);
    const groupIds = new Int32Array(this.n);
    // Group ids per level: (bucket, site), bucket, site, all — each × target (0 first, 1 next).
    const level = (nGroups: number, bucketWeight: number, siteWeight: number): ResponseFigures[] => {
      const { bucket, siteOf, target } = this;
      for (let i = 0; i < this.n; i++) groupIds[i] = (bucket[i]! * bucketWeight + siteOf[i]! * siteWeight) * 2 + target[i]!;
      return this.figuresByGroup(nGroups, groupIds, scratchB, scratchC);
    };
    const perBucketSite = level(nB * nS * 2, nS, 1);
    const perBucket = level(nB * 2, 1, 0);
    const perSite = level(nS * 2, 0, 1);
    const overall = level(2, 0, 0);

    const fcrAndOpen = (sites: readonly number[], buckets: readonly number[]): Pick<Figures, 'fcr' | 'openWaits'> => {
      let resolved = 0;
      let decided = 0;
      let pending = 0;
      let openWaits = 0;
      for (const s of sites) {
        const c = this.counters[s]!;
        for (const b of buckets) {
          resolved += c.resolved[b]!;
          decided += c.decided[b]!;
          pending += c.pending[b]!;
          openWaits += c.openWaits[b]!;
        }
      }
      return { fcr: { resolved, decided, pending, rate: decided > 0 ? resolved / decided : null }, openWaits };
    };
    const allSites = this.sites.map((_, i) => i);
    const allBuckets = Array.from({ length: nB }, (_, b) => b);

    const buckets: BucketFigures[] = [];
    for (let b = 0; b < nB; b++) {
      const bySite: Record<string, Figures> = {};
      order.forEach((s, sorted) => {
        bySite[siteNames[sorted]!] = {
          first: perBucketSite[(b * nS + s) * 2]!,
          next: perBucketSite[(b * nS + s) * 2 + 1]!,
          ...fcrAndOpen([s], [b]),
        };
      });
      buckets.push({
        start: this.starts[b]!,
        end: this.starts[b + 1]!,
        label: this.labels[b]!,
        all: { first: perBucket[b * 2]!, next: perBucket[b * 2 + 1]!, ...fcrAndOpen(allSites, [b]) },
        bySite,
      });
    }
    const totalsBySite: Record<string, Figures> = {};
    order.forEach((s, sorted) => {
      totalsBySite[siteNames[sorted]!] = { first: perSite[s * 2]!, next: perSite[s * 2 + 1]!, ...fcrAndOpen([s], allBuckets) };
    });
    return {
      from: input.from,
      to: input.to,
      bucket: input.bucket,
      timeZone: input.timeZone,
      sites: siteNames,
      buckets,
      totals: {
        all: { first: overall[0]!, next: overall[1]!, ...fcrAndOpen(allSites, allBuckets) },
        bySite: totalsBySite,
      },
    };
  }

  /** Count, summaries and met share per group, by counting sort of the responses into groups. */
  private figuresByGroup(nGroups: number, groupIds: Int32Array, bufB: Float64Array, bufC: Float64Array): ResponseFigures[] {
    const offsets = new Int32Array(nGroups + 1);
    for (let i = 0; i < this.n; i++) offsets[groupIds[i]! + 1]!++;
    for (let g = 0; g < nGroups; g++) offsets[g + 1]! += offsets[g]!;
    const fill = offsets.slice(0, nGroups);
    const met = new Int32Array(nGroups);
    const { firstResponseMs, nextResponseMs } = this.policy;
    for (let i = 0; i < this.n; i++) {
      const g = groupIds[i]!;
      const p = fill[g]!++;
      const b = this.business[i]!;
      bufB[p] = b;
      bufC[p] = this.calendar[i]!;
      if (b <= (this.target[i] === 0 ? firstResponseMs : nextResponseMs)) met[g]!++;
    }
    const out: ResponseFigures[] = new Array(nGroups);
    for (let g = 0; g < nGroups; g++) {
      const a = offsets[g]!;
      const z = offsets[g + 1]!;
      const count = z - a;
      out[g] = {
        count,
        business: summarise(bufB, a, z),
        calendar: summarise(bufC, a, z),
        met: met[g]!,
        attainment: count > 0 ? met[g]! / count : null,
      };
    }
    return out;
  }
}
