import { describe, expect, it } from 'vitest';
import type { Calendar } from '../clock';
import { DEFAULT_REMINDER_RULES } from './defaults';
import { evaluate, labelMatches, previewRule } from './evaluate';
import { checkReminderRule } from './schema';
import { dateAt } from './timing';
import type { Evaluation, ExistingReminder, ReminderRule, RuleConversation, RuleCustomer, RuleEventInput } from './types';

const H = 3_600_000;
const MIN = 60_000;
const IST = 'Asia/Kolkata';
const day: [string, string][] = [['09:00', '17:00']];
const cal: Calendar = { timeZone: IST, week: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays: ['2026-11-30'] };
const at = (date: string, time: string, zone = IST) => dateAt(zone, date, time)!;
/** "Tue, 01/12, 16:00": the wall clock of an instant in a zone, as people read it. */
const wall = (timeZone: string, t: number) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.weekday}, ${parts.day}/${parts.month}, ${parts.hour}:${parts.minute}`;
};

const rule = (id: string): ReminderRule => structuredClone(DEFAULT_REMINDER_RULES.find((r) => r.id === id)!);
const only = (...ids: string[]) => ids.map(rule);

const msg = (t: number): RuleEventInput => ({ kind: 'customer_message', at: t });
const reply = (t: number): RuleEventInput => ({ kind: 'agent_reply', at: t });
const status = (t: number, s: RuleEventInput['status']): RuleEventInput => ({ kind: 'status', at: t, status: s });

function conv(events: RuleEventInput[], over: Partial<RuleConversation> = {}): RuleConversation {
  return {
    key: 'demo:42',
    site: 'demo',
    url: 'https://helpdesk.demo.example/tickets/42',
    subject: 'Invoice charged twice',
    customerName: 'Meera Kapoor',
    customerAddress: 'meera.kapoor@example.net',
    events,
    ...over,
  };
}

/** A store that applies evaluations as the database layer does. */
function store() {
  const rows = new Map<string, ExistingReminder & { title: string; message: string }>();
  return {
    rows,
    existing: () => [...rows.values()],
    apply(e: Evaluation) {
      for (const p of e.create) if (!rows.has(p.id)) rows.set(p.id, { id: p.id, ruleId: p.ruleId, conversationKey: p.conversationKey, customerKey: p.customerKey, status: 'scheduled', dueAt: p.dueAt, snoozed: false, title: p.title, message: p.message });
      for (const c of e.cancel) rows.get(c.id)!.status = 'cancelled';
      for (const r of e.reschedule) rows.get(r.id)!.dueAt = r.dueAt;
      return e;
    },
  };
}

const EMPTY: Evaluation = { create: [], cancel: [], reschedule: [] };

describe('a conversation resolved → thank-you and satisfaction check one business day later', () => {
  const rules = only('thank-you-after-resolution');
  // Friday 27 November 2026, 16:00 IST; Monday 30 November is a holiday in this calendar.
  const resolvedAt = at('2026-11-27', '16:00');
  const events = [msg(resolvedAt - 5 * H), status(resolvedAt - 5 * H, 'open'), reply(resolvedAt - H), status(resolvedAt, 'solved')];

  it('is due the next open day at the same time, with the templates filled in', () => {
    const e = evaluate([conv(events)], rules, [], cal, resolvedAt + MIN, { agentName: 'Ravi' });
    expect(e.cancel).toEqual([]);
    expect(e.create).toHaveLength(1);
    const [r] = e.create;
    expect(wall(IST, r!.dueAt)).toBe('Tue, 01/12, 16:00');
    expect(r!.id).toBe(`thank-you-after-resolution|demo:42|${resolvedAt}`);
    expect(r!.title).toBe('Thank Meera and check they are satisfied');
    expect(r!.message).toContain('Hi Meera, thank you for your patience with "Invoice charged twice".');
    expect(r!.message.endsWith('Ravi')).toBe(true);
    expect(r).toMatchObject({ ruleId: 'thank-you-after-resolution', conversationKey: 'demo:42', customerKey: null, url: 'https://helpdesk.demo.example/tickets/42', customerName: 'Meera Kapoor' });
  });

  it('is idempotent: evaluating again, or from a second tab, creates nothing new', () => {
    const s = store();
    s.apply(evaluate([conv(events)], rules, [], cal, resolvedAt + MIN, { existing: s.existing() }));
    expect(s.rows.size).toBe(1);
    expect(evaluate([conv(events)], rules, [], cal, resolvedAt + MIN, { existing: s.existing() })).toEqual(EMPTY);
    expect(evaluate([conv(events)], rules, [], cal, resolvedAt + 2 * H, { existing: s.existing() })).toEqual(EMPTY);
    // The same conversation twice in one input (two snapshots at once) still gives one.
    expect(evaluate([conv(events), conv(events)], rules, [], cal, resolvedAt + MIN).create).toHaveLength(1);
  });

  it('reopening cancels it, even once shown; resolving again plans a new one', () => {
    const s = store();
    s.apply(evaluate([conv(events)], rules, [], cal, resolvedAt + MIN, { existing: s.existing() }));
    const reopened = [...events, status(resolvedAt + 2 * H, 'open')];
    const id = [...s.rows.keys()][0]!;
    s.rows.get(id)!.status = 'notified';
    expect(s.apply(evaluate([conv(reopened)], rules, [], cal, resolvedAt + 2 * H, { existing: s.existing() }))).toEqual({ create: [], cancel: [{ id, reason: 'event' }], reschedule: [] });
    const again = [...reopened, status(resolvedAt + 3 * H, 'solved')];
    const e = s.apply(evaluate([conv(again)], rules, [], cal, resolvedAt + 3 * H, { existing: s.existing() }));
    expect(e.create.map((r) => r.id)).toEqual([`thank-you-after-resolution|demo:42|${resolvedAt + 3 * H}`]);
    expect(e.cancel).toEqual([]);
  });

  it('a ticket first seen already solved was not resolved while we watched', () => {
    expect(evaluate([conv([msg(resolvedAt - 5 * H), status(resolvedAt, 'solved')])], rules, [], cal, resolvedAt + MIN)).toEqual(EMPTY);
  });

  it('history seen for the first time gives no overdue burst', () => {
    expect(evaluate([conv(events)], rules, [], cal, resolvedAt + 10 * 24 * H)).toEqual(EMPTY);
  });
});

describe('no reply from the customer → nudge', () => {
  const rules = only('no-reply-from-customer');
  const replied = at('2026-11-23', '11:00'); // Monday

  it('is due three business days after the agent\'s latest reply; a newer reply replaces it', () => {
    const s = store();
    const first = s.apply(evaluate([conv([msg(replied - H), reply(replied)])], rules, [], cal, replied + MIN, { existing: s.existing() }));
    expect(first.create.map((r) => wall(IST, r.dueAt))).toEqual(['Thu, 26/11, 11:00']);
    expect(first.create[0]!.title).toBe('No reply from Meera yet: follow up');
    const second = s.apply(evaluate([conv([msg(replied - H), reply(replied), reply(replied + 2 * H)])], rules, [], cal, replied + 2 * H, { existing: s.existing() }));
    expect(second.create.map((r) => wall(IST, r.dueAt))).toEqual(['Thu, 26/11, 13:00']);
    expect(second.cancel).toEqual([{ id: first.create[0]!.id, reason: 'event' }]);
  });

  it('a customer reply cancels the pending nudge', () => {
    const s = store();
    const created = s.apply(evaluate([conv([msg(replied - H), reply(replied)])], rules, [], cal, replied + MIN, { existing: s.existing() }));
    const e = evaluate([conv([msg(replied - H), reply(replied), msg(replied + 24 * H)])], rules, [], cal, replied + 24 * H, { existing: s.existing() });
    expect(e).toEqual({ create: [], cancel: [{ id: created.create[0]!.id, reason: 'event' }], reschedule: [] });
  });
});

describe('no reply from the agent in 8 business hours', () => {
  const rules = only('no-reply-from-agent');
  const asked = at('2026-11-23', '15:00');

  it('counts from the first unanswered message, not each follow-up', () => {
    const e = evaluate([conv([msg(asked), msg(asked + H), msg(asked + 2 * H)])], rules, [], cal, asked + 2 * H);
    // 2 business hours on Monday, 6 on Tuesday.
    expect(e.create.map((r) => wall(IST, r.dueAt))).toEqual(['Tue, 24/11, 15:00']);
  });

  it('the agent\'s reply cancels it; the next message starts a new wait', () => {
    const s = store();
    s.apply(evaluate([conv([msg(asked)])], rules, [], cal, asked, { existing: s.existing() }));
    const e = s.apply(evaluate([conv([msg(asked), reply(asked + H), msg(asked + 90 * MIN)])], rules, [], cal, asked + 90 * MIN, { existing: s.existing() }));
    expect(e.cancel).toHaveLength(1);
    expect(e.create.map((r) => wall(IST, r.dueAt))).toEqual(['Tue, 24/11, 16:30']);
  });
});

describe('onboarding: daily check-ins for the first business days', () => {
  const rules = only('onboarding-daily-check-in');
  const first = at('2026-11-25', '10:30'); // Wednesday
  /** A conversation the team marked as onboarding (the shipped rule asks for the label). */
  const onboarding = (events: RuleEventInput[], over: Partial<RuleConversation> = {}) => conv(events, { labels: ['onboarding'], ...over });

  it('gives one per business day after the first contact, skipping the weekend and the holiday', () => {
    const e = evaluate([onboarding([msg(first)])], rules, [], cal, first + MIN);
    expect(e.create.map((r) => wall(IST, r.dueAt))).toEqual(['Thu, 26/11, 10:30', 'Fri, 27/11, 10:30', 'Tue, 01/12, 10:30', 'Wed, 02/12, 10:30', 'Thu, 03/12, 10:30']);
    expect(new Set(e.create.map((r) => r.id)).size).toBe(5);
    expect(e.create.every((r) => r.customerKey === 'meera.kapoor@example.net' && r.conversationKey === 'demo:42')).toBe(true);
    expect(e.create[0]!.id).toBe(`onboarding-daily-check-in|@meera.kapoor@example.net|first:${first}#1`);
  });

  it('counts from the first message seen from the customer in any conversation', () => {
    const customers: RuleCustomer[] = [{ address: 'Meera.Kapoor@example.net', firstContactAt: first - 2 * 24 * H }];
    const e = evaluate([onboarding([msg(first)])], rules, customers, cal, first + MIN);
    // Monday 23rd + 1..5 business days; those already past (Tuesday, and Wednesday a minute ago) are not created.
    expect(e.create.map((r) => wall(IST, r.dueAt))).toEqual(['Thu, 26/11, 10:30', 'Fri, 27/11, 10:30', 'Tue, 01/12, 10:30']);
    expect(e.create[0]!.id).toBe(`onboarding-daily-check-in|@meera.kapoor@example.net|first:${first - 2 * 24 * H}#3`);
  });

  it('an onboarding start set by the agent replaces the first-contact schedule', () => {
    const s = store();
    s.apply(evaluate([onboarding([msg(first)])], rules, [], cal, first + MIN, { existing: s.existing() }));
    const old = [...s.rows.keys()];
    expect(old).toHaveLength(5);
    const customers: RuleCustomer[] = [{ address: 'meera.kapoor@example.net', onboardingStart: '2026-12-01' }];
    const e = s.apply(evaluate([onboarding([msg(first)])], rules, customers, cal, first + 2 * H, { existing: s.existing() }));
    expect(e.cancel.map((c) => c.id).sort()).toEqual(old.sort());
    expect(e.cancel.every((c) => c.reason === 'rule')).toBe(true);
    expect(e.create.map((r) => wall(IST, r.dueAt))).toEqual(['Wed, 02/12, 09:00', 'Thu, 03/12, 09:00', 'Fri, 04/12, 09:00', 'Mon, 07/12, 09:00', 'Tue, 08/12, 09:00']);
  });

  it('another conversation of the same customer neither duplicates nor cancels them', () => {
    const s = store();
    s.apply(evaluate([onboarding([msg(first)])], rules, [], cal, first + MIN, { existing: s.existing() }));
    expect(s.rows.size).toBe(5);
    const other = onboarding([msg(first + H)], { key: 'gmail:abc', site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/abc' });
    const customers: RuleCustomer[] = [{ address: 'meera.kapoor@example.net', firstContactAt: first }];
    expect(evaluate([other], rules, customers, cal, first + H, { existing: s.existing() })).toEqual(EMPTY);
    // Another conversation of hers without the label: the customer is still onboarding.
    expect(evaluate([{ ...other, labels: ['Billing'] }], rules, customers, cal, first + H, { existing: s.existing() })).toEqual(EMPTY);
  });

  it('gives none to a conversation without the label and without an onboarding start', () => {
    for (const labels of [[], ['Billing', 'VIP'], ['pre-onboarding'], ['Onboarding/Done'], undefined]) {
      const c = conv([msg(first)], labels ? { labels } : {});
      expect(evaluate([c], rules, [], cal, first + MIN), JSON.stringify(labels)).toEqual(EMPTY);
      expect(evaluate([c], rules, [{ address: 'meera.kapoor@example.net', firstContactAt: first, onboardingStart: null }], cal, first + MIN), JSON.stringify(labels)).toEqual(EMPTY);
    }
  });

  it('matches the label case-insensitively, also as a tag or a nested Gmail label', () => {
    for (const label of ['onboarding', 'Onboarding', 'ONBOARDING', ' Onboarding ', 'Customers/Onboarding', 'Customers / onboarding']) {
      const e = evaluate([conv([msg(first)], { labels: ['Billing', label] })], rules, [], cal, first + MIN);
      expect(e.create.map((r) => wall(IST, r.dueAt)), label).toEqual(['Thu, 26/11, 10:30', 'Fri, 27/11, 10:30', 'Tue, 01/12, 10:30', 'Wed, 02/12, 10:30', 'Thu, 03/12, 10:30']);
    }
    // The rule's own label is read the same way.
    const upper = { ...rule('onboarding-daily-check-in'), when: { labels: ['ONBOARDING'] } };
    expect(evaluate([conv([msg(first)], { labels: ['Customers/onboarding'] })], [upper], [], cal, first + MIN).create).toHaveLength(5);
    expect(labelMatches('onboarding', 'onboarding-done')).toBe(false);
    expect(labelMatches('onboarding', 'Onboarding/Week 1')).toBe(false);
    expect(labelMatches('Customers/Onboarding', 'customers/onboarding')).toBe(true);
    expect(labelMatches('', 'onboarding')).toBe(false);
  });

  it('an onboarding start the agent set is enough without the label (labels known or not); clearing it cancels them', () => {
    const start: RuleCustomer[] = [{ address: 'meera.kapoor@example.net', onboardingStart: '2026-12-01' }];
    const expected = ['Wed, 02/12, 09:00', 'Thu, 03/12, 09:00', 'Fri, 04/12, 09:00', 'Mon, 07/12, 09:00', 'Tue, 08/12, 09:00'];
    const unknown = conv([msg(first)]);
    delete unknown.labels;
    for (const c of [conv([msg(first)], { labels: [] }), conv([msg(first)], { labels: ['Billing'] }), unknown]) {
      const e = evaluate([c], rules, start, cal, first + MIN);
      expect(e.create.map((r) => wall(IST, r.dueAt))).toEqual(expected);
      expect(e.create[0]!.id).toBe('onboarding-daily-check-in|@meera.kapoor@example.net|start:2026-12-01#1');
    }
    // Its other conditions still apply.
    const gmailOnly = { ...rule('onboarding-daily-check-in'), when: { labels: ['onboarding'], sites: ['gmail'] } };
    expect(evaluate([conv([msg(first)], { labels: [] })], [gmailOnly], start, cal, first + MIN)).toEqual(EMPTY);
    // Rules on other triggers do not skip their label condition.
    const vip = { ...rule('no-reply-from-agent'), when: { labels: ['onboarding'] } };
    expect(evaluate([conv([msg(first)], { labels: [] })], [vip], start, cal, first + MIN)).toEqual(EMPTY);
    // An invalid start is no start.
    expect(evaluate([conv([msg(first)], { labels: [] })], rules, [{ address: 'meera.kapoor@example.net', onboardingStart: '2026-02-30' }], cal, first + MIN)).toEqual(EMPTY);

    const s = store();
    s.apply(evaluate([conv([msg(first)], { labels: [] })], rules, start, cal, first + MIN, { existing: s.existing() }));
    expect(s.rows.size).toBe(5);
    // The agent clears the start; the conversation has no label: all five are cancelled.
    const cleared = evaluate([conv([msg(first)], { labels: [] })], rules, [{ address: 'meera.kapoor@example.net', onboardingStart: null }], cal, first + H, { existing: s.existing() });
    expect(cleared.create).toEqual([]);
    expect(cleared.cancel.map((c) => c.id).sort()).toEqual([...s.rows.keys()].sort());
    expect(cleared.cancel.every((c) => c.reason === 'rule')).toBe(true);
  });
});

