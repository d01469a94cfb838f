/**
 * Follow-up reminder rules and the reminders they produce. Plain data: rules come from settings
 * (supervisors, rule packs), reminders are stored by the background and shown by the panel, the
 * toolbar popup and notifications.
 */
import type { PolicyConditions } from '../clock/policies';

/** Things that happen in a conversation and can start a reminder. */
export const TRIGGER_EVENTS = ['resolved', 'first_contact', 'customer_message', 'agent_reply', 'reopened'] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/**
 * Dates recorded for a customer (by the agent, in the panel) that can start a reminder:
 * the renewal date (once) and personal dates such as a birthday (every year).
 */
export const TRIGGER_DATES = ['renewal', 'personal'] as const;
export type TriggerDate = (typeof TRIGGER_DATES)[number];

/** Events that can cancel a reminder still pending from an earlier trigger. */
export const CANCEL_EVENTS = ['customer_message', 'agent_reply', 'resolved', 'reopened'] as const;
export type CancelEvent = (typeof CANCEL_EVENTS)[number];

export type RuleTrigger =
  | { type: 'event'; event: TriggerEvent }
  /** `time` is the wall-clock time ("HH:MM") in the calendar's zone at which the date counts. */
  | { type: 'date'; date: TriggerDate; time: string };

export const DELAY_UNITS = ['minutes', 'hours', 'days'] as const;
export type DelayUnit = (typeof DELAY_UNITS)[number];

/**
 * How long after the trigger. Business time follows the team's calendar: business minutes and
 * hours count only opening hours; business days step over closed days and holidays to the same
 * wall-clock time on the Nth next open day (see timing.ts). Calendar days keep the wall-clock time
 * in the calendar's zone across daylight-saving changes. A negative amount (days, or calendar
 * hours and minutes) is allowed for date triggers only: "14 days before the renewal".
 */
export interface RuleDelay {
  amount: number;
  unit: DelayUnit;
  business: boolean;
}

/** A cadence: `count` reminders in all, the first after `delay`, then one every `every`. */
export interface RuleRepeat {
  every: RuleDelay;
  count: number;
}

/**
 * What a new trigger does while an earlier one of the same rule is still open (not cancelled):
 * - every: each trigger gets its own reminder;
 * - first: only the first open trigger counts (no reply from the agent: counted from the first
 *   unanswered message);
 * - latest: a newer trigger replaces the earlier one (no reply from the customer: counted from
 *   the agent's latest reply).
 */
export const RETRIGGER = ['every', 'first', 'latest'] as const;
export type Retrigger = (typeof RETRIGGER)[number];

export type RuleConditions = PolicyConditions;

export interface ReminderRule {
  /** Stable id ("no-reply-from-customer"): part of every reminder id, so keep it when editing. */
  id: string;
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  delay: RuleDelay;
  repeat?: RuleRepeat;
  /** Event triggers only; default 'every'. */
  retrigger?: Retrigger;
  /** Event triggers only: events after the trigger that cancel its pending reminders. */
  cancelOn?: CancelEvent[];
  /** All listed conditions must match (any value within one), as for response-target policies. */
  when?: RuleConditions;
  /** Templates; see PLACEHOLDERS. */
  title: string;
  message: string;
}

/** Placeholders a title or message template may use. */
export const PLACEHOLDERS = ['customer.firstName', 'customer.name', 'subject', 'agent.name', 'date', 'date.label'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** A stored conversation event, as the database keeps it (never text). */
export interface RuleEventInput {
  kind: 'customer_message' | 'agent_reply' | 'status';
  at: number;
  status?: 'open' | 'pending' | 'onhold' | 'solved';
}

/** One conversation with its events, for evaluation. */
export interface RuleConversation {
  key: string;
  site: string;
  url: string;
  subject: string;
  customerName: string;
  customerAddress: string | null;
  /** Labels or tags shown on it; undefined when not known (rules with label conditions then leave it alone). */
  labels?: string[];
  events: RuleEventInput[];
}

export interface PersonalDate {
  /** What the date is ("birthday", "work anniversary"). */
  label: string;
  /** "MM-DD" or "YYYY-MM-DD" (the year is ignored: it comes back every year). */
  date: string;
}

/** What is known about one customer (by address): dates set by the agent, first contact seen. */
export interface RuleCustomer {
  address: string;
  /** The first customer message seen from this address (any conversation). */
  firstContactAt?: number | null;
  /** "YYYY-MM-DD" in the calendar's zone. */
  renewalDate?: string | null;
  /** "YYYY-MM-DD": when set, onboarding counts from this day rather than the first message seen. */
  onboardingStart?: string | null;
  personalDates?: PersonalDate[];
}

/**
 * - scheduled: not shown yet (due in the future, or due and about to be shown);
 * - notified: shown (at its time, or late as overdue), waiting for the agent to mark it done;
 * - done: the agent marked it done;
 * - cancelled: an event made it moot (a customer reply to a "no reply" nudge), its rule was
 *   switched off, or its date changed.
 */
export const REMINDER_STATUSES = ['scheduled', 'notified', 'done', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** The part of a stored reminder that evaluation looks at. */
export interface ExistingReminder {
  id: string;
  ruleId: string | null;
  conversationKey: string;
  customerKey: string | null;
  status: ReminderStatus;
  dueAt: number;
  /** Moved by the agent: rules no longer reschedule it. */
  snoozed: boolean;
}

/** A reminder a rule asks for. */
export interface PlannedReminder {
  /** Deterministic: rule, conversation (or customer) and occurrence. */
  id: string;
  ruleId: string;
  conversationKey: string;
  /** Set for reminders that belong to the customer (first contact, renewal, personal dates). */
  customerKey: string | null;
  /** What in the data this reminder is for (trigger time, or date and year), part of the id. */
  occurrence: string;
  dueAt: number;
  title: string;
  message: string;
  url: string;
  subject: string;
  customerName: string;
}

export interface Evaluation {
  /** New reminders (their ids were not among `existing`). */
  create: PlannedReminder[];
  /** Existing reminders to cancel: 'event' when an event made them moot, 'rule' when no rule asks for them any more. */
  cancel: { id: string; reason: 'event' | 'rule' }[];
  /** Existing scheduled reminders whose time moved (calendar or time zone changed, date edited). */
  reschedule: { id: string; dueAt: number }[];
}
