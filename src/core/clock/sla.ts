/**
 * The response-time target clock of one conversation: which target runs (first or next response),
 * how much business time is left, and when it warns and falls due.
 *
 * A target starts at the first customer message after the agent's last reply (the first target
 * until the agent has ever replied, the next target after that) and ends at the agent's next
 * reply. Business time spent in a pausing status (policy.pauseStatuses, e.g. pending = waiting on
 * the customer) does not count; a status event back to a non-pausing status resumes the clock.
 * Only status events change the status: a customer message on a pending conversation does not
 * reopen it by itself (helpdesks that reopen on reply emit that status change).
 *
 * State, in order of precedence:
 * - none: no customer message is waiting and the last target was not met (no target ever ran, or
 *   the agent's reply came after the target was breached);
 * - met: the last target was met by a reply and the customer has not written since;
 * - paused (pausedReason 'status'): currently in a pausing status, even if already breached
 *   (remainingBusinessMs < 0 then tells by how much);
 * - breached: business time elapsed ≥ target;
 * - paused (pausedReason 'outside_hours'): now is outside business hours;
 * - warn: remaining ≤ warnBeforeMs;
 * - ok.
 */
import { businessHours, type BusinessHours } from './business-time';
import type { Calendar } from './calendar';

export type SlaStatus = 'open' | 'pending' | 'onhold' | 'solved';

export interface SlaPolicy {
  /** Business ms the customer may wait for the agent's first ever reply. */
  firstResponseMs: number;
  /** Business ms the customer may wait for a reply to a later message. */
  nextResponseMs: number;
  /** The state turns 'warn' once this many business ms or fewer remain. */
  warnBeforeMs: number;
  /** Statuses that stop the clock. */
  pauseStatuses: Exclude<SlaStatus, 'open'>[];
}

export type SlaEvent =
  | { kind: 'customer_message' | 'agent_reply'; at: number }
  | { kind: 'status'; at: number; status: SlaStatus };

export interface SlaConversation {
  events: SlaEvent[];
}

export interface SlaState {
  state: 'ok' | 'warn' | 'breached' | 'paused' | 'met' | 'none';
  target: 'first' | 'next' | null;
  /**
   * When the target is (or was) reached: counting forward from now with addBusinessMs while the
   * clock runs or waits for opening hours, the past instant once breached; null while paused by
   * status before the breach (it moves later for as long as the pause lasts), and for met/none.
   */
  dueMs: number | null;
  /** When remaining business time becomes warnBeforeMs; same rules as dueMs. */
  warnMs: number | null;
  /** Target minus counted business time: negative = time over. For 'met', what was left at the reply. */
  remainingBusinessMs: number | null;
  pausedReason?: 'status' | 'outside_hours';
  pausedStatus?: string;
}

const NONE: SlaState = { state: 'none', target: null, dueMs: null, warnMs: null, remainingBusinessMs: null };

