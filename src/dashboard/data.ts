/**
 * Reads what the metrics need from the extension's database, read-only: the history of every
 * conversation that had an event in the period, from its very first event up to the period's end
 * (a reply in the period can answer an older message, and first vs next depends on earlier
 * replies), grouped by conversation in key order — computeMetrics' fast path — and the
 * conversations' sites. It reads the compact per-conversation histories (src/db/histories.ts)
 * with one index range. The background is the only writer; this page never writes.
 */
import type { ConversationLike, EventLike } from '../core/metrics';
import type { SupportDatabase } from '../db/database';
import { DAY_MS, decodeKind, type HistoryRecord } from '../db/histories';

export interface History {
  conversations: ConversationLike[];
  events: EventLike[];
}

export async function loadHistory(db: SupportDatabase, from: number, to: number): Promise<History> {
  if (!(to > from)) return { conversations: [], events: [] };
  const firstDay = Math.floor(from / DAY_MS);
  const lastDay = Math.floor((to - 1) / DAY_MS);
  // Two ways to find the period's conversations: by any event day in it (each found once per such
  // day), or by a last event day on or after its start (each once, plus, for a period in the past,
  // every conversation active since). Counting index keys is cheap; read by the smaller.
  const byDays = db.histories.where('days').between(firstDay, lastDay, true, true);
  const byLast = db.histories.where('lastDay').aboveOrEqual(firstDay);
  const [daysCount, lastCount] = await Promise.all([byDays.count(), byLast.count()]);
  const rows = await (lastCount <= daysCount ? byLast : byDays).toArray();
  // A multi-entry range yields a conversation once per matching day; keep one, in key order
  // (JS string order is IndexedDB's order for string keys: both compare UTF-16 code units).
  const byKey = new Map<string, HistoryRecord>();
  for (const r of rows) byKey.set(r.key, r);
  const keys = [...byKey.keys()].sort();
  const conversations: ConversationLike[] = [];
  const events: EventLike[] = [];
  for (const key of keys) {
    const r = byKey.get(key)!;
    const start = events.length;
    for (let i = 0; i < r.at.length; i++) {
      const at = r.at[i]!;
      if (at >= to) break;
      events.push({ conversationKey: key, at, ...decodeKind(r.kinds[i]!) });
    }
    // The day range is UTC days; the period's edges are not. A conversation whose events on its
    // edge days all fall outside the period brings nothing that counts, but is harmless: computeMetrics
    // counts by exact time. Keep its site only if some event of it is in the period.
    let inPeriod = false;
    for (let i = start; i < events.length && !inPeriod; i++) inPeriod = events[i]!.at >= from;
    if (inPeriod) conversations.push({ key, site: r.site });
    else events.length = start;
  }
  return { conversations, events };
}
