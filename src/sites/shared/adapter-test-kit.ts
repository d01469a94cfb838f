/**
 * Test helpers for the helpdesk adapters' fixture suites (Zammad, FreeScout, osTicket, generic):
 * load a saved page as a browser would have it at its URL, and check every FixtureCase plus the
 * per-message detail against what the adapter reads. Test-only: nothing in the extension imports it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthorRole, ConversationStatus, Person } from '../../core/snapshot';
import type { FixtureCase } from '../../../test/support/fixture-case';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../types';

export interface ExpectedMessage {
  author: AuthorRole;
  from: Person;
  /** Offset from "now" as written in the fixture's tokens, e.g. '-47m'. */
  offset: string;
  text: string;
}

/** Everything the adapter must read from a conversation fixture, beyond its FixtureCase. */
export interface ConversationDetail {
  subject: string;
  customer: Person;
  messages: ExpectedMessage[];
  draft: string | null;
  status?: ConversationStatus;
  labels?: string[];
}

/** A fixed moment; fixtures are rendered relative to it in the zone the unit tests run in. */
export const NOW = Date.UTC(2026, 10, 23, 10, 0);
export const TIME_ZONE = 'Asia/Kolkata';
export const ctxAt = (now = NOW): AdapterContext => ({ agentAddresses: [], agentDomains: [], now });

export function offsetMs(offset: string): number {
  const ms = parseOffset(offset);
  if (ms === null) throw new Error(`bad offset in expected.ts: ${offset}`);
  return ms;
}

const windows: Window[] = [];

/** Call once per test file: closes the happy-dom windows the tests opened. */
export function closeWindowsAfterEach(): void {
  afterEach(async () => {
    await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  });
}

/** The page as a browser has it at `url` (page scripts off), from HTML or a fixture file. */
export function loadPage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

/** `dir` is a folder path (import.meta.dirname + '/fixtures'). */
export function fixtureHtml(dir: string, file: string, now = NOW): string {
  return renderFixture(readFileSync(join(dir, file), 'utf8'), { now, timeZone: TIME_ZONE });
}

/** Minutes the customer has been waiting by the offsets: from the first message after the agent's last. */
function waitingMinutes(messages: ExpectedMessage[]): number | null {
  const lastAgent = messages.findLastIndex((m) => m.author === 'agent');
  const first = messages[lastAgent + 1];
  return first ? -offsetMs(first.offset) / 60_000 : null;
}

/** Thrown value of fn, or undefined. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * One describe block per fixture: the full snapshot against expected.ts (ids, subject, customer,
 * every message's role, sender, exact time and text, draft, status, labels), null on lists, the
 * named selectors on a broken layout, page markers recognised, and the page left untouched.
 */
export function describeFixtures(
  adapter: SiteAdapter,
  dir: string,
  fixtures: FixtureCase[],
  details: Record<string, ConversationDetail>,
): void {
  describe.each(fixtures.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
    const load = () => loadPage(fixtureHtml(dir, file), fixture.url);

    it('is served at a URL of the site, and the page carries its markers', () => {
      expect(adapter.matches(new URL(fixture.url))).toBe(true);
      if (adapter.recognises) expect(adapter.recognises(load())).toBe(true);
    });

    const e = fixture.expect;
    if (e.kind === 'conversation') {
      const detail = details[file];
      it('reads the whole conversation', () => {
        expect(detail, `no detail for ${file} in expected.ts`).toBeDefined();
        const d = detail!;
        expect({ customer: d.customer, messages: d.messages.length, lastAuthor: d.messages.at(-1)?.author }).toEqual({
          customer: { name: e.customerName, address: e.customerAddress },
          messages: e.messages,
          lastAuthor: e.lastAuthor,
        });
        expect(waitingMinutes(d.messages)).toBe(e.waitingMinutes);
        expect(d.status).toBe(e.status);

        const snapshot = adapter.read(load(), new URL(fixture.url), ctxAt());
        expect(snapshot).toEqual({
          site: adapter.site,
          conversationId: e.conversationId,
          url: fixture.url,
          subject: e.subject,
          customer: d.customer,
          messages: d.messages.map((m) => ({
            author: m.author,
            from: m.from,
            at: NOW + offsetMs(m.offset),
            text: m.text,
            collapsed: false,
          })),
          hiddenMessageCount: 0,
          draft: d.draft,
          ...(d.status ? { status: d.status } : {}),
          ...(d.labels ? { labels: d.labels } : {}),
          capturedAt: NOW,
        });
      });
    } else if (e.kind === 'no-conversation') {
      it('returns null (no conversation open)', () => {
        expect(adapter.read(load(), new URL(fixture.url), ctxAt())).toBeNull();
      });
    } else {
      it('names exactly the selectors that found nothing', () => {
        const error = thrown(() => adapter.read(load(), new URL(fixture.url), ctxAt()));
        expect(error).toBeInstanceOf(LayoutNotRecognisedError);
        expect(error).toMatchObject({ site: adapter.site, failedSelectors: e.failedSelectors });
      });
    }

    it('leaves the page as it was', () => {
      const doc = load();
      const before = doc.documentElement.outerHTML;
      thrown(() => adapter.read(doc, new URL(fixture.url), ctxAt()));
      adapter.scope?.(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
}

/** Every example URL matches this adapter, every counter-example does not. */
export function describeExamples(adapter: SiteAdapter, examples: { match: readonly string[]; noMatch: readonly string[] }): void {
  describe(`${adapter.label} URLs`, () => {
    it.each(examples.match)('matches %s', (u) => expect(adapter.matches(new URL(u))).toBe(true));
    it.each(examples.noMatch)('does not match %s', (u) => expect(adapter.matches(new URL(u))).toBe(false));
  });
}

/**
 * A hostile or half-broken copy of a page must never make the adapter throw anything but
 * LayoutNotRecognisedError: returns what it did (snapshot, null or that error).
 */
export function readSafely(adapter: SiteAdapter, doc: Document, url: string, now = NOW) {
  const error = thrown(() => adapter.read(doc, new URL(url), ctxAt(now)));
  if (error && !(error instanceof LayoutNotRecognisedError)) throw error;
  return error ?? adapter.read(doc, new URL(url), ctxAt(now));
}

/**
 * The Send button on every fixture: the button on pages with a reply box (inside the scope), null
 * where replyBox is null, no exception on broken layouts, and the page left as it was.
 */
export function describeSendButton(adapter: SiteAdapter, cases: FixtureCase[], loadCase: (c: FixtureCase) => Document): void {
  describe(`${adapter.site}Adapter.sendButton (noticing a Send, never stopping it)`, () => {
    it.each(cases.map((c) => [c.file, c] as const))('%s: the reply box\'s Send button in the scope; else null', (_file, c) => {
      const doc = loadCase(c);
      const before = doc.documentElement.outerHTML;
      const box = adapter.replyBox!(doc);
      const button = adapter.sendButton!(doc);
      if (!box) expect(button).toBeNull();
      // A broken layout only has to come through without an exception; a button it finds is checked.
      else if (c.expect.kind === 'conversation' || button) {
        expect(button).not.toBeNull();
        expect(button!.matches('button, input[type="submit"], [role="button"], .btn')).toBe(true);
        expect(adapter.scope!(doc)!.contains(button)).toBe(true);
        expect(button!.contains(box)).toBe(false);
      }
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('finds a Send button on at least one saved page', () => {
      expect(cases.some((c) => adapter.sendButton!(loadCase(c)) !== null)).toBe(true);
    });
  });
}
