/**
 * Intercom inbox DOM → ConversationSnapshot. Read-only; it reads the open conversation's page only,
 * one message per part, the role from the part group's category.
 */
import { SITE_LABELS, type SnapshotMessage } from '../../core/snapshot';
import { EMAIL, oldestFirst, statusFromWords, textOf, timeOf, sendButtonNear } from '../shared/helpdesk-dom';
import { prepareDateParser } from '../shared/parse-date';
import { LayoutNotRecognisedError, type SiteAdapter } from '../types';
import { intercomConversationIdFromUrl, isIntercomUrl } from './detect';
import { intercomSelectors as S, type IntercomSelectorName } from './selectors';

const clip = (text: string | null | undefined, max = 1000) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * data-part-group-category (seen 2026-11): 1 the customer, 3 a teammate. Notes (4), bots such as
 * Fin (5) and automated parts (20) are left out: the customer is still waiting for a person.
 */
const ROLES: Record<string, SnapshotMessage['author']> = { 1: 'customer', 3: 'agent' };
const UNIT: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The tooltip's full date, else the compact age Intercom shows ("47m", "2h", "3d", "2w"). */
function partTime(el: Element | null, locale: string | undefined, now: number): number | null {
  const at = timeOf(el, locale, now);
  if (at !== null && at >= 0) return at;
  const short = /^(\d+)\s*([mhdw])$/.exec(clip(el?.textContent));
  const ago = short ? now - Number(short[1]) * UNIT[short[2]!]! : -1;
  return ago >= 0 ? ago : null;
}

/**
 * The open reply composer and its editable part: the draft is read from the editable and the
 * panel's Insert types into it, so both always mean the same element. Null while no composer is
 * open or while it is in note mode (a note is not a reply, and nothing may be inserted into it).
 */
function replyComposer(root: ParentNode): { editable: HTMLElement | null } | null {
  const composer = root.querySelector(S.composer);
  return composer && !composer.matches(S.noteMode) ? { editable: composer.querySelector<HTMLElement>(S.editable) } : null;
}

/** What read() searches: the conversation page, or the whole document when its class is renamed. */
const conversationRoot = (doc: Document): ParentNode => doc.querySelector(S.page) ?? doc;

export const intercomAdapter: SiteAdapter = {
  site: 'intercom',
  label: SITE_LABELS.intercom,
  matches: isIntercomUrl,
  scope: (doc) => doc.querySelector(S.page) ?? doc.querySelector(S.stream)?.parentElement ?? null,
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = intercomAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, intercomAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    let id: string | null = null;
    try {
      id = intercomConversationIdFromUrl(new URL(doc.URL));
    } catch {
      // A document without a parsable URL has no conversation.
    }
    return id ? (replyComposer(conversationRoot(doc))?.editable ?? null) : null;
  },
  prepare(doc) {
    prepareDateParser(doc.documentElement.lang || undefined);
  },
  read(doc, url, ctx) {
    const id = intercomConversationIdFromUrl(url);
    if (!id) return null;
    const root = conversationRoot(doc);
    const titleEl = root.querySelector(S.title);
    const stream = root.querySelector(S.stream);
    const parts = stream ? [...stream.querySelectorAll(S.part)] : [];
    const missing: IntercomSelectorName[] = [];
    if (!titleEl) missing.push('title');
    if (!stream) missing.push('stream');
    else if (!parts.length) missing.push('part');
    if (missing.length) throw new LayoutNotRecognisedError('intercom', missing);

    const locale = doc.documentElement.lang || undefined;
    let grouped = false;
    const messages: SnapshotMessage[] = [];
    for (const part of parts) {
      const group = part.closest(S.group);
      if (!group) continue;
      grouped = true;
      const author = ROLES[group.getAttribute('data-part-group-category') ?? ''];
      if (!author) continue;
      const body = part.querySelector(S.body);
      messages.push({
        author,
        from: { name: clip(group.querySelector(S.avatar)?.getAttribute('aria-label')), address: null },
        at: partTime(part.querySelector(S.time), locale, ctx.now),
        // Parts without the usual body (attachments, some e-mail parts): their own text, minus the age.
        text: body ? textOf(body, S.notText) : textOf(part, `${S.notText},${S.time}`),
        collapsed: false,
      });
    }
    // Without the category no part can be told apart: that is a layout we do not know.
    if (!grouped) throw new LayoutNotRecognisedError('intercom', ['group']);

    // The address is in the details sidebar only; it belongs to the conversation's customer.
    const mail = EMAIL.exec(clip(root.querySelector(S.mail)?.getAttribute('href')))?.[0] ?? null;
    const name = messages.find((m) => m.author === 'customer')?.from.name ?? '';
    for (const m of messages) if (m.author === 'customer' && m.from.name === name) m.from.address = mail;
    const stateText = clip(root.querySelector(S.state)?.textContent);
    const status = statusFromWords(stateText) ?? (/snooz/i.test(stateText) ? 'onhold' : undefined);
    const labels = [...root.querySelectorAll(S.tag)].map((t) => clip(t.getAttribute('data-tag-name'), 200)).filter(Boolean).slice(0, 100);
    const reply = replyComposer(root);
    return {
      site: 'intercom',
      conversationId: id,
      url: url.href,
      subject: clip(titleEl!.textContent),
      customer: { name, address: mail },
      messages: oldestFirst(messages).slice(-5000),
      hiddenMessageCount: 0,
      draft: reply ? textOf(reply.editable) : null,
      ...(status ? { status } : {}),
      ...(labels.length ? { labels } : {}),
      capturedAt: ctx.now,
    };
  },
};