/** Throws CalendarError for an invalid calendar, RangeError for a policy with negative or non-finite times. */
export function slaState(policy: SlaPolicy, cal: Calendar, conversation: SlaConversation, nowMs: number): SlaState {
  checkPolicy(policy);
  if (!Number.isFinite(nowMs)) throw new RangeError(`nowMs must be an instant in ms, got ${nowMs}`);
  const hours = businessHours(cal);
  const pausing = new Set<string>(policy.pauseStatuses);

  // Events after now have not happened yet as far as this answer goes; events without a usable
  // time (a site that failed to parse one) cannot be placed and are left out.
  const events = conversation.events
    .map((event, i) => ({ event, i }))
    .filter(({ event }) => typeof event === 'object' && event !== null && Number.isFinite(event.at) && event.at <= nowMs)
    .sort((a, b) => a.event.at - b.event.at || a.i - b.i)
    .map(({ event }) => event);

  /** Closed pause periods [from, to], then the open one (if any) from pausedSince. */
  const pauses: [number, number][] = [];
  let pausedSince: number | null = null;
  let status: string = 'open';
  let repliedEver = false;
  let cycle: Cycle | null = null;
  let lastMet: { target: 'first' | 'next'; remaining: number } | null = null;

  for (const event of events) {
    if (event.kind === 'status') {
      status = event.status;
      const nowPausing = pausing.has(status);
      if (nowPausing && pausedSince === null) pausedSince = event.at;
      if (!nowPausing && pausedSince !== null) {
        pauses.push([pausedSince, event.at]);
        pausedSince = null;
      }
    } else if (event.kind === 'customer_message') {
      if (!cycle) {
        const target = repliedEver ? 'next' : 'first';
        cycle = { start: event.at, target, targetMs: target === 'first' ? policy.firstResponseMs : policy.nextResponseMs };
        lastMet = null;
      }
    } else if (event.kind === 'agent_reply') {
      repliedEver = true;
      if (cycle) {
        const remaining = cycle.targetMs - counted(hours, cycle.start, event.at, withOpenPause(pauses, pausedSince, event.at));
        lastMet = remaining > 0 ? { target: cycle.target, remaining } : null;
        cycle = null;
      }
    }
  }

  if (!cycle) {
    return lastMet
      ? { state: 'met', target: lastMet.target, dueMs: null, warnMs: null, remainingBusinessMs: lastMet.remaining }
      : { ...NONE };
  }

  const allPauses = withOpenPause(pauses, pausedSince, nowMs);
  const remaining = cycle.targetMs - counted(hours, cycle.start, nowMs, allPauses);
  const stopped = pausedSince !== null;
  const reach = (threshold: number) => reachedAt(hours, cycle, allPauses, nowMs, threshold, stopped);
  const base = {
    target: cycle.target,
    dueMs: reach(cycle.targetMs),
    warnMs: reach(cycle.targetMs - policy.warnBeforeMs),
    remainingBusinessMs: remaining,
  };
  if (stopped) return { state: 'paused', ...base, pausedReason: 'status', pausedStatus: status };
  if (remaining <= 0) return { state: 'breached', ...base };
  if (!hours.isOpen(nowMs)) return { state: 'paused', ...base, pausedReason: 'outside_hours' };
  if (remaining <= policy.warnBeforeMs) return { state: 'warn', ...base };
  return { state: 'ok', ...base };
}

interface Cycle {
  start: number;
  target: 'first' | 'next';
  targetMs: number;
}

function withOpenPause(pauses: [number, number][], pausedSince: number | null, until: number): [number, number][] {
  return pausedSince === null ? pauses : [...pauses, [pausedSince, until]];
}

/** Business ms in [from, to] outside the pause periods (which do not overlap each other). */
function counted(hours: BusinessHours, from: number, to: number, pauses: readonly [number, number][]): number {
  let total = hours.between(from, to);
  for (const [a, b] of pauses) total -= hours.between(Math.max(a, from), Math.min(b, to));
  return total;
}

/**
 * The first instant at which `threshold` business ms had been counted since the cycle began:
 * found in the past by walking the unpaused stretches, else projected from now; null when still
 * ahead while the clock is stopped by a status (the instant is not known yet).
 */
function reachedAt(
  hours: BusinessHours,
  cycle: Cycle,
  pauses: readonly [number, number][],
  nowMs: number,
  threshold: number,
  stopped: boolean,
): number | null {
  // A warning longer than the target is reached the moment the customer writes.
  if (threshold <= 0) return cycle.start;
  let acc = 0;
  let from = cycle.start;
  const stretches: [number, number][] = [];
  for (const [a, b] of pauses) {
    if (b <= from) continue;
    if (a >= nowMs) break;
    if (a > from) stretches.push([from, a]);
    from = Math.max(from, b);
  }
  if (from < nowMs) stretches.push([from, nowMs]);
  for (const [a, b] of stretches) {
    const span = hours.between(a, b);
    if (acc + span >= threshold) return hours.add(a, threshold - acc);
    acc += span;
  }
  return stopped ? null : hours.add(nowMs, threshold - acc);
}

function checkPolicy(policy: SlaPolicy): void {
  for (const key of ['firstResponseMs', 'nextResponseMs', 'warnBeforeMs'] as const) {
    const value = policy[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`policy.${key} must be a number of business ms ≥ 0, got ${String(value)}`);
    }
  }
  if (!Array.isArray(policy.pauseStatuses)) throw new RangeError('policy.pauseStatuses must be a list of statuses');
}