describe('customer dates', () => {
  const rules = only('renewal-value-recap', 'personal-date-greeting');
  const now = at('2026-11-23', '12:00');
  const meera = (over: Partial<RuleCustomer>): RuleCustomer[] => [{ address: 'meera.kapoor@example.net', ...over }];

  it('renewal: 14 days before at 09:00; a changed date replaces the reminder', () => {
    const s = store();
    const e = s.apply(evaluate([conv([msg(now - H)])], rules, meera({ renewalDate: '2027-01-15' }), cal, now, { existing: s.existing() }));
    expect(e.create.map((r) => [wall(IST, r.dueAt), r.title])).toEqual([['Fri, 01/01, 09:00', 'Renewal on 2027-01-15: recap the value delivered to Meera Kapoor']]);
    const moved = s.apply(evaluate([conv([msg(now - H)])], rules, meera({ renewalDate: '2027-02-15' }), cal, now + H, { existing: s.existing() }));
    expect(moved.cancel).toEqual([{ id: e.create[0]!.id, reason: 'rule' }]);
    expect(moved.create.map((r) => wall(IST, r.dueAt))).toEqual(['Mon, 01/02, 09:00']);
  });

  it('personal dates come back every year; 29 February is greeted on the 28th', () => {
    const e = evaluate([conv([msg(now - H)])], rules, meera({ personalDates: [{ label: 'birthday', date: '1990-02-29' }, { label: 'first order anniversary', date: '11-24' }] }), cal, now);
    expect(e.create.map((r) => [new Date(r.dueAt).toISOString(), r.title])).toEqual([
      ['2026-11-24T03:30:00.000Z', 'Greet Meera: first order anniversary'],
      ['2027-02-28T03:30:00.000Z', 'Greet Meera: birthday'],
      ['2027-11-24T03:30:00.000Z', 'Greet Meera: first order anniversary'],
    ]);
  });
});

