// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../../test/support/fixture-styles/zammad';
import {
  NOW,
  closeWindowsAfterEach,
  ctxAt,
  describeExamples,
  describeFixtures,
  fixtureHtml,
  loadPage,
  offsetMs,
  readSafely,
} from '../shared/adapter-test-kit';
import { textOf } from '../shared/helpdesk-dom';
import { LayoutNotRecognisedError } from '../types';
import { zammadAdapter } from './adapter';
import { zammadExamples, zammadTicketIdFromUrl } from './detect';
import { zammadDetails, zammadFixtures } from './fixtures/expected';
import { zammadSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const DIR = `${import.meta.dirname}/fixtures`;
const CUSTOMER_LAST = 'zammad-2026-11-ticket-customer-last.html';
const URL_42 = 'https://support.example.test/#ticket/zoom/42';
const page = (file = CUSTOMER_LAST, url = URL_42) => loadPage(fixtureHtml(DIR, file), url);

closeWindowsAfterEach();

describeExamples(zammadAdapter, zammadExamples);
describeFixtures(zammadAdapter, DIR, zammadFixtures, zammadDetails);

describe('zammadAdapter', () => {
  it('takes the ticket id from the hash, article permalinks included', () => {
    expect(zammadTicketIdFromUrl(new URL('https://support.example.test/#ticket/zoom/42/1337'))).toBe('42');
    expect(zammadTicketIdFromUrl(new URL('https://support.example.test/#ticket/view/my_assigned'))).toBeNull();
  });

  it('reads only the active task, and scopes observation to it', () => {
    const doc = page();
    expect(zammadAdapter.scope!(doc)).toBe(doc.querySelector('.content.active'));
    const snap = zammadAdapter.read(doc, new URL(URL_42), { agentAddresses: [], agentDomains: [], now: NOW })!;
    expect(snap.messages.map((m) => m.from.name)).not.toContain('Tomás Ruiz');
  });

  it('returns null while the previous ticket is still the active task after a hash change', () => {
    expect(readSafely(zammadAdapter, page(), 'https://support.example.test/#ticket/zoom/41')).toBeNull();
  });

  it('names the task container when no ticket task is active', () => {
    const doc = page();
    for (const el of doc.querySelectorAll('.content.active')) el.classList.remove('active');
    expect(readSafely(zammadAdapter, doc, URL_42)).toMatchObject({ failedSelectors: ['activeTask'] });
  });

  it('has no draft while the agent writes an internal note', () => {
    const doc = page();
    const form = doc.querySelector('.article-add')!;
    form.classList.replace('is-public', 'is-internal');
    expect((readSafely(zammadAdapter, doc, URL_42) as ReturnType<typeof zammadAdapter.read>)!.draft).toBeNull();
  });

  it('resolves relative times against ctx.now when the datetime and title are missing', () => {
    const doc = page();
    for (const t of doc.querySelectorAll(S.articleTime)) {
      t.removeAttribute('datetime');
      t.removeAttribute('title');
    }
    const later = NOW + 10 * 60_000;
    const snap = readSafely(zammadAdapter, doc, URL_42, later) as ReturnType<typeof zammadAdapter.read>;
    expect(snap!.messages.map((m) => m.at)).toEqual(
      zammadDetails[CUSTOMER_LAST]!.messages.map((m) => later + offsetMs(m.offset)),
    );
  });

  it('falls back to the first customer article when the customer sidebar is missing', () => {
    const doc = page();
    doc.querySelector('.sidebar[data-tab="customer"]')!.remove();
    doc.querySelector('.tabsSidebar [data-tab="ticket"]')!.remove();
    doc.querySelector('.article-new')!.remove();
    const snap = zammadAdapter.read(doc, new URL(URL_42), { agentAddresses: [], agentDomains: [], now: NOW })!;
    expect(snap.customer).toEqual({ name: 'Meera Kapoor', address: 'meera.kapoor@example.net' });
    expect(snap).toMatchObject({ draft: null });
    expect(snap.status).toBeUndefined();
    expect(snap.labels).toBeUndefined();
  });

  it('survives a hostile page: injected attributes, huge text, deep nesting, odd state values', () => {
    const doc = page();
    const times = doc.querySelectorAll(S.articleTime);
    times[0]!.setAttribute('datetime', '<img src=x onerror=alert(1)>');
    times[1]!.setAttribute('title', 'x'.repeat(100_000));
    const body = doc.querySelector(S.articleBody)!;
    body.textContent = 'refund '.repeat(300_000);
    let deep = doc.querySelectorAll(S.articleBody)[1]!;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(doc.createElement('div'));
    deep.textContent = 'deep';
    const select = doc.querySelector<HTMLSelectElement>(S.state)!;
    select.innerHTML = '<option value="constructor" selected>?</option>';
    doc.querySelector('.article-meta-value')!.textContent = '"><svg onload=alert(1)>@@';
    const snap = readSafely(zammadAdapter, doc, URL_42) as ReturnType<typeof zammadAdapter.read>;
    expect(snap!.messages[0]!.text.length).toBeLessThanOrEqual(20_000);
    expect(snap!.status).toBeUndefined();
  });

  it('throws only LayoutNotRecognisedError on an emptied page, and recognises only Zammad pages', () => {
    const doc = page();
    doc.body.innerHTML = '<div id="app"></div>';
    expect(() => zammadAdapter.read(doc, new URL(URL_42), { agentAddresses: [], agentDomains: [], now: NOW })).toThrow(
      LayoutNotRecognisedError,
    );
    expect(zammadAdapter.recognises!(doc)).toBe(false);
    expect(zammadAdapter.recognises!(loadPage('<html><body><div id="app">Hi</div></body></html>', URL_42))).toBe(false);
  });
});

describe('zammadAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(zammadFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadPage(fixtureHtml(DIR, file), c.url);
    const before = doc.documentElement.outerHTML;
    const box = zammadAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = zammadAdapter.read(doc, new URL(c.url), ctxAt())!.draft;
      expect(draft).toBe(zammadDetails[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(zammadAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null while the agent writes an internal note, and while the previous ticket is still active', () => {
    const doc = page();
    expect(zammadAdapter.replyBox!(doc)).toBe(doc.querySelector(S.replyBody));
    doc.querySelector('.article-add')!.classList.replace('is-public', 'is-internal');
    expect(zammadAdapter.replyBox!(doc)).toBeNull();
    const stale = page(CUSTOMER_LAST, 'https://support.example.test/#ticket/zoom/41');
    expect(readSafely(zammadAdapter, stale, 'https://support.example.test/#ticket/zoom/41')).toBeNull();
    expect(zammadAdapter.replyBox!(stale)).toBeNull();
  });
});

describeSendButton(zammadAdapter, zammadFixtures, (c) => loadPage(fixtureHtml(DIR, c.file), c.url));

it('zammad: the active task\'s Update button; none for an internal note or a stale task', () => {
  const doc = page();
  expect(zammadAdapter.sendButton!(doc)).toBe(doc.querySelector(`${S.activeTask} ${S.sendButton}`));
  doc.querySelector('.article-add')!.classList.replace('is-public', 'is-internal');
  expect(zammadAdapter.sendButton!(doc)).toBeNull();
  expect(zammadAdapter.sendButton!(page(CUSTOMER_LAST, 'https://support.example.test/#ticket/zoom/41'))).toBeNull();
});
