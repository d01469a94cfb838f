/**
 * Zendesk Agent Workspace ticket → ConversationSnapshot. Zendesk keeps every open ticket tab in
 * the DOM, so everything is read from the conversation of the ticket named in the URL. Roles come
 * from Zendesk's own markers (the bubble's type, the internal-note tag), never from names.
 */
import { SITE_LABELS, type ConversationSnapshot, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { prepareDateParser } from '../shared/parse-date';
import { emailIn, oneLine as line, renderedText as textOf, renderedTime } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { isZendeskUrl, zendeskTicketIdFromUrl } from './detect';
import { zendeskSelectors as S, type ZendeskSelectorName } from './selectors';
import { sendButtonNear } from '../shared/helpdesk-dom';

/** Status category classes (and their English texts) → the SLA clock's statuses. */
const STATUSES: Record<string, ConversationStatus> = {
  new: 'open',
  open: 'open',
  pending: 'pending',
  hold: 'onhold',
  'on-hold': 'onhold',
  solved: 'solved',
  closed: 'solved',
};

// Own keys only: a class named "constructor" must not come back as a status.
const statusFor = (key: string) => (Object.hasOwn(STATUSES, key) ? STATUSES[key] : undefined);

function statusOf(workspace: Element): ConversationStatus | undefined {
  const label = workspace.querySelector(S.status);
  if (!label) return undefined;
  for (const name of label.classList) if (statusFor(name)) return statusFor(name);
  return statusFor(line(label.textContent).toLowerCase());
}

/** The conversation of ticket `id`; Zendesk keeps the other open ticket tabs in the DOM too. */
const conversationPane = (doc: Document, id: string) => doc.querySelector(`[${S.conversation}="${id}"]`);

/** The ticket the document's URL names, if any. */
function ticketIdOf(doc: Document): string | null {
  try {
    return zendeskTicketIdFromUrl(new URL(doc.URL));
  } catch {
    // A document without a parsable URL has no ticket.
    return null;
  }
}

/**
 * The composer of a ticket's conversation while it holds a reply: read for the draft and used by
 * the panel's Insert, so both always mean the same element. Null when it is switched to the
 * internal-note channel (it holds a note then, and nothing may be inserted into a note).
 */
function replyComposer(pane: Element): HTMLElement | null {
  const editor = pane.querySelector<HTMLElement>(S.composer);
  return editor && pane.querySelector(S.channel)?.getAttribute('data-channel') !== 'internal' ? editor : null;
}

function read(doc: Document, url: URL, ctx: AdapterContext): ConversationSnapshot | null {
  const id = zendeskTicketIdFromUrl(url);
  if (!id) return null;
  const pane = conversationPane(doc, id);
  if (!pane) throw new LayoutNotRecognisedError('zendesk', ['conversation']);
  const subject = pane.querySelector<HTMLInputElement>(S.subject);
  const items = pane.querySelectorAll(S.logItem);
  const missing: ZendeskSelectorName[] = [];
  if (!subject) missing.push('subject');
  if (!items.length) missing.push('logItem');
  if (missing.length) throw new LayoutNotRecognisedError('zendesk', missing);

  // The sidebar (requester, tags, status) sits beside the conversation in the ticket's workspace.
  const workspace = pane.closest(S.workspace) ?? pane;
  const requester = workspace.querySelector(S.requester);
  const customer = {
    name: line((requester?.querySelector(S.requesterName) ?? requester)?.textContent),
    address: emailIn(workspace.querySelector(S.customerContext)),
  };
  const locale = doc.documentElement.lang || undefined;
  const messages: SnapshotMessage[] = [];
  let bubbles = 0;
  for (const item of items) {
    const bubble = item.querySelector(S.itemMessage);
    if (!bubble) continue;
    bubbles++;
    const type = bubble.getAttribute('type');
    // Internal notes are for the team, not answers to the customer.
    if (type === 'internal' || item.querySelector(S.internalNote) || bubble.getAttribute('aria-hidden') === 'true') continue;
    const author = type === 'end-user' ? 'customer' : 'agent';
    const name = line(item.querySelector(S.itemSender)?.textContent);
    const body = item.querySelector(S.itemBody) ?? bubble;
    messages.push({
      author,
      from: { name, address: author === 'customer' && name === customer.name ? customer.address : null },
      at: renderedTime(item.querySelector(S.itemTime), locale, ctx.now),
      text: textOf(body, S.bodySkip),
      collapsed: false,
    });
  }
  if (!bubbles) throw new LayoutNotRecognisedError('zendesk', ['itemMessage']);
  if (!customer.name) customer.name = messages.find((m) => m.author === 'customer')?.from.name ?? '';

  const editor = replyComposer(pane);
  const labels = [...workspace.querySelectorAll(S.tag)].map((el) => line(el.textContent, 200)).filter(Boolean).slice(0, 100);
  const status = statusOf(workspace);
  return {
    site: 'zendesk',
    conversationId: id,
    url: url.href,
    subject: line(subject!.value),
    customer,
    messages,
    hiddenMessageCount: 0,
    draft: editor ? textOf(editor, S.bodySkip) : null,
    ...(status ? { status } : {}),
    ...(labels.length ? { labels } : {}),
    capturedAt: ctx.now,
  };
}

export const zendeskAdapter: SiteAdapter = {
  site: 'zendesk',
  label: SITE_LABELS.zendesk,
  matches: isZendeskUrl,
  read,
  scope(doc) {
    const id = ticketIdOf(doc);
    const pane = id ? conversationPane(doc, id) : null;
    return pane?.closest(S.workspace) ?? pane;
  },
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = zendeskAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, zendeskAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    const id = ticketIdOf(doc);
    const pane = id ? conversationPane(doc, id) : null;
    return pane ? replyComposer(pane) : null;
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
};
