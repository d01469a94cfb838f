/**
 * Runs in an extension page (bundled by reminders.ts with esbuild, evaluated over CDP): seeds the
 * extension's own database with reminders and times the REAL queries the background runs — the
 * next due time and re-arming the one alarm, the badge count, the popup's due list, a panel's
 * list — with performance.now() here, so CDP round trips are not counted.
 */
import { SupportDatabase } from '../../src/db/database';
import { conversationReminders, countDue, dueReminders, nextDueAt, type ReminderRecord } from '../../src/db/reminders';
import { rearmReminders } from '../../src/background/reminders';

let db: SupportDatabase | null = null;

function database(): SupportDatabase {
  if (!db) throw new Error('open() first');
  return db;
}

export async function open(): Promise<{ openMs: number; version: number; reminders: number }> {
  const t0 = performance.now();
  db = new SupportDatabase();
  await db.open();
  const openMs = performance.now() - t0;
  return { openMs, version: db.verno, reminders: await db.reminders.count() };
}

export function close(): void {
  db?.close();
  db = null;
}

/** Small deterministic generator (mulberry32), so every run seeds the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RULES = ['thank-you-after-resolution', 'onboarding-daily-check-in', 'no-reply-from-customer', 'no-reply-from-agent', 'renewal-value-recap', 'personal-date-greeting'];

export interface SeedPlan {
  count: number;
  /** Shown and not done yet (the due list). */
  notified: number;
  now: number;
  conversations: number;
  seed: number;
}

export interface SeedResult {
  ms: number;
  byStatus: Record<string, number>;
  withCustomer: number;
}

function record(i: number, status: ReminderRecord['status'], dueAt: number, rnd: () => number, plan: SeedPlan): ReminderRecord {
  const conversation = Math.floor(rnd() * plan.conversations);
  const key = `${rnd() < 0.6 ? 'gmail' : 'zendesk'}:bench-${conversation}`;
  const manual = rnd() < 0.2;
  const customer = !manual && rnd() < 0.15 ? `customer${conversation % 20_000}@example${conversation % 97}.test` : null;
  const ruleId = manual ? null : RULES[i % RULES.length]!;
  return {
    id: manual ? `manual|${key}|${dueAt}|${i.toString(16).padStart(8, '0')}` : `${ruleId}|${customer ? `@${customer}` : key}|${dueAt - DAY}`,
    source: manual ? 'manual' : 'rule',
    ruleId,
    conversationKey: key,
    customerKey: customer,
    title: manual ? 'Call back about the invoice' : 'Thank Meera and check they are satisfied',
    message: manual ? 'Call back about the invoice' : 'Hi Meera, thank you for your patience with "Invoice charged twice". Is everything working as it should now? Ravi',
    url: key.startsWith('gmail') ? `https://mail.google.com/mail/u/0/#inbox/bench${conversation}` : `https://acme.zendesk.com/agent/tickets/${conversation}`,
    subject: `Order question ${conversation}`,
    customerName: `Customer ${conversation}`,
    dueAt,
    status,
    createdAt: dueAt - DAY,
    notifiedAt: status === 'notified' || status === 'done' ? dueAt : null,
    overdue: false,
    snoozed: rnd() < 0.05,
    doneAt: status === 'done' ? dueAt + HOUR : null,
    cancelReason: status === 'cancelled' ? 'event' : null,
  };
}

/**
 * `count` reminders over two years: a year of history (45 % done, 15 % cancelled), `notified`
 * shown but not done, the rest scheduled over the coming year (from an hour ahead, so none falls
 * due during the benchmark).
 */
export async function seed(plan: SeedPlan): Promise<SeedResult> {
  const rnd = random(plan.seed);
  const d = database();
  const t0 = performance.now();
  const byStatus: Record<string, number> = {};
  let withCustomer = 0;
  const chunk = 10_000;
  for (let from = 0; from < plan.count; from += chunk) {
    const rows: ReminderRecord[] = [];
    for (let i = from; i < Math.min(from + chunk, plan.count); i++) {
      let status: ReminderRecord['status'];
      let dueAt: number;
      const u = rnd();
      if (i < plan.notified) {
        status = 'notified';
        dueAt = plan.now - Math.floor(rnd() * 14 * DAY);
      } else if (u < 0.45) {
        status = 'done';
        dueAt = plan.now - Math.floor(rnd() * 365 * DAY);
      } else if (u < 0.6) {
        status = 'cancelled';
        dueAt = plan.now - Math.floor(rnd() * 365 * DAY);
      } else {
        status = 'scheduled';
        dueAt = plan.now + HOUR + Math.floor(rnd() * 365 * DAY);
      }
      const r = record(i, status, dueAt, rnd, plan);
      rows.push(r);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (r.customerKey) withCustomer++;
    }
    await d.reminders.bulkPut(rows);
  }
  return { ms: performance.now() - t0, byStatus, withCustomer };
}

/** Reminders that fell due while the browser was closed (scheduled, due 1 minute to 2 days ago). */
export async function seedOverdue(count: number, now: number): Promise<number> {
  const rnd = random(7);
  const plan: SeedPlan = { count, notified: 0, now, conversations: 30_000, seed: 7 };
  const rows = Array.from({ length: count }, (_, i) => {
    const r = record(1_000_000 + i, 'scheduled', now - 60_000 - Math.floor(rnd() * 2 * DAY), rnd, plan);
    return { ...r, id: `manual|bench-overdue|${i}`, source: 'manual' as const, ruleId: null, customerKey: null };
  });
  await database().reminders.bulkPut(rows);
  return rows.length;
}

export interface Timed<T> {
  ms: number;
  value: T;
}

async function timed<T>(f: () => Promise<T>): Promise<Timed<T>> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

/** The earliest scheduled reminder: what the alarm is armed for. */
export const nextDue = (_now?: number) => timed(() => nextDueAt(database()));
/** Re-arming as the background does after every change: next due time + chrome.alarms.create. */
export const rearm = (_now?: number) => timed(() => rearmReminders(database()));
/** The toolbar badge's number. */
export const badgeCount = (now: number) => timed(() => countDue(database(), now));
/** The toolbar popup's list. */
export const dueList = (now: number) => timed(async () => (await dueReminders(database(), now)).length);
/** One panel's list (a conversation with reminders, and its customer's). */
export const panelList = (_now?: number) =>
  timed(async () => {
    const any = await database().reminders.where('customerKey').above('').first();
    return any ? (await conversationReminders(database(), any.conversationKey, any.customerKey)).length : 0;
  });
