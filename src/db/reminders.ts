/**
 * Follow-up reminders and what the agent records about customers (schema v4), and the queries the
 * background needs. Every write that reads first runs in one transaction, so two tabs sending the
 * same conversation, or two quick events, neither duplicate nor lose a reminder: ids are
 * deterministic (core/rules) and IndexedDB serialises read-write transactions on the same tables.
 */
import type { Calendar } from '../core/clock';
import {
  customerKey,
  evaluate,
  manualReminderId,
  type Evaluation,
  type ExistingReminder,
  type PersonalDate,
  type ReminderRule,
  type ReminderStatus,
  type RuleConversation,
  type RuleCustomer,
} from '../core/rules';
import type { EventRecord, SupportDatabase } from './database';

export interface ReminderRecord {
  /** Deterministic (see core/rules): rule + conversation or customer + occurrence; manual: conversation + time + note. */
  id: string;
  source: 'rule' | 'manual';
  ruleId: string | null;
  conversationKey: string;
  /** Set for reminders that belong to the customer (first contact, renewal, personal dates). */
  customerKey: string | null;
  title: string;
  /** A rule's suggested message, or the agent's note. */
  message: string;
  /** The conversation's page: the notification's click and the lists open it. */
  url: string;
  subject: string;
  customerName: string;
  dueAt: number;
  status: ReminderStatus;
  createdAt: number;
  notifiedAt: number | null;
  /** Shown late (due while the browser was closed or asleep): the notification said "overdue". */
  overdue: boolean;
  /** The agent chose its time (snooze): rules leave it where it is. */
  snoozed: boolean;
  doneAt: number | null;
  cancelReason: 'event' | 'rule' | null;
}

/** The conversation a customer was last seen in: reminders for the customer's dates attach to it. */
export interface CustomerConversation {
  key: string;
  url: string;
  site: string;
  subject: string;
  customerName: string;
  labels: string[];
}

export interface CustomerRecord {
  /** Lower-case e-mail address. */
  address: string;
  /** The first customer message seen from this address, in any conversation. */
  firstContactAt: number | null;
  renewalDate: string | null;
  onboardingStart: string | null;
  personalDates: PersonalDate[];
  /** 1 while the agent has set any date: indexed, so start-up finds them without reading every customer. */
  dated?: 1;
  last: CustomerConversation | null;
  updatedAt: number;
}

export interface CustomerDates {
  renewalDate: string | null;
  onboardingStart: string | null;
  personalDates: PersonalDate[];
}

export interface RuleContext {
  rules: readonly ReminderRule[];
  calendar: Calendar;
  agentName: string;
  /** Rule reminders switched on (manual ones always work). */
  enabled: boolean;
}

export interface ReminderChanges {
  created: ReminderRecord[];
  /** Cancelled reminders (some may have been shown: their notifications should go). */
  cancelled: ReminderRecord[];
  rescheduled: ReminderRecord[];
}

const NO_CHANGES = (): ReminderChanges => ({ created: [], cancelled: [], rescheduled: [] });
export const hasChanges = (c: ReminderChanges): boolean => c.created.length + c.cancelled.length + c.rescheduled.length > 0;

function existingOf(r: ReminderRecord): ExistingReminder {
  return { id: r.id, ruleId: r.ruleId, conversationKey: r.conversationKey, customerKey: r.customerKey, status: r.status, dueAt: r.dueAt, snoozed: r.snoozed };
}

/** Writes an evaluation; call inside a transaction that also read `existing`. */
async function applyEvaluation(db: SupportDatabase, e: Evaluation, existing: Map<string, ReminderRecord>, now: number): Promise<ReminderChanges> {
  const out = NO_CHANGES();
  for (const p of e.create) {
    const record: ReminderRecord = {
      id: p.id,
      source: 'rule',
      ruleId: p.ruleId,
      conversationKey: p.conversationKey,
      customerKey: p.customerKey,
      title: p.title,
      message: p.message,
      url: p.url,
      subject: p.subject,
      customerName: p.customerName,
      dueAt: p.dueAt,
      status: 'scheduled',
      createdAt: now,
      notifiedAt: null,
      overdue: false,
      snoozed: false,
      doneAt: null,
      cancelReason: null,
    };
    out.created.push(record);
  }
  if (out.created.length) await db.reminders.bulkAdd(out.created);
  for (const c of e.cancel) {
    const r = existing.get(c.id);
    if (!r) continue;
    const next = { ...r, status: 'cancelled' as const, cancelReason: c.reason };
    await db.reminders.put(next);
    out.cancelled.push(next);
  }
  for (const m of e.reschedule) {
    const r = existing.get(m.id);
    if (!r) continue;
    const next = { ...r, dueAt: m.dueAt };
    await db.reminders.put(next);
    out.rescheduled.push(next);
  }
  return out;
}

