/**
 * Gmail thread DOM → ConversationSnapshot. Read-only: it never changes the page, and it runs on
 * every batch of mutations, so it looks only inside the visible main view and reads each message
 * with a handful of scoped queries.
 */
import { SITE_LABELS, type AuthorRole, type ConversationSnapshot, type Person, type SnapshotMessage } from '../../core/snapshot';
import { normaliseDigits, parseRenderedDate, prepareDateParser } from '../shared/parse-date';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';
import { gmailThreadIdFromUrl, isGmailUrl } from './detect';
import { gmailSelectors as S, type GmailSelectorName } from './selectors';

const SKIPPED_IN_TEXT = `${S.quoted}, ${S.signature}, ${S.nonText}`;
const BLOCK_TAGS =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
const HIDDEN_STYLE = /display\s*:\s*none/i;
const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/**
 * Visible text of an element with quoted history and signatures left out, and line breaks where
 * blocks and <br> put them, close to innerText (textContent would glue "Hi,<br>Thanks" into
 * "Hi,Thanks", and innerText needs layout, which happy-dom and detached nodes do not have).
 * Skips instead of cloning and removing, so the page is never touched and nothing is copied.
 */
function readableText(root: Element): string {
  let out = '';
  let atLineStart = true;
  const lineBreak = () => {
    out += '\n';
    atLineStart = true;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Source formatting (newlines, indentation) is just a space, as in rendered text.
        const text = (child.nodeValue ?? '').replace(/\s+/g, ' ');
        out += text;
        if (text.trim()) atLineStart = false;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.matches(SKIPPED_IN_TEXT) || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') lineBreak();
      // Gmail renders emoji as images carrying the character (InboxSDK reads img[data-emoji]).
      else if (tag === 'IMG') {
        const emoji = el.getAttribute('data-emoji') ?? '';
        out += emoji;
        if (emoji) atLineStart = false;
      } else {
        // A block starts and ends a line, but adjacent blocks share one break (no blank line).
        const block = BLOCK_TAGS.test(tag);
        if (block && !atLineStart) lineBreak();
        else if (tag === 'TD' || tag === 'TH') out += ' ';
        walk(el);
        if (block && !atLineStart) lineBreak();
      }
    }
  };
  walk(root);
  return out
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The view the user is looking at; Gmail keeps earlier views in the DOM, hidden. */
function visibleMainView(doc: Document): Element | null {
  for (const el of doc.querySelectorAll(S.mainView)) {
    if (!el.closest(S.hiddenView)) return el;
  }
  return null;
}

/** The signed-in address: from the tab title ("Subject - agent@x - Gmail"), else the account button. */
function signedInAddress(doc: Document): string | null {
  const parts = doc.title.split(' - ');
  const fromTitle = parts.length >= 3 ? EMAIL.exec(parts[parts.length - 2] ?? '') : null;
  if (fromTitle) return fromTitle[0].toLowerCase();
  const label = doc.querySelector(S.accountLink)?.getAttribute('aria-label') ?? '';
  return EMAIL.exec(label)?.[0].toLowerCase() ?? null;
}

function personFrom(el: Element): Person {
  const address = el.getAttribute('email')?.trim() || null;
  const name = el.getAttribute('name')?.trim() || el.textContent?.trim() || address || '';
  return { name, address };
}

type IsAgent = (address: string | null) => boolean;

