import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../../test/support/fixture-case';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/zendesk';
import type { ConversationSnapshot } from '../../core/snapshot';
import { snapshotSchema } from '../../messaging/validate';
import { renderedText } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { zendeskAdapter } from './adapter';
import { zendeskExamples, zendeskTicketIdFromUrl } from './detect';
import { zendeskSnapshots, zendeskFixtures, type ExpectedSnapshot } from './fixtures/expected';
import { zendeskSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const NOW = Date.UTC(2026, 10, 23, 10, 0); // 15:30 in Asia/Kolkata, the zone the unit tests run in
const MIN = 60_000;
const ctx: AdapterContext = { agentAddresses: [], agentDomains: [], now: NOW };
const CUSTOMER_LAST = zendeskFixtures[0]!;
const PENDING = zendeskFixtures[1]!;

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
const read = (doc: Document, url: string, context = ctx) => zendeskAdapter.read(doc, new URL(url), context);
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
    site: 'zendesk',
    conversationId: e.conversationId,
    url: c.url,
    subject: e.subject,
    customer: e.customer,
    messages: e.messages.map((m) => ({ author: m.author, from: m.from, at: at(m.offset), text: m.text, collapsed: false })),
    hiddenMessageCount: 0,
    draft: e.draft,
    ...(e.status ? { status: e.status } : {}),
    ...(e.labels ? { labels: e.labels } : {}),
    capturedAt: NOW,
  };
}

