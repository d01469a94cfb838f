// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/front';
import type { ConversationSnapshot } from '../../core/snapshot';
import { textOf } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { frontAdapter } from './adapter';
import { frontConversationIdFromUrl, frontExamples } from './detect';
import { frontSelectors as S } from './selectors';
import { frontConversations, frontFixtures, type ExpectedConversation } from './fixtures/expected';
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

const read = (doc: Document, url: string, c: AdapterContext = ctx) => frontAdapter.read(doc, new URL(url), c);

function expectedSnapshot(c: ExpectedConversation): ConversationSnapshot {
  return {
    site: 'front',
    conversationId: c.conversationId,
    url: c.url,
    subject: c.subject,
    customer: c.customer,
    messages: c.messages.map((m) => ({
      author: m.author,
      from: m.from,
      at: NOW + parseOffset(m.offset)!,
      text: m.text,
      collapsed: m.collapsed,
    })),
    hiddenMessageCount: 0,
    draft: c.draft,
    ...(c.status ? { status: c.status } : {}),
    ...(c.labels ? { labels: c.labels } : {}),
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

const [customerLast, waiting] = frontConversations as [ExpectedConversation, ExpectedConversation];

describe('Front URL detection', () => {
  it('matches every example of its own and none of the others', () => {
    for (const u of frontExamples.match) expect(frontAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of frontExamples.noMatch) expect(frontAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('gives one id per conversation whether the URL has its number or its API id', () => {
    const id = (u: string) => frontConversationIdFromUrl(new URL(u));
    expect(id(frontExamples.match[0])).toBe('cnv_1hxxh0yi');
    expect(id('https://app.frontapp.com/open/cnv_1hxxh0yi')).toBe('cnv_1hxxh0yi');
    expect(id(frontExamples.match[1])).toBe(`cnv_${(7762260226).toString(36)}`);
    expect(id(frontExamples.match[3])).toBe(`cnv_${(121516198).toString(36)}`);
    expect(frontExamples.match.slice(6).map(id)).toEqual([null, null, null, null, null, null]);
    expect(id(frontExamples.noMatch[0])).toBeNull();
  });
});

describe('frontAdapter on saved pages', () => {
  it.each(frontFixtures.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
    const doc = load(file, fixture.url);
    const before = doc.documentElement.outerHTML;
    const { expect: want } = fixture;
    if (want.kind === 'conversation') {
      const snapshot = read(doc, fixture.url)!;
      expect(snapshot).toEqual(expectedSnapshot(frontConversations.find((c) => c.file === file)!));
      expect(snapshot.messages).toHaveLength(want.messages);
      expect(snapshot.messages.at(-1)!.author).toBe(want.lastAuthor);
      expect(snapshot.customer).toEqual({ name: want.customerName, address: want.customerAddress });
      expect(snapshot.status).toBe(want.status);
    } else if (want.kind === 'no-conversation') {
      expect(read(doc, fixture.url)).toBeNull();
    } else {
      const error = layoutError(() => read(doc, fixture.url));
      expect(error).toMatchObject({ site: 'front', siteLabel: 'Front', failedSelectors: want.failedSelectors });
    }
    frontAdapter.scope!(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("derives the browser tests' waiting minutes from the fixture offsets", () => {
    expect(frontFixtures.map((f) => (f.expect.kind === 'conversation' ? f.expect.waitingMinutes : 'n/a'))).toEqual([
      52,
      null,
      'n/a',
      'n/a',
    ]);
  });
});

describe('frontAdapter: Front behaviours', () => {
  it('observes only the conversation pane and leaves teammates\' comments out', () => {
    const doc = load(customerLast.file, customerLast.url);
    expect(frontAdapter.scope!(doc)).toBe(doc.querySelector('[class*="conversationPane__StyledPane"]'));
    expect(doc.body.textContent).toContain('the carrier can only collect on Thursday');
    expect(JSON.stringify(read(doc, customerLast.url))).not.toContain('Thursday');
  });

  it('follows a switch to another conversation in the same document', () => {
    const doc = load(customerLast.file, customerLast.url);
    expect(read(doc, customerLast.url)).toEqual(expectedSnapshot(customerLast));
    doc.body.innerHTML = load(waiting.file, waiting.url).body.innerHTML;
    expect(read(doc, waiting.url)).toEqual(expectedSnapshot(waiting));
    expect(read(doc, 'https://app.frontapp.com/inboxes/teams/folders/4808209/unassigned/0')).toBeNull();
  });

  it('counts configured agent addresses as agents, without a teammate marker', () => {
    const doc = load(waiting.file, waiting.url);
    for (const el of doc.querySelectorAll(S.teammate)) el.remove();
    expect(read(doc, waiting.url)!.messages.map((m) => m.author)).toEqual(['customer', 'customer', 'customer']);
    const snapshot = read(doc, waiting.url, { ...ctx, agentDomains: ['acme-support.example'] })!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['customer', 'customer', 'agent']);
  });

  it('takes the first recipient as the customer when only the team has written', () => {
    const doc = load(waiting.file, waiting.url);
    const [tomas, ana] = doc.querySelectorAll(S.message);
    tomas!.remove();
    ana!.remove();
    expect(read(doc, waiting.url)!.customer).toEqual(waiting.customer);
  });

  it.each([
    ['Open', 'open'],
    ['Waiting on customer', 'pending'],
    ['Resolved', 'solved'],
    ['Archived', 'solved'],
    ['Snoozed', 'onhold'],
    ['Trashed', undefined],
  ])('maps the status "%s" to %s', (text, status) => {
    const doc = load(customerLast.file, customerLast.url);
    doc.querySelector(S.status)!.textContent = text;
    expect(read(doc, customerLast.url)!.status).toBe(status);
  });

  it('reads the short time beside the sender ("14:38" today) against ctx.now without a tooltip', () => {
    const now = new Date(2026, 10, 23, 15, 30).getTime();
    const doc = load(customerLast.file, customerLast.url, now);
    for (const el of doc.querySelectorAll(S.date)) el.removeAttribute('title');
    expect(read(doc, customerLast.url, { ...ctx, now })!.messages.at(-1)!.at).toBe(now - 52 * MIN);
  });

  it('gives an empty draft for an open but empty composer, and null without one', () => {
    const doc = load(customerLast.file, customerLast.url);
    doc.querySelector(`${S.composer} ${S.editable}`)!.innerHTML = '<p><br></p>';
    expect(read(doc, customerLast.url)!.draft).toBe('');
    doc.querySelector(S.composer)!.remove();
    expect(read(doc, customerLast.url)!.draft).toBeNull();
  });
});

describe('frontAdapter on hostile or half-rendered pages', () => {
  it('names the pane when the topbar is gone, and the sender when no message has one', () => {
    const doc = load(customerLast.file, customerLast.url);
    for (const el of doc.querySelectorAll(S.sender)) el.parentElement!.remove();
    expect(layoutError(() => read(doc, customerLast.url)).failedSelectors).toEqual(['sender']);
    doc.querySelector(S.topbar)!.remove();
    expect(layoutError(() => read(doc, customerLast.url)).failedSelectors).toEqual(['topbar']);
  });

  it('reads what is there when optional parts are missing', () => {
    const doc = load(customerLast.file, customerLast.url);
    for (const sel of [S.status, S.tag, S.date, S.composer]) for (const el of doc.querySelectorAll(sel)) el.remove();
    const snapshot = read(doc, customerLast.url)!;
    expect(snapshot.messages.map((m) => [m.author, m.at])).toEqual([
      ['customer', null],
      ['agent', null],
      ['customer', null],
    ]);
    expect(snapshot).not.toHaveProperty('status');
    expect(snapshot).not.toHaveProperty('labels');
    expect(snapshot.draft).toBeNull();
  });

  it('throws nothing but layout errors on injected attributes, huge text and absurd nesting', () => {
    const doc = load(customerLast.file, customerLast.url);
    const [first, , last] = doc.querySelectorAll(S.sender);
    first!.setAttribute('title', '"><svg onload=alert(1)>');
    last!.textContent = 'z'.repeat(5_000);
    doc.querySelectorAll(S.date)[0]!.setAttribute('title', '1969-07-20T20:17:00Z');
    doc.querySelectorAll(S.date)[0]!.textContent = 'yesterday-ish';
    doc.querySelector(S.subject)!.textContent = 's'.repeat(3_000);
    const bodies = doc.querySelectorAll(S.body);
    bodies[1]!.textContent = 'w '.repeat(400_000);
    let deep: Element = bodies[0]!;
    for (let i = 0; i < 1_500; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.textContent = 'bottom';

    const snapshot = read(doc, customerLast.url)!;
    expect(snapshot.messages[0]).toMatchObject({ from: { name: 'Olivia Hart', address: null }, at: null });
    expect(snapshot.messages[1]!.text.endsWith('bottom')).toBe(true);
    expect(snapshot.messages[2]!.text.length).toBeLessThanOrEqual(20_000);
    expect(snapshot.messages[2]!.from.name).toHaveLength(1000);
    expect(snapshot.subject).toHaveLength(1000);
  });
});

describe('renderFixture with the Front styles', () => {
  it("renders Front's tooltip and short times in the page's language", () => {
    const render = (lang: string) =>
      renderFixture(`<html lang="${lang}">{{time:-52m:front-title}}|{{time:-52m:front-short}}|{{time:-1d4h:front-short}}`, {
        now: NOW,
        timeZone: 'Asia/Kolkata',
      });
    expect(render('en-GB')).toBe('<html lang="en-GB">Monday, 23 November 2026 at 14:38|14:38|22 Nov');
    expect(render('en')).toBe('<html lang="en">Monday, November 23, 2026 at 2:38 PM|2:38 PM|Nov 22');
  });
});

describe('frontAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(frontFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = load(file, c.url);
    const before = doc.documentElement.outerHTML;
    const box = frontAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(frontConversations.find((f) => f.file === file)!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(frontAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is the editable inside the composer, and null without a composer', () => {
    const doc = load(customerLast.file, customerLast.url);
    expect(frontAdapter.replyBox!(doc)).toBe(doc.querySelector(`${S.composer} ${S.editable}`));
    doc.querySelector(S.composer)!.remove();
    expect(frontAdapter.replyBox!(doc)).toBeNull();
  });
});

describeSendButton(frontAdapter, frontFixtures, (c) => load(c.file, c.url));

it('front: no Send button without a composer', () => {
  const doc = load(customerLast.file, customerLast.url);
  expect(frontAdapter.sendButton!(doc)).not.toBeNull();
  doc.querySelector(S.composer)!.remove();
  expect(frontAdapter.sendButton!(doc)).toBeNull();
});
