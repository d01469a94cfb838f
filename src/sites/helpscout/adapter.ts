/**
 * Help Scout conversation → ConversationSnapshot. Threads carry their type as a class (customer,
 * reply, note, line item); Help Scout lists the newest thread first by default, so the order is
 * taken from the threads' times, not from the page.
 */
import { SITE_LABELS, type ConversationSnapshot, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { prepareDateParser } from '../shared/parse-date';
import { emailIn, oneLine as line, renderedText as textOf, renderedTime, enclosingBoth, documentUrl } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { helpscoutConversationIdFromUrl, isHelpscoutUrl } from './detect';
import { helpscoutSelectors as S, type HelpscoutSelectorName } from './selectors';
import { sendButtonNear } from '../shared/helpdesk-dom';

/** Help Scout's statuses: Active, Pending (waiting on someone), Closed; Spam has no clock. */
function statusOf(text: string): ConversationStatus | undefined {
  const t = text.toLowerCase();
  return /pending/.test(t) ? 'pending' : /closed/.test(t) ? 'solved' : /active|open/.test(t) ? 'open' : undefined;
}

/**
 * The reply editor of the conversation the URL names: read for the draft and used by the panel's
 * Insert, so both always mean the same element. Null on mailbox views, even with a conversation
 * still rendered.
 */
function replyEditor(doc: Document, url: URL): HTMLElement | null {
  return helpscoutConversationIdFromUrl(url) ? doc.querySelector<HTMLElement>(S.replyEditor) : null;
}

function read(doc: Document, url: URL, ctx: AdapterContext): ConversationSnapshot | null {
  const id = helpscoutConversationIdFromUrl(url);
  if (!id) return null;
  const subject = doc.querySelector(S.subject);
  const threads = doc.querySelectorAll(S.thread);
  const missing: HelpscoutSelectorName[] = [];
  if (!subject) missing.push('subject');
  if (!threads.length) missing.push('thread');
  if (missing.length) throw new LayoutNotRecognisedError('helpscout', missing);

  const locale = doc.documentElement.lang || undefined;
  const messages: SnapshotMessage[] = [];
  for (const thread of threads) {
    // Team notes and status line items are not messages to the customer.
    if (thread.matches(S.skippedThread)) continue;
    const body = thread.querySelector(S.threadBody);
    messages.push({
      author: thread.matches(S.customerThread) ? 'customer' : 'agent',
      from: { name: line(thread.querySelector(S.threadSender)?.textContent), address: null },
      at: renderedTime(thread.querySelector(S.threadTime), locale, ctx.now),
      text: body ? textOf(body, S.bodySkip) : '',
      collapsed: false,
    });
  }
  const first = messages.find((m) => m.at !== null)?.at;
  const last = messages.findLast((m) => m.at !== null)?.at;
  if (first != null && last != null && first > last) messages.reverse();

  // The customer is who opened the conversation; the sidebar profile shows their address.
  const customer = {
    name: messages.find((m) => m.author === 'customer')?.from.name ?? '',
    address: emailIn(doc.querySelector(S.customerSidebar)),
  };
  for (const m of messages) if (m.author === 'customer' && m.from.name === customer.name) m.from.address = customer.address;

  const editor = replyEditor(doc, url);
  const status = statusOf(line(doc.querySelector(S.status)?.textContent));
  const labels = [...doc.querySelectorAll(S.tag)].map((el) => line(el.textContent, 200)).filter(Boolean).slice(0, 100);
  return {
    site: 'helpscout',
    conversationId: id,
    url: url.href,
    subject: line(subject!.textContent),
    customer,
    messages,
    hiddenMessageCount: 0,
    draft: editor ? textOf(editor) : null,
    ...(status ? { status } : {}),
    ...(labels.length ? { labels } : {}),
    capturedAt: ctx.now,
  };
}

export const helpscoutAdapter: SiteAdapter = {
  site: 'helpscout',
  label: SITE_LABELS.helpscout,
  matches: isHelpscoutUrl,
  read,
  // The smallest element holding the subject and every thread.
  scope: (doc) => enclosingBoth(doc, S.subject, S.thread),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = helpscoutAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, helpscoutAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    const url = documentUrl(doc);
    return url ? replyEditor(doc, url) : null;
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
};
