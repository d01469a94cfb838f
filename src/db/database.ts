import Dexie, { type EntityTable } from 'dexie';
import type { ConversationRecord } from '../messaging/protocol';
import type { ConversationStatus } from '../core/snapshot';
import { historyFromEvents, type HistoryRecord } from './histories';
import type { CustomerRecord, ReminderRecord } from './reminders';

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
  histories!: EntityTable<HistoryRecord, 'key'>;
  reminders!: EntityTable<ReminderRecord, 'id'>;
  customers!: EntityTable<CustomerRecord, 'address'>;

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
    // Version 3: each conversation's events once more, compact, found by the days they fall on
    // (src/db/histories.ts), for the dashboard. Built from the events already stored.
    this.version(3)
      .stores({ histories: 'key, *days, lastDay' })
      .upgrade(async (tx) => {
        const sites = new Map<string, ConversationRecord['site']>();
        await tx.table<ConversationRecord, string>('conversations').each((c) => void sites.set(c.key, c.site));
        let key: string | null = null;
        let batch: EventRecord[] = [];
        const out: HistoryRecord[] = [];
        const flush = () => {
          const site = key === null ? undefined : sites.get(key);
          if (key !== null && site && batch.length) out.push(historyFromEvents(key, site, batch));
          batch = [];
        };
        await tx
          .table<EventRecord, number>('events')
          .orderBy('[conversationKey+at]')
          .each((e) => {
            if (e.conversationKey !== key) {
              flush();
              key = e.conversationKey;
            }
            batch.push(e);
          });
        flush();
        await tx.table('histories').bulkPut(out);
      });
    // Version 4: follow-up reminders (src/db/reminders.ts), found by status and due time (the next
    // one to alarm for, those due), by conversation and by customer; and what the agent records
    // about customers (dates), with the customers that have dates indexed for start-up.
    this.version(4).stores({
      reminders: 'id, conversationKey, customerKey, [status+dueAt]',
      customers: 'address, dated',
    });
  }
}

export function conversationKey(site: string, conversationId: string): string {
  return `${site}:${conversationId}`;
}
