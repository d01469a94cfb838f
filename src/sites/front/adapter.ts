/**
 * Front conversation DOM → ConversationSnapshot. Read-only; it reads only the pane that holds the
 * open conversation (the topbar's parent), whatever the inbox list beside it does.
 */
import { SITE_LABELS, type AuthorRole, type Person, type SnapshotMessage } from '../../core/snapshot';
import { EMAIL, oldestFirst, statusFromWords, textOf, timeOf, sendButtonNear } from '../shared/helpdesk-dom';
import { prepareDateParser } from '../shared/parse-date';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { frontConversationIdFromUrl, isFrontUrl } from './detect';
import { frontSelectors as S, type FrontSelectorName } from './selectors';

const clip = (text: string | null | undefined, max = 1000) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

function agentTest(ctx: AdapterContext): (address: string | null) => boolean {
  const known = [...ctx.agentAddresses, ...ctx.agentDomains].map((a) => a.trim().toLowerCase().replace(/^@/, ''));
  return (address) => {
    const a = address?.toLowerCase();
    return !!a && known.some((k) => a === k || a.endsWith(`@${k}`));
  };
}

/** Name from the element's text, address from its tooltip. */
function personOf(el: Element | null | undefined): Person {
  const address = EMAIL.exec(clip(el?.getAttribute('title')))?.[0] ?? null;
  return { name: clip(el?.textContent) || address || '', address };
}

const pane = (doc: Document) => {
  const topbar = doc.querySelector(S.topbar);
  return topbar && (topbar.parentElement ?? topbar);
};

/**
 * The open reply composer and its editable part: the draft is read from the editable and the
 * panel's Insert types into it, so both always mean the same element. Null while no reply
 * composer is open.
 */
function replyComposer(root: Element): { editable: HTMLElement | null } | null {
  const composer = root.querySelector(S.composer);
  return composer ? { editable: composer.querySelector<HTMLElement>(S.editable) } : null;
}

/** The pane of the conversation the document's URL names; null on inbox lists. */
function openConversationPane(doc: Document): Element | null {
  let id: string | null = null;
  try {
    id = frontConversationIdFromUrl(new URL(doc.URL));
  } catch {
    // A document without a parsable URL has no conversation.
  }
  return id ? pane(doc) : null;
}

export const frontAdapter: SiteAdapter = {
  site: 'front',
  label: SITE_LABELS.front,
  matches: isFrontUrl,
  scope: pane,
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = frontAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, frontAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    const root = openConversationPane(doc);
    return (root && replyComposer(root)?.editable) ?? null;
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
  read(doc, url, ctx) {
    const id = frontConversationIdFromUrl(url);
    if (!id) return null;
    const root = pane(doc);
    if (!root) throw new LayoutNotRecognisedError('front', ['topbar']);
    const subjectEl = root.querySelector(S.subject);
    const items = [...root.querySelectorAll(S.message)];
    const missing: FrontSelectorName[] = [];
    if (!subjectEl) missing.push('subject');
    if (!items.length) missing.push('message');
    if (missing.length) throw new LayoutNotRecognisedError('front', missing);

    const locale = doc.documentElement.lang || undefined;
    const isAgent = agentTest(ctx);
    const messages = oldestFirst(
      items
        .map((item): SnapshotMessage | null => {
          const senderEl = item.querySelector(S.sender);
          if (!senderEl) return null;
          const from = personOf(senderEl);
          // Outbound messages name the teammate who wrote them (fixture structure, 2026-11).
          const author: AuthorRole = item.querySelector(S.teammate) || isAgent(from.address) ? 'agent' : 'customer';
          const body = item.querySelector(S.body);
          const at = timeOf(item.querySelector(S.date), locale, ctx.now);
          return { author, from, at: at !== null && at >= 0 ? at : null, text: textOf(body, S.notText), collapsed: !body };
        })
        .filter((m): m is SnapshotMessage => m !== null),
    ).slice(-5000);
    if (!messages.length) throw new LayoutNotRecognisedError('front', ['sender']);

    const statusText = clip(root.querySelector(S.status)?.textContent);
    // Ticket statuses (open / waiting / resolved) first, then the per-teammate Archived and Snoozed.
    const status =
      statusFromWords(statusText) ?? (/archiv/i.test(statusText) ? 'solved' : /snooz/i.test(statusText) ? 'onhold' : undefined);
    const labels = [...root.querySelectorAll(S.tag)].map((t) => clip(t.textContent, 200)).filter(Boolean).slice(0, 100);
    const reply = replyComposer(root);
    return {
      site: 'front',
      conversationId: id,
      url: url.href,
      subject: clip(subjectEl!.textContent),
      // A conversation the team started has no customer message yet: the customer is whom it went to.
      customer: messages.find((m) => m.author === 'customer')?.from ?? personOf(root.querySelector(S.recipient)),
      messages,
      hiddenMessageCount: 0,
      draft: reply ? textOf(reply.editable) : null,
      ...(status ? { status } : {}),
      ...(labels.length ? { labels } : {}),
      capturedAt: ctx.now,
    };
  },
};
