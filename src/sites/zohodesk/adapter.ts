/**
 * Zoho Desk ticket DOM → ConversationSnapshot. Read-only, and it runs on every batch of mutations,
 * so it reads only the opened ticket's own root with a few scoped queries.
 */
import { SITE_LABELS, type AuthorRole, type SnapshotMessage } from '../../core/snapshot';
import { EMAIL, oldestFirst, statusFromWords, textOf, sendButtonNear } from '../shared/helpdesk-dom';
import { parseRenderedDate, prepareDateParser } from '../shared/parse-date';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { isZohodeskUrl, zohodeskTicketIdFromUrl } from './detect';
import { zohodeskSelectors as S, type ZohodeskSelectorName } from './selectors';

const clip = (text: string | null | undefined, max = 1000) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

function agentTest(ctx: AdapterContext): (address: string | null) => boolean {
  const known = [...ctx.agentAddresses, ...ctx.agentDomains].map((a) => a.trim().toLowerCase().replace(/^@/, ''));
  return (address) => {
    const a = address?.toLowerCase();
    return !!a && known.some((k) => a === k || a.endsWith(`@${k}`));
  };
}

function timeOf(el: Element | null, locale: string | undefined, now: number): number | null {
  // The tooltip holds the full date; the visible text ("47 minutes ago") is the fallback.
  for (const text of [el?.getAttribute('data-title'), el?.textContent]) {
    const at = text ? parseRenderedDate(text, { locale, now }) : null;
    if (at !== null && at >= 0) return at;
  }
  return null;
}

/**
 * Desk keeps the roots of earlier tickets in the DOM (one per opened tab, data-id="subTab_<id>",
 * seen 2026-11), so the root is chosen by the ticket id, never by position.
 */
function ticketRoot(doc: Document, id: string | null): Element | null {
  const roots = [...doc.querySelectorAll(S.ticket)];
  return (
    roots.find((r) => r.getAttribute('data-id') === `subTab_${id}`) ??
    roots.find((r) => !(r.getAttribute('data-id') ?? '').startsWith('subTab_')) ??
    null
  );
}

/**
 * The ticket's open reply editor and its editable part (null when the editor holds none): the
 * draft is read from the editable and the panel's Insert types into it, so both always mean the
 * same element. Null while no reply editor is open.
 */
function replyEditor(root: Element): { editable: HTMLElement | null } | null {
  const editor = root.querySelector(S.replyEditor);
  return editor ? { editable: editor.querySelector<HTMLElement>(S.editable) } : null;
}

/** The root of the ticket the document's URL names; null on lists and other pages. */
function openTicketRoot(doc: Document): Element | null {
  let id: string | null = null;
  try {
    id = zohodeskTicketIdFromUrl(new URL(doc.URL));
  } catch {
    // A document without a parsable URL has no ticket.
  }
  return id ? ticketRoot(doc, id) : null;
}

function readThread(thread: Element, isAgent: (a: string | null) => boolean, locale: string | undefined, now: number): SnapshotMessage | null {
  const authorEl = thread.querySelector(S.threadAuthor);
  if (!authorEl) return null;
  const address = EMAIL.exec(clip(authorEl.getAttribute('data-title')))?.[0] ?? null;
  const author: AuthorRole = authorEl.matches(S.contactLink) && !isAgent(address) ? 'customer' : 'agent';
  const content = thread.querySelector(S.threadContent);
  return {
    author,
    from: { name: clip(authorEl.textContent) || address || '', address },
    at: timeOf(thread.querySelector(S.threadTime), locale, now),
    text: textOf(content, S.notText),
    // Older replies show only their header until it is clicked (seen 2026-11).
    collapsed: !content,
  };
}

export const zohodeskAdapter: SiteAdapter = {
  site: 'zohodesk',
  label: SITE_LABELS.zohodesk,
  matches: isZohodeskUrl,
  scope: (doc) => ticketRoot(doc, zohodeskTicketIdFromUrl(new URL(doc.URL))),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = zohodeskAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, zohodeskAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    const root = openTicketRoot(doc);
    return (root && replyEditor(root)?.editable) ?? null;
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
  read(doc, url, ctx) {
    const id = zohodeskTicketIdFromUrl(url);
    if (!id) return null;
    const root = ticketRoot(doc, id);
    if (!root) throw new LayoutNotRecognisedError('zohodesk', ['ticket']);
    const subjectEl = root.querySelector(S.subject);
    const threads = [...root.querySelectorAll(S.thread)];
    const missing: ZohodeskSelectorName[] = [];
    if (!subjectEl) missing.push('subject');
    if (!threads.length) missing.push('thread');
    if (missing.length) throw new LayoutNotRecognisedError('zohodesk', missing);

    const locale = doc.documentElement.lang || undefined;
    const isAgent = agentTest(ctx);
    // Desk lists the latest thread first unless the agent chose otherwise (seen 2026-11); snapshots are oldest first.
    const messages = oldestFirst(
      threads.map((t) => readThread(t, isAgent, locale, ctx.now)).filter((m): m is SnapshotMessage => m !== null),
    ).slice(-5000);
    if (!messages.length) throw new LayoutNotRecognisedError('zohodesk', ['threadAuthor']);

    const contact = root.querySelector(S.contactName);
    const mail = EMAIL.exec(clip(root.querySelector(S.contactMail)?.getAttribute('href')))?.[0];
    const first = messages.find((m) => m.author === 'customer')?.from;
    const statusText = clip(root.querySelector(S.status)?.textContent);
    // Desk's defaults are Open, On Hold, Escalated and Closed; teams add e.g. "Waiting on Customer".
    const status = statusFromWords(statusText) ?? (/escalat/i.test(statusText) ? 'open' : undefined);
    const labels = [...root.querySelectorAll(S.tag)].map((t) => clip(t.textContent, 200)).filter(Boolean).slice(0, 100);
    const reply = replyEditor(root);
    return {
      site: 'zohodesk',
      conversationId: id,
      url: url.href,
      subject: clip(subjectEl!.getAttribute('data-title') || subjectEl!.textContent),
      customer: contact
        ? { name: clip(contact.textContent), address: mail ?? first?.address ?? null }
        : first ?? { name: '', address: null },
      messages,
      hiddenMessageCount: 0,
      draft: reply ? textOf(reply.editable) : null,
      ...(status ? { status } : {}),
      ...(labels.length ? { labels } : {}),
      capturedAt: ctx.now,
    };
  },
};
