/**
 * Zoho Desk ticket DOM → ConversationSnapshot. Read-only, and it runs on every batch of mutations,
 * so it reads only the opened ticket's own root with a few scoped queries.
 */
import { SITE_LABELS, type AuthorRole, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { parseRenderedDate, prepareDateParser } from '../shared/parse-date';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { isZohodeskUrl, zohodeskTicketIdFromUrl } from './detect';
import { zohodeskSelectors as S, type ZohodeskSelectorName } from './selectors';

const BLOCK = /^(?:DIV|LI|UL|OL|H[1-6]|TR|TABLE|PRE|SECTION|ARTICLE|HEADER|FOOTER|HR)$/;
/** Far more than a reply holds; a hostile page's megabytes of text stop here. */
const MAX_TEXT = 20_000;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

/**
 * Text as rendered: a line break per <br> and block, a blank line after a paragraph, quoted history
 * left out. A loop with its own stack, not recursion, so absurdly deep markup cannot overflow.
 */
function textOf(root: Element): string {
  let out = '';
  let breaks = 0;
  let space = false;
  const todo: Array<Node | number> = [root];
  while (todo.length && out.length < MAX_TEXT) {
    const node = todo.pop()!;
    if (typeof node === 'number') breaks = Math.max(breaks, node);
    else if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      const core = text.trim();
      if (!core) space ||= text.length > 0;
      else {
        if (out) out += breaks ? '\n'.repeat(Math.min(breaks, 2)) : space || text[0] === ' ' ? ' ' : '';
        out += core;
        breaks = 0;
        space = text.endsWith(' ');
      }
    } else if (node.nodeType === 1 && !(node as Element).matches(S.notText)) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') breaks++;
      else {
        const edge = tag === 'P' ? 2 : BLOCK.test(tag) ? 1 : 0;
        if (edge) todo.push(edge);
        for (let child = node.lastChild; child; child = child.previousSibling) todo.push(child);
        if (edge) todo.push(edge);
      }
    }
  }
  return out.slice(0, MAX_TEXT);
}

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

/** Desk's default statuses and the usual custom ones ("Waiting on Customer" is of type On Hold there, but waits on the customer). */
const STATUSES: Array<[RegExp, ConversationStatus]> = [
  [/clos|resolv/i, 'solved'],
  [/wait|pending/i, 'pending'],
  [/hold/i, 'onhold'],
  [/open|escalat|new/i, 'open'],
];

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

function readThread(thread: Element, isAgent: (a: string | null) => boolean, locale: string | undefined, now: number): SnapshotMessage | null {
  const authorEl = thread.querySelector(S.threadAuthor);
  if (!authorEl) return null;
  const tip = clip(authorEl.getAttribute('data-title'));
  const address = EMAIL.test(tip) ? tip : null;
  const author: AuthorRole = authorEl.matches(S.contactLink) && !isAgent(address) ? 'customer' : 'agent';
  const content = thread.querySelector(S.threadContent);
  return {
    author,
    from: { name: clip(authorEl.textContent) || address || '', address },
    at: timeOf(thread.querySelector(S.threadTime), locale, now),
    text: content ? textOf(content) : '',
    // Older replies show only their header until it is clicked (seen 2026-11).
    collapsed: !content,
  };
}

export const zohodeskAdapter: SiteAdapter = {
  site: 'zohodesk',
  label: SITE_LABELS.zohodesk,
  matches: isZohodeskUrl,
  scope(doc) {
    let id: string | null = null;
    try {
      id = zohodeskTicketIdFromUrl(new URL(doc.URL));
    } catch {
      // A document without a parseable URL (about:blank) has no ticket to prefer.
    }
    return ticketRoot(doc, id);
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
    const messages = threads
      .map((t) => readThread(t, isAgent, locale, ctx.now))
      .filter((m): m is SnapshotMessage => m !== null)
      .slice(-5000);
    if (!messages.length) throw new LayoutNotRecognisedError('zohodesk', ['threadAuthor']);
    // Desk lists the latest thread first unless the agent chose otherwise (seen 2026-11); snapshots are oldest first.
    const dated = messages.filter((m) => m.at !== null);
    if (dated.length > 1 && dated[0]!.at! > dated[dated.length - 1]!.at!) messages.reverse();

    const contact = root.querySelector(S.contactName);
    const mail = clip(root.querySelector(S.contactMail)?.getAttribute('href')?.slice(7).split('?')[0]);
    const first = messages.find((m) => m.author === 'customer')?.from;
    const statusText = clip(root.querySelector(S.status)?.textContent);
    const status = STATUSES.find(([re]) => re.test(statusText))?.[1];
    const labels = [...root.querySelectorAll(S.tag)].map((t) => clip(t.textContent, 200)).filter(Boolean).slice(0, 100);
    const editor = root.querySelector(S.replyEditor);
    const editable = editor?.querySelector(S.editable);
    return {
      site: 'zohodesk',
      conversationId: id,
      url: url.href,
      subject: clip(subjectEl!.getAttribute('data-title') || subjectEl!.textContent),
      customer: contact
        ? { name: clip(contact.textContent), address: EMAIL.test(mail) ? mail : first?.address ?? null }
        : first ?? { name: '', address: null },
      messages,
      hiddenMessageCount: 0,
      draft: editor ? (editable ? textOf(editable) : '') : null,
      ...(status ? { status } : {}),
      ...(labels.length ? { labels } : {}),
      capturedAt: ctx.now,
    };
  },
};
