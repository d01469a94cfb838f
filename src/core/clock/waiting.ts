import type { AuthorRole } from '../snapshot';

export interface TimedMessage {
  author: AuthorRole;
  at: number | null;
}

/**
 * Whether the customer is waiting, and since when.
 * - waiting: the customer's latest message has no later reply from the agent; `since` is the
 *   earliest customer message after the agent's last reply (the customer has waited since then).
 * - answered: the agent wrote last; `at` is that reply.
 * - unknown: no message carries a usable time.
 */
export type WaitingState =
  | { kind: 'waiting'; since: number; lastCustomerAt: number; lastAgentAt: number | null }
  | { kind: 'answered'; at: number; lastCustomerAt: number | null }
  | { kind: 'unknown' };

/** Messages arrive in thread order, but sites can mis-order collapsed ones; sort by time, keeping order for ties. */
export function waitingState(messages: readonly TimedMessage[]): WaitingState {
  const timed = messages
    .map((m, i) => ({ author: m.author, at: m.at, i }))
    .filter((m): m is { author: AuthorRole; at: number; i: number } => m.at !== null && Number.isFinite(m.at))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  if (timed.length === 0) return { kind: 'unknown' };

  let lastAgentAt: number | null = null;
  let lastCustomerAt: number | null = null;
  for (const m of timed) {
    if (m.author === 'agent') lastAgentAt = m.at;
    else lastCustomerAt = m.at;
  }
  const last = timed[timed.length - 1]!;
  if (last.author === 'agent') return { kind: 'answered', at: last.at, lastCustomerAt };

  // First customer message after the agent's last reply: that is when the wait began.
  const since = timed.find((m) => m.author === 'customer' && (lastAgentAt === null || m.at > lastAgentAt))!.at;
  return { kind: 'waiting', since, lastCustomerAt: lastCustomerAt!, lastAgentAt };
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a non-negative duration into whole days, hours and minutes (rounded down to the minute). */
export function splitDuration(ms: number): DurationParts {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

export interface DurationWords {
  /** e.g. (m) => `${m} min` */
  minutes(m: string): string;
  /** e.g. (h, m) => `${h} h ${m} min`; m is already zero-padded */
  hoursMinutes(h: string, m: string): string;
  /** e.g. (d, h) => `${d} d ${h} h` */
  daysHours(d: string, h: string): string;
  /** Formats a number in the UI language's digits. */
  number(n: number): string;
}

/**
 * "47 min", "2 h 05 min", "3 d 4 h": minutes under an hour, hours and padded minutes under a day,
 * then days and hours (minutes stop mattering to an agent once a customer has waited days).
 */
export function formatDuration(ms: number, words: DurationWords): string {
  const { days, hours, minutes } = splitDuration(ms);
  if (days > 0) return words.daysHours(words.number(days), words.number(hours));
  if (hours > 0) {
    const padded = minutes < 10 ? words.number(0) + words.number(minutes) : words.number(minutes);
    return words.hoursMinutes(words.number(hours), padded);
  }
  return words.minutes(words.number(minutes));
}
