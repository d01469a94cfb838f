import type { ConversationSnapshot } from '../core/snapshot';
import { waitingState, type WaitingState } from '../core/clock/waiting';
import { conversationKey, type ConversationRecord, type EventRecord, type SupportDatabase } from './database';
import { historyFromEvents } from './histories';

/** Metadata of a snapshot, as stored: ids, subject, customer, who wrote when. No text. */
export function recordFromSnapshot(
  snapshot: ConversationSnapshot,
  waiting: WaitingState,
  previous: ConversationRecord | undefined,
  now: number,
): ConversationRecord {
  let lastCustomerAt: number | null = null;
  let lastAgentAt: number | null = null;
  for (const m of snapshot.messages) {
    if (m.at === null) continue;
    if (m.author === 'customer') lastCustomerAt = Math.max(lastCustomerAt ?? m.at, m.at);
    else lastAgentAt = Math.max(lastAgentAt ?? m.at, m.at);
  }
  return {
    key: conversationKey(snapshot.site, snapshot.conversationId),
    site: snapshot.site,
    conversationId: snapshot.conversationId,
    subject: snapshot.subject,
    customerName: snapshot.customer.name,
    customerAddress: snapshot.customer.address,
    lastCustomerAt,
    lastAgentAt,
    status: waiting.kind,
    ticketStatus: snapshot.status ?? previous?.ticketStatus ?? null,
    // Kept until the target is evaluated again right after this write.
    dueAt: previous?.dueAt ?? null,
    firstSeenAt: previous?.firstSeenAt ?? now,
    updatedAt: now,
  };
}

export interface UpsertResult {
  record: ConversationRecord;
  waiting: WaitingState;
  addedEvents: number;
  /** Every event of the conversation after this upsert, oldest first. */
  events: EventRecord[];
}

/**
 * Stores a snapshot's metadata and any events not seen before, in one transaction so that two
 * tabs sending the same conversation at once neither duplicate nor lose events (the compound
 * unique index [conversationKey+kind+at] is the final guard).
 */
export async function upsertSnapshot(
  db: SupportDatabase,
  snapshot: ConversationSnapshot,
  now: number,
  waiting: WaitingState = waitingState(snapshot.messages),
): Promise<UpsertResult> {
  const key = conversationKey(snapshot.site, snapshot.conversationId);
  return db.transaction('rw', db.conversations, db.events, db.histories, async () => {
    const previous = await db.conversations.get(key);
    const record = recordFromSnapshot(snapshot, waiting, previous, now);
    await db.conversations.put(record);

    const stored = await db.events.where('[conversationKey+at]').between([key, -Infinity], [key, Infinity]).toArray();
    const known = new Set(stored.map((e) => `${e.kind}@${e.at}`));
    const fresh: EventRecord[] = [];
    for (const m of snapshot.messages) {
      if (m.at === null) continue;
      const kind = m.author === 'customer' ? 'customer_message' : 'agent_reply';
      const id = `${kind}@${m.at}`;
      if (known.has(id)) continue;
      known.add(id);
      fresh.push({ conversationKey: key, kind, at: m.at });
    }
    // A status the helpdesk shows that differs from the last one seen is a status change now.
    if (snapshot.status && snapshot.status !== previous?.ticketStatus) {
      fresh.push({ conversationKey: key, kind: 'status', at: now, status: snapshot.status });
    }
    if (fresh.length) await db.events.bulkAdd(fresh);
    const events = fresh.length ? [...stored, ...fresh].sort((a, b) => a.at - b.at) : stored;
    if (fresh.length) await db.histories.put(historyFromEvents(key, record.site, events));
    return { record, waiting, addedEvents: fresh.length, events };
  });
}

/** Conversations whose running target falls due in [from, to), soonest first. */
export function conversationsDueBetween(db: SupportDatabase, from: number, to: number): Promise<ConversationRecord[]> {
  return db.conversations.where('dueAt').between(from, to, true, false).toArray();
}

/** Records when the conversation's running target falls due (null when none runs). */
export async function setDueAt(db: SupportDatabase, key: string, dueAt: number | null): Promise<void> {
  await db.conversations.update(key, { dueAt });
}
