/**
 * Text of a message body or reply box close to what the agent sees (innerText without layout,
 * which happy-dom and hidden tabs lack): <br> and blocks break lines, paragraphs leave a blank
 * line as their margins do, hidden parts and `skip` are left out. Shared by the Outlook, Zendesk,
 * Freshdesk and Help Scout adapters.
 */
import { parseRenderedDate } from './parse-date';

const BLOCK = /^(?:ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|OL|PRE|SECTION|TABLE|TR|UL)$/;
const HIDDEN = /display\s*:\s*none/i;
const NEVER_TEXT = 'script,style,template,noscript,svg,button';

/** Walks with its own stack: a hostile page can nest elements deeper than the call stack. */
export function renderedText(root: Element, skip?: string): string {
  const skipped = skip ? `${NEVER_TEXT},${skip}` : NEVER_TEXT;
  let out = '';
  /** Line breaks since the last visible text; a block edge needs one, a paragraph edge two. */
  let breaks = 0;
  let started = false;
  const edge = (need: number) => {
    while (started && breaks < need) {
      out += '\n';
      breaks++;
    }
  };
  // A number on the stack is the end edge of a block (1) or paragraph (2).
  const stack: Array<Node | number> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'number') edge(node);
    else if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      out += text;
      if (text.trim()) {
        started = true;
        breaks = 0;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (el !== root && (el.matches(skipped) || HIDDEN.test(el.getAttribute('style') ?? ''))) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        out += '\n';
        breaks++;
        continue;
      }
      const need = tag === 'P' ? 2 : BLOCK.test(tag) ? 1 : 0;
      if (need) {
        edge(need);
        stack.push(need);
      }
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line, collapsed and bounded (names, subjects, tags must fit the snapshot's limits). */
export const oneLine = (text: string | null | undefined, max = 1_000): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

const EMAIL_IN_TEXT = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/**
 * The first e-mail address shown in an element (a profile card, a contact widget). Read from the
 * rendered text, not textContent, which glues "Acme Ltd" and the address below it into one word.
 */
export function emailIn(el: Element | null | undefined): string | null {
  return el ? firstEmail(renderedText(el)) : null;
}

/** The first e-mail address in a piece of text ("Maya Okafor <maya@example.net>"), or null. */
export const firstEmail = (text: string | null | undefined): string | null => EMAIL_IN_TEXT.exec(text ?? '')?.[0] ?? null;

/**
 * Epoch ms of a rendered time: its datetime attribute when the site renders one, else a full date
 * in its title, else the visible text ("47 minutes ago", "Today at 9:13 AM") resolved against now.
 */
export function renderedTime(el: Element | null | undefined, locale: string | undefined, now: number): number | null {
  if (!el) return null;
  const at = Date.parse(el.getAttribute('datetime') ?? '');
  if (at >= 0) return at;
  for (const text of [el.getAttribute('title'), el.textContent]) {
    const parsed = text && text.length < 300 ? parseRenderedDate(text, { locale, now }) : null;
    if (parsed !== null) return parsed;
  }
  return null;
}

/**
 * The smallest element holding the page's `first` match (a subject) and the last `last` match (the
 * newest message): the conversation's own container, for an adapter's scope().
 */
export function enclosingBoth(doc: Document, first: string, last: string): Element | null {
  const end = [...doc.querySelectorAll(last)].pop();
  let el = end ? doc.querySelector(first) : null;
  while (el && !el.contains(end!)) el = el.parentElement;
  return el;
}

/** The document's URL, or null when it cannot be parsed (then there is no conversation to act on). */
export function documentUrl(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}
