/**
 * Seeds the extension's database with a large, realistic history. Runs INSIDE the extension's
 * service worker (bundled by db-scale.ts with esbuild, evaluated over CDP), writing with raw
 * IndexedDB into the database the extension itself created, in big transactions.
 *
 * Records have the shape the extension writes (src/db/conversations.ts recordFromSnapshot,
 * src/background/sla-alerts.ts): `dueAt` is a number while a target runs and null otherwise
 * (null is not a valid IndexedDB key, so those records stay out of the dueAt index, as in the
 * extension). Generation is deterministic for a given seed and `now`.
 */
import type { AlertRecord, ConversationRecord, EventRecord } from '../../src/db/database';
import type { ConversationStatus, SiteId } from '../../src/core/snapshot';
import { historyFromEvents } from '../../src/db/histories';

export interface SeedParams {
  /** Epoch ms: the data ends here (waiting conversations' dueAt lie after it). */
  now: number;
  conversations: number;
  /** Exact total of events (each conversation has 4–20; status events included). */
  events: number;
  /** History length: conversation starts are spread over the last `days` days. */
  days: number;
  /** Conversations waiting now, with a running target due in the next few hours. */
  waiting: number;
  /** Of those, how many fall due within the next hour. */
  dueWithinHour: number;
  seed: number;
}

export interface SeedPlanSummary {
  conversations: number;
  events: number;
  waiting: number;
  bySite: Record<string, number>;
  minEvents: number;
  maxEvents: number;
}

export interface SeedChunkResult {
  conversations: number;
  events: number;
  statusEvents: number;
  alerts: number;
  transactions: number;
  /** Time spent generating records vs. waiting for IndexedDB (ms). */
  generateMs: number;
  writeMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MIN_EVENTS = 4;
const MAX_EVENTS = 20;

/** Share of conversations per site (webmail has no ticket status, helpdesks do). */
const SITES: ReadonlyArray<{ id: SiteId; weight: number; helpdesk: boolean }> = [
  { id: 'gmail', weight: 0.3, helpdesk: false },
  { id: 'outlook', weight: 0.15, helpdesk: false },
  { id: 'zendesk', weight: 0.25, helpdesk: true },
  { id: 'freshdesk', weight: 0.15, helpdesk: true },
  { id: 'helpscout', weight: 0.15, helpdesk: true },
];

const FIRST = ['Meera', 'John', 'Aisha', 'Rahul', 'Sofia', 'Tanvir', 'Priya', 'Lucas', 'Fatima', 'Arjun', 'Emma', 'Nusrat', 'Diego', 'Ananya', 'Kenji', 'Olivia'];
const LAST = ['Kapoor', 'Smith', 'Rahman', 'Sharma', 'Rossi', 'Hossain', 'Iyer', 'Martin', 'Khan', 'Nair', 'Brown', 'Chowdhury', 'Garcia', 'Gupta', 'Tanaka', 'Wilson'];
const DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'shop.example'];
const SUBJECTS = [
  'Invoice charged twice',
  'Order #{n} arrived damaged',
  'Refund for order #{n}',
  'Cannot log in to my account',
  'Question about my subscription renewal',
  'Change the shipping address of order #{n}',
  'Password reset email never arrives',
  'Feature request: export to CSV',
  'Wrong item in package #{n}',
  'How do I add a second user?',
  'Payment failed but money was taken',
  'Cancel my plan from next month',
  'Re: Delivery delayed (order #{n})',
  'App crashes when I upload a photo',
];

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  params: SeedParams;
  site: Uint8Array;
  count: Uint8Array;
  /** dueAt for waiting conversations, NaN for the others. */
  dueAt: Float64Array;
}

let plan: Plan | null = null;
let connection: IDBDatabase | null = null;

