/**
 * Every message that crosses a boundary (content script <-> background <-> panel) is typed here.
 * Types only: validation lives in ./validate.ts so the content script can import types without
 * pulling the schema library into the host page.
 */
import type { ConversationSnapshot, ConversationStatus, SiteId } from '../core/snapshot';
import type { WaitingState } from '../core/clock/waiting';
import type { Calendar, SlaEvent, SlaPolicy } from '../core/clock';

/** Name of the runtime port the panel opens to the background. */
export const PANEL_PORT = 'panel';
/** The panel's extension page (listed in web_accessible_resources), relative to the extension root. */
export const PANEL_PAGE = 'src/panel/index.html';

// content script -> background
export interface SnapshotMessage {
  type: 'page/snapshot';
  snapshot: ConversationSnapshot;
}
export interface LayoutErrorMessage {
  type: 'page/layout-error';
  site: SiteId;
  siteLabel: string;
  /** The page URL without query or hash: enough to diagnose, nothing private. */
  urlPattern: string;
  failedSelectors: string[];
}
export interface NoConversationMessage {
  type: 'page/no-conversation';
  site: SiteId;
  siteLabel: string;
}
/**
 * The agent pressed the open reply box's Send button (or Ctrl/Cmd+Enter in it), with
 * settings.listening.remindOnSend on. Only noticed: the page sends the reply as always.
 */
export interface SendPressedMessage {
  type: 'page/send-pressed';
  site: SiteId;
  via: 'click' | 'keyboard';
}
export type ContentToBackground = SnapshotMessage | LayoutErrorMessage | NoConversationMessage | SendPressedMessage;

// background -> content script
export interface ResendMessage {
  type: 'page/resend';
}
/** The panel's content height, so the host element fits it (bounded by the window). */
export interface PanelHeightMessage {
  type: 'page/panel-height';
  height: number;
}
/** A listening suggestion to insert at the caret of the site's reply box (the agent pressed Insert). */
export interface InsertTextMessage {
  type: 'page/insert-text';
  text: string;
}
export type BackgroundToContent = ResendMessage | PanelHeightMessage | InsertTextMessage;

// panel -> background (over the port)
export interface SetCollapsedMessage {
  type: 'panel/set-collapsed';
  collapsed: boolean;
}
export interface PanelResizeMessage {
  type: 'panel/resize';
  height: number;
}
/** Insert a listening suggestion into this tab's reply box; the background passes it to the page. */
export interface PanelInsertTextMessage {
  type: 'panel/insert-text';
  text: string;
}
export type PanelToBackground = SetCollapsedMessage | PanelResizeMessage | PanelInsertTextMessage;

/** What the background keeps about one conversation (metadata only, never message bodies). */
export interface ConversationRecord {
  key: string;
  site: SiteId;
  conversationId: string;
  subject: string;
  customerName: string;
  customerAddress: string | null;
  lastCustomerAt: number | null;
  lastAgentAt: number | null;
  status: 'waiting' | 'answered' | 'unknown';
  /** The helpdesk's own ticket status when the site shows one (webmail has none). */
  ticketStatus: ConversationStatus | null;
  /**
   * When the running response target falls due (as of the last update), or null when no target
   * runs or it is paused by status (its due time then keeps moving). Not stored: absent = null.
   */
  dueAt?: number | null;
  firstSeenAt: number;
  updatedAt: number;
}

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'no-conversation'; siteLabel: string }
  | { kind: 'layout-error'; site: SiteId; siteLabel: string; urlPattern: string; failedSelectors: string[] }
  | { kind: 'conversation'; siteLabel: string; snapshot: ConversationSnapshot; waiting: WaitingState; sla: SlaInputs | null };

/**
 * What the panel needs to run the response-target clock itself, once a second: the policy and
 * calendar in force, and the conversation's stored events (messages and status changes).
 */
export interface SlaInputs {
  policy: SlaPolicy;
  /** The supervisor's rule that set these targets, or null for the team's base targets. */
  rule: string | null;
  /** null: the default calendar, in the agent's own time zone as the panel sees it. */
  calendar: Calendar | null;
  events: SlaEvent[];
}

// background -> panel (over the port)
export interface StateMessage {
  type: 'panel/state';
  state: PanelState;
}
/** Relayed from this tab's page (SendPressedMessage), after any snapshot it sent before. */
export interface PanelSendPressedMessage {
  type: 'panel/send-pressed';
}
export type BackgroundToPanel = StateMessage | PanelSendPressedMessage;

/** The options page (an extension page in a tab), relative to the extension root. */
export const OPTIONS_PAGE = 'src/options/index.html';

// options page -> background (runtime.sendMessage; the background is the database's only writer)
export interface ImportBackupMessage {
  type: 'options/import-backup';
  /** The backup file's text (dexie-export-import JSON), checked again by the background. */
  text: string;
}
export interface DeleteEverythingMessage {
  type: 'options/delete-everything';
}
export type OptionsToBackground = ImportBackupMessage | DeleteEverythingMessage;
/** Problems are "path: message" lines for the page to show. */
export type OptionsReply = { ok: true; rows?: Record<string, number> } | { ok: false; problems: string[] };

// ---------------------------------------------------------------------------- follow-up reminders
/** Name of the runtime port the panel and the toolbar popup open for reminders. */
export const REMINDERS_PORT = 'reminders';
/** The toolbar popup (action.default_popup), relative to the extension root. */
export const POPUP_PAGE = 'src/popup/index.html';

/** When a reminder is for, as the agent picks it; the background turns it into a time (core/rules dueAtFor). */
export type ReminderWhen =
  | { kind: 'tomorrow'; time: string }
  | { kind: 'business-days'; days: number }
  | { kind: 'in'; minutes: number }
  | { kind: 'at'; at: number };

/** A reminder as the panel and the popup show it. */
export interface ReminderView {
  id: string;
  source: 'rule' | 'manual';
  conversationKey: string;
  title: string;
  /** A rule's suggested message, or the agent's note. */
  message: string;
  url: string;
  subject: string;
  customerName: string;
  dueAt: number;
  status: 'scheduled' | 'notified' | 'done';
  /** Shown late, after the browser was closed at its time. */
  overdue: boolean;
}

export interface CustomerDatesView {
  address: string;
  renewalDate: string | null;
  onboardingStart: string | null;
  personalDates: { label: string; date: string }[];
}

// panel / popup -> background (over the reminders port)
export type RemindersToBackground =
  /** The panel shows this conversation: send its reminders now and after every change. */
  | { type: 'reminders/watch-conversation'; conversationKey: string; customerAddress: string | null }
  /** The popup: send the due and overdue reminders of every site. */
  | { type: 'reminders/watch-due' }
  | { type: 'reminders/add'; conversationKey: string; url: string; when: ReminderWhen; note: string }
  | { type: 'reminders/done'; id: string }
  | { type: 'reminders/snooze'; id: string; when: ReminderWhen }
  /** Open the reminder's conversation (an open tab with it, else a new tab). */
  | { type: 'reminders/open'; id: string }
  | ({ type: 'reminders/set-customer'; conversationKey: string } & CustomerDatesView);

export type ReminderAction = 'add' | 'done' | 'snooze' | 'open' | 'set-customer';

// background -> panel / popup
export type RemindersToPage =
  | { type: 'reminders/conversation'; conversationKey: string; reminders: ReminderView[]; customer: CustomerDatesView | null }
  | { type: 'reminders/due'; reminders: ReminderView[] }
  | { type: 'reminders/result'; action: ReminderAction; ok: boolean };