describe('rules, conditions and settings changes', () => {
  const asked = at('2026-11-23', '15:00');

  it('conditions on site, customer domain, labels and subject words', () => {
    const base = rule('no-reply-from-agent');
    const withWhen = (when: ReminderRule['when']) => [{ ...base, when }];
    const c = conv([msg(asked)], { labels: ['VIP'] });
    expect(evaluate([c], withWhen({ sites: ['gmail'] }), [], cal, asked).create).toHaveLength(0);
    expect(evaluate([c], withWhen({ sites: ['demo'] }), [], cal, asked).create).toHaveLength(1);
    expect(evaluate([c], withWhen({ customerDomains: ['example.net'] }), [], cal, asked).create).toHaveLength(1);
    expect(evaluate([c], withWhen({ customerDomains: ['bigcorp.com'] }), [], cal, asked).create).toHaveLength(0);
    expect(evaluate([c], withWhen({ labels: ['vip'] }), [], cal, asked).create).toHaveLength(1);
    expect(evaluate([c], withWhen({ subjectWords: ['invoice'] }), [], cal, asked).create).toHaveLength(1);
    expect(evaluate([c], withWhen({ subjectWords: ['refund'] }), [], cal, asked).create).toHaveLength(0);
  });

  it('switching a rule off cancels its scheduled reminders and leaves shown ones to the agent', () => {
    const s = store();
    const c = conv([msg(asked), reply(asked + H)], { labels: ['onboarding'] });
    s.apply(evaluate([c], only('no-reply-from-customer', 'onboarding-daily-check-in'), [], cal, asked + H, { existing: s.existing() }));
    expect(s.rows.size).toBe(6);
    const shown = [...s.rows.values()].find((r) => r.ruleId === 'onboarding-daily-check-in')!;
    shown.status = 'notified';
    const off = only('no-reply-from-customer', 'onboarding-daily-check-in').map((r) => ({ ...r, enabled: false }));
    const e = evaluate([c], off, [], cal, asked + 2 * H, { existing: s.existing() });
    expect(e.create).toEqual([]);
    expect(e.cancel).toHaveLength(5); // 1 nudge + 4 remaining check-ins
    expect(e.cancel.map((c) => c.id)).not.toContain(shown.id);
  });

  it('never touches manual reminders', () => {
    const manual: ExistingReminder = { id: 'manual|demo:42|1|x', ruleId: null, conversationKey: 'demo:42', customerKey: null, status: 'scheduled', dueAt: asked + H, snoozed: false };
    expect(evaluate([conv([msg(asked)])], [], [], cal, asked, { existing: [manual] })).toEqual(EMPTY);
  });
});

