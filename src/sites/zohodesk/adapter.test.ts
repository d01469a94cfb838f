// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/zohodesk';
import type { ConversationSnapshot } from '../../core/snapshot';
import { textOf } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { zohodeskAdapter } from './adapter';
import { zohodeskExamples, zohodeskTicketIdFromUrl } from './detect';
import { zohodeskSelectors as S } from './selectors';
import { waitingMinutes, zohodeskFixtures, zohodeskTickets, type ExpectedTicket } from './fixtures/expected';
import { describeSendButton } from '../shared/adapter-test-kit';

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const MIN = 60_000;
const ctx: AdapterContext = { agentAddresses: [], agentDomains: [], now: NOW };

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const html = (file: string) => readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8');

/** The fixture as the browser has it at `url`, times rendered for `now` in the brief's zone. */
function load(file: string, url: string, now = NOW): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(renderFixture(html(file), { now, timeZone: 'Asia/Kolkata' }));
  return window.document as unknown as Document;
}

const read = (doc: Document, url: string, c: AdapterContext = ctx) => zohodeskAdapter.read(doc, new URL(url), c);

function expectedSnapshot(t: ExpectedTicket): ConversationSnapshot {
  return {
    site: 'zohodesk',
    conversationId: t.conversationId,
    url: t.url,
    subject: t.subject,
    customer: t.customer,
    messages: t.messages.map((m) => ({
      author: m.author,
      from: m.from,
      at: NOW + parseOffset(m.offset)!,
      text: m.text,
      collapsed: m.collapsed,
    })),
    hiddenMessageCount: 0,
    draft: t.draft,
    ...(t.status ? { status: t.status } : {}),
    ...(t.labels ? { labels: t.labels } : {}),
    capturedAt: NOW,
  };
}

function layoutError(fn: () => unknown): LayoutNotRecognisedError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LayoutNotRecognisedError);
    return error as LayoutNotRecognisedError;
  }
  throw new Error('expected a LayoutNotRecognisedError');
}

const [customerLast, onHold] = zohodeskTickets as [ExpectedTicket, ExpectedTicket];