const sameConversation = (a: CustomerConversation | null, b: CustomerConversation): boolean =>
  a !== null && a.key === b.key && a.url === b.url && a.subject === b.subject && a.customerName === b.customerName && a.site === b.site && a.labels.join('\n') === b.labels.join('\n');

function ruleCustomer(c: CustomerRecord): RuleCustomer {
  return { address: c.address, firstContactAt: c.firstContactAt, renewalDate: c.renewalDate, onboardingStart: c.onboardingStart, personalDates: c.personalDates };
}

/**
 * After a conversation's events changed: reads its events and its customer, evaluates the rules,
 * and writes the result, all in one transaction (so the evaluation sees every event committed
 * before it, whichever tab sent them). Also keeps the customer's first contact and last
 * conversation up to date.
 */
export async function evaluateConversation(
  db: SupportDatabase,
  conversation: Omit<RuleConversation, 'events'>,
  ctx: RuleContext,
  now: number,
): Promise<ReminderChanges> {
  const key = conversation.key;
  const cust = customerKey(conversation.customerAddress);
  return db.transaction('rw', db.events, db.reminders, db.customers, async () => {
    const events = await db.events.where('[conversationKey+at]').between([key, -Infinity], [key, Infinity]).toArray();
    let customer: CustomerRecord | undefined;
    if (cust) {
      customer = await db.customers.get(cust);
      const firstMessage = events.reduce<number | null>((m, e) => (e.kind === 'customer_message' && (m === null || e.at < m) ? e.at : m), null);
      const last: CustomerConversation = {
        key,
        url: conversation.url,
        site: conversation.site,
        subject: conversation.subject,
        customerName: conversation.customerName,
        labels: conversation.labels ?? [],
      };
      const firstContactAt = [customer?.firstContactAt ?? null, firstMessage].filter((x): x is number => x !== null).reduce<number | null>((a, b) => (a === null ? b : Math.min(a, b)), null);
      if (!customer || customer.firstContactAt !== firstContactAt || !sameConversation(customer.last, last)) {
        customer = {
          address: cust,
          renewalDate: null,
          onboardingStart: null,
          personalDates: [],
          ...customer,
          firstContactAt,
          last,
          updatedAt: now,
        };
        await db.customers.put(customer);
      }
    }
    const rows = [
      ...(await db.reminders.where('conversationKey').equals(key).toArray()).filter((r) => r.source === 'rule' && r.customerKey === null),
      ...(cust ? await db.reminders.where('customerKey').equals(cust).toArray() : []),
    ];
    const existing = new Map(rows.map((r) => [r.id, r]));
    const evaluation = evaluate(
      [{ ...conversation, events: events.map(eventInput) }],
      ctx.enabled ? ctx.rules : [],
      customer ? [ruleCustomer(customer)] : [],
      ctx.calendar,
      now,
      { existing: [...existing.values()].map(existingOf), agentName: ctx.agentName },
    );
    return applyEvaluation(db, evaluation, existing, now);
  });
}

function eventInput(e: EventRecord) {
  return e.status ? { kind: e.kind, at: e.at, status: e.status } : { kind: e.kind, at: e.at };
}

/**
 * The customers' own reminders (first contact, renewal, personal dates) for customers with dates
 * the agent set, against the conversation each was last seen in: at start-up (a new year's
 * personal dates), after the agent edits dates, and after settings change. Only customer
 * reminders are judged here.
 */
