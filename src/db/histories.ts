/**
 * A compact copy of each conversation's event history, one record per conversation, kept beside
 * the events table so the dashboard can read a period with one index range instead of one range
 * per conversation: reading 80k event records took 0.8–1 s at 100k conversations / 1M events
 * (test/bench/db-scale.ts, 2026-11-23); typed arrays clone in bulk.
 *
 * `days` lists the UTC day numbers (epoch ms / 86,400,000, floored) on which the conversation has
 * events, a multi-entry index: every figure of a period (a reply, the start of an open wait, a
 * first reply deciding first-contact resolution) is an event inside it, so the conversations with
 * an event day in the period are exactly the ones it needs. A conversation is found once per
 * matching day, though; for a period that ends today, `lastDay` ≥ the first day finds the same
 * conversations once each (nothing has happened after today).
 */
import type { ConversationStatus, SiteId } from '../core/snapshot';
import type { EventKind, EventRecord } from './database';

export interface HistoryRecord {
  /** The conversation's key (as in conversations and events). */
  key: string;
  site: SiteId;
  /** Distinct UTC day numbers of the events, ascending. */
  days: number[];
  /** The last of them (indexed: a period ending now needs exactly the conversations active since its start). */
  lastDay: number;
  /** Event times (epoch ms), ascending. */
  at: Float64Array;
  /** Event kinds, one code per event (see KIND_CODES). */
  kinds: Uint8Array;
}

export const DAY_MS = 86_400_000;

const STATUS_CODES: readonly ConversationStatus[] = ['open', 'pending', 'onhold', 'solved'];
/** 0 customer message, 1 agent reply, 2 + index of the status in STATUS_CODES, 255 another status. */
export function kindCode(e: Pick<EventRecord, 'kind' | 'status'>): number {
  if (e.kind === 'customer_message') return 0;
  if (e.kind === 'agent_reply') return 1;
  const i = e.status ? STATUS_CODES.indexOf(e.status) : -1;
  return i < 0 ? 255 : 2 + i;
}

export function decodeKind(code: number): { kind: EventKind; status?: ConversationStatus } {
  if (code === 0) return { kind: 'customer_message' };
  if (code === 1) return { kind: 'agent_reply' };
  const status = STATUS_CODES[code - 2];
  return status ? { kind: 'status', status } : { kind: 'status' };
}

/** The history record of one conversation from all of its events (any order). */
export function historyFromEvents(key: string, site: SiteId, events: readonly Pick<EventRecord, 'kind' | 'at' | 'status'>[]): HistoryRecord {
  const sorted = events
    .filter((e) => Number.isFinite(e.at))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  const at = new Float64Array(sorted.length);
  const kinds = new Uint8Array(sorted.length);
  const days: number[] = [];
  sorted.forEach(({ e }, i) => {
    at[i] = e.at;
    kinds[i] = kindCode(e);
    const day = Math.floor(e.at / DAY_MS);
    if (days[days.length - 1] !== day) days.push(day);
  });
  return { key, site, days, lastDay: days[days.length - 1] ?? -1, at, kinds };
}