describe('Zoho Desk URL detection', () => {
  it('matches every example of its own and none of the others', () => {
    for (const u of zohodeskExamples.match) expect(zohodeskAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of zohodeskExamples.noMatch) expect(zohodeskAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('takes the ticket id from ticket URLs only', () => {
    expect(zohodeskTicketIdFromUrl(new URL(zohodeskExamples.match[4]))).toBe('123456000001234567');
    expect(zohodeskTicketIdFromUrl(new URL(zohodeskExamples.match[1]))).toBe('123456000001234567');
    const ids = zohodeskExamples.match.map((u) => zohodeskTicketIdFromUrl(new URL(u)));
    expect(ids.filter(Boolean)).toHaveLength(8);
    expect(zohodeskTicketIdFromUrl(new URL(zohodeskExamples.noMatch[0]))).toBeNull();
  });
});

describe('zohodeskAdapter on saved pages', () => {
  it.each(zohodeskFixtures.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
    const doc = load(file, fixture.url);
    const before = doc.documentElement.outerHTML;
    const { expect: want } = fixture;
    if (want.kind === 'conversation') {
      const snapshot = read(doc, fixture.url)!;
      expect(snapshot).toEqual(expectedSnapshot(zohodeskTickets.find((t) => t.file === file)!));
      // What the browser test will look for agrees with what the adapter reads.
      expect(snapshot.messages).toHaveLength(want.messages);
      expect(snapshot.messages.at(-1)!.author).toBe(want.lastAuthor);
      expect(snapshot.customer).toEqual({ name: want.customerName, address: want.customerAddress });
      expect(snapshot.status).toBe(want.status);
    } else if (want.kind === 'no-conversation') {
      expect(read(doc, fixture.url)).toBeNull();
    } else {
      const error = layoutError(() => read(doc, fixture.url));
      expect(error).toMatchObject({ site: 'zohodesk', siteLabel: 'Zoho Desk', failedSelectors: want.failedSelectors });
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('derives the browser tests\' waiting minutes from the fixture offsets', () => {
    expect(zohodeskFixtures.map((f) => (f.expect.kind === 'conversation' ? f.expect.waitingMinutes : 'n/a'))).toEqual([
      47,
      null,
      'n/a',
      'n/a',
    ]);
    expect(waitingMinutes(customerLast.messages)).toBe(47);
  });
});

describe('zohodeskAdapter: Desk behaviours', () => {
  it('reads the ticket whose id is in the URL when Desk keeps an earlier ticket in the DOM', () => {
    const doc = load(onHold.file, onHold.url);
    expect(doc.querySelectorAll(S.ticket)).toHaveLength(2);
    expect(zohodeskAdapter.scope!(doc)).toBe(doc.querySelector('[data-id="subTab_123456000001239876"]'));
    const earlier = read(doc, customerLast.url)!;
    expect([earlier.conversationId, earlier.subject]).toEqual([customerLast.conversationId, customerLast.subject]);
    // A ticket whose root has not rendered yet: not recognised (the content script waits out a grace period).
    const error = layoutError(() => read(doc, 'https://desk.zoho.com/agent/acme/support/tickets/details/42'));
    expect(error.failedSelectors).toEqual(['ticket']);
  });

  it('follows navigation in the same document (list → ticket → other ticket)', () => {
    const doc = load('zohodesk-2026-11-ticket-list.html', 'https://desk.zoho.com/agent/acme/support/tickets/list/all-cases');
    expect(read(doc, 'https://desk.zoho.com/agent/acme/support/tickets/list/all-cases')).toBeNull();
    const show = (file: string) => {
      const other = load(file, customerLast.url);
      doc.body.innerHTML = other.body.innerHTML;
    };
    show(customerLast.file);
    expect(read(doc, customerLast.url)).toEqual(expectedSnapshot(customerLast));
    show(onHold.file);
    expect(read(doc, onHold.url)).toEqual(expectedSnapshot(onHold));
  });

  it('resolves relative times ("47 minutes ago") against ctx.now when there is no tooltip', () => {
    const now = new Date(2026, 10, 23, 15, 30).getTime();
    const doc = load(customerLast.file, customerLast.url, now);
    for (const el of doc.querySelectorAll(S.threadTime)) el.removeAttribute('data-title');
    const messages = read(doc, customerLast.url, { ...ctx, now })!.messages;
    expect(messages.at(-1)!.at).toBe(now - 47 * MIN);
    // "3 days ago" / "4 days ago": whole days, which still keeps the order.
    expect(messages.map((m) => m.at)).toEqual([now - 4 * 1440 * MIN, now - 3 * 1440 * MIN, now - 47 * MIN]);
  });

  it.each([
    ['Waiting on Customer', 'pending'],
    ['Closed', 'solved'],
    ['On Hold', 'onhold'],
    ['Escalated', 'open'],
    ['Offen', undefined],
  ])('maps the status "%s" to %s', (text, status) => {
    const doc = load(customerLast.file, customerLast.url);
    doc.querySelector(S.status)!.textContent = text;
    expect(read(doc, customerLast.url)!.status).toBe(status);
  });

  it('counts configured agent addresses as agents even where Desk links them as contacts', () => {
    const snapshot = read(load(onHold.file, onHold.url), onHold.url, { ...ctx, agentDomains: ['@Example.com'] })!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['agent', 'agent', 'agent', 'agent']);
  });

  it('gives an empty draft for an open but empty editor, and null without one', () => {
    const doc = load(customerLast.file, customerLast.url);
    doc.querySelector(`${S.replyEditor} ${S.editable}`)!.innerHTML = '<br>';
    expect(read(doc, customerLast.url)!.draft).toBe('');
    doc.querySelector(`${S.replyEditor} ${S.editable}`)!.remove();
    expect(read(doc, customerLast.url)!.draft).toBe('');
    doc.querySelector(S.replyEditor)!.remove();
    expect(read(doc, customerLast.url)!.draft).toBeNull();
  });
});

describe('zohodeskAdapter on hostile or half-rendered pages', () => {
  it('reads what is there when optional parts are missing', () => {
    const doc = load(customerLast.file, customerLast.url);
    for (const sel of [S.status, S.contactName, S.contactMail, S.tag, S.threadTime, S.replyEditor]) {
      for (const el of doc.querySelectorAll(sel)) el.remove();
    }
    const snapshot = read(doc, customerLast.url)!;
    expect(snapshot.customer).toEqual(customerLast.customer);
    expect(snapshot.messages.map((m) => m.at)).toEqual([null, null, null]);
    expect(snapshot).not.toHaveProperty('status');
    expect(snapshot).not.toHaveProperty('labels');
    expect(snapshot.draft).toBeNull();
  });

  it('names the author selector when no thread has an author', () => {
    const doc = load(customerLast.file, customerLast.url);
    for (const el of doc.querySelectorAll(S.threadAuthor)) el.remove();
    expect(layoutError(() => read(doc, customerLast.url)).failedSelectors).toEqual(['threadAuthor']);
  });

  it('throws nothing but layout errors on injected attributes, huge text and absurd nesting', () => {
    const doc = load(customerLast.file, customerLast.url);
    const author = doc.querySelector(S.threadAuthor)!;
    author.setAttribute('data-title', '"><img src=x onerror=alert(1)>');
    const times = doc.querySelectorAll(S.threadTime);
    times[0]!.setAttribute('data-title', '0001-01-01T00:00:00Z');
    times[3]!.setAttribute('data-title', '0001-01-01T00:00:00Z');
    times[3]!.textContent = '1969-12-31';
    doc.querySelector(S.contactMail)!.setAttribute('href', 'mailto:%E0%A4%A');
    doc.querySelector(S.subject)!.setAttribute('data-title', 'x'.repeat(50_000));
    const content = doc.querySelector(S.threadContent)!;
    content.textContent = 'y '.repeat(500_000);
    let deep: Element = doc.querySelectorAll(S.threadContent)[1]!;
    for (let i = 0; i < 1_500; i++) deep = deep.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    deep.textContent = 'bottom';

    const snapshot = read(doc, customerLast.url)!;
    const newest = snapshot.messages.at(-1)!;
    expect(newest.from.address).toBeNull();
    // A time before 1970 is not a time this ticket was written: the visible text is used, else none.
    expect(newest.at).toBe(NOW - 47 * MIN);
    expect(snapshot.messages[0]!.at).toBeNull();
    expect(newest.text.length).toBeLessThanOrEqual(20_000);
    expect(snapshot.messages[1]!.text.endsWith('bottom')).toBe(true);
    expect(snapshot.subject).toHaveLength(1000);
    // The broken mailto link is not an address; the customer's own thread still gives one.
    expect(snapshot.customer).toEqual(customerLast.customer);
  });
});

describe('renderFixture with the Zoho Desk styles', () => {
  it("renders Desk's tooltip and relative times in the page's language", () => {
    const render = (lang: string) =>
      renderFixture(`<html lang="${lang}">{{time:-47m:zohodesk-title}}|{{time:-3d2h:zohodesk-ago}}`, {
        now: NOW,
        timeZone: 'Asia/Kolkata',
      });
    expect(render('en')).toBe('<html lang="en">23 Nov 2026 02:43 PM|3 days ago');
    expect(render('en-GB')).toBe('<html lang="en-GB">23 Nov 2026 02:43 PM|3 days ago');
  });
});

describe('zohodeskAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(zohodeskFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = load(file, c.url);
    const before = doc.documentElement.outerHTML;
    const box = zohodeskAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(zohodeskTickets.find((t) => t.file === file)!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(zohodeskAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is the editable inside the editor, and null without one', () => {
    const doc = load(customerLast.file, customerLast.url);
    expect(zohodeskAdapter.replyBox!(doc)).toBe(doc.querySelector(`${S.replyEditor} ${S.editable}`));
    doc.querySelector(`${S.replyEditor} ${S.editable}`)!.remove();
    // The editor is open but its editable part is not rendered: an empty draft, nothing to insert into.
    expect(zohodeskAdapter.replyBox!(doc)).toBeNull();
    doc.querySelector(S.replyEditor)!.remove();
    expect(zohodeskAdapter.replyBox!(doc)).toBeNull();
  });
});

describeSendButton(zohodeskAdapter, zohodeskFixtures, (c) => load(c.file, c.url));

it('zohodesk: no Send button once the editor is gone', () => {
  const doc = load(customerLast.file, customerLast.url);
  expect(zohodeskAdapter.sendButton!(doc)).not.toBeNull();
  doc.querySelector(S.replyEditor)!.remove();
  expect(zohodeskAdapter.sendButton!(doc)).toBeNull();
});
