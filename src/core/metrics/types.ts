/** Inputs and results of the response-time statistics. Plain data, JSON-safe. */

export type EventKind = 'customer_message' | 'agent_reply' | 'status';

/** An event as stored (src/db EventRecord has this shape); `status` only on kind 'status'. */
export interface EventLike {
  conversationKey: string;
  kind: EventKind;
  /** Epoch ms. */
  at: number;
  status?: string;
}

export interface ConversationLike {
  key: string;
  site: string;
}

export type Target = 'first' | 'next';

/** One wait of the customer that the agent answered. */
export interface Response {
  target: Target;
  /** The customer's first message after the agent's previous reply (or the very first one). */
  start: number;
  /** The agent's reply that ended the wait. */
  end: number;
  calendarMs: number;
  businessMs: number;
  /** The target that applied, in business ms. */
  targetMs: number;
  /** businessMs < targetMs (the live clock breaches at the target). */
  met: boolean;
}

/**
 * Whether a conversation was resolved with one reply (first-contact resolution):
 * - 'resolved': yes;
 * - 'not': no (more than one reply, the customer wrote again, or a helpdesk ticket not solved);
 * - 'pending': webmail only — one reply and silence since, but the 7 quiet days have not passed yet;
 * - null: the conversation has no first response to judge (never answered, or the agent wrote first).
 */
export type FcrDecision = 'resolved' | 'not' | 'pending' | null;

export type BucketUnit = 'day' | 'week' | 'month';

/** Mean, median and 90th percentile (nearest rank) of a set of durations, in ms. */
export interface Summary {
  meanMs: number;
  medianMs: number;
  p90Ms: number;
}

export interface ResponseFigures {
  count: number;
  /** null when count is 0. */
  business: Summary | null;
  calendar: Summary | null;
  /** Responses within their target. */
  met: number;
  /** met / count, 0–1; null when count is 0. */
  attainment: number | null;
}

export interface FcrFigures {
  /** Conversations resolved with one reply. */
  resolved: number;
  /** Conversations whose first response fell here and whose outcome is known ('resolved' or 'not'). */
  decided: number;
  /** Webmail conversations still inside their 7 quiet days: left out of the rate. */
  pending: number;
  /** resolved / decided, 0–1; null when nothing is decided. */
  rate: number | null;
}

export interface Figures {
  first: ResponseFigures;
  next: ResponseFigures;
  fcr: FcrFigures;
  /** Waits that began here and have no reply yet (not responses; not in any time figure). */
  openWaits: number;
}

export interface BucketFigures {
  /** Local start of the bucket (may be before the period's start: the first bucket can be partial). */
  start: number;
  /** Local start of the next bucket (may be after the period's end). */
  end: number;
  /** The bucket's first local date, YYYY-MM-DD. */
  label: string;
  all: Figures;
  /** One entry per site in Metrics.sites. */
  bySite: Record<string, Figures>;
}

export interface Metrics {
  from: number;
  to: number;
  bucket: BucketUnit;
  timeZone: string;
  /** Sites with a figure in the period (a response, an open wait or a first-contact decision), sorted. */
  sites: string[];
  buckets: BucketFigures[];
  totals: { all: Figures; bySite: Record<string, Figures> };
}
