import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../../test/support/fixture-case';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/outlook';
import type { ConversationSnapshot } from '../../core/snapshot';
import { snapshotSchema } from '../../messaging/validate';
import { renderedText } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { outlookAdapter } from './adapter';
import { outlookExamples, outlookConversationIdFromUrl, outlookSharedMailboxFromUrl } from './detect';
import { outlookSnapshots, outlookFixtures, type ExpectedSnapshot } from './fixtures/expected';
import { outlookSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const NOW = Date.UTC(2026, 10, 23, 10, 0); // 15:30 in Asia/Kolkata, the zone the unit tests run in
const MIN = 60_000;
const ctx: AdapterContext = { agentAddresses: [], agentDomains: [], now: NOW };
const CUSTOMER_LAST = outlookFixtures[0]!;
const SHARED = outlookFixtures[1]!;
const INBOX = outlookFixtures[2]!;

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function load(file: string, url: string, now = NOW, locale?: string): Document {
  const html = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(renderFixture(html, { now, timeZone: 'Asia/Kolkata', ...(locale ? { locale } : {}) }));
  return window.document as unknown as Document;
}

const loadCase = (c: FixtureCase) => load(c.file, c.url);
const read = (doc: Document, url: string, context = ctx) => outlookAdapter.read(doc, new URL(url), context);
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
    site: 'outlook',
    conversationId: e.conversationId,
    url: c.url,
    subject: e.subject,
    customer: e.customer,
    messages: e.messages.map((m) => ({ author: m.author, from: m.from, at: at(m.offset), text: m.text, collapsed: m.collapsed })),
    hiddenMessageCount: 0,
    draft: e.draft,
    capturedAt: NOW,
  };
}

describe('outlookAdapter on every saved page', () => {
  it('has a detailed expectation for every conversation page and a file for every case', () => {
    const conversations = outlookFixtures.filter((c) => c.expect.kind === 'conversation').map((c) => c.file);
    expect(Object.keys(outlookSnapshots).sort()).toEqual(conversations.sort());
    for (const c of outlookFixtures) expect(() => loadCase(c), c.file).not.toThrow();
  });

  describe.each(outlookFixtures.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    it('reads what expected.ts promises, without changing the page', () => {
      const doc = loadCase(c);
      const before = doc.documentElement.outerHTML;
      const e = c.expect;
      if (e.kind === 'no-conversation') {
        expect(read(doc, c.url)).toBeNull();
      } else if (e.kind === 'broken') {
        const error = thrown(() => read(doc, c.url));
        expect(error).toBeInstanceOf(LayoutNotRecognisedError);
        expect(error).toMatchObject({ site: 'outlook', siteLabel: 'Outlook', failedSelectors: e.failedSelectors });
      } else {
        const snapshot = read(doc, c.url)!;
        expect(snapshot).toEqual(expectedSnapshot(c, outlookSnapshots[c.file]!));
        expect(v.is(snapshotSchema, snapshot)).toBe(true);
      }
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    if (c.expect.kind === 'conversation') {
      const e = c.expect;
      it('agrees with the summary the browser test checks', () => {
        const detail = outlookSnapshots[c.file]!;
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
        }).toEqual(summary);
      });
    }
  });
});

