import { SITE_LABELS, type ConversationSnapshot, type SiteId } from '../core/snapshot';

/** What an adapter needs beyond the DOM: who the agent is, and the current time. */
export interface AdapterContext {
  /** Addresses that belong to the agent (signed-in account is added by the adapter itself). */
  agentAddresses: string[];
  /** Whole domains whose senders count as agents (e.g. the team's own domain). */
  agentDomains: string[];
  /** Current time in epoch ms, used to resolve relative times ("47 minutes ago"). */
  now: number;
}

export interface SiteAdapter {
  site: SiteId;
  /** Human name shown in messages ("Gmail"). */
  label: string;
  /** True when this adapter handles pages at this URL. */
  matches(url: URL): boolean;
  /**
   * Reads the open conversation. Returns null when the page shows no conversation
   * (an inbox list, settings). Throws LayoutNotRecognisedError when it should show one but
   * the expected elements are missing.
   */
  read(doc: Document, url: URL, ctx: AdapterContext): ConversationSnapshot | null;
  /**
   * The element whose subtree holds the open conversation, if the site has one. Page mutations
   * outside it (inbox lists, chat, tooltips) are noticed only lazily by the content script.
   */
  scope?(doc: Document): Element | null;
  /**
   * One-off work (parser tables for the page's locale) that the content script runs in a task of
   * its own before the first read, so no single task on the host page grows long.
   */
  prepare?(doc: Document): void;
  /**
   * For self-hosted helpdesks (Zammad, FreeScout, osTicket) that run on any hostname: true when the
   * page carries the product's own markers. Checked after matches(url); sites on fixed hostnames
   * leave it out.
   */
  recognises?(doc: Document): boolean;
  /**
   * The open conversation's reply box (a textarea or a contenteditable element), for inserting a
   * listening suggestion at its caret; null when no reply box is open.
   */
  replyBox?(doc: Document): HTMLElement | null;
  /**
   * The Send button of the open reply box, so the content script can notice (never stop) a
   * reply being sent; null when no reply box is open. Sites without it get no reminder on Send.
   */
  sendButton?(doc: Document): HTMLElement | null;
}

/** Thrown by an adapter when a selector it needs stops matching; the panel shows it plainly. */
export class LayoutNotRecognisedError extends Error {
  override readonly name = 'LayoutNotRecognisedError';
  readonly siteLabel: string;
  constructor(
    readonly site: SiteId,
    /** Names of the selectors (keys in the site's selectors.ts) that found nothing. */
    readonly failedSelectors: string[],
  ) {
    super(`${SITE_LABELS[site]}'s layout was not recognised (missing: ${failedSelectors.join(', ')})`);
    this.siteLabel = SITE_LABELS[site];
  }
}
