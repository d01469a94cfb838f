/**
 * A custom helpdesk read with the selectors a supervisor entered (GenericSiteConfig). The page is
 * whatever they point it at, so every query is guarded: a selector the browser rejects or that
 * finds nothing is reported by its key, never as an exception of another kind.
 */
import { SITE_LABELS, type ConversationSnapshot, type SnapshotMessage } from '../../core/snapshot';
import { prepareDateParser } from '../shared/parse-date';
import { lineOf, oldestFirst, personOf, statusFromWords, textOf, timeOf } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type SiteAdapter } from '../types';
import type { GenericSiteConfig } from './config';
import { genericConversationId, matchPattern } from './detect';

export { validateGenericConfig, type GenericConfigProblem } from './validate';

type Key = keyof GenericSiteConfig['selectors'];

/** Elements text is typed into; an input only when the supervisor's selector names it itself. */
const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';
const EDITABLE_INSIDE = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** The configured reply box, or the editor inside it when the selector names its wrapper. */
function editableIn(el: Element): Element {
  return el.matches(EDITABLE) ? el : (el.querySelector(EDITABLE_INSIDE) ?? el);
}

export function genericAdapter(config: GenericSiteConfig): SiteAdapter {
  const test = matchPattern(config.urlPattern);
  const sel = config.selectors;

  /** Runs one read; keys whose selector the browser rejected end up in `invalid`. */
  const session = () => {
    const invalid = new Set<Key>();
    const all = (root: ParentNode, key: Key): Element[] => {
      const s = sel[key];
      if (!s) return [];
      try {
        return [...root.querySelectorAll(s)];
      } catch {
        invalid.add(key);
        return [];
      }
    };
    const one = (root: ParentNode, key: Key): Element | null => all(root, key)[0] ?? null;
    /** Page-level parts: inside the conversation first, anywhere on the page otherwise. */
    const near = (conv: Element, doc: Document, key: Key) => one(conv, key) ?? one(doc, key);
    return { invalid, all, one, near };
  };

  const scopeOf = (doc: Document) => session().one(doc, 'conversation');

  /**
   * The reply box (config.selectors.replyBox): the draft is read from it and the panel's Insert
   * types into it, so both always mean the same element. Inside the conversation first, anywhere
   * on the page otherwise, like the other page-level parts.
   */
  const replyBoxOf = (s: ReturnType<typeof session>, conv: Element, doc: Document): Element | null => {
    const el = s.near(conv, doc, 'replyBox');
    return el && editableIn(el);
  };

  return {
    site: 'generic',
    label: config.name || SITE_LABELS.generic,
    matches: (url) => test !== null && test(url),
    scope: scopeOf,
    replyBox(doc) {
      const s = session();
      const conv = s.one(doc, 'conversation');
      const box = conv && replyBoxOf(s, conv, doc);
      // Rejected selectors find nothing; an element that cannot be typed into is no reply box.
      return box && box.matches(EDITABLE) ? (box as HTMLElement) : null;
    },
    prepare: (doc) => prepareDateParser(doc.documentElement.lang || undefined),
    read(doc, url, ctx): ConversationSnapshot | null {
      const s = session();
      const { invalid, all, one, near } = s;
      const conv = one(doc, 'conversation');
      if (invalid.size) throw new LayoutNotRecognisedError('generic', [...invalid]);
      // The supervisor's definition: no conversation container means a list or another page.
      if (!conv) return null;

      const locale = doc.documentElement.lang || undefined;
      const nodes = all(conv, 'message');
      let authors = 0;
      let times = 0;
      const messages: SnapshotMessage[] = nodes.map((node) => {
        const author = one(node, 'author');
        const at = timeOf(one(node, 'time'), locale, ctx.now);
        if (author) authors++;
        if (at !== null) times++;
        const agent = !!sel.agentMessage && (safeMatches(node, sel.agentMessage) || all(node, 'agentMessage').length > 0);
        return {
          author: agent ? 'agent' : 'customer',
          from: personOf(author),
          at,
          text: textOf((sel.body && one(node, 'body')) || node),
          collapsed: false,
        };
      });
      const subjectEl = near(conv, doc, 'subject');
      const customerEl = near(conv, doc, 'customer');
      const statusEl = near(conv, doc, 'status');
      const reply = replyBoxOf(s, conv, doc);
      const missing: Key[] = [];
      if (!nodes.length) missing.push('message');
      else {
        if (!authors) missing.push('author');
        if (!times) missing.push('time');
      }
      if (missing.length || invalid.size) throw new LayoutNotRecognisedError('generic', [...new Set([...invalid, ...missing])]);

      const status = statusEl ? statusFromWords(`${statusEl.getAttribute('data-status') ?? ''} ${lineOf(statusEl)}`) : undefined;
      const ordered = oldestFirst(messages);
      return {
        site: 'generic',
        conversationId: genericConversationId(config.id, url),
        url: url.href,
        subject: lineOf(subjectEl),
        customer: customerEl ? personOf(customerEl) : (ordered.find((m) => m.author === 'customer')?.from ?? { name: '', address: null }),
        messages: ordered,
        hiddenMessageCount: 0,
        draft: reply ? textOf(reply) : null,
        ...(status ? { status } : {}),
        capturedAt: ctx.now,
      };
    },
  };
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
