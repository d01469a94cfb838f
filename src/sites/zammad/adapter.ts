/**
 * Zammad ticket zoom → ConversationSnapshot. Zammad keeps every open ticket tab in the DOM, so all
 * reads start from the active task; article roles come from Zammad's own sender classes.
 */
import { SITE_LABELS, type ConversationSnapshot, type ConversationStatus, type SnapshotMessage } from '../../core/snapshot';
import { lineOf, personOf, splitAddress, statusFromWords, textOf, timeOf, sendButtonNear } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type SiteAdapter } from '../types';
import { isZammadUrl, zammadTicketIdFromUrl } from './detect';
import { zammadSelectors as S, type ZammadSelectorName } from './selectors';

/** Zammad's seeded state ids (db/seeds/ticket_states.rb), for UIs whose state names are translated. */
const SEEDED_STATES: Array<ConversationStatus | undefined> = [undefined, 'open', 'open', 'pending', 'solved', 'solved', undefined, 'pending'];

function readArticle(item: Element, locale: string | undefined, now: number): SnapshotMessage | null {
  const c = item.classList;
  // Internal notes never reach the customer; 'system' articles are triggers and auto-replies.
  if (c.contains(S.internalClass) || !(c.contains(S.customerClass) || c.contains(S.agentClass))) return null;
  return {
    author: c.contains(S.agentClass) ? 'agent' : 'customer',
    from: splitAddress(lineOf(item.querySelector(S.articleFrom))),
    at: timeOf(item.querySelector(S.articleTime), locale, now),
    text: textOf(item.querySelector(S.articleBody), S.articleQuoted),
    collapsed: false,
  };
}

/**
 * The ticket the zoom shows, from its first article's permalink: right after a hash change the
 * previous ticket can still be the active task. Undefined when no permalink says.
 */
function shownTicketId(zoom: Element): string | undefined {
  const link = zoom.querySelector(`${S.article} ${S.articleLink}`)?.getAttribute('href') ?? '';
  return /#ticket\/zoom\/(\d+)/.exec(link)?.[1];
}

/**
 * The task's reply box (the contenteditable body): read for the draft and used by the panel's
 * Insert, so both always mean the same element. Null while the agent writes an internal note
 * (it is not a reply to the customer, and nothing may be inserted into it).
 */
function replyBody(task: Element): HTMLElement | null {
  return task.querySelector(S.replyInternal) ? null : task.querySelector<HTMLElement>(S.replyBody);
}

export const zammadAdapter: SiteAdapter = {
  site: 'zammad',
  label: SITE_LABELS.zammad,
  matches: isZammadUrl,
  recognises: (doc) => doc.querySelector(S.markers) !== null,
  scope: (doc) => doc.querySelector(S.activeTask),
  // Only while the reply box is open (so never for an internal note), and nearest to it in the scope.
  sendButton: (doc) => {
    const box = zammadAdapter.replyBox!(doc);
    return box ? sendButtonNear(box, S.sendButton, zammadAdapter.scope!(doc)) : null;
  },
  replyBox(doc) {
    let id: string | null = null;
    try {
      id = zammadTicketIdFromUrl(new URL(doc.URL));
    } catch {
      // A document without a parsable URL has no ticket.
    }
    const task = id ? doc.querySelector(S.activeTask) : null;
    const zoom = task?.querySelector(S.zoom);
    if (!task || !zoom) return null;
    const shown = shownTicketId(zoom);
    return shown && shown !== id ? null : replyBody(task);
  },
  read(doc, url, ctx): ConversationSnapshot | null {
    const id = zammadTicketIdFromUrl(url);
    if (!id) return null;
    const task = doc.querySelector(S.activeTask);
    const zoom = task?.querySelector(S.zoom);
    const title = zoom?.querySelector(S.title);
    const items = zoom ? [...zoom.querySelectorAll(S.article)] : [];
    const missing: ZammadSelectorName[] = [];
    if (!task) missing.push('activeTask');
    else if (!zoom) missing.push('zoom');
    else {
      if (!title) missing.push('title');
      if (!items.length) missing.push('article');
    }
    if (missing.length) throw new LayoutNotRecognisedError('zammad', missing);

    // Right after a hash change the previous ticket can still be the active task: not ours yet.
    const shown = shownTicketId(zoom!);
    if (shown && shown !== id) return null;

    const locale = doc.documentElement.lang || undefined;
    const messages = items.map((item) => readArticle(item, locale, ctx.now)).filter((m): m is SnapshotMessage => m !== null);
    // The sidebar and the reply box are siblings of the zoom inside the task.
    const name = lineOf(task!.querySelector(S.customerName));
    const email = task!.querySelector(S.customerEmail);
    const state = task!.querySelector<HTMLSelectElement>(S.state);
    // The option rendered as selected is the saved state; the live value may be an unsaved edit.
    const option = state?.querySelector(S.stateSaved) ?? state?.options[state.selectedIndex];
    const status = statusFromWords(option?.textContent) ?? SEEDED_STATES[Number(option?.getAttribute('value'))];
    const labels = [...task!.querySelectorAll(S.tag)].map(lineOf).filter(Boolean);
    const reply = replyBody(task!);
    return {
      site: 'zammad',
      conversationId: id,
      url: url.href,
      subject: lineOf(title),
      customer: name
        ? { name, address: personOf(email).address }
        : (messages.find((m) => m.author === 'customer')?.from ?? { name: '', address: null }),
      messages,
      hiddenMessageCount: 0,
      draft: reply ? textOf(reply) : null,
      ...(status ? { status } : {}),
      ...(labels.length ? { labels } : {}),
      capturedAt: ctx.now,
    };
  },
};
