/**
 * Outlook on the web reading pane → ConversationSnapshot. Webmail has no ticket roles, so, as in
 * Gmail, the agent is whoever the extension knows as the team: the signed-in mailbox, a shared
 * mailbox opened by URL, and the addresses and domains in the settings. Outlook lists the newest
 * message on top by default; the order is taken from the messages' times, not from the page.
 */
import { SITE_LABELS, type ConversationSnapshot, type Person, type SnapshotMessage } from '../../core/snapshot';
import { prepareDateParser } from '../shared/parse-date';
import { firstEmail, oneLine as line, renderedText as textOf, renderedTime } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { isOutlookUrl, outlookConversationIdFromUrl, outlookSharedMailboxFromUrl } from './detect';
import { outlookSelectors as S, type OutlookSelectorName } from './selectors';
import { sendButtonNear } from '../shared/helpdesk-dom';

/** "Maya Okafor <maya@example.net>" (or a name with the address in its title) → both parts. */
function personOf(el: Element): Person {
  const text = line(el.textContent);
  const address = firstEmail(text) ?? firstEmail(el.getAttribute('title'));
  const name = line(text.replace(/<[^<>]*>/g, ''));
  return { name: name || address || '', address: address?.toLowerCase() ?? null };
}

function agentTest(doc: Document, url: URL, ctx: AdapterContext): (address: string | null) => boolean {
  const own = doc.querySelector(S.mailboxRoot);
  const addresses = new Set(
    [...ctx.agentAddresses, own?.getAttribute('data-folder-name'), own?.getAttribute('title'), outlookSharedMailboxFromUrl(url)]
      .map((a) => firstEmail(a)?.toLowerCase())
      .filter(Boolean),
  );
  const domains = new Set(ctx.agentDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')));
  return (address) => !!address && (addresses.has(address) || domains.has(address.slice(address.lastIndexOf('@') + 1)));
}

/**
 * The open conversation's inline reply body (the contenteditable itself): read for the draft and
 * used by the panel's Insert, so both always mean the same element. Null on lists, where the URL
 * names no conversation even if the reading pane still shows one.
 */
function replyBody(doc: Document, url: URL): HTMLElement | null {
  return outlookConversationIdFromUrl(url) ? doc.querySelector<HTMLElement>(S.replyBody) : null;
}

function read(doc: Document, url: URL, ctx: AdapterContext): ConversationSnapshot | null {
  const id = outlookConversationIdFromUrl(url);
  if (!id) return null;
  if (!doc.querySelector(S.readingPane)) throw new LayoutNotRecognisedError('outlook', ['readingPane']);
  const subject = doc.querySelector(S.subject);
  const items = doc.querySelectorAll(S.messageItem);
  const missing: OutlookSelectorName[] = [];
  if (!subject) missing.push('subject');
  if (!items.length) missing.push('messageItem');
  if (missing.length) throw new LayoutNotRecognisedError('outlook', missing);

  const isAgent = agentTest(doc, url, ctx);
  const locale = doc.documentElement.lang || undefined;
  const messages: SnapshotMessage[] = [];
  for (const item of items) {
    const sender = item.querySelector(S.sender);
    if (!sender) continue;
    const from = personOf(sender);
    const collapsed = item.querySelector(S.expandState)?.getAttribute('aria-expanded') === 'false';
    // A collapsed message shows a preview line only; its body is not in the page.
    const body = collapsed ? null : item.querySelector(S.body);
    messages.push({
      author: isAgent(from.address) ? 'agent' : 'customer',
      from,
      at: renderedTime(item.querySelector(S.time), locale, ctx.now),
      text: body ? textOf(body, S.bodySkip) : '',
      collapsed,
    });
  }
  if (!messages.length) throw new LayoutNotRecognisedError('outlook', ['sender']);
  const first = messages.find((m) => m.at !== null)?.at;
  const last = messages.findLast((m) => m.at !== null)?.at;
  if (first != null && last != null && first > last) messages.reverse();

  // The customer is the first outside sender; when only the team has written, the first outside
  // recipient.
  let customer = messages.find((m) => m.author === 'customer')?.from;
  if (!customer) {
    const to = [...doc.querySelectorAll(S.recipients)].flatMap((el) => line(el.textContent).match(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g) ?? []);
    const address = to.map((a) => a.toLowerCase()).find((a) => !isAgent(a));
    customer = { name: address ?? '', address: address ?? null };
  }

  const reply = replyBody(doc, url);
  return {
    site: 'outlook',
    conversationId: id,
    url: url.href,
    subject: line(subject!.textContent),
    customer,
    messages,
    hiddenMessageCount: 0,
    draft: reply ? textOf(reply, S.bodySkip) : null,
    capturedAt: ctx.now,
  };
}

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  label: SITE_LABELS.outlook,
  matches: isOutlookUrl,
  read,
  scope: (doc) => doc.querySelector(S.readingPane),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = outlookAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, outlookAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    try {
      return replyBody(doc, new URL(doc.URL));
    } catch {
      // A document without a parsable URL has no conversation.
      return null;
    }
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
};
