import { SITE_LABELS, type ConversationSnapshot, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { LayoutNotRecognisedError, type SiteAdapter } from '../types';
import { demoSelectors as S } from './selectors';
import { demoTicketIdFromUrl, isDemoUrl } from './detect';

const STATUSES: Record<string, ConversationStatus> = { open: 'open', pending: 'pending', hold: 'onhold', solved: 'solved' };

export const demoAdapter: SiteAdapter = {
  site: 'demo',
  label: SITE_LABELS.demo,
  matches: isDemoUrl,
  scope: (doc) => doc.querySelector(S.ticket),
  replyBox: (doc) => doc.querySelector<HTMLElement>(`${S.ticket} ${S.reply}`),
  // Only while there is a reply box to send from.
  sendButton: (doc) => (doc.querySelector(`${S.ticket} ${S.reply}`) ? doc.querySelector<HTMLElement>(`${S.ticket} ${S.sendButton}`) : null),
  read(doc, url, ctx) {
    const ticketId = demoTicketIdFromUrl(url);
    if (!ticketId) return null;
    const ticket = doc.querySelector<HTMLElement>(S.ticket);
    const subject = ticket?.querySelector(S.subject);
    const nodes = ticket ? [...ticket.querySelectorAll<HTMLElement>(S.message)] : [];
    const missing = [!ticket && 'ticket', !subject && 'subject', nodes.length === 0 && 'message'].filter(
      (x): x is string => typeof x === 'string',
    );
    if (missing.length) throw new LayoutNotRecognisedError('demo', missing);

    const messages: SnapshotMessage[] = nodes.map((node) => {
      const author = node.querySelector<HTMLElement>(S.messageAuthor);
      const time = node.querySelector<HTMLTimeElement>(S.messageTime);
      const parsed = time ? Date.parse(time.dateTime) : NaN;
      return {
        author: node.dataset.role === 'agent' ? 'agent' : 'customer',
        from: { name: author?.textContent?.trim() ?? '', address: author?.dataset.email ?? null },
        at: Number.isFinite(parsed) ? parsed : null,
        text: node.querySelector(S.messageBody)?.textContent?.trim() ?? '',
        collapsed: false,
      };
    });
    const requester = ticket!.querySelector<HTMLElement>(S.requester);
    const status = ticket!.querySelector<HTMLElement>(S.status)?.dataset.status ?? '';
    const reply = ticket!.querySelector<HTMLTextAreaElement>(S.reply);
    const snapshot: ConversationSnapshot = {
      site: 'demo',
      conversationId: ticket!.dataset.ticketId || ticketId,
      url: url.href,
      subject: subject!.textContent?.trim() ?? '',
      customer: { name: requester?.textContent?.trim() ?? '', address: requester?.dataset.email ?? null },
      messages,
      hiddenMessageCount: 0,
      draft: reply ? reply.value : null,
      capturedAt: ctx.now,
    };
    if (STATUSES[status]) snapshot.status = STATUSES[status];
    return snapshot;
  },
};
