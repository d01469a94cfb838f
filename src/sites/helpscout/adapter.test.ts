import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../../test/support/fixture-case';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/helpscout';
import type { ConversationSnapshot } from '../../core/snapshot';
import { snapshotSchema } from '../../messaging/validate';
import { renderedText } from '../shared/rendered-text';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { helpscoutAdapter } from './adapter';
import { helpscoutExamples, helpscoutConversationIdFromUrl } from './detect';
import { helpscoutSnapshots, helpscoutFixtures, type ExpectedSnapshot } from './fixtures/expected';
import { helpscoutSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const NOW = Date.UTC(2026, 10, 23, 10, 0); // 15:30 in Asia/Kolkata, the zone the unit tests run in
const MIN = 60_000;
const ctx: AdapterContext = { agentAddresses: [], agentDomains: [], now: NOW };
const CUSTOMER_LAST = helpscoutFixtures[0]!;
const PENDING = helpscoutFixtures[1]!;
const MAILBOX = helpscoutFixtures[2]!;

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
const read = (doc: Document, url: string, context = ctx) => helpscoutAdapter.read(doc, new URL(url), context);
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
    site: 'helpscout',
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

describe('helpscoutAdapter on every saved page', () => {
  it('has a detailed expectation for every conversation page and a file for every case', () => {
    const conversations = helpscoutFixtures.filter((c) => c.expect.kind === 'conversation').map((c) => c.file);
    expect(Object.keys(helpscoutSnapshots).sort()).toEqual(conversations.sort());
    for (const c of helpscoutFixtures) expect(() => loadCase(c), c.file).not.toThrow();
  });

  describe.each(helpscoutFixtures.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    it('reads what expected.ts promises, without changing the page', () => {
      const doc = loadCase(c);
      const before = doc.documentElement.outerHTML;
      const e = c.expect;
      if (e.kind === 'no-conversation') {
        expect(read(doc, c.url)).toBeNull();
      } else if (e.kind === 'broken') {
        const error = thrown(() => read(doc, c.url));
        expect(error).toBeInstanceOf(LayoutNotRecognisedError);
        expect(error).toMatchObject({ site: 'helpscout', siteLabel: 'Help Scout', failedSelectors: e.failedSelectors });
      } else {
        const snapshot = read(doc, c.url)!;
        expect(snapshot).toEqual(expectedSnapshot(c, helpscoutSnapshots[c.file]!));
        expect(v.is(snapshotSchema, snapshot)).toBe(true);
      }
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    if (c.expect.kind === 'conversation') {
      const e = c.expect;
      it('agrees with the summary the browser test checks', () => {
        const detail = helpscoutSnapshots[c.file]!;
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

describe('helpscoutAdapter URLs', () => {
  it('matches its own examples and none of the look-alikes', () => {
    for (const u of helpscoutExamples.match) expect(helpscoutAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of helpscoutExamples.noMatch) expect(helpscoutAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('takes the stable conversation id (not the number agents see) from conversation views only', () => {
    const id = (u: string) => helpscoutConversationIdFromUrl(new URL(u));
    expect(id('https://secure.helpscout.net/conversation/2715830942/1187?folderId=6021234')).toBe('2715830942');
    expect(id('https://secure.helpscout.net/conversation/2715830942')).toBe('2715830942');
    expect(id('https://secure.helpscout.net/mailbox/3a1b2c3d4e5f6a7b/6021234/')).toBeNull();
    expect(id('https://secure.helpscout.net.evil.test/conversation/2715830942/1187')).toBeNull();
  });

  it('returns null on mailbox views even when a conversation is rendered in the page', () => {
    expect(read(loadCase(CUSTOMER_LAST), MAILBOX.url)).toBeNull();
  });
});

describe('helpscoutAdapter: Help Scout behaviours', () => {
  it('follows the app from one conversation to the next in the same page (single-page navigation)', () => {
    const doc = loadCase(CUSTOMER_LAST);
    expect(read(doc, CUSTOMER_LAST.url)!.conversationId).toBe('2715830942');
    doc.querySelector('#wrap')!.innerHTML = loadCase(PENDING).querySelector('#wrap')!.innerHTML;
    expect(read(doc, PENDING.url)).toEqual(expectedSnapshot(PENDING, helpscoutSnapshots[PENDING.file]!));
  });

  it('reads threads oldest first whichever order the agent chose', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const list = doc.querySelector('#convo-main')!;
    for (const thread of [...list.children]) list.prepend(thread);
    expect(read(doc, CUSTOMER_LAST.url)).toEqual(expectedSnapshot(CUSTOMER_LAST, helpscoutSnapshots[CUSTOMER_LAST.file]!));
  });

  it('scopes observation to the subject and the threads', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const scope = helpscoutAdapter.scope!(doc)!;
    expect(scope.id).toBe('mainCol');
    expect(helpscoutAdapter.scope!(loadCase(MAILBOX))).toBeNull();
  });

  it('resolves "47 minutes ago", "2 hours ago", "1 day ago" against ctx.now without the full date', () => {
    const doc = loadCase(CUSTOMER_LAST);
    for (const time of doc.querySelectorAll(S.threadTime)) {
      time.removeAttribute('datetime');
      time.removeAttribute('title');
    }
    expect(read(doc, CUSTOMER_LAST.url)!.messages.map((m) => m.at)).toEqual([at('-1d'), at('-1d'), at('-2h'), at('-47m')]);
  });

  it('reads the reply draft, empty or absent', () => {
    const doc = loadCase(CUSTOMER_LAST);
    doc.querySelector(S.replyEditor)!.innerHTML =
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-zero-width="n">\uFEFF<br></span></span></div>';
    expect(read(doc, CUSTOMER_LAST.url)!.draft).toBe('');
    doc.querySelector('[data-cy="ConvoEditor"]')!.remove();
    expect(read(doc, CUSTOMER_LAST.url)!.draft).toBeNull();
  });

  it.each([
    ['Active', 'open'],
    ['Pending', 'pending'],
    ['Closed', 'solved'],
    ['Spam', undefined],
  ])('maps the status "%s" to %s', (text, status) => {
    const doc = loadCase(CUSTOMER_LAST);
    doc.querySelector(S.status)!.textContent = text;
    expect(read(doc, CUSTOMER_LAST.url)!.status).toBe(status);
  });
});

describe('helpscoutAdapter on a hostile or unusual page', () => {
  it('survives odd attributes, huge text, deep nesting and missing optional parts', () => {
    const doc = loadCase(CUSTOMER_LAST);
    const threads = doc.querySelectorAll(S.thread);
    // Script-injected attribute values: the newest thread claims to be from 1970 and the year 275760.
    threads[0]!.querySelector(S.threadTime)!.setAttribute('datetime', '"><img src=x onerror=alert(1)>');
    threads[1]!.querySelector(S.threadTime)!.setAttribute('datetime', '+275760-09-13T00:00:00.001Z');
    // Huge text and a deeply nested body.
    threads[1]!.querySelector(S.threadBody)!.textContent = 'x'.repeat(150_000);
    let deep = threads[0]!.querySelector(S.threadBody)!;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.textContent = 'bottom';
    doc.querySelector(S.subject)!.textContent = 'S'.repeat(5_000);
    // Optional parts gone: the sidebar, the editor, the header's status and tags.
    doc.querySelector('#customerCol')!.remove();
    doc.querySelector('[data-cy="ConvoEditor"]')!.remove();
    doc.querySelector('.meta-row')!.remove();

    const snapshot = read(doc, CUSTOMER_LAST.url)!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'customer']);
    // Unusable datetime attributes fall back to the full date in the title.
    expect(snapshot.messages.map((m) => m.at)).toEqual([at('-1d6h'), at('-1d3h'), at('-2h5m'), at('-47m')]);
    expect(snapshot.messages[2]!.text).toHaveLength(150_000);
    expect(snapshot.messages[3]!.text.endsWith('bottom')).toBe(true);
    expect(snapshot.customer).toEqual({ name: 'Lena Fischer', address: null });
    expect(snapshot).toMatchObject({ draft: null, subject: 'S'.repeat(1_000) });
    expect(snapshot.status).toBeUndefined();
    expect(snapshot.labels).toBeUndefined();
    expect(v.is(snapshotSchema, snapshot)).toBe(true);
  });

  it('throws only LayoutNotRecognisedError on an empty or foreign page', () => {
    for (const html of ['', '<h1 data-cy="ConversationSubject">x</h1>', '<article class="thread" id="thread-1"></article>']) {
      const doc = loadCase(CUSTOMER_LAST);
      doc.body.innerHTML = html;
      expect(thrown(() => read(doc, CUSTOMER_LAST.url))).toBeInstanceOf(LayoutNotRecognisedError);
    }
  });
});

describe('helpscout time styles (test/support/fixture-styles/helpscout.ts)', () => {
  it('render as Help Scout shows thread times', () => {
    const tokens = '{{time:-2h5m:helpscout-title}}|{{time:-47m:helpscout-ago}}|{{time:-2h5m:helpscout-ago}}|{{time:-1d6h:helpscout-ago}}';
    const render = (locale: string) => renderFixture(tokens, { now: NOW, timeZone: 'Asia/Kolkata', locale });
    expect(render('en-US')).toBe('Monday, November 23, 2026 at 1:25 PM|47 minutes ago|2 hours ago|1 day ago');
    expect(render('en-GB')).toBe('Monday, 23 November 2026 at 13:25|47 minutes ago|2 hours ago|1 day ago');
  });
});

describe('helpscoutAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(helpscoutFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadCase(c);
    const before = doc.documentElement.outerHTML;
    const box = helpscoutAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(helpscoutSnapshots[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(renderedText(box!)).toBe(draft);
        expect(helpscoutAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null on a mailbox view, even with the conversation still rendered', () => {
    expect(helpscoutAdapter.replyBox!(load(CUSTOMER_LAST.file, MAILBOX.url))).toBeNull();
  });
});

describeSendButton(helpscoutAdapter, helpscoutFixtures, loadCase);

it('helpscout: no Send button on a mailbox view', () => {
  expect(helpscoutAdapter.sendButton!(load(CUSTOMER_LAST.file, MAILBOX.url))).toBeNull();
});
