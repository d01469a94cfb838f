// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOffset, renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/fixture-styles/intercom';
import type { ConversationSnapshot } from '../../core/snapshot';
import { textOf } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError, type AdapterContext } from '../types';
import { intercomAdapter } from './adapter';
import { intercomConversationIdFromUrl, intercomExamples } from './detect';
import { intercomSelectors as S } from './selectors';
import { intercomConversations, intercomFixtures, type ExpectedConversation } from './fixtures/expected';
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

const read = (doc: Document, url: string, c: AdapterContext = ctx) => intercomAdapter.read(doc, new URL(url), c);

function expectedSnapshot(c: ExpectedConversation): ConversationSnapshot {
  return {
    site: 'intercom',
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

const [customerLast, snoozed] = intercomConversations as [ExpectedConversation, ExpectedConversation];

describe('Intercom URL detection', () => {
  it('matches every example of its own and none of the others', () => {
    for (const u of intercomExamples.match) expect(intercomAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of intercomExamples.noMatch) expect(intercomAdapter.matches(new URL(u)), u).toBe(false);
  });

  it('takes the conversation number from conversation URLs only', () => {
    const id = (u: string) => intercomConversationIdFromUrl(new URL(u));
    expect(intercomExamples.match.map(id)).toEqual([
      '215467892345678',
      '215467892345678',
      '215467892345678',
      '215467893000111',
      '215467893000111',
      '15929788631',
      '15929788631',
      null,
      null,
      null,
      null,
    ]);
    expect(id(intercomExamples.noMatch[0])).toBeNull();
  });
});

describe('intercomAdapter on saved pages', () => {
  it.each(intercomFixtures.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
    const doc = load(file, fixture.url);
    const before = doc.documentElement.outerHTML;
    const { expect: want } = fixture;
    if (want.kind === 'conversation') {
      const snapshot = read(doc, fixture.url)!;
      expect(snapshot).toEqual(expectedSnapshot(intercomConversations.find((c) => c.file === file)!));
      expect(snapshot.messages).toHaveLength(want.messages);
      expect(snapshot.messages.at(-1)!.author).toBe(want.lastAuthor);
      expect(snapshot.customer).toEqual({ name: want.customerName, address: want.customerAddress });
      expect(snapshot.status).toBe(want.status);
    } else if (want.kind === 'no-conversation') {
      expect(read(doc, fixture.url)).toBeNull();
    } else {
      const error = layoutError(() => read(doc, fixture.url));
      expect(error).toMatchObject({ site: 'intercom', siteLabel: 'Intercom', failedSelectors: want.failedSelectors });
    }
    intercomAdapter.scope!(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("derives the browser tests' waiting minutes from the fixture offsets", () => {
    expect(intercomFixtures.map((f) => (f.expect.kind === 'conversation' ? f.expect.waitingMinutes : 'n/a'))).toEqual([
      58,
      null,
      'n/a',
      'n/a',
    ]);
  });
});

describe('intercomAdapter: Intercom behaviours', () => {
  it('leaves out bot answers, automated parts and notes (the customer still waits for a person)', () => {
    const doc = load(customerLast.file, customerLast.url);
    const text = JSON.stringify(read(doc, customerLast.url));
    for (const hidden of ['shorter date range', 'handed the conversation', '10k rows', 'Fin']) expect(text).not.toContain(hidden);
  });

  it('observes the conversation page, or the stream\'s parent when the page class is renamed', () => {
    const doc = load(customerLast.file, customerLast.url);
    const page = doc.querySelector(S.page)!;
    expect(intercomAdapter.scope!(doc)).toBe(page);
    page.className = 'conversation-page';
    expect(intercomAdapter.scope!(doc)).toBe(doc.querySelector(S.stream)!.parentElement);
    expect(read(doc, customerLast.url)).toEqual(expectedSnapshot(customerLast));
  });

  it('reads the pre-2026-04 "inbox2__" class names too', () => {
    const doc = load(customerLast.file, customerLast.url);
    doc.body.innerHTML = doc.body.innerHTML.replaceAll('inbox-2__', 'inbox2__');
    expect(read(doc, customerLast.url)).toEqual(expectedSnapshot(customerLast));
  });

  it('follows a switch to another conversation in the same document', () => {
    const doc = load(customerLast.file, customerLast.url);
    expect(read(doc, customerLast.url)!.conversationId).toBe(customerLast.conversationId);
    doc.body.innerHTML = load(snoozed.file, snoozed.url).body.innerHTML;
    expect(read(doc, snoozed.url)).toEqual(expectedSnapshot(snoozed));
    expect(read(doc, 'https://app.eu.intercom.com/a/inbox/k2x9pl4q/inbox/admin/4643910')).toBeNull();
  });

  it('resolves the compact ages ("47m") against ctx.now when there is no tooltip', () => {
    const now = NOW + 7 * MIN;
    const doc = load(customerLast.file, customerLast.url, now);
    for (const el of doc.querySelectorAll(S.time)) el.removeAttribute('title');
    // "3h" for 3 h 10 min: the age is all the page says, rounded down as Intercom shows it.
    expect(read(doc, customerLast.url, { ...ctx, now })!.messages.map((m) => m.at)).toEqual(
      [180, 120, 58, 47].map((minutes) => now - minutes * MIN),
    );
  });

  it('reads the draft of a reply, not of a note', () => {
    const doc = load(snoozed.file, snoozed.url);
    expect(read(doc, snoozed.url)!.draft).toBeNull();
    doc.querySelector(S.composer)!.classList.remove('o__note');
    expect(read(doc, snoozed.url)!.draft).toBe('Courier confirmed the change by phone.');
    doc.querySelector(S.composer)!.remove();
    expect(read(doc, snoozed.url)!.draft).toBeNull();
  });

  it.each([
    ['Open', 'open'],
    ['Snoozed', 'onhold'],
    ['Closed', 'solved'],
    ['Waiting on customer', 'pending'],
    ['In progress', 'open'],
    ['Ouvert', undefined],
  ])('maps the state "%s" to %s', (text, status) => {
    const doc = load(customerLast.file, customerLast.url);
    doc.querySelector(S.state)!.textContent = text;
    expect(read(doc, customerLast.url)!.status).toBe(status);
  });
});

describe('intercomAdapter on hostile or half-rendered pages', () => {
  it('names the stream when it is gone, and the groups when no part has a category', () => {
    const doc = load(customerLast.file, customerLast.url);
    for (const g of doc.querySelectorAll(S.group)) g.removeAttribute('data-part-group-category');
    expect(layoutError(() => read(doc, customerLast.url)).failedSelectors).toEqual(['group']);
    doc.querySelector(S.stream)!.removeAttribute('data-conversation-stream');
    expect(layoutError(() => read(doc, customerLast.url)).failedSelectors).toEqual(['stream']);
  });

  it('reads what is there when optional parts are missing', () => {
    const doc = load(customerLast.file, customerLast.url);
    for (const sel of [S.state, S.tag, S.mail, S.time, S.composer, S.avatar, S.body]) {
      for (const el of doc.querySelectorAll(sel)) el.remove();
    }
    const snapshot = read(doc, customerLast.url)!;
    expect(snapshot.customer).toEqual({ name: '', address: null });
    expect(snapshot.messages.map((m) => [m.author, m.at, m.text])).toEqual([
      ['customer', null, ''],
      ['agent', null, ''],
      ['customer', null, ''],
      ['customer', null, ''],
    ]);
    expect(snapshot).not.toHaveProperty('status');
    expect(snapshot).not.toHaveProperty('labels');
    expect(snapshot.draft).toBeNull();
  });

  it('throws nothing but layout errors on injected attributes, huge text and absurd nesting', () => {
    const doc = load(customerLast.file, customerLast.url);
    doc.querySelector(S.avatar)!.setAttribute('aria-label', `<img src=x onerror=alert(1)>${'n'.repeat(2_000)}`);
    const times = doc.querySelectorAll(S.time);
    times[0]!.removeAttribute('title');
    times[0]!.textContent = '99999999w';
    times[3]!.setAttribute('title', '1900-01-01T00:00:00Z');
    doc.querySelector(S.mail)!.setAttribute('href', 'mailto:javascript:alert(1)');
    const bodies = doc.querySelectorAll(S.body);
    bodies[2]!.textContent = 'q '.repeat(400_000);
    let deep: Element = bodies[5]!;
    for (let i = 0; i < 1_500; i++) deep = deep.appendChild(doc.createElement('p'));
    deep.textContent = 'bottom';

    const snapshot = read(doc, customerLast.url)!;
    expect(snapshot.customer).toEqual({ name: expect.stringMatching(/^<img src=x onerror=alert\(1\)>n+$/), address: null });
    expect(snapshot.customer.name).toHaveLength(1000);
    expect(snapshot.messages[0]!.at).toBeNull();
    expect(snapshot.messages[1]!.at).toBe(NOW - 120 * MIN);
    expect(snapshot.messages[1]!.text.length).toBeLessThanOrEqual(20_000);
    expect(snapshot.messages[3]!.text.endsWith('bottom')).toBe(true);
  });
});

describe('renderFixture with the Intercom styles', () => {
  it("renders Intercom's tooltip and compact ages", () => {
    const tokens = '{{time:-47m:intercom-title}}|{{time:-30s:intercom-short}}|{{time:-47m:intercom-short}}|{{time:-3h10m:intercom-short}}|{{time:-3d:intercom-short}}|{{time:-15d:intercom-short}}';
    expect(renderFixture(`<html lang="en-US">${tokens}`, { now: NOW, timeZone: 'Asia/Kolkata' })).toBe(
      '<html lang="en-US">Nov 23, 2026, 2:43 PM|now|47m|3h|3d|2w',
    );
  });
});

describe('intercomAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(intercomFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = load(file, c.url);
    const before = doc.documentElement.outerHTML;
    const box = intercomAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = read(doc, c.url)!.draft;
      expect(draft).toBe(intercomConversations.find((f) => f.file === file)!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(intercomAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null while the composer writes a note, the editable once it writes a reply', () => {
    const doc = load(snoozed.file, snoozed.url);
    expect(intercomAdapter.replyBox!(doc)).toBeNull();
    doc.querySelector(S.composer)!.classList.remove('o__note');
    const box = intercomAdapter.replyBox!(doc);
    expect(box).toBe(doc.querySelector(`${S.composer} ${S.editable}`));
    expect(textOf(box)).toBe(read(doc, snoozed.url)!.draft);
    doc.querySelector(S.composer)!.remove();
    expect(intercomAdapter.replyBox!(doc)).toBeNull();
  });
});

describeSendButton(intercomAdapter, intercomFixtures, (c) => load(c.file, c.url));

it('intercom: no Send button while the composer writes a note', () => {
  const doc = load(snoozed.file, snoozed.url);
  expect(intercomAdapter.sendButton!(doc)).toBeNull();
  doc.querySelector(S.composer)!.classList.remove('o__note');
  expect(intercomAdapter.sendButton!(doc)).toBe(doc.querySelector(`${S.composer} ${S.sendButton}`));
});
