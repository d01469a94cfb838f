/**
 * osTicket staff ticket view → ConversationSnapshot. Entries carry their type as a class
 * (message = end user, response = agent, note = internal) and a machine-readable <time datetime>.
 */
import { SITE_LABELS, type ConversationSnapshot, type SnapshotMessage } from '../../core/snapshot';
import { lineOf, oldestFirst, personOf, statusFromWords, textOf, timeOf, sendButtonNear } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type SiteAdapter } from '../types';
import { isOsticketUrl, osticketTicketIdFromUrl } from './detect';
import { osticketSelectors as S, type OsticketSelectorName } from './selectors';

function readEntry(entry: Element, locale: string | undefined, now: number): SnapshotMessage | null {
  const agent = entry.classList.contains(S.agentClass);
  if (!agent && !entry.classList.contains(S.customerClass)) return null;
  return {
    author: agent ? 'agent' : 'customer',
    from: { name: lineOf(entry.querySelector(S.poster)), address: null },
    at: timeOf(entry.querySelector(S.time), locale, now),
    text: textOf(entry.querySelector(S.body), S.bodyExtras),
    collapsed: false,
  };
}

/**
 * The reply tab's editor (Redactor's contenteditable, else the plain textarea): read for the draft
 * and used by the panel's Insert, so both always mean the same element. Null while another tab
 * (the internal note) is open.
 */
function replyEditor(content: Element): HTMLElement | null {
  const form = content.querySelector(S.replyForm);
  return form && !form.classList.contains(S.hiddenClass)
    ? (form.querySelector<HTMLElement>(S.replyEditor) ?? form.querySelector<HTMLElement>(S.replyTextarea))
    : null;
}

export const osticketAdapter: SiteAdapter = {
  site: 'osticket',
  label: SITE_LABELS.osticket,
  matches: isOsticketUrl,
  recognises: (doc) => doc.querySelector(S.markerHead) !== null && doc.querySelector(S.content) !== null,
  scope: (doc) => doc.querySelector(S.pjax),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = osticketAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, osticketAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    let id: string | null = null;
    try {
      id = osticketTicketIdFromUrl(new URL(doc.URL));
    } catch {
      // A document without a parsable URL has no ticket.
    }
    const content = id ? doc.querySelector(S.content) : null;
    return content ? replyEditor(content) : null;
  },
  read(doc, url, ctx): ConversationSnapshot | null {
    const id = osticketTicketIdFromUrl(url);
    if (!id) return null;
    const content = doc.querySelector(S.content);
    const subject = content?.querySelector(S.subject);
    const entries = content ? [...content.querySelectorAll(S.entry)] : [];
    const missing: OsticketSelectorName[] = [];
    if (!content) missing.push('content');
    else {
      if (!subject) missing.push('subject');
      if (!entries.length) missing.push('entry');
    }
    if (missing.length) throw new LayoutNotRecognisedError('osticket', missing);

    const locale = doc.documentElement.lang || undefined;
    // Agents may sort the thread newest first (thread_view_order).
    const messages = oldestFirst(entries.map((e) => readEntry(e, locale, ctx.now)).filter((m): m is SnapshotMessage => m !== null));
    const name = lineOf(content!.querySelector(S.userName));
    const editor = replyEditor(content!);
    const status = statusFromWords(lineOf(content!.querySelector(S.status)));
    return {
      site: 'osticket',
      conversationId: id,
      url: url.href,
      subject: lineOf(subject),
      customer: name
        ? { name, address: personOf(content!.querySelector(S.userEmail)).address }
        : (messages.find((m) => m.author === 'customer')?.from ?? { name: '', address: null }),
      messages,
      hiddenMessageCount: 0,
      draft: editor ? textOf(editor) : null,
      ...(status ? { status } : {}),
      capturedAt: ctx.now,
    };
  },
};
