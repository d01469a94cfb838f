/**
 * FreeScout conversation view → ConversationSnapshot. FreeScout lists threads newest first and
 * marks each with its type class; notes, line items ("marked as Pending") and saved drafts are not
 * messages to the customer.
 */
import { SITE_LABELS, type ConversationSnapshot, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { prepareDateParser } from '../shared/parse-date';
import { lineOf, oldestFirst, personOf, textOf, timeOf, sendButtonNear } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type SiteAdapter } from '../types';
import { freescoutConversationIdFromUrl, isFreescoutUrl } from './detect';
import { freescoutSelectors as S, type FreescoutSelectorName } from './selectors';

/** Conversation status codes (app/Conversation.php): 1 active, 2 pending, 3 closed; 4 spam has none. */
const STATUSES: Array<ConversationStatus | undefined> = [undefined, 'open', 'pending', 'solved'];

function readThread(thread: Element, locale: string | undefined, now: number): SnapshotMessage | null {
  const agent = thread.classList.contains(S.agentClass);
  if (!agent && !thread.classList.contains(S.customerClass)) return null;
  const body = thread.querySelector(S.body);
  return {
    author: agent ? 'agent' : 'customer',
    from: { name: lineOf(thread.querySelector(S.person)), address: null },
    at: timeOf(thread.querySelector(S.date), locale, now),
    text: body ? textOf(body) : textOf(thread.querySelector(S.bodyFallback), S.bodyExtras),
    collapsed: false,
  };
}

/**
 * The open reply form and its editable part (the Summernote editor, else the plain textarea): the
 * draft is read from it and the panel's Insert types into it, so both always mean the same
 * element. Null while the form is closed or holds a note (nothing may be inserted into a note).
 */
function openReply(layout: Element): { editable: HTMLElement | null } | null {
  const block = layout.querySelector(S.replyBlock);
  const open = block && !block.classList.contains(S.hiddenClass) && block.querySelector<HTMLInputElement>(S.replyIsNote)?.value !== '1';
  return open ? { editable: block.querySelector<HTMLElement>(S.replyEditor) ?? block.querySelector<HTMLElement>(S.replyTextarea) } : null;
}

export const freescoutAdapter: SiteAdapter = {
  site: 'freescout',
  label: SITE_LABELS.freescout,
  matches: isFreescoutUrl,
  recognises: (doc) => doc.querySelector(S.markers) !== null,
  scope: (doc) => doc.querySelector(S.layout),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = freescoutAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, freescoutAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    let id: string | null = null;
    try {
      id = freescoutConversationIdFromUrl(new URL(doc.URL));
    } catch {
      // A document without a parsable URL has no conversation.
    }
    const layout = id ? doc.querySelector(S.layout) : null;
    return (layout && openReply(layout)?.editable) ?? null;
  },
  // Thread dates are full text dates ("Nov 23, 2026 09:03"): build the month tables up front.
  prepare: (doc) => prepareDateParser(doc.documentElement.lang || undefined),
  read(doc, url, ctx): ConversationSnapshot | null {
    const id = freescoutConversationIdFromUrl(url);
    if (!id) return null;
    const layout = doc.querySelector(S.layout);
    const subject = layout?.querySelector(S.subject);
    const threads = layout ? [...layout.querySelectorAll(S.thread)] : [];
    const missing: FreescoutSelectorName[] = [];
    if (!layout) missing.push('layout');
    else {
      if (!subject) missing.push('subject');
      if (!threads.length) missing.push('thread');
    }
    if (missing.length) throw new LayoutNotRecognisedError('freescout', missing);

    const locale = doc.documentElement.lang || undefined;
    const messages = oldestFirst(
      threads.map((t) => readThread(t, locale, ctx.now)).filter((m): m is SnapshotMessage => m !== null),
    );
    const name = lineOf(layout!.querySelector(S.customerName));
    const reply = openReply(layout!);
    const status = STATUSES[Number(layout!.querySelector(S.status)?.getAttribute('data-status'))];
    return {
      site: 'freescout',
      conversationId: id,
      url: url.href,
      subject: lineOf(subject),
      customer: name
        ? { name, address: personOf(layout!.querySelector(S.customerEmail)).address }
        : (messages.find((m) => m.author === 'customer')?.from ?? { name: '', address: null }),
      messages,
      hiddenMessageCount: 0,
      draft: reply ? textOf(reply.editable) : null,
      ...(status ? { status } : {}),
      capturedAt: ctx.now,
    };
  },
};