function agentTest(doc: Document, ctx: AdapterContext): IsAgent {
  const addresses = new Set(ctx.agentAddresses.map((a) => a.trim().toLowerCase()));
  const me = signedInAddress(doc);
  if (me) addresses.add(me);
  const domains = new Set(ctx.agentDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')));
  return (address) => {
    if (!address) return false;
    const a = address.toLowerCase();
    return addresses.has(a) || domains.has(a.slice(a.lastIndexOf('@') + 1));
  };
}

function readDate(item: Element, locale: string | undefined, now: number): number | null {
  const el = item.querySelector(S.date);
  if (!el) return null;
  // The title holds the full date; the visible text ("9:03 AM (47 minutes ago)") is the fallback.
  for (const text of [el.getAttribute('title'), el.getAttribute('alt'), el.textContent]) {
    const at = text ? parseRenderedDate(text, { locale, now }) : null;
    if (at !== null) return at;
  }
  return null;
}

type ItemState = 'expanded' | 'collapsed' | 'hidden';

function stateOf(item: Element): ItemState {
  const has = (names: readonly string[]) => names.some((c) => item.classList.contains(c));
  if (has(S.stateHiddenClasses)) return 'hidden';
  if (has(S.stateCollapsedClasses)) return 'collapsed';
  return 'expanded';
}

function readMessage(item: Element, isAgent: IsAgent, locale: string | undefined, now: number): SnapshotMessage | null {
  const senderEl = item.querySelector(S.sender) ?? item.querySelector(S.senderFallback);
  if (!senderEl) return null;
  const from = personFrom(senderEl);
  const collapsed = stateOf(item) === 'collapsed';
  const body = collapsed ? null : item.querySelector(`${S.expandedMessage} ${S.body}`) ?? item.querySelector(S.body);
  const author: AuthorRole = isAgent(from.address) ? 'agent' : 'customer';
  return { author, from, at: readDate(item, locale, now), text: body ? readableText(body) : '', collapsed };
}

/** "N older messages": the pill's number, or the hidden items themselves when there is no pill. */
function hiddenCount(main: Element, hiddenItems: number): number {
  const pill = main.querySelector(S.olderPill);
  const n = pill ? /\d+/.exec(normaliseDigits(pill.textContent ?? ''))?.[0] : undefined;
  return n !== undefined ? Number(n) : hiddenItems;
}

function chooseCustomer(main: Element, messages: SnapshotMessage[], isAgent: IsAgent): Person {
  const sender = messages.find((m) => m.author === 'customer');
  if (sender) return sender.from;
  // The agent started the thread and nobody answered yet: the customer is whom it was sent to.
  const recipients = [...main.querySelectorAll(S.recipient)].map(personFrom);
  return recipients.find((p) => !isAgent(p.address)) ?? recipients[0] ?? { name: '', address: null };
}

const replyBox = (doc: Document): HTMLElement | null => visibleMainView(doc)?.querySelector<HTMLElement>(S.replyBody) ?? null;

/** The Send button of the reply box's own compose: the nearest one around the body, inside the view. */
function sendButton(doc: Document): HTMLElement | null {
  const main = visibleMainView(doc);
  const box = main?.querySelector(S.replyBody);
  for (let el = box?.parentElement ?? null; el && main!.contains(el); el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(S.sendButton);
    if (button) return button;
  }
  return null;
}

function read(doc: Document, url: URL, ctx: AdapterContext): ConversationSnapshot | null {
  const urlThreadId = gmailThreadIdFromUrl(url);
  if (!urlThreadId) return null;

  const main = visibleMainView(doc);
  if (!main) throw new LayoutNotRecognisedError('gmail', ['mainView']);
  const subjectEl = main.querySelector(S.subject);
  const items = [...main.querySelectorAll(S.messageItem)];
  const missing: GmailSelectorName[] = [];
  if (!subjectEl) missing.push('subject');
  if (items.length === 0) missing.push('messageItem');
  if (!subjectEl || missing.length) throw new LayoutNotRecognisedError('gmail', missing);

  const locale = doc.documentElement.lang || undefined;
  const isAgent = agentTest(doc, ctx);
  const messages: SnapshotMessage[] = [];
  let hiddenItems = 0;
  for (const item of items) {
    if (stateOf(item) === 'hidden') {
      hiddenItems++;
      continue;
    }
    const message = readMessage(item, isAgent, locale, ctx.now);
    if (message) messages.push(message);
  }
  if (messages.length === 0) throw new LayoutNotRecognisedError('gmail', ['sender']);

  const replyBody = main.querySelector(S.replyBody);
  const labels = [...main.querySelectorAll(S.threadLabel)].map((el) => el.getAttribute('title')?.trim() ?? '').filter(Boolean);
  return {
    site: 'gmail',
    conversationId: subjectEl.getAttribute('data-legacy-thread-id') || urlThreadId,
    url: url.href,
    subject: readableText(subjectEl).replace(/\s+/g, ' '),
    customer: chooseCustomer(main, messages, isAgent),
    messages,
    hiddenMessageCount: hiddenCount(main, hiddenItems),
    draft: replyBody ? readableText(replyBody) : null,
    ...(labels.length ? { labels } : {}),
    capturedAt: ctx.now,
  };
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  label: SITE_LABELS.gmail,
  matches: isGmailUrl,
  read,
  scope: visibleMainView,
  replyBox,
  sendButton,
  prepare(doc) {
    // Building month and day-period tables from Intl costs ~18 ms on first use (bench, 2026-11).
    prepareDateParser(doc.documentElement.lang || undefined);
  },
};
