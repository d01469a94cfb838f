import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../../test/support/fixture-case';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/freshdesk';
import type { ConversationSnapshot } from '../../core/snapshot';
import { snapshotSchema } from '../../messaging/validate';
import { renderedText } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { freshdeskAdapter } from './adapter';
import { freshdeskExamples, freshdeskTicketIdFromUrl } from './detect';
import { freshdeskSnapshots, freshdeskFixtures, type ExpectedSnapshot } from './fixtures/expected';
import { freshdeskSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const NOW = Date.UTC(2026, 10, 23, 10, 0); // 15:30 in Asia/Kolkata, the zone the unit tests run in
const MIN = 60_000;
const ctx: AdapterContext = { agentAddresses: [], agentDomains: [], now: NOW };
const CUSTOMER_LAST = freshdeskFixtures[0]!;
const WAITING = freshdeskFixtures[1]!;

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function load(file: string, url: string, now = NOW): Document {
  const html = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(renderFixture(html, { now, timeZone: 'Asia/Kolkata' }));
  return window.document as unknown as Document;
}

const loadCase = (c: FixtureCase) => load(c.file, c.url);
const read = (doc: Document, url: string, context = ctx) => freshdeskAdapter.read(doc, new URL(url), context);
const at = (offset: string) => NOW + parseOffset(offset)!;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The snapshot expected.ts describes, as the adapter must return it. */
function expectedSnapshot(c: FixtureCase, e: ExpectedSnapshot): ConversationSnapshot {
  return {
    site: 'freshdesk',
    conversationId: e.conversationId,
    url: c.url,
    subject: e.subject,
    customer: e.customer,
    messages: e.messages.map((m) => ({ author: m.author, from: m.from, at: at(m.offset), text: m.text, collapsed: false })),
    hiddenMessageCount: e.hiddenMessageCount,
    draft: e.draft,
    ...(e.status ? { status: e.status } : {}),
    ...(e.labels ? { labels: e.labels } : {}),
    capturedAt: NOW,
  };
}

describe('freshdeskAdapter on every saved page', () => {
  it('has a detailed expectation for every conversation page and a file for every case', () => {
    const conversations = freshdeskFixtures.filter((c) => c.expect.kind === 'conversation').map((c) => c.file);
    expect(Object.keys(freshdeskSnapshots).sort()).toEqual(conversations.sort());
    for (const c of freshdeskFixtures) expect(() => loadCase(c), c.file).not.toThrow();
  });

  describe.each(freshdeskFixtures.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    it('reads what expected.ts promises, without changing the page', () => {
      const doc = loadCase(c);
      const before = doc.documentElement.outerHTML;
      const e = c.expect;
      if (e.kind === 'no-conversation') {
        expect(read(doc, c.url)).toBeNull();
      } else if (e.kind === 'broken') {
        const error = thrown(() => read(doc, c.url));
        expect(error).toBeInstanceOf(LayoutNotRecognisedError);
        expect(error).toMatchObject({ site: 'freshdesk', siteLabel: 'Freshdesk', failedSelectors: e.failedSelectors });
      } else {
        const snapshot = read(doc, c.url)!;
        expect(snapshot).toEqual(expectedSnapshot(c, freshdeskSnapshots[c.file]!));
        expect(v.is(snapshotSchema, snapshot)).toBe(true);
      }
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    if (c.expect.kind === 'conversation') {
      const e = c.expect;
      it('agrees with the summary the browser test checks', () => {
        const detail = freshdeskSnapshots[c.file]!;
        const last = detail.messages.at(-1)!;
        const lastAgent = detail.messages.findLastIndex((m) => m.author === 'agent');
        const waitingFrom = detail.messages.slice(lastAgent + 1).find((m) => m.author === 'customer');
        const { kind: _kind, ...summary } = e;
        expect({
          conversationId: detail.conversationId,
          subject: detail.subject,
          customerName: detail.customer.name,
          customerAddress: detail.customer.address,
          messages: detail.messages.length,
          lastAuthor: last.author,
          waitingMinutes: last.author === 'agent' || !waitingFrom ? null : -parseOffset(waitingFrom.offset)! / MIN,
          status: detail.status,
        }).toEqual(summary);
      });
    }
  });
});

describe('freshdeskAdapter URLs', () => {
  it('matches its own examples and none of the look-alikes', () => {
    for (const u of freshdeskExamples.match) expect(freshdeskAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of freshdeskExamples.noMatch) expect(freshdeskAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('takes the ticket number from ticket views only', () => {
    const id = (u: string) => freshdeskTicketIdFromUrl(new URL(u));
    expect(id('https://acme.freshdesk.com/a/tickets/1042')).toBe('1042');
    expect(id('https://acme.freshdesk.com/a/tickets/1042?tab=activities')).toBe('1042');
    expect(id('https://acme.freshdesk.com/a/tickets/filters/all_tickets')).toBeNull();
    expect(id('https://acme.freshdesk.com/support/tickets/1042')).toBeNull();
    expect(id('https://acme.freshdesk.com.evil.test/a/tickets/1042')).toBeNull();
  });

  it('returns null on list views even when a ticket is rendered in the page', () => {
    expect(read(loadCase(CUSTOMER_LAST), 'https://acme.freshdesk.com/a/tickets/filters/all_tickets')).toBeNull();
  });
});

describe('freshdeskAdapter: Freshdesk behaviours', () => {
  it('waits for the ticket the URL names while the app still shows the previous one (single-page navigation)', () => {
    const doc = loadCase(CUSTOMER_LAST);
    expect(thrown(() => read(doc, WAITING.url))).toMatchObject({ failedSelectors: ['ticketNumber'] });
    // The app then renders the new ticket into the same page.
    const next = loadCase(WAITING);
    doc.querySelector('.ticket-layout')!.innerHTML = next.querySelector('.ticket-layout')!.innerHTML;
    doc.querySelector(S.ticketNumber)!.textContent = '987';
    expect(read(doc, WAITING.url)).toEqual(expectedSnapshot(WAITING, freshdeskSnapshots[WAITING.file]!));
  });

  it('scopes observation to the subject and the conversation', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const scope = freshdeskAdapter.scope!(doc)!;
    expect(scope.querySelector(S.subject)).not.toBeNull();
    expect(scope.querySelectorAll(S.item)).toHaveLength(doc.querySelectorAll(S.item).length);
    expect(scope.querySelector(S.status)).toBeNull();
    expect(freshdeskAdapter.scope!(loadCase(freshdeskFixtures[2]!))).toBeNull();
  });

  it('resolves times from the full-date title, then from "38 minutes ago" against ctx.now', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const expected = freshdeskSnapshots[CUSTOMER_LAST.file]!.messages.map((m) => at(m.offset));
    for (const time of doc.querySelectorAll(S.itemTime)) time.setAttribute('data-livestamp', '');
    expect(read(doc, CUSTOMER_LAST.url)!.messages.map((m) => m.at)).toEqual(expected);
    for (const time of doc.querySelectorAll(S.itemTime)) time.removeAttribute('title');
    // livestamp.js rounds: "a day ago" for 29 and 26 hours, "3 hours ago" for 3 h 10 min.
    expect(read(doc, CUSTOMER_LAST.url)!.messages.map((m) => m.at)).toEqual([at('-1d'), at('-1d'), at('-3h'), at('-38m')]);
  });

  it('counts folded conversations only while "show more" is shown', () => {
    const doc = loadCase(WAITING);
    expect(read(doc, WAITING.url)!.hiddenMessageCount).toBe(3);
    doc.querySelector('#show_more')!.classList.add('hide');
    expect(read(doc, WAITING.url)!.hiddenMessageCount).toBe(0);
  });

  it('reads the reply draft, empty or absent', () => {
    const doc = loadCase(CUSTOMER_LAST);
    doc.querySelector(S.replyEditor)!.innerHTML = '<p><br></p>';
    expect(read(doc, CUSTOMER_LAST.url)!.draft).toBe('');
    doc.querySelector('.reply-editor')!.remove();
    expect(read(doc, CUSTOMER_LAST.url)!.draft).toBeNull();
  });

  it.each([
    ['Open', 'open'],
    ['Pending', 'pending'],
    ['Resolved', 'solved'],
    ['Closed', 'solved'],
    ['Waiting on Customer', 'pending'],
    ['Waiting on Third Party', 'onhold'],
    ['On hold', 'onhold'],
    ['Escalated to billing', undefined],
  ])('maps the status "%s" to %s', (text, status) => {
    const doc = loadCase(CUSTOMER_LAST);
    doc.querySelector(S.status)!.textContent = text;
    expect(read(doc, CUSTOMER_LAST.url)!.status).toBe(status);
  });
});

describe('freshdeskAdapter on a hostile or unusual page', () => {
  it('survives odd attributes, huge text, deep nesting and missing optional parts', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const items = doc.querySelectorAll(S.item);
    // Script-injected attribute values.
    items[1]!.querySelector(S.itemTime)!.setAttribute('data-livestamp', '1e20');
    items[3]!.querySelector(S.itemTime)!.setAttribute('data-livestamp', '"><script>alert(1)</script>');
    doc.querySelector('#show_more')!.outerHTML = '<a id="show_more"><span rel="count-total-remaining">lots</span></a>';
    // Huge text and a deeply nested body.
    items[3]!.querySelector(S.itemBody)!.textContent = 'x'.repeat(150_000);
    let deep = items[4]!.querySelector(S.itemBody)!;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.textContent = 'bottom';
    doc.querySelector(S.subject)!.firstChild!.textContent = 'S'.repeat(5_000);
    // Optional parts gone: the sidebar, the reply editor.
    doc.querySelector('.ticket-sidebar')!.remove();
    doc.querySelector('.reply-editor')!.remove();

    const snapshot = read(doc, CUSTOMER_LAST.url)!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'customer']);
    // Unusable epoch values fall back to the full date in the title.
    expect(snapshot.messages.map((m) => m.at)).toEqual([at('-1d5h'), at('-1d2h'), at('-3h10m'), at('-38m')]);
    expect(snapshot.messages[2]!.text).toHaveLength(150_000);
    expect(snapshot.messages[3]!.text.endsWith('bottom')).toBe(true);
    expect(snapshot.customer).toEqual({ name: 'Aiko Tanaka', address: null });
    expect(snapshot).toMatchObject({ draft: null, subject: 'S'.repeat(1_000), hiddenMessageCount: 0 });
    expect(snapshot.status).toBeUndefined();
    expect(snapshot.labels).toBeUndefined();
    expect(v.is(snapshotSchema, snapshot)).toBe(true);
  });

  it('throws only LayoutNotRecognisedError on an empty or foreign page', () => {
    for (const html of ['', '<h2 class="ticket-subject-heading">x</h2>', '<div data-album="1"></div>']) {
      const doc = loadCase(CUSTOMER_LAST);
      doc.body.innerHTML = html;
      expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toBeInstanceOf(LayoutNotRecognisedError);
    }
  });
});