export async function evaluateCustomers(db: SupportDatabase, addresses: readonly string[] | 'dated', ctx: RuleContext, now: number): Promise<ReminderChanges> {
  const keys = addresses === 'dated' ? ((await db.customers.where('dated').equals(1).primaryKeys()) as string[]) : addresses.map((a) => customerKey(a)).filter((k): k is string => k !== null);
  const out = NO_CHANGES();
  // Small transactions: start-up should not hold the tables for long.
  for (let i = 0; i < keys.length; i += 50) {
    const chunk = keys.slice(i, i + 50);
    const changes = await db.transaction('rw', db.reminders, db.customers, async () => {
      const customers = (await db.customers.bulkGet(chunk)).filter((c): c is CustomerRecord => c !== undefined);
      const conversations: RuleConversation[] = customers.flatMap((c) => (c.last ? [{ ...c.last, customerAddress: c.address, events: [] }] : []));
      const rows = await db.reminders.where('customerKey').anyOf(chunk).toArray();
      const existing = new Map(rows.map((r) => [r.id, r]));
      const evaluation = evaluate(conversations, (ctx.enabled ? ctx.rules : []).filter(isCustomerLevel), customers.map(ruleCustomer), ctx.calendar, now, {
        existing: rows.map(existingOf),
        agentName: ctx.agentName,
      });
      return applyEvaluation(db, evaluation, existing, now);
    });
    out.created.push(...changes.created);
    out.cancelled.push(...changes.cancelled);
    out.rescheduled.push(...changes.rescheduled);
  }
  return out;
}

function isCustomerLevel(rule: ReminderRule): boolean {
  return rule.trigger.type === 'date' || rule.trigger.event === 'first_contact';
}

/**
 * Conversations with scheduled rule reminders: the ones to evaluate again when the rules or the
 * calendar change (a conversation without any has nothing to cancel or move; new reminders come
 * with its next event).
 */
export async function conversationsWithScheduled(db: SupportDatabase): Promise<string[]> {
  const rows = await db.reminders.where('[status+dueAt]').between(['scheduled', -Infinity], ['scheduled', Infinity]).toArray();
  return [...new Set(rows.filter((r) => r.source === 'rule' && r.customerKey === null).map((r) => r.conversationKey))];
}

export interface ManualInput {
  conversationKey: string;
  url: string;
  subject: string;
  customerName: string;
  dueAt: number;
  note: string;
  /** Shown as the title: the note's first line, else a generic title the caller chose. */
  title: string;
}

/** Adds a reminder by hand; the same one twice (two tabs, a double click) is stored once. */
export async function addManualReminder(db: SupportDatabase, input: ManualInput, now: number): Promise<{ record: ReminderRecord; created: boolean }> {
  const id = manualReminderId(input.conversationKey, input.dueAt, input.note);
  return db.transaction('rw', db.reminders, async () => {
    const had = await db.reminders.get(id);
    if (had && (had.status === 'scheduled' || had.status === 'notified')) return { record: had, created: false };
    const record: ReminderRecord = {
      id,
      source: 'manual',
      ruleId: null,
      conversationKey: input.conversationKey,
      customerKey: null,
      title: input.title,
      message: input.note.trim(),
      url: input.url,
      subject: input.subject,
      customerName: input.customerName,
      dueAt: input.dueAt,
      status: 'scheduled',
      createdAt: now,
      notifiedAt: null,
      overdue: false,
      snoozed: false,
      doneAt: null,
      cancelReason: null,
    };
    await db.reminders.put(record);
    return { record, created: true };
  });
}

/** Marks a reminder done; null when there is none (or it was cancelled meanwhile). */
export async function markDone(db: SupportDatabase, id: string, now: number): Promise<ReminderRecord | null> {
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r || r.status === 'cancelled') return null;
    if (r.status === 'done') return r;
    const next: ReminderRecord = { ...r, status: 'done', doneAt: now };
    await db.reminders.put(next);
    return next;
  });
}

/** Moves a reminder to a later time and schedules it again (shown again then). */
export async function snoozeReminder(db: SupportDatabase, id: string, dueAt: number): Promise<ReminderRecord | null> {
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r || r.status === 'cancelled' || r.status === 'done') return null;
    const next: ReminderRecord = { ...r, status: 'scheduled', dueAt, snoozed: true, notifiedAt: null, overdue: false };
    await db.reminders.put(next);
    return next;
  });
}

const scheduledRange = (db: SupportDatabase, upTo = Infinity) => db.reminders.where('[status+dueAt]').between(['scheduled', -Infinity], ['scheduled', upTo], true, true);

/** When the next scheduled reminder falls due (the one alarm is armed for it), or null. */
export async function nextDueAt(db: SupportDatabase): Promise<number | null> {
  const first = await scheduledRange(db).first();
  return first?.dueAt ?? null;
}

