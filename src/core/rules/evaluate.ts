/**
 * Rule evaluation: conversations' events + customers' dates + rules + now → the reminders that
 * should exist, compared with those that do.
 *
 * Every reminder a rule asks for has a deterministic id — rule, conversation (or, for first
 * contact and dates, the customer) and occurrence (the trigger's time, or the date and year) —
 * so evaluating the same data again creates nothing new, two tabs evaluating the same
 * conversation agree, and a reminder the agent marked done stays done.
 *
 * - New reminders are created only when due after now (less a minute's grace): history seen for
 *   the first time (an old thread, a ticket resolved long ago) does not produce a burst of overdue
 *   reminders. A reminder that already exists is never lost this way.
 * - A cancel event after the trigger (a customer reply for a "no reply" nudge, reopening for a
 *   satisfaction check) cancels its reminders, shown or not.
 * - A scheduled reminder no rule asks for any more (rule switched off or edited, conditions no
 *   longer met, customer date changed) is cancelled; one already shown is left for the agent.
 * - A scheduled reminder whose time moved (calendar or its time zone changed) is rescheduled,
 *   unless the agent snoozed it.
 * - A conversation given without labels (labels undefined: not known, e.g. re-evaluated from the
 *   database after a settings change) neither creates nor cancels reminders of rules with label
 *   conditions.
 * - Label conditions match case-insensitively, ignoring surrounding spaces, the whole label or the
 *   last part of a nested one: "onboarding" matches the tag "Onboarding" and the Gmail label
 *   "Customers/Onboarding", not "pre-onboarding" or "Onboarding/Done".
 * - First-contact rules: an onboarding start the agent set for the customer satisfies the rule's
 *   label condition (the agent said this customer is onboarding); its other conditions still apply.
 * Ticket statuses: "resolved" is a change to solved after another status was seen (a ticket first
 * seen already solved was not resolved while we watched); "reopened" is a change from solved.
 */
import type { Calendar } from '../clock';
import { matches } from '../clock/policies';
import { businessHours } from '../clock/business-time';
import { renderTemplate, firstName, type TemplateValues } from './template';
import { applyDelay, dateAt, localYear, yearlyDate } from './timing';
import type {
  CancelEvent,
  Evaluation,
  ExistingReminder,
  PlannedReminder,
  ReminderRule,
  RuleConversation,
  RuleCustomer,
  RuleEventInput,
  TriggerEvent,
} from './types';

/** Reminders due at most this long ago are still created (the evaluation itself takes a moment). */
export const CREATE_GRACE_MS = 60_000;

export interface EvaluateOptions {
  /**
   * Reminders already stored for these conversations and customers. Rule reminders among them
   * that this evaluation does not produce are cancelled, so pass only those of the conversations
   * and customers evaluated. Manual reminders are never touched.
   */
  existing?: readonly ExistingReminder[];
  /** For {agent.name}. */
  agentName?: string;
}

/** The key a customer's reminders and dates are stored under: the address in lower case. */
export function customerKey(address: string | null | undefined): string | null {
  const a = address?.trim().toLowerCase();
  return a && /^[^\s@]+@[^\s@]+$/.test(a) ? a : null;
}

/** Rules that belong to a customer rather than to one conversation. */
export function isCustomerRule(rule: ReminderRule): boolean {
  return rule.trigger.type === 'date' || rule.trigger.event === 'first_contact';
}

interface Occurrence extends PlannedReminder {
  /** An event after the trigger made it moot. */
  cancelled: boolean;
}

type Happening = { kind: TriggerEvent | CancelEvent; at: number };

/** Stored events in order (ties keep their stored order), as the rule triggers see them. */
export function happenings(events: readonly RuleEventInput[], now: number): Happening[] {
  const sorted = events
    .map((event, i) => ({ event, i }))
    .filter(({ event }) => Number.isFinite(event.at) && event.at <= now)
    .sort((a, b) => a.event.at - b.event.at || a.i - b.i);
  const out: Happening[] = [];
  let status: string | null = null;
  for (const { event } of sorted) {
    if (event.kind !== 'status') {
      out.push({ kind: event.kind, at: event.at });
      continue;
    }
    const next = event.status ?? 'open';
    if (next === 'solved' && status !== null && status !== 'solved') out.push({ kind: 'resolved', at: event.at });
    if (next !== 'solved' && status === 'solved') out.push({ kind: 'reopened', at: event.at });
    status = next;
  }
  return out;
}

