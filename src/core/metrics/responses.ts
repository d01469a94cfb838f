/**
 * The responses of one conversation, read from its events in time order.
 *
 * - A wait begins at the customer's first message after the agent's last reply (or their very
 *   first message) and ends at the agent's next reply: that pair is one response. Further customer
 *   messages during a wait do not start another one.
 * - Its target is 'first' until the agent has ever replied in the conversation, 'next' after —
 *   the same rule as the panel's target clock (core/clock/sla.ts), so a conversation the agent
 *   opened (an agent reply before any customer message) has no first response.
 * - Business ms are the calendar's opening hours between start and end; time spent in a pausing
 *   ticket status is NOT taken off (that is the live clock's business; a figure for the record
 *   should be the wait the customer saw, in business hours). A response met its target when
 *   businessMs < targetMs: the live clock (core/clock/sla.ts) counts a target as breached once
 *   the elapsed business time reaches it, and the record must agree with what the agent saw.
 * - A wait with no reply yet is an open wait, not a response: it is in no time figure.
 * - Events without a finite time, or after `now`, are ignored.
 *
 * First-contact resolution ("resolved with one reply"), decided with every event given, as of now:
 * - a conversation with status events (helpdesks): its latest status is 'solved' and it has
 *   exactly one agent reply;
 * - a conversation without status events (webmail, which has no status): exactly one agent reply
 *   and no customer message after it for 7 days (FCR_QUIET_MS). While those 7 days are still
 *   running the outcome is 'pending' and the conversation is left out of the rate.
 * Only conversations with a first response are judged; the decision belongs to the time of that
 * first response's reply.
 */
import type { BusinessClock } from './business-table';
import type { EventLike, FcrDecision, Response, Target } from './types';

export const FCR_QUIET_MS = 7 * 86_400_000;

export interface TargetsMs {
  firstResponseMs: number;
  nextResponseMs: number;
}

/** Receives what a conversation's walk finds, in time order (the FCR decision last). */
export interface ResponseSink {
  /** Business time is left to the sink: it may not need it for every response. */
  response(target: Target, start: number, end: number): void;
  openWait(start: number): void;
  fcr(decision: Exclude<FcrDecision, null>, firstReplyAt: number): void;
}

/**
 * Walks events[order[i]] for i in [from, until) (or events[i] when order is null), which must
 * belong to one conversation and be in time order. Allocates nothing.
 */
export function walkConversation(
  events: readonly EventLike[],
  order: Int32Array | null,
  from: number,
  until: number,
  now: number,
  sink: ResponseSink,
): void {
  let waitStart = NaN;
  let waitTarget: Target = 'first';
  let repliedEver = false;
  let replies = 0;
  let lastReplyAt = NaN;
  let customerAfterReply = false;
  let hasStatus = false;
  let solved = false;
  let firstReplyAt = NaN;

  for (let i = from; i < until; i++) {
    const e = events[order === null ? i : order[i]!]!;
    const at = e.at;
    if (!(at <= now) || !Number.isFinite(at)) continue;
    const kind = e.kind;
    if (kind === 'customer_message') {
      if (waitStart !== waitStart) {
        waitStart = at;
        waitTarget = repliedEver ? 'next' : 'first';
      }
      if (replies > 0) customerAfterReply = true;
    } else if (kind === 'agent_reply') {
      replies++;
      lastReplyAt = at;
      customerAfterReply = false;
      if (waitStart === waitStart) {
        if (waitTarget === 'first') firstReplyAt = at;
        sink.response(waitTarget, waitStart, at);
        waitStart = NaN;
      }
      repliedEver = true;
    } else if (kind === 'status') {
      hasStatus = true;
      solved = e.status === 'solved';
    }
  }

  if (waitStart === waitStart) sink.openWait(waitStart);
  if (firstReplyAt === firstReplyAt) {
    let decision: Exclude<FcrDecision, null>;
    if (hasStatus) decision = solved && replies === 1 ? 'resolved' : 'not';
    else if (replies !== 1 || customerAfterReply) decision = 'not';
    else decision = now - lastReplyAt >= FCR_QUIET_MS ? 'resolved' : 'pending';
    sink.fcr(decision, firstReplyAt);
  }
}

export interface ConversationResult {
  responses: Response[];
  /** Starts of waits with no reply yet. */
  openWaits: number[];
  fcr: FcrDecision;
}

/**
 * Responses, open waits and first-contact resolution of one conversation (events in any order;
 * equal times keep their given order). For inspection and tests; computeMetrics does the same
 * walk without building these objects.
 */
export function conversationResponses(events: readonly EventLike[], targets: TargetsMs, clock: BusinessClock, now: number): ConversationResult {
  const sorted = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => Number.isFinite(e.at))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
  const result: ConversationResult = { responses: [], openWaits: [], fcr: null };
  walkConversation(sorted, null, 0, sorted.length, now, {
    response(target, start, end) {
      const businessMs = clock.between(start, end);
      const targetMs = target === 'first' ? targets.firstResponseMs : targets.nextResponseMs;
      result.responses.push({ target, start, end, calendarMs: end - start, businessMs, targetMs, met: businessMs < targetMs });
    },
    openWait(start) {
      result.openWaits.push(start);
    },
    fcr(decision) {
      result.fcr = decision;
    },
  });
  return result;
}