describe('time zones and daylight saving', () => {
  it('a changed calendar zone reschedules scheduled reminders to the same local time there, but not snoozed ones', () => {
    const rules = only('no-reply-from-customer', 'renewal-value-recap');
    const replied = at('2026-11-23', '11:00');
    const customers: RuleCustomer[] = [{ address: 'meera.kapoor@example.net', renewalDate: '2027-01-15' }];
    const s = store();
    s.apply(evaluate([conv([reply(replied)])], rules, customers, cal, replied + MIN, { existing: s.existing() }));
    const [nudge, renewal] = [...s.rows.values()].sort((a, b) => a.dueAt - b.dueAt).map((r) => ({ ...r }));
    const london: Calendar = { ...cal, timeZone: 'Europe/London' };
    const e = s.apply(evaluate([conv([reply(replied)])], rules, customers, london, replied + 2 * MIN, { existing: s.existing() }));
    expect(e.create).toEqual([]);
    expect(e.cancel).toEqual([]);
    // The reply (05:30 in London, before opening) now counts from Monday 09:00 London; the renewal is at 09:00 London.
    expect(e.reschedule).toEqual([
      { id: nudge!.id, dueAt: at('2026-11-26', '09:00', 'Europe/London') },
      { id: renewal!.id, dueAt: at('2027-01-01', '09:00', 'Europe/London') },
    ]);
    // The agent snoozed the nudge: back in India it is left where the agent put it.
    s.rows.get(nudge!.id)!.snoozed = true;
    expect(evaluate([conv([reply(replied)])], rules, customers, cal, replied + 3 * MIN, { existing: s.existing() }).reschedule).toEqual([{ id: renewal!.id, dueAt: renewal!.dueAt }]);
  });

  it('a satisfaction check across the spring-forward weekend keeps the local time', () => {
    const ny = { timeZone: 'America/New_York', week: { mon: day, tue: day, wed: day, thu: day, fri: day } };
    const resolved = at('2026-03-06', '16:30', 'America/New_York');
    const e = evaluate([conv([status(resolved - H, 'open'), status(resolved, 'solved')])], only('thank-you-after-resolution'), [], ny, resolved);
    expect(wall('America/New_York', e.create[0]!.dueAt)).toBe('Mon, 09/03, 16:30');
    expect(e.create[0]!.dueAt - resolved).toBe(71 * H);
  });

  it('renewal dates are read in the calendar zone (30- and 45-minute offsets)', () => {
    const customers: RuleCustomer[] = [{ address: 'meera.kapoor@example.net', renewalDate: '2027-01-15' }];
    const now = at('2026-11-23', '12:00');
    for (const timeZone of ['Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Adelaide', 'America/New_York']) {
      const e = evaluate([conv([msg(now - H)])], only('renewal-value-recap'), customers, { timeZone }, now);
      expect(e.create[0]!.dueAt, timeZone).toBe(at('2027-01-01', '09:00', timeZone));
    }
  });
});