/** Trigger times of a conversation rule, each with whether a later event cancelled (or replaced) it. */
function triggers(rule: ReminderRule, list: readonly Happening[]): { at: number; cancelled: boolean }[] {
  if (rule.trigger.type !== 'event') return [];
  const kind = rule.trigger.event;
  const cancelOn = new Set<string>(rule.cancelOn ?? []);
  const retrigger = rule.retrigger ?? 'every';
  const out: { at: number; cancelled: boolean }[] = [];
  let open: { at: number; cancelled: boolean }[] = [];
  for (const h of list) {
    if (cancelOn.has(h.kind)) {
      for (const o of open) o.cancelled = true;
      open = [];
    }
    if (h.kind !== kind) continue;
    if (retrigger === 'first' && open.length > 0) continue;
    if (retrigger === 'latest') for (const o of open) o.cancelled = true;
    const t = { at: h.at, cancelled: false };
    if (retrigger === 'latest') open = [t];
    else open.push(t);
    out.push(t);
  }
  return out;
}

/** Due times of one trigger: the delay, then the cadence. */
function schedule(rule: ReminderRule, calendar: Calendar, at: number): number[] {
  const first = applyDelay(calendar, at, rule.delay);
  const times = [first];
  const count = rule.repeat ? rule.repeat.count : 1;
  for (let k = 1; k < count; k++) times.push(applyDelay(calendar, times[k - 1]!, rule.repeat!.every));
  return times;
}

/**
 * False when the rule asks about labels and the conversation's labels are not known (unless the
 * label condition is waived: a first-contact rule for a customer with an onboarding start set).
 */
function knowable(rule: ReminderRule, c: RuleConversation, labelsWaived = false): boolean {
  return labelsWaived || !(rule.when?.labels?.length && c.labels === undefined);
}

const normLabel = (l: string) => l.trim().toLowerCase();

/** A rule label matches a conversation label whole or as the last part of a nested label ("Customers/Onboarding"). */
export function labelMatches(wanted: string, label: string): boolean {
  const w = normLabel(wanted);
  if (w === '') return false;
  const l = normLabel(label);
  return l === w || normLabel(l.slice(l.lastIndexOf('/') + 1)) === w;
}

/** The rule's conditions on a conversation; the label condition is skipped when waived. */
function ruleMatches(rule: ReminderRule, c: RuleConversation, labelsWaived = false): boolean {
  const { labels, ...rest } = rule.when ?? {};
  if (!matches(rest, c)) return false;
  if (labelsWaived || !labels?.length) return true;
  return labels.some((w) => (c.labels ?? []).some((l) => labelMatches(w, l)));
}

function lastActivity(c: RuleConversation): number {
  let last = -Infinity;
  for (const e of c.events) if (Number.isFinite(e.at) && e.at > last) last = e.at;
  return last;
}

interface Plan {
  desired: Map<string, Occurrence>;
  /** Existing customer reminders this evaluation cannot judge (attached to a conversation not given). */
  keep: Set<string>;
}

function values(c: RuleConversation, agentName: string, extra: TemplateValues = {}): TemplateValues {
  return {
    'customer.firstName': firstName(c.customerName, c.customerAddress),
    'customer.name': c.customerName || c.customerAddress || '',
    subject: c.subject,
    'agent.name': agentName,
    ...extra,
  };
}

function occurrence(rule: ReminderRule, c: RuleConversation, scope: string, token: string, k: number, count: number, dueAt: number, vals: TemplateValues, cust: string | null, cancelled: boolean): Occurrence {
  const occ = count > 1 ? `${token}#${k + 1}` : token;
  return {
    id: `${rule.id}|${scope}|${occ}`,
    ruleId: rule.id,
    conversationKey: c.key,
    customerKey: cust,
    occurrence: occ,
    dueAt,
    title: renderTemplate(rule.title, vals),
    message: renderTemplate(rule.message, vals),
    url: c.url,
    subject: c.subject,
    customerName: c.customerName || c.customerAddress || '',
    cancelled,
  };
}

