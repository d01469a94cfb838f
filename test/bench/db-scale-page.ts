/**
 * Runs in an extension page (bundled by db-scale.ts with esbuild, evaluated over CDP): times the
 * extension's REAL database and metrics code against the seeded database. Every timing is taken
 * with performance.now() here, in the browser, so CDP round trips are not counted.
 */
import { SupportDatabase, type EventRecord, type ConversationRecord } from '../../src/db/database';
import { conversationsDueBetween } from '../../src/db/conversations';
import { computeMetrics, type MetricsInput, type Metrics } from '../../src/core/metrics/index';
import { defaultCalendar, DEFAULT_SLA_POLICY } from '../../src/core/schema/sla-defaults';
import { loadHistory } from '../../src/dashboard/data';
import { lastDays, sameTimeLastYear } from '../../src/dashboard/period';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let db: SupportDatabase | null = null;

export async function open(): Promise<{ version: number; openMs: number; counts: Record<string, number> }> {
  const t0 = performance.now();
  db = new SupportDatabase();
  await db.open();
  const openMs = performance.now() - t0;
  const counts = { conversations: await db.conversations.count(), events: await db.events.count(), alerts: await db.alerts.count() };
  return { version: db.verno, openMs, counts };
}

function database(): SupportDatabase {
  if (!db) throw new Error('open() first');
  return db;
}

export interface DueTiming {
  ms: number;
  found: number;
}

/** "Conversations due in the next hour", as the extension asks it. */
export async function dueNextHour(now: number): Promise<DueTiming> {
  const t0 = performance.now();
  const rows = await conversationsDueBetween(database(), now, now + HOUR);
  return { ms: performance.now() - t0, found: rows.length };
}

export interface DashboardTiming {
  /** db.events.where('at').between(from, to). */
  readEventsMs: number;
  /** The conversations those events belong to (bulkGet by key). */
  readConversationsMs: number;
  /** Only with history 'complete': every event of those conversations, grouped ([conversationKey+at]). */
  readHistoryMs: number;
  readMs: number;
  computeMs: number;
  totalMs: number;
  events: number;
  conversations: number;
  responses: number;
  openWaits: number;
  buckets: number;
  sites: string[];
  timeZone: string;
}

/**
 * The 30-day dashboard: events in [from, to) from the `at` index, the conversations they belong
 * to, then computeMetrics with the default calendar and targets, daily buckets, the browser's zone.
 *
 * history 'window' gives computeMetrics the window's events only (in time order); 'complete' reads
 * every event of the conversations seen in the window through the [conversationKey+at] index
 * (one range per conversation, as src/db/conversations.ts reads a conversation's events), as
 * computeMetrics' contract asks (a reply in the window may answer a message from before it), which
 * also hands the events over grouped by conversation (its fast path).
 */
export interface DashboardOptions {
  days: number;
  /** 'window': the window's events only; 'complete': every event of those conversations. */
  history: 'window' | 'complete';
  /** 'key': bulkGet of the keys the events name; 'updatedAt': one range on the updatedAt index. */
  conversationsBy: 'key' | 'updatedAt';
}

export async function dashboard(now: number, opts: DashboardOptions): Promise<DashboardTiming> {
  const { days, history, conversationsBy } = opts;
  const d = database();
  const to = now;
  const from = to - days * DAY;
  const t0 = performance.now();
  const windowEvents: EventRecord[] = await d.events.where('at').between(from, to).toArray();
  const t1 = performance.now();
  const keys = [...new Set(windowEvents.map((e) => e.conversationKey))];
  // A conversation with an event at `at` was written (updatedAt) at or after `at`, so the range
  // updatedAt ≥ from holds every conversation of the window (and some more, updated later).
  const conversations: ConversationRecord[] =
    conversationsBy === 'key'
      ? (await d.conversations.bulkGet(keys)).filter((c): c is ConversationRecord => c !== undefined)
      : await d.conversations.where('updatedAt').aboveOrEqual(from).toArray();
  const t2 = performance.now();
  let events = windowEvents;
  if (history === 'complete') {
    // One index range per conversation, all in one read transaction (each is a getAll on the
    // index; Dexie's inAnyRange walks a cursor instead, several times slower).
    const histories = await d.transaction('r', d.events, () =>
      Promise.all(keys.map((k) => d.events.where('[conversationKey+at]').between([k, -Infinity], [k, Infinity]).toArray())),
    );
    events = histories.flat();
  }
  const t3 = performance.now();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const input: MetricsInput = {
    conversations,
    events,
    calendar: defaultCalendar(timeZone),
    policy: DEFAULT_SLA_POLICY,
    from,
    to,
    bucket: 'day',
    timeZone,
    now,
  };
  const metrics: Metrics = computeMetrics(input);
  const t4 = performance.now();
  const all = metrics.totals.all;
  return {
    readEventsMs: t1 - t0,
    readConversationsMs: t2 - t1,
    readHistoryMs: t3 - t2,
    readMs: t3 - t0,
    computeMs: t4 - t3,
    totalMs: t4 - t0,
    events: events.length,
    conversations: conversations.length,
    responses: all.first.count + all.next.count,
    openWaits: all.openWaits,
    buckets: metrics.buckets.length,
    sites: metrics.sites,
    timeZone,
  };
}

