import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupportDatabase, type EventRecord } from './database';
import { upsertSnapshot } from './conversations';
import {
  addManualReminder,
  claimDue,
  conversationReminders,
  conversationsWithScheduled,
  countDue,
  dueReminders,
  evaluateConversation,
  evaluateCustomers,
  getCustomer,
  markDone,
  nextDueAt,
  setCustomerDates,
  snoozeReminder,
  type RuleContext,
} from './reminders';
import { DEFAULT_REMINDER_RULES, dateAt, type ReminderRule } from '../core/rules';
import type { ConversationSnapshot } from '../core/snapshot';

const H = 3_600_000;
const MIN = 60_000;
const IST = 'Asia/Kolkata';
const day: [string, string][] = [['09:00', '17:00']];
const calendar = { timeZone: IST, week: { mon: day, tue: day, wed: day, thu: day, fri: day } };
const at = (date: string, time: string) => dateAt(IST, date, time)!;
const rules = (...ids: string[]): ReminderRule[] => DEFAULT_REMINDER_RULES.filter((r) => ids.includes(r.id));
const ctx = (rs: ReminderRule[]): RuleContext => ({ rules: rs, calendar, agentName: 'Ravi', enabled: true });

const key = 'demo:42';
const conversation = {
  key,
  site: 'demo',
  url: 'https://helpdesk.demo.example/tickets/42',
  subject: 'Invoice charged twice',
  customerName: 'Meera Kapoor',
  customerAddress: 'meera.kapoor@example.net',
  labels: [],
};
const now = at('2026-11-23', '15:00'); // Monday

const ev = (kind: EventRecord['kind'], t: number, status?: EventRecord['status']): Omit<EventRecord, 'id'> => ({ conversationKey: key, kind, at: t, ...(status ? { status } : {}) });

