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

export async function loadHistory(db: SupportDatabase, from: number, to: number, now = Date.now()): Promise<History> {
  if (!(to > from)) return { conversations: [], events: [] };
  const firstDay = Math.floor(from / DAY_MS);
  const lastDay = Math.floor((to - 1) / DAY_MS);
  // A period that ends today (the usual one) needs exactly the conversations whose last event day
  // is on or after its first day, each found once. An older one (last year's, for the goal) needs
  // those with an event day inside it; the day index finds each once per such day.
  const today = Math.floor(now / DAY_MS);
  const rows = await (lastDay >= today
    ? db.histories.where('lastDay').aboveOrEqual(firstDay)
    : db.histories.where('days').between(firstDay, lastDay, true, true)
  ).toArray();
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
    const { at, kinds } = r;
    for (let i = 0; i < at.length; i++) {
      const t = at[i]!;
      if (t >= to) break;
      const k = kinds[i]!;
      // One object literal per event (no spreads): 80k of them for a month at 100k conversations.
      events.push(k < 2 ? { conversationKey: key, at: t, kind: k === 0 ? 'customer_message' : 'agent_reply' } : { conversationKey: key, at: t, ...decodeKind(k) });
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