function plan(
  conversations: readonly RuleConversation[],
  rules: readonly ReminderRule[],
  customers: readonly RuleCustomer[],
  calendar: Calendar,
  now: number,
  agentName: string,
  existing: readonly ExistingReminder[],
): Plan {
  const desired = new Map<string, Occurrence>();
  const keep = new Set<string>();
  const add = (o: Occurrence) => {
    const had = desired.get(o.id);
    // The same occurrence from two inputs (a conversation listed twice): cancelled wins.
    if (!had || (o.cancelled && !had.cancelled)) desired.set(o.id, o);
  };
  const active = rules.filter((r) => r.enabled);

  // Conversation rules.
  for (const c of conversations) {
    const list = happenings(c.events, now);
    for (const rule of active) {
      if (isCustomerRule(rule)) continue;
      if (!knowable(rule, c)) {
        for (const r of existing) if (r.ruleId === rule.id && r.conversationKey === c.key && r.customerKey === null) keep.add(r.id);
        continue;
      }
      if (!ruleMatches(rule, c)) continue;
      for (const t of triggers(rule, list)) {
        const times = schedule(rule, calendar, t.at);
        times.forEach((due, k) => add(occurrence(rule, c, c.key, String(t.at), k, times.length, due, values(c, agentName), null, t.cancelled)));
      }
    }
  }

  // Customer rules: first contact, renewal, personal dates.
  const byCustomer = new Map<string, RuleConversation[]>();
  for (const c of conversations) {
    const key = customerKey(c.customerAddress);
    if (key) byCustomer.set(key, [...(byCustomer.get(key) ?? []), c]);
  }
  const customerData = new Map<string, RuleCustomer>();
  for (const c of customers) {
    const key = customerKey(c.address);
    if (key) customerData.set(key, c);
  }
  const year = localYear(calendar.timeZone, now);
  for (const key of new Set([...byCustomer.keys(), ...customerData.keys()])) {
    const convs = byCustomer.get(key) ?? [];
    const data = customerData.get(key) ?? { address: key };
    // The agent set an onboarding start: first-contact rules apply whatever the labels say.
    const onboardingStart = data.onboardingStart && dateAt(calendar.timeZone, data.onboardingStart, '00:00') !== null ? data.onboardingStart : null;
    for (const rule of active) {
      if (!isCustomerRule(rule)) continue;
      const waived = onboardingStart !== null && rule.trigger.type === 'event';
      const candidates = convs.filter((c) => knowable(rule, c, waived) && ruleMatches(rule, c, waived)).sort((a, b) => lastActivity(b) - lastActivity(a));
      const attach = candidates[0];
      if (!attach) {
        // Judged elsewhere: reminders of this customer attached to conversations not given here
        // (or given without the labels the rule asks about).
        const judged = new Set(conversations.filter((c) => knowable(rule, c, waived)).map((c) => c.key));
        for (const r of existing) if (r.ruleId === rule.id && r.customerKey === key && !judged.has(r.conversationKey)) keep.add(r.id);
        continue;
      }
      const scope = `@${key}`;
      const trigger = rule.trigger;
      if (trigger.type === 'event') {
        // first_contact: the onboarding start the agent set, else the first message seen.
        let at: number | null = null;
        let token = '';
        if (data.onboardingStart) {
          const midnight = dateAt(calendar.timeZone, data.onboardingStart, '00:00');
          if (midnight !== null) {
            at = businessHours(calendar).add(midnight, 0);
            token = `start:${data.onboardingStart}`;
          }
        }
        if (at === null) {
          let first = data.firstContactAt ?? null;
          for (const c of convs) for (const e of c.events) if (e.kind === 'customer_message' && Number.isFinite(e.at) && e.at <= now && (first === null || e.at < first)) first = e.at;
          if (first !== null) {
            at = first;
            token = `first:${first}`;
          }
        }
        if (at === null) continue;
        const times = schedule(rule, calendar, at);
        times.forEach((due, k) => add(occurrence(rule, attach, scope, token, k, times.length, due, values(attach, agentName), key, false)));
      } else if (trigger.date === 'renewal') {
        const date = data.renewalDate;
        const at = date ? dateAt(calendar.timeZone, date, trigger.time) : null;
        if (at === null || !date) continue;
        const times = schedule(rule, calendar, at);
        times.forEach((due, k) => add(occurrence(rule, attach, scope, `renewal:${date}`, k, times.length, due, values(attach, agentName, { date }), key, false)));
      } else {
        for (const p of data.personalDates ?? []) {
          for (const y of [year - 1, year, year + 1]) {
            const date = yearlyDate(p.date, y);
            const at = date ? dateAt(calendar.timeZone, date, trigger.time) : null;
            if (at === null || !date) continue;
            const token = `${slug(p.label)}:${p.date.slice(-5)}:${y}`;
            const times = schedule(rule, calendar, at);
            times.forEach((due, k) => add(occurrence(rule, attach, scope, token, k, times.length, due, values(attach, agentName, { date, 'date.label': p.label }), key, false)));
          }
        }
      }
    }
  }
  return { desired, keep };
}