let db: SupportDatabase;
let n = 0;
beforeEach(async () => {
  db = new SupportDatabase(`reminders-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('evaluateConversation', () => {
  it('creates the rule reminders once, however many tabs evaluate at the same moment', async () => {
    await db.events.bulkAdd([ev('customer_message', now - 2 * H), ev('agent_reply', now - H)]);
    const results = await Promise.all(Array.from({ length: 5 }, () => evaluateConversation(db, conversation, ctx(rules('no-reply-from-customer')), now)));
    expect(results.flatMap((r) => r.created)).toHaveLength(1);
    const stored = await db.reminders.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: `no-reply-from-customer|${key}|${now - H}`,
      source: 'rule',
      status: 'scheduled',
      dueAt: at('2026-11-26', '14:00'),
      title: 'No reply from Meera yet: follow up',
      url: conversation.url,
      notifiedAt: null,
      overdue: false,
    });
    expect(await nextDueAt(db)).toBe(at('2026-11-26', '14:00'));
  });

  it('sees events another tab committed just before (two quick events): nothing lost, nothing stale', async () => {
    const rs = ctx(rules('no-reply-from-customer'));
    await db.events.bulkAdd([ev('customer_message', now - 2 * H), ev('agent_reply', now - H)]);
    // Tab A stored the agent's reply; tab B stores the customer's answer; both evaluate at once.
    const a = evaluateConversation(db, conversation, rs, now);
    await db.events.add(ev('customer_message', now - MIN));
    const b = evaluateConversation(db, conversation, rs, now);
    await Promise.all([a, b]);
    const stored = await db.reminders.toArray();
    // Whichever ran first, the end state reflects every event: the nudge is cancelled, not pending.
    expect(stored.filter((r) => r.status === 'scheduled')).toEqual([]);
    expect(await nextDueAt(db)).toBeNull();
  });

  it('upsert then evaluate: a resolution from the helpdesk gives the satisfaction check, reopening cancels it', async () => {
    const snapshot = (status: ConversationSnapshot['status']): ConversationSnapshot => ({
      site: 'demo',
      conversationId: '42',
      url: conversation.url,
      subject: conversation.subject,
      customer: { name: 'Meera Kapoor', address: 'meera.kapoor@example.net' },
      messages: [{ author: 'customer', from: { name: 'Meera Kapoor', address: null }, at: now - 3 * H, text: '', collapsed: false }],
      hiddenMessageCount: 0,
      draft: null,
      status,
      capturedAt: now,
    });
    const rs = ctx(rules('thank-you-after-resolution'));
    await upsertSnapshot(db, snapshot('open'), now - H);
    await upsertSnapshot(db, snapshot('solved'), now);
    const first = await evaluateConversation(db, conversation, rs, now);
    expect(first.created.map((r) => r.dueAt)).toEqual([at('2026-11-24', '15:00')]);
    await upsertSnapshot(db, snapshot('open'), now + H);
    const second = await evaluateConversation(db, conversation, rs, now + H);
    expect(second.cancelled.map((r) => [r.id, r.status, r.cancelReason])).toEqual([[first.created[0]!.id, 'cancelled', 'event']]);
    expect(await countDue(db, now + 2 * 24 * H)).toBe(0);
  });

  it('records the customer: first contact across conversations and the last conversation seen', async () => {
    await db.events.bulkAdd([ev('customer_message', now - 5 * H), ev('customer_message', now - H)]);
    await evaluateConversation(db, { ...conversation, labels: ['VIP'] }, ctx([]), now);
    expect(await getCustomer(db, 'Meera.Kapoor@example.net')).toMatchObject({
      address: 'meera.kapoor@example.net',
      firstContactAt: now - 5 * H,
      last: { key, url: conversation.url, site: 'demo', subject: conversation.subject, labels: ['VIP'] },
    });
    // A later conversation does not move the first contact back.
    await db.events.add({ conversationKey: 'gmail:x', kind: 'customer_message', at: now });
    await evaluateConversation(db, { ...conversation, key: 'gmail:x', site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/x' }, ctx([]), now);
    expect((await getCustomer(db, 'meera.kapoor@example.net'))?.firstContactAt).toBe(now - 5 * H);
  });
});

describe('customer dates', () => {
  it('set by the agent, evaluated at start-up for dated customers only; a changed date replaces the reminder', async () => {
    await db.events.add(ev('customer_message', now - H));
    await evaluateConversation(db, conversation, ctx([]), now);
    await db.customers.put({ address: 'other@example.org', firstContactAt: now, renewalDate: null, onboardingStart: null, personalDates: [], last: null, updatedAt: now });
    await setCustomerDates(db, 'meera.kapoor@example.net', { renewalDate: '2027-01-15', onboardingStart: null, personalDates: [{ label: ' birthday ', date: '03-14' }] }, now);
    expect((await db.customers.where('dated').equals(1).primaryKeys())).toEqual(['meera.kapoor@example.net']);

    const rs = ctx(rules('renewal-value-recap', 'personal-date-greeting'));
    const first = await evaluateCustomers(db, 'dated', rs, now);
    expect(first.created.map((r) => [r.title, new Date(r.dueAt).toISOString()])).toEqual([
      ['Renewal on 2027-01-15: recap the value delivered to Meera Kapoor', '2027-01-01T03:30:00.000Z'],
      ['Greet Meera: birthday', '2027-03-14T03:30:00.000Z'],
    ]);
    expect(first.created.every((r) => r.conversationKey === key && r.customerKey === 'meera.kapoor@example.net')).toBe(true);
    expect((await evaluateCustomers(db, 'dated', rs, now)).created).toEqual([]);

    await setCustomerDates(db, 'meera.kapoor@example.net', { renewalDate: '2027-02-15', onboardingStart: null, personalDates: [] }, now);
    const second = await evaluateCustomers(db, ['meera.kapoor@example.net'], rs, now);
    expect(second.cancelled.map((r) => r.title).sort()).toEqual(['Greet Meera: birthday', 'Renewal on 2027-01-15: recap the value delivered to Meera Kapoor']);
    expect(second.created.map((r) => r.dueAt)).toEqual([at('2027-02-01', '09:00')]);
    // The panel of any conversation of this customer lists the customer's reminders.
    expect((await conversationReminders(db, 'gmail:other', 'meera.kapoor@example.net')).map((r) => r.dueAt)).toEqual([at('2027-02-01', '09:00')]);

    await setCustomerDates(db, 'meera.kapoor@example.net', { renewalDate: null, onboardingStart: null, personalDates: [] }, now);
    expect(await db.customers.where('dated').equals(1).count()).toBe(0);
  });
});

describe('manual reminders, done and snooze', () => {
  const manual = (dueAt: number, note = 'Call back about the refund') => ({
    conversationKey: key,
    url: conversation.url,
    subject: conversation.subject,
    customerName: 'Meera Kapoor',
    dueAt,
    note,
    title: note,
  });

  it('adding the same one from two tabs stores one', async () => {
    const [a, b] = await Promise.all([addManualReminder(db, manual(now + H), now), addManualReminder(db, manual(now + H), now)]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await db.reminders.count()).toBe(1);
    await addManualReminder(db, manual(now + H, 'Another note'), now);
    expect(await db.reminders.count()).toBe(2);
  });

  it('claims due reminders once, marking those shown late as overdue; the alarm time follows', async () => {
    await addManualReminder(db, manual(now + MIN, 'a'), now);
    await addManualReminder(db, manual(now + 2 * MIN, 'b'), now);
    await addManualReminder(db, manual(now + H, 'c'), now);
    expect(await nextDueAt(db)).toBe(now + MIN);
    expect(await countDue(db, now)).toBe(0);
    expect(await countDue(db, now + 2 * MIN)).toBe(2);

    const late = (r: { dueAt: number }) => r.dueAt < now + 2 * MIN;
    const [one, two] = await Promise.all([claimDue(db, now + 2 * MIN, late), claimDue(db, now + 2 * MIN, late)]);
    const claimed = [...one!, ...two!];
    expect(claimed.map((r) => [r.message, r.status, r.overdue]).sort()).toEqual([
      ['a', 'notified', true],
      ['b', 'notified', false],
    ]);
    expect(await claimDue(db, now + 2 * MIN, late)).toEqual([]);
    expect(await nextDueAt(db)).toBe(now + H);
    expect(await countDue(db, now + 2 * MIN)).toBe(2);
    expect((await dueReminders(db, now + 2 * MIN)).map((r) => r.message)).toEqual(['a', 'b']);

    const a = claimed.find((r) => r.message === 'a')!;
    await markDone(db, a.id, now + 3 * MIN);
    expect(await countDue(db, now + 3 * MIN)).toBe(1);
    const b = claimed.find((r) => r.message === 'b')!;
    const snoozed = await snoozeReminder(db, b.id, now + 30 * MIN);
    expect(snoozed).toMatchObject({ status: 'scheduled', dueAt: now + 30 * MIN, snoozed: true, notifiedAt: null, overdue: false });
    expect(await nextDueAt(db)).toBe(now + 30 * MIN);
    expect(await countDue(db, now + 3 * MIN)).toBe(0);
    expect(await markDone(db, 'nope', now)).toBeNull();
  });

  it('rules do not move a snoozed reminder; conversations with scheduled rule reminders are listed for re-evaluation', async () => {
    await db.events.bulkAdd([ev('customer_message', now - 2 * H), ev('agent_reply', now - H)]);
    const rs = ctx(rules('no-reply-from-customer'));
    const [r] = (await evaluateConversation(db, conversation, rs, now)).created;
    await snoozeReminder(db, r!.id, now + 10 * 24 * H);
    const london = { ...rs, calendar: { ...calendar, timeZone: 'Europe/London' } };
    expect((await evaluateConversation(db, conversation, london, now)).rescheduled).toEqual([]);
    expect(await conversationsWithScheduled(db)).toEqual([key]);
    // Rules switched off: the scheduled one is cancelled.
    expect((await evaluateConversation(db, conversation, { ...rs, enabled: false }, now)).cancelled.map((x) => x.cancelReason)).toEqual(['rule']);
    expect(await conversationsWithScheduled(db)).toEqual([]);
  });
});