describe('zendeskAdapter on every saved page', () => {
  it('has a detailed expectation for every conversation page and a file for every case', () => {
    const conversations = zendeskFixtures.filter((c) => c.expect.kind === 'conversation').map((c) => c.file);
    expect(Object.keys(zendeskSnapshots).sort()).toEqual(conversations.sort());
    for (const c of zendeskFixtures) expect(() => loadCase(c), c.file).not.toThrow();
  });

  describe.each(zendeskFixtures.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    it('reads what expected.ts promises, without changing the page', () => {
      const doc = loadCase(c);
      const before = doc.documentElement.outerHTML;
      const e = c.expect;
      if (e.kind === 'no-conversation') {
        expect(read(doc, c.url)).toBeNull();
      } else if (e.kind === 'broken') {
        const error = thrown(() => read(doc, c.url));
        expect(error).toBeInstanceOf(LayoutNotRecognisedError);
        expect(error).toMatchObject({ site: 'zendesk', siteLabel: 'Zendesk', failedSelectors: e.failedSelectors });
      } else {
        const snapshot = read(doc, c.url)!;
        expect(snapshot).toEqual(expectedSnapshot(c, zendeskSnapshots[c.file]!));
        expect(v.is(snapshotSchema, snapshot)).toBe(true);
      }
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    if (c.expect.kind === 'conversation') {
      const e = c.expect;
      it('agrees with the summary the browser test checks', () => {
        const detail = zendeskSnapshots[c.file]!;
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

describe('zendeskAdapter URLs', () => {
  it('matches its own examples and none of the look-alikes', () => {
    for (const u of zendeskExamples.match) expect(zendeskAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of zendeskExamples.noMatch) expect(zendeskAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('takes the ticket number from ticket views only', () => {
    const id = (u: string) => zendeskTicketIdFromUrl(new URL(u));
    expect(id('https://acme.zendesk.com/agent/tickets/4217')).toBe('4217');
    expect(id('https://acme.zendesk.com/agent/tickets/4217/events')).toBe('4217');
    expect(id('https://acme.zendesk.com/agent/tickets/4217?comment=918273645')).toBe('4217');
    expect(id('https://acme.zendesk.com/agent/tickets/new/1')).toBeNull();
    expect(id('https://acme.zendesk.com/agent/filters/360001234567')).toBeNull();
    expect(id('https://acme.zendesk.com/hc/en-us/requests/4217')).toBeNull();
    expect(id('https://acme.zendesk.com.evil.test/agent/tickets/4217')).toBeNull();
  });

  it('returns null on list views even when a ticket is rendered in the page', () => {
    expect(read(loadCase(CUSTOMER_LAST), 'https://acme.zendesk.com/agent/filters/360001234567')).toBeNull();
  });
});

describe('zendeskAdapter: Zendesk behaviours', () => {
  it('follows the URL between ticket tabs kept in the same page (single-page navigation)', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const other = 'https://acme.zendesk.com/agent/tickets/4102';
    const snapshot = read(doc, other)!;
    expect([snapshot.conversationId, snapshot.subject, snapshot.customer.name]).toEqual(['4102', 'Where is my order?', 'Tomás Ruiz']);
    expect(snapshot.messages.map((m) => [m.author, m.at])).toEqual([['customer', at('-5h')]]);
    expect(read(doc, CUSTOMER_LAST.url)!.conversationId).toBe('4217');
  });

  it("scopes observation to the URL's ticket workspace", () => {
    const doc = loadCase(CUSTOMER_LAST);
    const scope = zendeskAdapter.scope!(doc)!;
    expect(scope.matches(S.workspace)).toBe(true);
    expect(scope.querySelector(`[${S.conversation}="4217"]`)).not.toBeNull();
    expect(zendeskAdapter.scope!(load(CUSTOMER_LAST.file, 'https://acme.zendesk.com/agent/dashboard'))).toBeNull();
  });

  it('resolves relative times ("47 minutes ago", "Today at …", "Yesterday at …") against ctx.now', () => {
    for (const c of [CUSTOMER_LAST, PENDING]) {
      const doc = loadCase(c);
      for (const time of doc.querySelectorAll(S.itemTime)) time.removeAttribute('datetime');
      const got = read(doc, c.url)!.messages.map((m) => m.at);
      expect(got).toEqual(zendeskSnapshots[c.file]!.messages.map((m) => at(m.offset)));
    }
  });

  it('reads a reply draft only when the composer is on a public channel', () => {
    const doc = loadCase(PENDING);
    doc.querySelector(S.channel)!.setAttribute('data-channel', 'email');
    expect(read(doc, PENDING.url)!.draft).toBe('Chase on Thursday if no PO number.');
    doc.querySelector(S.composer)!.innerHTML = '<p><br data-cke-filler="true"></p>';
    expect(read(doc, PENDING.url)!.draft).toBe('');
    doc.querySelector('[data-test-id="editor-view"]')!.remove();
    expect(read(doc, PENDING.url)!.draft).toBeNull();
  });

  it.each([
    ['ticket_status_label hold', 'On-hold', 'onhold'],
    ['ticket_status_label new', 'New', 'open'],
    ['ticket_status_label solved', 'Solved', 'solved'],
    ['ticket_status_label closed', 'Closed', 'solved'],
    ['ticket_status_label', 'On-hold', 'onhold'],
    ['ticket_status_label', 'Waiting on vendor', undefined],
    ['ticket_status_label constructor', '__proto__', undefined],
  ])('maps a status label (class "%s", text "%s") to %s', (className, text, status) => {
    const doc = loadCase(CUSTOMER_LAST);
    const label = doc.querySelector(S.status)!;
    label.className = className;
    label.textContent = text;
    expect(read(doc, CUSTOMER_LAST.url)!.status).toBe(status);
  });

  it('names a missing conversation anchor or message bubbles', () => {
    const doc = loadCase(CUSTOMER_LAST);
    for (const bubble of doc.querySelectorAll(S.itemMessage)) bubble.removeAttribute('data-test-id');
    expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toMatchObject({ failedSelectors: ['itemMessage'] });
    doc.querySelector(`[${S.conversation}="4217"]`)!.removeAttribute(S.conversation);
    expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toMatchObject({ failedSelectors: ['conversation'] });
  });
});

describe('zendeskAdapter on a hostile or unusual page', () => {
  it('survives odd attributes, huge text, deep nesting and missing optional parts', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const items = doc.querySelectorAll(S.logItem);
    // Script-injected attribute values.
    items[0]!.querySelector(S.itemMessage)!.setAttribute('type', '"><img src=x onerror=alert(1)>');
    items[1]!.querySelector(S.itemTime)!.setAttribute('datetime', '-271821-04-20T00:00:00Z');
    items[3]!.querySelector(S.itemTime)!.setAttribute('datetime', 'constructor');
    // Huge text and a deeply nested body (items[2] is the internal note).
    items[3]!.querySelector(S.itemBody)!.textContent = 'x'.repeat(150_000);
    let deep = items[4]!.querySelector(S.itemBody)!;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.textContent = 'bottom';
    (doc.querySelector(S.subject) as HTMLInputElement).value = 'S'.repeat(5_000);
    // Optional parts gone: sidebar, composer, status.
    doc.querySelector('.ticket-sidebar')!.remove();
    doc.querySelector('[data-test-id="editor-view"]')!.remove();
    doc.querySelector(S.status)!.remove();

    const snapshot = read(doc, CUSTOMER_LAST.url)!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['agent', 'agent', 'customer', 'customer']);
    // Unusable datetime attributes fall back to the visible text.
    expect(snapshot.messages.map((m) => m.at)).toEqual([at('-1d3h'), at('-1d1h'), at('-2h5m'), at('-47m')]);
    expect(snapshot.messages[2]!.text).toHaveLength(150_000);
    expect(snapshot.messages[3]!.text.endsWith('bottom')).toBe(true);
    expect(snapshot.customer).toEqual({ name: 'Noor Haddad', address: null });
    expect(snapshot).toMatchObject({ draft: null, subject: 'S'.repeat(1_000) });
    expect(snapshot.status).toBeUndefined();
    expect(snapshot.labels).toBeUndefined();
    expect(v.is(snapshotSchema, snapshot)).toBe(true);
  });

  it('throws only LayoutNotRecognisedError on an empty or foreign page', () => {
    for (const html of ['', '<div class="workspace"></div>', '<div data-side-conversations-anchor-id="4217"></div>']) {
      const doc = loadCase(CUSTOMER_LAST);
      doc.body.innerHTML = html;
      expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toBeInstanceOf(LayoutNotRecognisedError);
    }
  });
});

describe('zendesk time styles (test/support/fixture-styles/zendesk.ts)', () => {
  it('render as the Agent Workspace shows comment times', () => {
    const tokens = '{{time:-47m:zendesk-relative}}|{{time:-2h5m:zendesk-relative}}|{{time:-1d3h:zendesk-relative}}|{{time:-3d2h:zendesk-relative}}';
    const render = (locale: string) => renderFixture(tokens, { now: NOW, timeZone: 'Asia/Kolkata', locale });
    expect(render('en-US')).toBe('47 minutes ago|Today at 1:25 PM|Yesterday at 12:30 PM|Nov 20, 1:30 PM');
    expect(render('en-GB')).toBe('47 minutes ago|Today at 13:25|Yesterday at 12:30|20 Nov, 13:30');
  });
});

describe('zendeskAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(zendeskFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadCase(c);
    const before = doc.documentElement.outerHTML;
    const box = zendeskAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(zendeskSnapshots[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(renderedText(box!, S.bodySkip)).toBe(draft);
        expect(zendeskAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null while the composer is on the internal-note channel, the composer once it is public', () => {
    const doc = loadCase(PENDING);
    expect(read(doc, PENDING.url)!.draft).toBeNull();
    expect(zendeskAdapter.replyBox!(doc)).toBeNull();
    doc.querySelector(S.channel)!.setAttribute('data-channel', 'email');
    const box = zendeskAdapter.replyBox!(doc);
    expect(box).not.toBeNull();
    expect(renderedText(box!, S.bodySkip)).toBe(read(doc, PENDING.url)!.draft);
    expect(renderedText(box!, S.bodySkip)).toBe('Chase on Thursday if no PO number.');
  });

  it("belongs to the URL's ticket tab, and is null on a list view", () => {
    // Ticket 4102's tab, kept in the same page, has no composer open; 4217's must not be taken for it.
    const other = 'https://acme.zendesk.com/agent/tickets/4102';
    const doc = load(CUSTOMER_LAST.file, other);
    expect(read(doc, other)!.draft).toBeNull();
    expect(zendeskAdapter.replyBox!(doc)).toBeNull();
    expect(zendeskAdapter.replyBox!(load(CUSTOMER_LAST.file, 'https://acme.zendesk.com/agent/filters/360001234567'))).toBeNull();
  });
});

describeSendButton(zendeskAdapter, zendeskFixtures, loadCase);

it('zendesk: no Send button on the internal-note channel, another ticket\'s tab or a list', () => {
  const doc = loadCase(PENDING);
  expect(zendeskAdapter.sendButton!(doc)).toBeNull();
  doc.querySelector(S.channel)!.setAttribute('data-channel', 'email');
  expect(zendeskAdapter.sendButton!(doc)?.getAttribute('data-test-id')).toBe('submit_button-button');
  expect(zendeskAdapter.sendButton!(load(CUSTOMER_LAST.file, 'https://acme.zendesk.com/agent/tickets/4102'))).toBeNull();
  expect(zendeskAdapter.sendButton!(load(CUSTOMER_LAST.file, 'https://acme.zendesk.com/agent/filters/360001234567'))).toBeNull();
});