describe('shipped rules', () => {
  it("pass the checks a supervisor's edited copy must pass (a copy saved unchanged stays valid)", () => {
    for (const r of DEFAULT_REMINDER_RULES) expect(checkReminderRule(structuredClone(r)), r.id).toEqual({ ok: true, rule: r });
  });

  it('onboarding asks for the label "onboarding" and says so in its name', () => {
    const r = rule('onboarding-daily-check-in');
    expect(r.when).toEqual({ labels: ['onboarding'] });
    expect(r.name).toMatch(/onboarding start/);
    expect(r.name).toMatch(/label "onboarding"/);
  });
});

describe('previewRule', () => {
  it('lists which conversations would get reminders and when, upcoming first, cancelled ones left out', () => {
    const now = at('2026-11-25', '12:00');
    const a = conv([msg(now - 30 * MIN)]);
    const b = conv([msg(now - 3 * 24 * H), reply(now - 3 * 24 * H + H)], { key: 'gmail:b', subject: 'Shipping', customerName: 'Arjun Rao', customerAddress: 'arjun@example.org' });
    const c = conv([msg(now - 10 * 24 * H)], { key: 'gmail:c', subject: 'Old', customerName: 'Old Customer', customerAddress: 'old@example.org' });
    const p = previewRule({ ...rule('no-reply-from-agent'), enabled: false }, { conversations: [a, b, c], calendar: cal }, now);
    expect(p.total).toBe(2);
    expect(p.upcoming).toBe(1);
    expect(p.items.map((i) => [i.conversationKey, wall(IST, i.dueAt), i.past])).toEqual([
      ['demo:42', 'Thu, 26/11, 11:30', false],
      ['gmail:c', 'Mon, 16/11, 17:00', true],
    ]);
    expect(p.items[0]!.title).toBe('Meera is still waiting for a reply');
  });
});

describe('labels not known', () => {
  it('rules with label conditions neither create nor cancel; others are judged as usual', () => {
    const asked = at('2026-11-23', '15:00');
    const vip = { ...rule('no-reply-from-agent'), when: { labels: ['VIP'] } };
    // A customer rule without conditions.
    const plain: ReminderRule = { ...rule('onboarding-daily-check-in'), when: undefined };
    const s = store();
    s.apply(evaluate([conv([msg(asked)], { labels: ['VIP'] })], [vip, plain], [], cal, asked, { existing: s.existing() }));
    expect(s.rows.size).toBe(6);
    const unknown = conv([msg(asked)]);
    delete unknown.labels;
    expect(evaluate([unknown], [vip, plain], [], cal, asked + MIN, { existing: s.existing() })).toEqual(EMPTY);
    const customerVip = { ...plain, when: { labels: ['VIP'] } };
    expect(evaluate([unknown], [vip, customerVip], [], cal, asked + MIN, { existing: s.existing() })).toEqual(EMPTY);
    // Known and no longer VIP: both cancelled.
    expect(evaluate([conv([msg(asked)], { labels: [] })], [vip, customerVip], [], cal, asked + MIN, { existing: s.existing() }).cancel).toHaveLength(6);
  });
});
