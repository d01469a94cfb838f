import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupportDatabase } from './database';
import { conversationsDueBetween, setDueAt, upsertSnapshot } from './conversations';
import type { ConversationSnapshot } from '../core/snapshot';

const now = Date.UTC(2026, 10, 23, 10, 0);
const MIN = 60_000;

function snapshot(overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    site: 'gmail',
    conversationId: 'abc',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    subject: 'Refund',
    customer: { name: 'Priya Nair', address: 'priya@example.com' },
    messages: [
      { author: 'customer', from: { name: 'Priya Nair', address: 'priya@example.com' }, at: now - 90 * MIN, text: 'Hello, secret body', collapsed: false },
      { author: 'agent', from: { name: 'Asha', address: 'asha@acme.test' }, at: now - 60 * MIN, text: 'Reply body', collapsed: false },
      { author: 'customer', from: { name: 'Priya Nair', address: 'priya@example.com' }, at: now - 47 * MIN, text: 'Any news?', collapsed: false },
    ],
    hiddenMessageCount: 0,
    draft: 'draft text',
    capturedAt: now,
    ...overrides,
  };
}

let db: SupportDatabase;
let n = 0;
beforeEach(async () => {
  db = new SupportDatabase(`test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('upsertSnapshot', () => {
  it('stores metadata and events, never text', async () => {
    const result = await upsertSnapshot(db, snapshot(), now);
    expect(result.waiting).toMatchObject({ kind: 'waiting', since: now - 47 * MIN });
    const rec = await db.conversations.get('gmail:abc');
    expect(rec).toMatchObject({ subject: 'Refund', customerName: 'Priya Nair', lastCustomerAt: now - 47 * MIN, lastAgentAt: now - 60 * MIN, status: 'waiting' });
    expect(await db.events.count()).toBe(3);
    const everything = JSON.stringify([await db.conversations.toArray(), await db.events.toArray()]);
    expect(everything).not.toContain('secret body');
    expect(everything).not.toContain('draft text');
    expect(everything).not.toContain('Any news');
  });

  it('is idempotent and adds only new events', async () => {
    await upsertSnapshot(db, snapshot(), now);
    const again = await upsertSnapshot(db, snapshot(), now + MIN);
    expect(again.addedEvents).toBe(0);
    const s = snapshot();
    s.messages.push({ author: 'agent', from: { name: 'Asha', address: 'asha@acme.test' }, at: now - MIN, text: 'ok', collapsed: false });
    const third = await upsertSnapshot(db, s, now + 2 * MIN);
    expect(third.addedEvents).toBe(1);
    expect(third.record.status).toBe('answered');
    expect(await db.events.count()).toBe(4);
    expect((await db.conversations.get('gmail:abc'))?.firstSeenAt).toBe(now);
  });

  it('does not duplicate under concurrent upserts of the same conversation', async () => {
    await Promise.all([upsertSnapshot(db, snapshot(), now), upsertSnapshot(db, snapshot(), now)]);
    expect(await db.events.count()).toBe(3);
    expect(await db.conversations.count()).toBe(1);
  });

  it('records a ticket status change once, when it is first seen', async () => {
    await upsertSnapshot(db, snapshot({ site: 'demo', status: 'open' }), now);
    await upsertSnapshot(db, snapshot({ site: 'demo', status: 'open' }), now + MIN);
    const result = await upsertSnapshot(db, snapshot({ site: 'demo', status: 'pending' }), now + 2 * MIN);
    const statuses = result.events.filter((e) => e.kind === 'status').map((e) => [e.status, e.at]);
    expect(statuses).toEqual([
      ['open', now],
      ['pending', now + 2 * MIN],
    ]);
    expect(result.record.ticketStatus).toBe('pending');
    expect(result.events.map((e) => e.at)).toEqual([...result.events.map((e) => e.at)].sort((a, b) => a - b));
  });

  it('finds the conversations due in a window by their stored due time', async () => {
    const a = await upsertSnapshot(db, snapshot({ conversationId: 'a' }), now);
    await upsertSnapshot(db, snapshot({ conversationId: 'b' }), now);
    await upsertSnapshot(db, snapshot({ conversationId: 'c' }), now);
    await setDueAt(db, a.record.key, now + 30 * MIN);
    await setDueAt(db, 'gmail:b', now + 90 * MIN);
    await setDueAt(db, 'gmail:c', null);
    expect((await conversationsDueBetween(db, now, now + 60 * MIN)).map((c) => c.conversationId)).toEqual(['a']);
    expect((await conversationsDueBetween(db, now, now + 120 * MIN)).map((c) => c.conversationId)).toEqual(['a', 'b']);
  });
});