/** Decides every conversation's site, event count (summing exactly to params.events) and state. */
export function makePlan(params: SeedParams): SeedPlanSummary {
  const random = rng(params.seed);
  const n = params.conversations;
  const site = new Uint8Array(n);
  const count = new Uint8Array(n);
  const dueAt = new Float64Array(n).fill(NaN);

  // Waiting conversations: distinct random indices; the first `dueWithinHour` fall due within the hour.
  let chosen = 0;
  while (chosen < params.waiting) {
    const i = Math.floor(random() * n);
    if (!Number.isNaN(dueAt[i]!)) continue;
    dueAt[i] =
      chosen < params.dueWithinHour
        ? params.now + 5 * MINUTE + random() * 55 * MINUTE
        : params.now + 62 * MINUTE + random() * 5 * HOUR;
    chosen++;
  }

  let total = 0;
  for (let i = 0; i < n; i++) {
    let r = random();
    let s = 0;
    while (s < SITES.length - 1 && r >= SITES[s]!.weight) r -= SITES[s++]!.weight;
    site[i] = s;
    // Skewed to short conversations: mean about 10 events.
    let c = MIN_EVENTS + Math.floor((MAX_EVENTS - MIN_EVENTS + 1) * Math.pow(random(), 1.6));
    c = fixParity(c, s, !Number.isNaN(dueAt[i]!), random);
    count[i] = c;
    total += c;
  }

  // Reach the exact total: helpdesk conversations absorb any difference one event at a time,
  // webmail ones two at a time (their parity is fixed).
  let diff = params.events - total;
  const stride = 7919; // prime, so the walk visits every index
  for (let step = 0, i = Math.floor(random() * n); diff !== 0 && step < n * 4; step++, i = (i + stride) % n) {
    const waiting = !Number.isNaN(dueAt[i]!);
    const by = SITES[site[i]!]!.helpdesk && !waiting ? 1 : 2;
    if (Math.abs(diff) < by) continue;
    const next = count[i]! + Math.sign(diff) * by;
    if (next < MIN_EVENTS || next > MAX_EVENTS) continue;
    count[i] = next;
    diff -= Math.sign(diff) * by;
  }
  total = 0;
  let minEvents = Infinity;
  let maxEvents = 0;
  for (const c of count) {
    total += c;
    minEvents = Math.min(minEvents, c);
    maxEvents = Math.max(maxEvents, c);
  }
  plan = { params, site, count, dueAt };

  const bySite: Record<string, number> = {};
  for (let i = 0; i < n; i++) bySite[SITES[site[i]!]!.id] = (bySite[SITES[site[i]!]!.id] ?? 0) + 1;
  return {
    conversations: n,
    events: total,
    waiting: params.waiting,
    bySite,
    minEvents,
    maxEvents,
  };
}

/**
 * Messages alternate customer / agent, starting with the customer. A waiting conversation ends
 * with a customer message (odd message count), an answered webmail one with the agent's reply
 * (even count); helpdesk answered ones absorb parity with status events.
 */
function fixParity(c: number, siteIndex: number, waiting: boolean, random: () => number): number {
  const wantOdd = waiting;
  if (!waiting && SITES[siteIndex]!.helpdesk) return c;
  if ((c % 2 === 1) === wantOdd) return c;
  if (c === MIN_EVENTS) return c + 1;
  if (c === MAX_EVENTS) return c - 1;
  return random() < 0.5 ? c - 1 : c + 1;
}