export interface DashboardPageTiming {
  readMs: number;
  computeMs: number;
  totalMs: number;
  events: number;
  conversations: number;
  responses: number;
  /** Last year's period too (read in parallel, computed after), as the dashboard's reload() does. */
  lastYearEvents: number | null;
}

/**
 * The dashboard page's own path (src/dashboard/model.ts reload + metrics): loadHistory for the
 * last 30 local days (src/dashboard/period.ts lastDays) and, with `withLastYear`, for the same
 * period 52 weeks earlier, in parallel; then computeMetrics for each (daily buckets for the
 * current period, monthly for last year's, as the goal uses it).
 */
export async function dashboardPage(now: number, withLastYear: boolean): Promise<DashboardPageTiming> {
  const d = database();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const calendar = defaultCalendar(timeZone);
  const period = lastDays(30, now);
  const lastYear = sameTimeLastYear(period);
  const t0 = performance.now();
  const [current, previous] = await Promise.all([
    loadHistory(d, period.from, period.to),
    withLastYear ? loadHistory(d, lastYear.from, lastYear.to) : Promise.resolve(null),
  ]);
  const t1 = performance.now();
  const metrics = computeMetrics({ ...current, calendar, policy: DEFAULT_SLA_POLICY, from: period.from, to: period.to, bucket: 'day', timeZone, now });
  if (previous) {
    computeMetrics({ ...previous, calendar, policy: DEFAULT_SLA_POLICY, from: lastYear.from, to: lastYear.to, bucket: 'month', timeZone, now: lastYear.to });
  }
  const t2 = performance.now();
  return {
    readMs: t1 - t0,
    computeMs: t2 - t1,
    totalMs: t2 - t0,
    events: current.events.length,
    conversations: current.conversations.length,
    responses: metrics.totals.all.first.count + metrics.totals.all.next.count,
    lastYearEvents: previous ? previous.events.length : null,
  };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export interface RawReadTiming {
  getAllMs: number;
  getAllKeysMs: number;
  count: number;
}

/**
 * Diagnostic, not extension code: the same 30-day range on the `at` index with raw IndexedDB —
 * values (getAll) and primary keys only (getAllKeys) — to tell Dexie's share of the read from
 * IndexedDB's own cost of fetching and deserialising the records.
 */
export async function rawAtIndex(now: number, days: number): Promise<RawReadTiming> {
  const idb = database().backendDB();
  const range = IDBKeyRange.bound(now - days * DAY, now, false, true);
  const t0 = performance.now();
  const values = await request(idb.transaction('events', 'readonly').objectStore('events').index('at').getAll(range));
  const t1 = performance.now();
  await request(idb.transaction('events', 'readonly').objectStore('events').index('at').getAllKeys(range));
  const t2 = performance.now();
  return { getAllMs: t1 - t0, getAllKeysMs: t2 - t1, count: values.length };
}

export async function storageEstimate(): Promise<{ usage: number | null; quota: number | null; indexedDB: number | null }> {
  const estimate = await navigator.storage.estimate();
  const details = (estimate as StorageEstimate & { usageDetails?: Record<string, number> }).usageDetails;
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, indexedDB: details?.indexedDB ?? null };
}

export function close(): void {
  db?.close();
  db = null;
}