/**
 * Claims every scheduled reminder due by `now` for showing: marks it notified first, in one
 * transaction, so a second wake-up, a second worker or a restart cannot show it again. `late`
 * says which ones count as overdue (missed while the browser was closed or asleep); those not
 * `wanted` any more are cancelled instead. Returns both (by their new status).
 */
export async function claimDue(
  db: SupportDatabase,
  now: number,
  late: (r: ReminderRecord) => boolean,
  wanted: (r: ReminderRecord) => boolean = () => true,
): Promise<ReminderRecord[]> {
  return db.transaction('rw', db.reminders, async () => {
    const due = await scheduledRange(db, now).toArray();
    // A rule switched off since it was planned: cancelled rather than shown.
    const claimed = due.map((r): ReminderRecord =>
      wanted(r) ? { ...r, status: 'notified', notifiedAt: now, overdue: late(r) } : { ...r, status: 'cancelled', cancelReason: 'rule' },
    );
    if (claimed.length) await db.reminders.bulkPut(claimed);
    return claimed;
  });
}

/** How many reminders are due: shown and not done, or due and about to be shown. */
export async function countDue(db: SupportDatabase, now: number): Promise<number> {
  const [shown, pending] = await Promise.all([
    db.reminders.where('[status+dueAt]').between(['notified', -Infinity], ['notified', Infinity]).count(),
    scheduledRange(db, now).count(),
  ]);
  return shown + pending;
}

/** Due and overdue reminders across all sites, oldest first. */
export async function dueReminders(db: SupportDatabase, now: number, limit = 200): Promise<ReminderRecord[]> {
  const [shown, pending] = await Promise.all([
    db.reminders.where('[status+dueAt]').between(['notified', -Infinity], ['notified', Infinity]).limit(limit).toArray(),
    scheduledRange(db, now).limit(limit).toArray(),
  ]);
  return [...shown, ...pending].sort((a, b) => a.dueAt - b.dueAt).slice(0, limit);
}

/** A conversation's reminders, with its customer's own (renewal, personal dates) wherever they are attached; cancelled ones left out. */
export async function conversationReminders(db: SupportDatabase, conversationKey: string, address: string | null): Promise<ReminderRecord[]> {
  const cust = customerKey(address);
  const [own, customer] = await Promise.all([
    db.reminders.where('conversationKey').equals(conversationKey).toArray(),
    cust ? db.reminders.where('customerKey').equals(cust).toArray() : Promise.resolve([]),
  ]);
  const byId = new Map([...own, ...customer].map((r) => [r.id, r]));
  return [...byId.values()].filter((r) => r.status !== 'cancelled').sort((a, b) => a.dueAt - b.dueAt);
}

export function getCustomer(db: SupportDatabase, address: string | null): Promise<CustomerRecord | undefined> {
  const key = customerKey(address);
  return key ? db.customers.get(key) : Promise.resolve(undefined);
}

/** Records the dates the agent set for a customer (replacing the previous ones). */
export async function setCustomerDates(db: SupportDatabase, address: string, dates: CustomerDates, now: number): Promise<CustomerRecord> {
  const key = customerKey(address);
  if (!key) throw new RangeError(`not an e-mail address: ${address}`);
  return db.transaction('rw', db.customers, async () => {
    const had = await db.customers.get(key);
    const dated = dates.renewalDate !== null || dates.onboardingStart !== null || dates.personalDates.length > 0;
    const record: CustomerRecord = {
      address: key,
      firstContactAt: had?.firstContactAt ?? null,
      last: had?.last ?? null,
      renewalDate: dates.renewalDate,
      onboardingStart: dates.onboardingStart,
      personalDates: dates.personalDates.map((p) => ({ label: p.label.trim(), date: p.date })),
      updatedAt: now,
    };
    if (dated) record.dated = 1;
    await db.customers.put(record);
    return record;
  });
}

/** Blanks stored subjects (the agent turned "store subjects" off): in the field and in the rendered texts. */
export async function blankReminderSubjects(db: SupportDatabase): Promise<void> {
  await db.transaction('rw', db.reminders, db.customers, async () => {
    await db.reminders.toCollection().modify((r) => {
      if (!r.subject) return;
      r.title = r.title.split(r.subject).join('');
      r.message = r.message.split(r.subject).join('');
      r.subject = '';
    });
    await db.customers.toCollection().modify((c) => {
      if (c.last) c.last.subject = '';
    });
  });
}