/** 3 minutes to 6 hours, log-uniform. */
function gap(random: () => number): number {
  return 3 * MINUTE * Math.exp(random() * Math.log(120));
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function conversationId(siteId: SiteId, i: number, random: () => number): string {
  if (siteId === 'gmail') {
    // Gmail legacy thread id: 16 hex digits.
    return (0x18a0000000000000n + BigInt(i) * 0x100000n + BigInt(Math.floor(random() * 0x100000))).toString(16);
  }
  if (siteId === 'outlook') {
    // Outlook conversation ids are long base64 strings.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let id = 'AAQkADAwATM0MDAAMS1mZDk2LTZhZjEtMDACLTAwCgAQA';
    while (id.length < 75) id += alphabet[Math.floor(random() * alphabet.length)];
    return `${id}${i.toString(36)}=`;
  }
  return String(100_000 + i);
}

function pageUrl(siteId: SiteId, id: string): string {
  switch (siteId) {
    case 'gmail':
      return `https://mail.google.com/mail/u/0/#inbox/${id}`;
    case 'outlook':
      return `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(id)}`;
    case 'zendesk':
      return `https://acme.zendesk.com/agent/tickets/${id}`;
    case 'freshdesk':
      return `https://acme.freshdesk.com/a/tickets/${id}`;
    default:
      return `https://secure.helpscout.net/conversation/${id}`;
  }
}

interface Generated {
  record: ConversationRecord;
  events: EventRecord[];
  alert: AlertRecord | null;
}

/** One conversation: its record, its events in time order, and its pending warning if waiting. */
function generate(i: number): Generated {
  const p = plan!;
  const { now } = p.params;
  const random = rng(p.params.seed * 1_000_003 + i);
  const s = SITES[p.site[i]!]!;
  const n = p.count[i]!;
  const due = p.dueAt[i]!;
  const waiting = !Number.isNaN(due);

  // Split the event count into messages and status events.
  let solved = 0;
  let pending = 0;
  if (s.helpdesk && !waiting) {
    solved = random() < 0.85 ? 1 : 0;
    pending = (n - solved) % 2 === 1 ? 1 : 0;
    if (n - solved - pending >= 6 && random() < 0.25) pending += 2;
  }
  const messages = n - solved - pending;

  const gaps: number[] = [];
  let span = 0;
  for (let m = 1; m < messages; m++) {
    const g = gap(random);
    gaps.push(g);
    span += g;
  }
  let start: number;
  if (waiting) {
    // The last customer message was 2 minutes to 4 hours ago.
    start = now - (2 * MINUTE + random() * 4 * HOUR) - span;
  } else {
    // Conversation i starts in the i-th slice of the history, so records arrive in roughly the
    // order the extension would have written them (ids, ticket numbers and times all rising).
    const earliest = now - p.params.days * DAY;
    const slot = (i + random()) / p.params.conversations;
    start = Math.round(Math.min(earliest + slot * (now - earliest), now - span - 10 * MINUTE));
  }

  const key = `${s.id}:${conversationId(s.id, i, random)}`;
  const events: EventRecord[] = [];
  let at = Math.round(start);
  let lastCustomerAt: number | null = null;
  let lastAgentAt: number | null = null;
  const agentReplies: number[] = [];
  for (let m = 0; m < messages; m++) {
    if (m > 0) at += Math.round(gaps[m - 1]!);
    const kind = m % 2 === 0 ? 'customer_message' : 'agent_reply';
    events.push({ conversationKey: key, kind, at });
    if (kind === 'customer_message') lastCustomerAt = at;
    else {
      lastAgentAt = at;
      agentReplies.push(at);
    }
  }
  const lastMessageAt = at;
  let ticketStatus: ConversationStatus | null = s.helpdesk ? 'open' : null;
  // 'pending' (waiting on the customer) a few seconds after an agent reply; distinct times so the
  // unique [conversationKey+kind+at] index holds.
  const statusEvents: EventRecord[] = [];
  for (let k = 0; k < pending; k++) {
    const reply = agentReplies[Math.floor(random() * agentReplies.length)]!;
    statusEvents.push({ conversationKey: key, kind: 'status', at: reply + 5_000 + k * 13_000 + Math.floor(random() * 5_000), status: 'pending' });
  }
  if (solved) {
    const solvedAt = Math.min(lastMessageAt + MINUTE + Math.floor(random() * DAY), now - 1_000);
    statusEvents.push({ conversationKey: key, kind: 'status', at: Math.max(solvedAt, lastMessageAt + 1_000), status: 'solved' });
  }
  if (statusEvents.length) {
    events.push(...statusEvents);
    events.sort((a, b) => a.at - b.at);
    ticketStatus = statusEvents.reduce((a, b) => (b.at > a.at ? b : a)).status ?? ticketStatus;
  }
  const lastAt = events[events.length - 1]!.at;

  const first = pick(FIRST, random);
  const last = pick(LAST, random);
  const subject = pick(SUBJECTS, random).replace('{n}', String(10_000 + Math.floor(random() * 90_000)));
  const firstSeenAt = Math.min(events[0]!.at + MINUTE + Math.floor(random() * 30 * MINUTE), lastAt);
  const updatedAt = Math.min(lastAt + Math.floor(random() * 5 * MINUTE), now);
  const conversationIdPart = key.slice(s.id.length + 1);
  const record: ConversationRecord = {
    key,
    site: s.id,
    conversationId: conversationIdPart,
    subject,
    customerName: `${first} ${last}`,
    customerAddress: `${first.toLowerCase()}.${last.toLowerCase()}@${pick(DOMAINS, random)}`,
    lastCustomerAt,
    lastAgentAt,
    status: waiting ? 'waiting' : 'answered',
    ticketStatus,
    dueAt: waiting ? Math.round(due) : null,
    firstSeenAt,
    updatedAt,
  };

  let alert: AlertRecord | null = null;
  if (waiting) {
    // As src/db/alerts.ts plans it: one alert per wait, 15 minutes before the target; warnings
    // whose time is (nearly) here count as already sent, so the run shows no notifications.
    const warnAt = Math.round(due) - 15 * MINUTE;
    const target = lastAgentAt === null ? 'first' : 'next';
    alert = {
      id: `${key}|${target}|${lastCustomerAt}`,
      conversationKey: key,
      target,
      warnAt,
      state: warnAt < now + 10 * MINUTE ? 'sent' : 'pending',
      url: pageUrl(s.id, conversationIdPart),
      subject,
      customerName: record.customerName,
    };
  }
  return { record, events, alert };
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      reject(new Error(`database ${name} does not exist yet: the extension must create it first`));
    };
    req.onsuccess = () => resolve(req.result);
  });
}

