/**
 * The plain-data picture of one conversation that a site adapter reads from the page.
 * It crosses from the content script to the background and the panel, so it holds
 * only JSON-safe values.
 */
export type SiteId =
  | 'gmail'
  | 'outlook'
  | 'zendesk'
  | 'freshdesk'
  | 'helpscout'
  | 'zohodesk'
  | 'front'
  | 'intercom'
  | 'zammad'
  | 'freescout'
  | 'osticket'
  | 'generic'
  | 'demo';

/** Brand names of the sites (not translated); 'generic' is a supervisor-defined helpdesk. */
export const SITE_LABELS: Record<SiteId, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  helpscout: 'Help Scout',
  zohodesk: 'Zoho Desk',
  front: 'Front',
  intercom: 'Intercom',
  zammad: 'Zammad',
  freescout: 'FreeScout',
  osticket: 'osTicket',
  generic: 'Custom helpdesk',
  demo: 'Demo Helpdesk',
};

export type AuthorRole = 'customer' | 'agent';

/** Ticket status as the SLA clock understands it; webmail has no status and leaves it undefined. */
export type ConversationStatus = 'open' | 'pending' | 'onhold' | 'solved';

export interface Person {
  name: string;
  /** E-mail address when the site shows one. */
  address: string | null;
}

export interface SnapshotMessage {
  author: AuthorRole;
  from: Person;
  /** Epoch milliseconds, or null when the site rendered no time we could parse. */
  at: number | null;
  /**
   * The message text as rendered (may be empty for a collapsed message whose body is not in the DOM).
   * Never stored by the background; only the panel reads it, for listening prompts.
   */
  text: string;
  /** True when the site shows the message collapsed (header only). */
  collapsed: boolean;
}

export interface ConversationSnapshot {
  site: SiteId;
  /** Stable id of the conversation on that site (Gmail: the thread id from the URL or DOM). */
  conversationId: string;
  url: string;
  subject: string;
  customer: Person;
  /** Messages in thread order, oldest first. */
  messages: SnapshotMessage[];
  /** Messages the site folds away entirely ("3 older messages") and does not render. */
  hiddenMessageCount: number;
  /** Text of the open reply box, or null when none is open. */
  draft: string | null;
  status?: ConversationStatus;
  /** Labels or tags the site shows on the conversation (Gmail labels, helpdesk tags). */
  labels?: string[];
  /** When the snapshot was taken (epoch ms). */
  capturedAt: number;
}
