/**
 * Freshdesk ticket view (/a/tickets/N) → ConversationSnapshot. The original request comes first,
 * then each conversation; who wrote it and whether it is a private note come from Freshdesk's own
 * markers, the time from the epoch seconds behind its live "2 hours ago" labels.
 */
import { SITE_LABELS, type ConversationSnapshot, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { prepareDateParser } from '../shared/parse-date';
import { emailIn, oneLine as line, renderedText as textOf, renderedTime, enclosingBoth, documentUrl } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { freshdeskTicketIdFromUrl, isFreshdeskUrl } from './detect';
import { freshdeskSelectors as S, type FreshdeskSelectorName } from './selectors';
import { sendButtonNear } from '../shared/helpdesk-dom';

const has = (el: Element, selector: string) => el.matches(selector) || !!el.querySelector(selector);

/** Default statuses by their English names; custom ones are read by the words they use. */
function statusOf(text: string): ConversationStatus | undefined {
  const t = text.toLowerCase();
  if (/third party|hold/.test(t)) return 'onhold';
  if (/pending|waiting|awaiting/.test(t)) return 'pending';
  if (/resolved|closed/.test(t)) return 'solved';
  if (/open|new/.test(t)) return 'open';
  return undefined;
}

function timeOf(item: Element, locale: string | undefined, now: number): number | null {
  const el = item.querySelector(S.itemTime);
  const epoch = Number(el?.getAttribute('data-livestamp'));
  // Epoch seconds, bounded so a hostile value cannot become an out-of-range date.
  return epoch > 0 && epoch < 8.64e12 ? epoch * 1000 : renderedTime(el, locale, now);
}

/**
 * False while the app still shows another ticket than the URL names (single-page navigation:
 * the breadcrumb's number changes with the rendered ticket).
 */
function showsTicket(doc: Document, id: string): boolean {
  const shown = /\d+/.exec(doc.querySelector(S.ticketNumber)?.textContent ?? '')?.[0];
  return !shown || shown === id;
}

/**
 * The reply editor of the ticket the URL names: read for the draft and used by the panel's Insert,
 * so both always mean the same element. Null on list views (even with a ticket still rendered)
 * and while the previous ticket is still shown.
 */
function replyEditor(doc: Document, url: URL): HTMLElement | null {
  const id = freshdeskTicketIdFromUrl(url);
  return id && showsTicket(doc, id) ? doc.querySelector<HTMLElement>(S.replyEditor) : null;
}

function read(doc: Document, url: URL, ctx: AdapterContext): ConversationSnapshot | null {
  const id = freshdeskTicketIdFromUrl(url);
  if (!id) return null;
  const subject = doc.querySelector(S.subject);
  const items = doc.querySelectorAll(S.item);
  const missing: FreshdeskSelectorName[] = [];
  if (!subject) missing.push('subject');
  if (!items.length) missing.push('item');
  if (missing.length) throw new LayoutNotRecognisedError('freshdesk', missing);
  if (!showsTicket(doc, id)) throw new LayoutNotRecognisedError('freshdesk', ['ticketNumber']);

  const customer = {
    name: line(doc.querySelector(S.requester)?.textContent),
    address: emailIn(doc.querySelector(S.requesterInfo)),
  };
  const locale = doc.documentElement.lang || undefined;
  const messages: SnapshotMessage[] = [];
  for (const item of items) {
    // Private notes are for the team, not answers to the customer.
    if (has(item, S.privateNote)) continue;
    const author = has(item, S.fromRequester) ? 'customer' : 'agent';
    const name = line(item.querySelector(S.itemSender)?.textContent);
    const body = item.querySelector(S.itemBody);
    messages.push({
      author,
      from: { name, address: author === 'customer' && name === customer.name ? customer.address : null },
      at: timeOf(item, locale, ctx.now),
      text: body ? textOf(body, S.bodySkip) : '',
      collapsed: false,
    });
  }
  if (!customer.name) customer.name = messages.find((m) => m.author === 'customer')?.from.name ?? '';

  const editor = replyEditor(doc, url);
  const status = statusOf(line(doc.querySelector(S.status)?.textContent));
  const labels = [...doc.querySelectorAll(S.tag)].map((el) => line(el.textContent, 200)).filter(Boolean).slice(0, 100);
  return {
    site: 'freshdesk',
    conversationId: id,
    url: url.href,
    // The heading also holds buttons ("Add AI summary"): only its own text is the subject.
    subject: line(textOf(subject!, '*')),
    customer,
    messages,
    hiddenMessageCount: Number(/\d+/.exec(doc.querySelector(S.hiddenCount)?.textContent ?? '')?.[0] ?? 0),
    draft: editor ? textOf(editor, S.bodySkip) : null,
    ...(status ? { status } : {}),
    ...(labels.length ? { labels } : {}),
    capturedAt: ctx.now,
  };
}

export const freshdeskAdapter: SiteAdapter = {
  site: 'freshdesk',
  label: SITE_LABELS.freshdesk,
  matches: isFreshdeskUrl,
  read,
  // The smallest element holding the subject and the whole conversation.
  scope: (doc) => enclosingBoth(doc, S.subject, S.item),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = freshdeskAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, freshdeskAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    const url = documentUrl(doc);
    return url ? replyEditor(doc, url) : null;
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
};