describe('outlookAdapter URLs', () => {
  it('matches its own examples and none of the look-alikes', () => {
    for (const u of outlookExamples.match) expect(outlookAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of outlookExamples.noMatch) expect(outlookAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('takes the decoded conversation id from conversation and pop-out URLs only', () => {
    const id = (u: string) => outlookConversationIdFromUrl(new URL(u));
    expect(id(CUSTOMER_LAST.url)).toBe(outlookSnapshots[CUSTOMER_LAST.file]!.conversationId);
    expect(id('https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWExNDYtMDACLTAwCgAQAEyZ2xTxgLlKnqS3zv%2BVnjI%3D')).toBe(
      'AQQkADAwATM0MDAAMS1iNTcwLWExNDYtMDACLTAwCgAQAEyZ2xTxgLlKnqS3zv+VnjI=',
    );
    expect(id('https://outlook.office.com/mail/deeplink/read/AAMkAGI2TGFjNzQ4%3D')).toBe('AAMkAGI2TGFjNzQ4=');
    expect(id('https://outlook.office.com/mail/inbox/id/%E0%A4%A')).toBe('%E0%A4%A');
    expect(id(INBOX.url)).toBeNull();
    expect(id('https://outlook.office.com.evil.test/mail/inbox/id/AAQkAGI2TGFjNzQ4')).toBeNull();
  });

  it('knows a shared mailbox from its URL', () => {
    expect(outlookSharedMailboxFromUrl(new URL(SHARED.url))).toBe('support@acme.example.com');
    expect(outlookSharedMailboxFromUrl(new URL(CUSTOMER_LAST.url))).toBeNull();
  });

  it('returns null on lists even when a conversation is rendered in the page', () => {
    expect(read(loadCase(CUSTOMER_LAST), INBOX.url)).toBeNull();
  });
});

describe('outlookAdapter: who is on the team', () => {
  const authors = (doc: Document, url: string, context: Partial<AdapterContext> = {}) =>
    read(doc, url, { ...ctx, ...context })!.messages.map((m) => m.author);
  const sharedAsInbox = `https://outlook.office.com/mail/inbox/id/${outlookSnapshots[SHARED.file]!.conversationId}`;

  it('counts the signed-in mailbox as the agent without any settings', () => {
    const doc = loadCase(CUSTOMER_LAST);
    expect(authors(doc, CUSTOMER_LAST.url)).toEqual(['customer', 'agent', 'customer', 'customer']);
    doc.querySelector(S.mailboxRoot)!.remove();
    expect(authors(doc, CUSTOMER_LAST.url)).toEqual(['customer', 'customer', 'customer', 'customer']);
  });

  it('counts a shared mailbox as the agent only when the URL opens it, or the settings name it', () => {
    const doc = loadCase(SHARED);
    expect(authors(doc, sharedAsInbox)).toEqual(['customer', 'customer', 'customer', 'customer']);
    expect(authors(doc, sharedAsInbox, { agentDomains: ['@ACME.example.com'] })).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(authors(doc, sharedAsInbox, { agentAddresses: [' Support@ACME.example.com '] })).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(read(doc, sharedAsInbox)!.customer).toEqual({ name: 'Jonas Weber', address: 'jonas.weber@example.net' });
  });

  it('takes the first outside recipient as the customer when only the team has written', () => {
    const doc = loadCase(SHARED);
    for (const item of doc.querySelectorAll(S.messageItem)) {
      if (item.querySelector(S.sender)!.textContent!.includes('Jonas')) item.remove();
    }
    const snapshot = read(doc, SHARED.url)!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['agent', 'agent']);
    expect(snapshot.customer).toEqual({ name: 'jonas.weber@example.net', address: 'jonas.weber@example.net' });
  });
});

describe('outlookAdapter: Outlook behaviours', () => {
  it('follows a switch to another conversation in the same page (single-page navigation)', () => {
    const doc = loadCase(CUSTOMER_LAST);
    // One browser, one language: the next conversation's times render like the page's.
    doc.querySelector(S.readingPane)!.innerHTML = load(SHARED.file, SHARED.url, NOW, 'en-US').querySelector(S.readingPane)!.innerHTML;
    expect(read(doc, SHARED.url)).toEqual(expectedSnapshot(SHARED, outlookSnapshots[SHARED.file]!));
    expect(outlookAdapter.scope!(doc)).toBe(doc.querySelector(S.readingPane));
  });

  it('reads the times shown without their full-date titles ("2:43 PM" today, "Sun 11/22" before)', () => {
    const doc = loadCase(CUSTOMER_LAST);
    for (const time of doc.querySelectorAll(S.time)) time.removeAttribute('title');
    const nov22 = new Date(2026, 10, 22).getTime(); // local midnight: the day is all the text says
    expect(read(doc, CUSTOMER_LAST.url)!.messages.map((m) => m.at)).toEqual([nov22, nov22, at('-2h5m'), at('-47m')]);
  });

  it('reads the inline reply, empty or absent', () => {
    const doc = loadCase(CUSTOMER_LAST);
    doc.querySelector(S.replyBody)!.innerHTML = '<div><br></div><div id="Signature">Ravi</div>';
    expect(read(doc, CUSTOMER_LAST.url)!.draft).toBe('');
    doc.querySelector('.compose')!.remove();
    expect(read(doc, CUSTOMER_LAST.url)!.draft).toBeNull();
  });

  it('names the reading pane or the senders when they are gone', () => {
    const doc = loadCase(CUSTOMER_LAST);
    for (const sender of doc.querySelectorAll(S.sender)) sender.className = 'Qz1Aa';
    expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toMatchObject({ failedSelectors: ['sender'] });
    doc.querySelector(S.readingPane)!.id = 'ReadingPane2';
    expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toMatchObject({ failedSelectors: ['readingPane'] });
  });
});

describe('outlookAdapter on a hostile or unusual page', () => {
  it('survives odd attributes, huge text, deep nesting and missing optional parts', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const items = doc.querySelectorAll(S.messageItem);
    // Script-injected values: a sender title with markup, a time title with a huge number.
    items[0]!.querySelector(S.sender)!.setAttribute('title', '"><img src=x onerror=alert(1)>');
    items[1]!.querySelector(S.time)!.setAttribute('title', '9'.repeat(400));
    // Huge text and a deeply nested body.
    items[1]!.querySelector(S.body)!.textContent = 'x'.repeat(150_000);
    let deep = items[0]!.querySelector(S.body)!;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.textContent = 'bottom';
    doc.querySelector(S.subject)!.textContent = 'S'.repeat(5_000);
    // Optional parts gone: the folder pane (signed-in mailbox), the reply, the times.
    doc.querySelector('.folders')!.remove();
    doc.querySelector('.compose')!.remove();
    for (const time of items[3]!.querySelectorAll(S.time)) time.remove();

    const snapshot = read(doc, CUSTOMER_LAST.url)!;
    expect(snapshot.messages.map((m) => m.from.name)).toEqual(['Maya Okafor', 'Ravi Menon', 'Maya Okafor', 'Maya Okafor']);
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'customer', 'customer', 'customer']);
    // The newest message now shows no time; the others keep theirs, still oldest first.
    expect(snapshot.messages.map((m) => m.at)).toEqual([null, at('-1d1h'), at('-2h5m'), at('-47m')]);
    expect(snapshot.messages.find((m) => m.text.length === 150_000)).toBeDefined();
    expect(snapshot.messages.some((m) => m.text.endsWith('bottom'))).toBe(true);
    expect(snapshot).toMatchObject({ draft: null, subject: 'S'.repeat(1_000) });
    expect(v.is(snapshotSchema, snapshot)).toBe(true);
  });

  it('throws only LayoutNotRecognisedError on an empty or foreign page', () => {
    for (const html of ['', '<div id="ReadingPaneContainerId"></div>', '<div id="ReadingPaneContainerId"><div class="aVla3"></div></div>']) {
      const doc = loadCase(CUSTOMER_LAST);
      doc.body.innerHTML = html;
      expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toBeInstanceOf(LayoutNotRecognisedError);
    }
  });
});