describe('freshdesk time styles (test/support/fixture-styles/freshdesk.ts)', () => {
  it('render as Freshdesk shows conversation times', () => {
    const tokens = '{{time:-2h5m:freshdesk-title}}|{{time:-38m:freshdesk-ago}}|{{time:-47m:freshdesk-ago}}|{{time:-1d5h:freshdesk-ago}}|{{time:-1m:freshdesk-epoch}}';
    const render = (locale: string) => renderFixture(tokens, { now: NOW, timeZone: 'Asia/Kolkata', locale });
    expect(render('en-US')).toBe(`Mon, 23 Nov, 2026 at 1:25 PM|38 minutes ago|1 hour ago|1 day ago|${(NOW - MIN) / 1000}`);
    expect(render('en-IN')).toBe(`Mon, 23 Nov, 2026 at 1:25 pm|38 minutes ago|1 hour ago|1 day ago|${(NOW - MIN) / 1000}`);
  });
});

describe('freshdeskAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(freshdeskFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadCase(c);
    const before = doc.documentElement.outerHTML;
    const box = freshdeskAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(freshdeskSnapshots[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(renderedText(box!, S.bodySkip)).toBe(draft);
        expect(freshdeskAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null on a list view and while the previous ticket is still shown', () => {
    expect(freshdeskAdapter.replyBox!(load(CUSTOMER_LAST.file, 'https://acme.freshdesk.com/a/tickets/filters/all_tickets'))).toBeNull();
    expect(freshdeskAdapter.replyBox!(load(CUSTOMER_LAST.file, WAITING.url))).toBeNull();
  });
});

describeSendButton(freshdeskAdapter, freshdeskFixtures, loadCase);

it('freshdesk: no Send button on a list view', () => {
  expect(freshdeskAdapter.sendButton!(load(CUSTOMER_LAST.file, 'https://acme.freshdesk.com/a/tickets/filters/all_tickets'))).toBeNull();
});
