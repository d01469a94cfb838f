/**
 * Reads what the metrics need from the extension's database, read-only: the events of every
 * conversation that had an event in the period, from its very first event up to the period's end
 * (a reply in the period can answer an older message, and first vs next depends on earlier
 * replies), grouped by conversation in key order — computeMetrics' fast path — and the
 * conversations' sites. The background is the only writer; this page never writes.
 */
import type { ConversationLike, EventLike } from '../core/metrics';
import type { EventRecord, SupportDatabase } from '../db/database';

export interface History {
  conversations: ConversationLike[];
  events: EventLike[];
}

export async function loadHistory(db: SupportDatabase, from: number, to: number): Promise<History> {
  return db.transaction('r', db.events, db.conversations, async () => {
    // The period's events, in time order: they name the conversations, and are their recent part.
    const inPeriod = await db.events.where('at').between(from, to, true, false).toArray();
    const recent = new Map<string, EventRecord[]>();
    for (const e of inPeriod) {
      const list = recent.get(e.conversationKey);
      if (list) list.push(e);
      else recent.set(e.conversationKey, [e]);
    }
    // JS string order is IndexedDB's order for string keys (both compare UTF-16 code units).
    const keys = [...recent.keys()].sort();
    if (keys.length === 0) return { conversations: [], events: [] };
    // What came before the period: one index range per conversation, each a getAll on the index,
    // all in this transaction — several times faster than Dexie's inAnyRange, which walks one
    // cursor over them all (measured by test/bench/db-scale.ts).
    const [earlier, records] = await Promise.all([
      Promise.all(keys.map((k) => db.events.where('[conversationKey+at]').between([k, -Infinity], [k, from], true, false).toArray())),
      db.conversations.bulkGet(keys),
    ]);
    const events: EventRecord[] = [];
    keys.forEach((k, i) => {
      for (const e of earlier[i]!) events.push(e);
      for (const e of recent.get(k)!) events.push(e);
    });
    const conversations = records.flatMap((c) => (c ? [{ key: c.key, site: c.site }] : []));
    return { conversations, events };
  });
}