describe('outlook time styles (test/support/fixture-styles/outlook.ts)', () => {
  it('render as Outlook shows message times', () => {
    const tokens = '{{time:-2h5m:outlook-title}}|{{time:-2h5m:outlook-short}}|{{time:-1d1h:outlook-short}}';
    const render = (locale: string) => renderFixture(tokens, { now: NOW, timeZone: 'Asia/Kolkata', locale });
    expect(render('en-US')).toBe('Mon 11/23/2026 1:25 PM|1:25 PM|Sun 11/22');
    expect(render('en-GB')).toBe('Mon 23/11/2026 13:25|13:25|Sun 22/11');
  });
});

describe('outlookAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(outlookFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadCase(c);
    const before = doc.documentElement.outerHTML;
    const box = outlookAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(outlookSnapshots[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(renderedText(box!, S.bodySkip)).toBe(draft);
        expect(outlookAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null on a list, even with the conversation still in the reading pane', () => {
    expect(outlookAdapter.replyBox!(load(CUSTOMER_LAST.file, CUSTOMER_LAST.url))).not.toBeNull();
    expect(outlookAdapter.replyBox!(load(CUSTOMER_LAST.file, INBOX.url))).toBeNull();
  });
});

describeSendButton(outlookAdapter, outlookFixtures, loadCase);

it('outlook: no Send button on a list, even with the reply still in the reading pane', () => {
  expect(outlookAdapter.sendButton!(load(CUSTOMER_LAST.file, CUSTOMER_LAST.url))?.getAttribute('aria-label')).toBe('Send');
  expect(outlookAdapter.sendButton!(load(CUSTOMER_LAST.file, INBOX.url))).toBeNull();
});