function slug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'date';
}

/**
 * What to create, cancel and reschedule. Pure: time is `now`, the calendar gives business hours
 * and the zone for dates and days. Throws CalendarError for an invalid calendar.
 */
export function evaluate(
  conversations: readonly RuleConversation[],
  rules: readonly ReminderRule[],
  customers: readonly RuleCustomer[],
  calendar: Calendar,
  now: number,
  options: EvaluateOptions = {},
): Evaluation {
  const existing = options.existing ?? [];
  const { desired, keep } = plan(conversations, rules, customers, calendar, now, options.agentName ?? '', existing);
  const known = new Set(existing.map((r) => r.id));
  const out: Evaluation = { create: [], cancel: [], reschedule: [] };
  for (const o of desired.values()) {
    if (known.has(o.id) || o.cancelled || o.dueAt <= now - CREATE_GRACE_MS) continue;
    const { cancelled: _, ...planned } = o;
    out.create.push(planned);
  }
  for (const r of existing) {
    if (r.ruleId === null) continue;
    const o = desired.get(r.id);
    if (o) {
      if (o.cancelled) {
        if (r.status === 'scheduled' || r.status === 'notified') out.cancel.push({ id: r.id, reason: 'event' });
      } else if (r.status === 'scheduled' && !r.snoozed && r.dueAt !== o.dueAt) {
        out.reschedule.push({ id: r.id, dueAt: o.dueAt });
      }
    } else if (r.status === 'scheduled' && !keep.has(r.id)) {
      out.cancel.push({ id: r.id, reason: 'rule' });
    }
  }
  out.create.sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1));
  return out;
}

export interface PreviewData {
  conversations: readonly RuleConversation[];
  customers?: readonly RuleCustomer[];
  calendar: Calendar;
  agentName?: string;
}

export interface PreviewItem {
  conversationKey: string;
  subject: string;
  customerName: string;
  url: string;
  dueAt: number;
  title: string;
  message: string;
  /** Due before now: the rule would not create it today (history), shown for context. */
  past: boolean;
}

export interface Preview {
  /** Soonest first, upcoming before past ones, at most `limit`. */
  items: PreviewItem[];
  /** How many reminders the rule gives on this data in all (before the limit). */
  total: number;
  upcoming: number;
}

/**
 * For the options page: with this rule (as if switched on), which conversations would get
 * reminders and when, on the data already stored. Occurrences a later event cancelled are left out.
 * Throws CalendarError for an invalid calendar.
 */
export function previewRule(rule: ReminderRule, data: PreviewData, now: number, limit = 100): Preview {
  const { desired } = plan(data.conversations, [{ ...rule, enabled: true }], data.customers ?? [], data.calendar, now, data.agentName ?? '', []);
  const all = [...desired.values()]
    .filter((o) => !o.cancelled)
    .map((o): PreviewItem => ({
      conversationKey: o.conversationKey,
      subject: o.subject,
      customerName: o.customerName,
      url: o.url,
      dueAt: o.dueAt,
      title: o.title,
      message: o.message,
      past: o.dueAt <= now - CREATE_GRACE_MS,
    }));
  const upcoming = all.filter((i) => !i.past).sort((a, b) => a.dueAt - b.dueAt);
  const past = all.filter((i) => i.past).sort((a, b) => b.dueAt - a.dueAt);
  return { items: [...upcoming, ...past].slice(0, limit), total: all.length, upcoming: upcoming.length };
}