/** The database as the extension created it: name, version and stores with their indexes. */
export async function describeDatabase(name: string): Promise<{ version: number; stores: Record<string, string[]> } | null> {
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === name)) return null;
  connection ??= await openDatabase(name);
  const stores: Record<string, string[]> = {};
  const names = [...connection.objectStoreNames];
  const tx = connection.transaction(names, 'readonly');
  for (const store of names) stores[store] = [...tx.objectStore(store).indexNames];
  return { version: connection.version, stores };
}

function writeBatch(db: IDBDatabase, batch: Generated[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Relaxed durability: the seed is set-up, not the thing measured.
    const tx = db.transaction(['conversations', 'events', 'alerts', 'histories'], 'readwrite', { durability: 'relaxed' });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
    const conversations = tx.objectStore('conversations');
    const events = tx.objectStore('events');
    const alerts = tx.objectStore('alerts');
    const histories = tx.objectStore('histories');
    for (const g of batch) {
      conversations.put(g.record);
      for (const e of g.events) events.add(e);
      // As src/db/conversations.ts upsertSnapshot writes it beside the events.
      histories.put(historyFromEvents(g.record.key, g.record.site, g.events));
      if (g.alert) alerts.put(g.alert);
    }
  });
}

/**
 * Writes conversations [from, to) and their events, one transaction per ~eventsPerTransaction
 * events. Each batch is generated while the previous one commits.
 */
export async function seedRange(from: number, to: number, eventsPerTransaction: number): Promise<SeedChunkResult> {
  if (!plan) throw new Error('makePlan first');
  connection ??= await openDatabase('support-panel');
  const db = connection;
  const result: SeedChunkResult = { conversations: 0, events: 0, statusEvents: 0, alerts: 0, transactions: 0, generateMs: 0, writeMs: 0 };
  let inFlight: Promise<void> | null = null;
  let i = from;
  while (i < to) {
    const t0 = performance.now();
    const batch: Generated[] = [];
    let events = 0;
    while (i < to && events < eventsPerTransaction) {
      const g = generate(i++);
      batch.push(g);
      events += g.events.length;
      result.statusEvents += g.events.reduce((s, e) => s + (e.kind === 'status' ? 1 : 0), 0);
      if (g.alert) result.alerts++;
    }
    result.generateMs += performance.now() - t0;
    const t1 = performance.now();
    if (inFlight) await inFlight;
    result.writeMs += performance.now() - t1;
    inFlight = writeBatch(db, batch);
    result.conversations += batch.length;
    result.events += events;
    result.transactions++;
  }
  const t2 = performance.now();
  if (inFlight) await inFlight;
  result.writeMs += performance.now() - t2;
  return result;
}

/** Counts per store, read back after seeding. */
export async function countStores(): Promise<Record<string, number>> {
  connection ??= await openDatabase('support-panel');
  const db = connection;
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const counts = await Promise.all(
    names.map(
      (name) =>
        new Promise<[string, number]>((resolve, reject) => {
          const req = tx.objectStore(name).count();
          req.onsuccess = () => resolve([name, req.result]);
          req.onerror = () => reject(req.error);
        }),
    ),
  );
  return Object.fromEntries(counts);
}

export function closeDatabase(): void {
  connection?.close();
  connection = null;
}
