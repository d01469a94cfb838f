import Dexie, { type EntityTable } from 'dexie';
import type { ConversationRecord } from '../messaging/protocol';
import type { ConversationStatus } from '../core/snapshot';

export type { ConversationRecord };

export type EventKind = 'customer_message' | 'agent_reply' | 'status';

/**
 * One thing that happened in a conversation: who wrote when, or the ticket status seen changing
 * (at the time the change was first seen). Never the text.
 */
export interface EventRecord {
  id?: number;
  conversationKey: string;
  kind: EventKind;
  at: number;
  /** For kind 'status': the new status. */
  status?: ConversationStatus;
}

/**
 * A pending or delivered "target due soon" notification: one per conversation, target and wait
 * (identified by when the wait began), so it is never shown twice.
 */
export interface AlertRecord {
  /** `${conversationKey}|${target}|${waitStartedAt}` */
  id: string;
  conversationKey: string;
  target: 'first' | 'next';
  /** When to notify (the target's warning time). */
  warnAt: number;
  state: 'pending' | 'sent' | 'cancelled';
  /** For the notification and its click: the conversation's page, subject and customer. */
  url: string;
  subject: string;
  customerName: string;
}

export const DB_NAME = 'support-panel';

/**
 * The extension's database. It lives in the extension's origin and is opened only by the
 * background service worker (and, read-only, by extension pages later). Content scripts never
 * open it: they share the host page's storage.
 */
export class SupportDatabase extends Dexie {
  conversations!: EntityTable<ConversationRecord, 'key'>;
  events!: EntityTable<EventRecord, 'id'>;
  alerts!: EntityTable<AlertRecord, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1. Add new versions below with .upgrade() steps; never edit a shipped one.
    this.version(1).stores({
      conversations: 'key, site, lastCustomerAt, lastAgentAt, status, updatedAt',
      events: '++id, &[conversationKey+kind+at], [conversationKey+at], kind, at',
    });
    // Version 2: target warnings, found by state and time and by conversation; conversations by
    // the time their running target falls due ("what is due in the next hour").
    this.version(2).stores({
      conversations: 'key, site, lastCustomerAt, lastAgentAt, status, updatedAt, dueAt',
      alerts: 'id, conversationKey, [state+warnAt]',
    });
  }
}

export function conversationKey(site: string, conversationId: string): string {
  return `${site}:${conversationId}`;
}
