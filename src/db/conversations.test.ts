import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_NAME, SupportDatabase } from './database';
import { decodeKind } from './histories';
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

  it('keeps the compact history of each conversation in step with its events', async () => {
    await upsertSnapshot(db, snapshot({ site: 'demo', status: 'open' }), now);
    const s = snapshot({ site: 'demo', status: 'solved' });
    s.messages.push({ author: 'agent', from: { name: 'Asha', address: 'asha@acme.test' }, at: now - MIN, text: 'ok', collapsed: false });
    const result = await upsertSnapshot(db, s, now + MIN);
    const h = (await db.histories.get('demo:abc'))!;
    expect(h.site).toBe('demo');
    expect([...h.at]).toEqual(result.events.map((e) => e.at));
    expect([...h.kinds].map(decodeKind)).toEqual(result.events.map((e) => (e.kind === 'status' ? { kind: e.kind, status: e.status } : { kind: e.kind })));
    expect(h.days).toEqual([Math.floor(now / 86_400_000)]);
    // Found by any day it has an event on, and only by those.
    const day = Math.floor(now / 86_400_000);
    expect(await db.histories.where('days').equals(day).primaryKeys()).toEqual(['demo:abc']);
    expect(await db.histories.where('days').equals(day - 1).count()).toBe(0);
  });

  it('builds the histories from stored events when a version 2 database is upgraded', async () => {
    const name = `upgrade-${n++}`;
    // The shipped version 2 schema, as an older extension left it.
    const old = new Dexie(name);
    old.version(1).stores({
      conversations: 'key, site, lastCustomerAt, lastAgentAt, status, updatedAt',
      events: '++id, &[conversationKey+kind+at], [conversationKey+at], kind, at',
    });
    old.version(2).stores({ conversations: 'key, site, lastCustomerAt, lastAgentAt, status, updatedAt, dueAt', alerts: 'id, conversationKey, [state+warnAt]' });
    await old.table('conversations').bulkPut([
      { key: 'gmail:x', site: 'gmail' },
      { key: 'zendesk:7', site: 'zendesk' },
    ]);
    await old.table('events').bulkAdd([
      { conversationKey: 'zendesk:7', kind: 'status', at: now - 5 * MIN, status: 'pending' },
      { conversationKey: 'gmail:x', kind: 'agent_reply', at: now - 3 * 86_400_000 },
      { conversationKey: 'gmail:x', kind: 'customer_message', at: now - 4 * 86_400_000 },
      { conversationKey: 'zendesk:7', kind: 'customer_message', at: now - 10 * MIN },
    ]);
    old.close();
    const upgraded = new SupportDatabase(name);
    try {
      const rows = await upgraded.histories.orderBy('key').toArray();
      expect(rows.map((r) => [r.key, r.site, [...r.at], [...r.kinds]])).toEqual([
        ['gmail:x', 'gmail', [now - 4 * 86_400_000, now - 3 * 86_400_000], [0, 1]],
        ['zendesk:7', 'zendesk', [now - 10 * MIN, now - 5 * MIN], [0, 3]],
      ]);
    } finally {
      await upgraded.delete();
    }
    expect(DB_NAME).toBe('support-panel');
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
