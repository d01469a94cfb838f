import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupportDatabase, type ConversationRecord, type EventRecord } from '../db/database';
import { computeMetrics } from '../core/metrics';
import { DEFAULT_SLA_POLICY, defaultCalendar } from '../core/schema/sla-defaults';
import { historyFromEvents } from '../db/histories';
import { loadHistory } from './data';

const H = 3_600_000;
const DAY = 24 * H;
const from = Date.UTC(2026, 10, 1);
const to = Date.UTC(2026, 10, 23);

let db: SupportDatabase;
let n = 0;
beforeEach(async () => {
  db = new SupportDatabase(`dashboard-data-${n++}`);
  const conv = (key: string): ConversationRecord => ({
    key,
    site: key.split(':')[0] as ConversationRecord['site'],
    conversationId: key.split(':')[1]!,
    subject: 's',
    customerName: 'c',
    customerAddress: null,
    lastCustomerAt: null,
    lastAgentAt: null,
    status: 'answered',
    ticketStatus: null,
    firstSeenAt: 0,
    updatedAt: 0,
  });
  await db.conversations.bulkPut(['gmail:b', 'gmail:a', 'demo:z', 'gmail:old'].map(conv));
  const events: EventRecord[] = [
    // In the period, with history from before it.
    { conversationKey: 'gmail:b', kind: 'customer_message', at: from - 40 * DAY },
    { conversationKey: 'gmail:b', kind: 'agent_reply', at: from - 39 * DAY },
    { conversationKey: 'gmail:b', kind: 'customer_message', at: from - 2 * H },
    { conversationKey: 'gmail:b', kind: 'agent_reply', at: from + 3 * DAY },
    // A later event (after the period's end) is not read.
    { conversationKey: 'gmail:b', kind: 'customer_message', at: to + H },
    { conversationKey: 'gmail:a', kind: 'customer_message', at: from + 5 * DAY },
    { conversationKey: 'gmail:a', kind: 'agent_reply', at: from + 5 * DAY + 2 * H },
    { conversationKey: 'demo:z', kind: 'customer_message', at: from + 6 * DAY },
    { conversationKey: 'demo:z', kind: 'status', at: from + 6 * DAY, status: 'open' },
    { conversationKey: 'demo:z', kind: 'agent_reply', at: from + 7 * DAY },
    // Nothing in the period: not read at all.
    { conversationKey: 'gmail:old', kind: 'customer_message', at: from - 10 * DAY },
    { conversationKey: 'gmail:old', kind: 'agent_reply', at: from - 9 * DAY },
  ];
  // Stored out of order, as real use interleaves conversations.
  await db.events.bulkAdd([...events].sort((x, y) => x.at - y.at));
  // The background writes each conversation's history beside its events (src/db/conversations.ts).
  const keys = [...new Set(events.map((e) => e.conversationKey))];
  await db.histories.bulkPut(
    keys.map((k) => historyFromEvents(k, k.split(':')[0] as ConversationRecord['site'], events.filter((e) => e.conversationKey === k))),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('loadHistory', () => {
  it('reads the whole history (up to the end) of conversations active in the period, grouped in key order', async () => {
    const h = await loadHistory(db, from, to);
    expect(h.conversations).toEqual([
      { key: 'demo:z', site: 'demo' },
      { key: 'gmail:a', site: 'gmail' },
      { key: 'gmail:b', site: 'gmail' },
    ]);
    expect(h.events.map((e) => `${e.conversationKey} ${e.kind} ${(e.at - from) / H}`)).toEqual([
      'demo:z customer_message 144',
      'demo:z status 144',
      'demo:z agent_reply 168',
      'gmail:a customer_message 120',
      'gmail:a agent_reply 122',
      'gmail:b customer_message -960',
      'gmail:b agent_reply -936',
      'gmail:b customer_message -2',
      'gmail:b agent_reply 72',
    ]);
  });

  it('gives the same figures as every event in the database', async () => {
    const h = await loadHistory(db, from, to);
    const all = await db.events.toArray();
    const conversations = (await db.conversations.toArray()).map((c) => ({ key: c.key, site: c.site }));
    const input = { calendar: defaultCalendar('UTC'), policy: DEFAULT_SLA_POLICY, from, to, bucket: 'week' as const, timeZone: 'UTC', now: to };
    const expected = computeMetrics({ ...input, conversations, events: all });
    expect(computeMetrics({ ...input, ...h })).toEqual(expected);
    expect(expected.totals.all.first.count + expected.totals.all.next.count).toBe(3);
  });

  it('leaves out a conversation whose only events on the edge days fall outside the period', async () => {
    // gmail:a has events on day from+5d; a period ending an hour before its first one shares that
    // UTC day but holds none of its events.
    const h = await loadHistory(db, from + 5 * DAY - 10 * H, from + 5 * DAY - H);
    expect(h).toEqual({ conversations: [], events: [] });
  });

  it('finds the same conversations by either index', async () => {
    // A period ending today is read by lastDay, an older one by its event days; both must agree
    // with the events table itself.
    const all = await db.events.toArray();
    for (const [a, b, now] of [
      [from, to + 2 * DAY, to + 2 * DAY - H],
      [from, to, to - H],
      [from, to, to + 30 * DAY],
      [from - 41 * DAY, from - 30 * DAY, to],
      [from - 10 * DAY - H, from - 9 * DAY + H, to],
      [from - 10 * DAY - H, from - 9 * DAY + H, from - 9 * DAY],
    ] as const) {
      const h = await loadHistory(db, a, b, now);
      const active = [...new Set(all.filter((e) => e.at >= a && e.at < b).map((e) => e.conversationKey))].sort();
      expect(h.conversations.map((c) => c.key), `${(a - from) / DAY}..${(b - from) / DAY}`).toEqual(active);
      const expected = all.filter((e) => active.includes(e.conversationKey) && e.at < b);
      expect(h.events.length).toBe(expected.length);
    }
  });

  it('is empty for a period without events', async () => {
    expect(await loadHistory(db, to + DAY, to + 2 * DAY)).toEqual({ conversations: [], events: [] });
  });
});
