/**
 * Small DOM readers shared by the self-hosted helpdesk adapters (Zammad, FreeScout, osTicket) and
 * the generic one. Read-only and iterative (a hostile page can nest elements deeper than the call
 * stack), and they never throw on odd markup.
 */
import type { ConversationStatus, Person } from '../../core/snapshot';
import { parseRenderedDate } from './parse-date';

const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
const NEVER_TEXT = 'script,style,template,noscript,svg';
/** Panel prompts need the gist, not a 5 MB paste; also bounds the work on a hostile page. */
const MAX_TEXT = 20_000;
export const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/;

/** Visible text with line breaks where blocks and <br> put them (textContent glues "Hi,<br>Thanks"). */
export function textOf(root: Element | null | undefined, skip?: string): string {
  if (!root) return '';
  if (root.tagName === 'TEXTAREA' || root.tagName === 'INPUT') return (root as HTMLTextAreaElement).value.trim().slice(0, MAX_TEXT);
  const skipped = skip ? `${NEVER_TEXT},${skip}` : NEVER_TEXT;
  let out = '';
  let lineStart = true;
  // A block starts and ends a line, but adjacent blocks share one break (no blank line); null on
  // the stack marks the end of a block.
  const lineBreak = (always?: boolean) => {
    if (always || !lineStart) out += '\n';
    lineStart = true;
  };
  const stack: Array<Node | null> = [...Array.from(root.childNodes).reverse()];
  while (stack.length && out.length < MAX_TEXT) {
    const node = stack.pop();
    if (!node) lineBreak();
    else if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      out += text;
      if (text.trim()) lineStart = false;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR') lineBreak(true);
      else if (!el.matches(skipped) && !/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) {
        if (BLOCK.test(el.tagName)) {
          lineBreak();
          stack.push(null);
        }
        for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
  }
  return out
    .slice(0, MAX_TEXT)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text ("  Refund\n  please " → "Refund please"). */
export const lineOf = (el: Element | null | undefined): string => textOf(el).replace(/\s+/g, ' ');

/** "Maya Okafor <maya@example.net>" → both parts; a bare address is also the name. */
export function splitAddress(text: string): Person {
  const address = EMAIL.exec(text)?.[0] ?? null;
  const name = (address ? text.replace(address, '') : text).replace(/[<>()"]/g, ' ').replace(/\s+/g, ' ').trim();
  return { name: name || address || '', address };
}

/** A person from an element: name from its text, address from data-email, mailto:, title or text. */
export function personOf(el: Element | null | undefined): Person {
  if (!el) return { name: '', address: null };
  const link = el.closest('a[href^="mailto:"]') ?? el.querySelector('a[href^="mailto:"]');
  const hints = [el.getAttribute('data-email'), link?.getAttribute('href')?.slice(7).split('?')[0], el.getAttribute('title')];
  const own = splitAddress(lineOf(el));
  const address = hints.map((h) => (h ? EMAIL.exec(decodeSafe(h))?.[0] : undefined)).find(Boolean) ?? own.address;
  return { name: own.name || address || '', address: address ?? null };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

/**
 * Epoch ms from a time element: machine-readable attributes first (data-timestamp, datetime,
 * data-time, Bootstrap's data-original-title, title), then the rendered text, including English
 * compound phrases that the shared parser leaves alone ("2 hours 5 minutes ago" in Zammad,
 * "47 min ago" in FreeScout).
 */
export function timeOf(el: Element | null | undefined, locale: string | undefined, now: number): number | null {
  if (!el) return null;
  // Epoch seconds or milliseconds, as some helpdesks put them in data-timestamp.
  const stamp = el.getAttribute('data-timestamp') ?? '';
  if (/^\d{9,13}$/.test(stamp)) return Number(stamp) * (stamp.length > 11 ? 1 : 1000);
  const texts = ['datetime', 'data-time', 'data-original-title', 'title'].map((a) => el.getAttribute(a));
  texts.push(lineOf(el));
  for (const text of texts) {
    if (!text?.trim() || text.length > 200) continue;
    const at = parseRenderedDate(text, { locale, now }) ?? agoOf(text, now);
    if (at !== null) return at;
  }
  return null;
}

function agoOf(text: string, now: number): number | null {
  const t = text.toLowerCase();
  if (/^\s*just now\s*$/.test(t)) return now;
  if (!/\bago\b/.test(t)) return null;
  let ms = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)\s*(d|h|m)(?:ays?|ours?|ins?|inutes?|rs?)?\b/g)) ms += Number(n) * UNIT_MS[unit!]!;
  return ms ? now - ms : null;
}

/**
 * Status words as helpdesks name them (also custom osTicket/generic statuses), most specific first:
 * "pending close" is still waiting, "waiting on customer" pauses, "closed"/"resolved" is done.
 */
export function statusFromWords(text: string | null | undefined): ConversationStatus | undefined {
  const t = (text ?? '').toLowerCase();
  if (/\bhold\b|paused/.test(t)) return 'onhold';
  if (/pending|waiting|awaiting/.test(t)) return 'pending';
  if (/solved|resolved|closed|\bdone\b|complete|merged/.test(t)) return 'solved';
  if (/\bopen|\bnew\b|active|progress|reopen/.test(t)) return 'open';
  return undefined;
}

/** Messages oldest first: some helpdesks list the newest on top (FreeScout, osTicket by preference). */
export function oldestFirst<T extends { at: number | null }>(items: T[]): T[] {
  const first = items.find((m) => m.at !== null)?.at;
  const last = items.findLast((m) => m.at !== null)?.at;
  return first != null && last != null && first > last ? items.reverse() : items;
}

/**
 * The Send button of the reply box: the nearest element matching `selector` around the box (the
 * subtrees of its ancestors, nearest first) without leaving `within`, so a composer of another
 * ticket or tab kept in the page is never taken. Null without a box or a boundary; never throws.
 */
export function sendButtonNear(box: Element | null | undefined, selector: string, within: Element | null | undefined): HTMLElement | null {
  if (!box || !within || !within.contains(box)) return null;
  try {
    for (let el: Element | null = box; el; el = el === within ? null : el.parentElement) {
      const button = el.querySelector<HTMLElement>(selector);
      if (button) return button;
    }
  } catch {
    // A selector the engine rejects finds nothing.
  }
  return null;
}
