// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../../test/support/fixture-styles/freescout';
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
import type { ConversationSnapshot } from '../../core/snapshot';
import { freescoutAdapter } from './adapter';
import { freescoutConversationIdFromUrl, freescoutExamples } from './detect';
import { freescoutDetails, freescoutFixtures } from './fixtures/expected';
import { freescoutSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const DIR = `${import.meta.dirname}/fixtures`;
const CUSTOMER_LAST = 'freescout-2026-11-conversation-customer-last.html';
const URL_1042 = 'https://help.example.test/conversation/1042';
const page = (file = CUSTOMER_LAST, url = URL_1042) => loadPage(fixtureHtml(DIR, file), url);
const read = (doc: Document, now = NOW) => readSafely(freescoutAdapter, doc, URL_1042, now) as ConversationSnapshot;

closeWindowsAfterEach();

describeExamples(freescoutAdapter, freescoutExamples);
describeFixtures(freescoutAdapter, DIR, freescoutFixtures, freescoutDetails);

describe('freescoutAdapter', () => {
  it('takes the conversation id from the path, subdirectory installs included', () => {
    expect(freescoutConversationIdFromUrl(new URL('https://support.acme.example/helpdesk/conversation/88'))).toBe('88');
    expect(freescoutConversationIdFromUrl(new URL('https://help.example.test/mailbox/3'))).toBeNull();
  });

  it('keeps oldest-first order when the agent lists threads oldest first', () => {
    const doc = page();
    const main = doc.querySelector('#conv-layout-main')!;
    for (const t of [...main.children].reverse()) main.appendChild(t);
    expect(read(doc).messages.map((m) => m.at)).toEqual(
      freescoutDetails[CUSTOMER_LAST]!.messages.map((m) => NOW + offsetMs(m.offset)),
    );
  });

  it('resolves relative times ("47 min ago", "1 day ago") against ctx.now when no date title is left', () => {
    const doc = page();
    for (const d of doc.querySelectorAll(S.date)) {
      d.removeAttribute('title');
      d.removeAttribute('data-original-title');
    }
    const later = NOW + 10 * 60_000;
    // FreeScout's text keeps only the largest unit: "1 day ago" for both day-old messages.
    expect(read(doc, later).messages.map((m) => m.at)).toEqual([later - 86_400_000, later - 86_400_000, later - 47 * 60_000]);
  });

  it('has no draft while the reply form is closed or holds a note', () => {
    const doc = page();
    doc.querySelector<HTMLInputElement>(S.replyIsNote)!.value = '1';
    expect(read(doc).draft).toBeNull();
    doc.querySelector<HTMLInputElement>(S.replyIsNote)!.value = '';
    doc.querySelector(S.replyBlock)!.classList.add('hidden');
    expect(read(doc).draft).toBeNull();
  });

  it('reads pages from before .thread-content existed, leaving attachments out of the text', () => {
    const doc = page();
    for (const c of doc.querySelectorAll(S.body)) {
      c.insertAdjacentHTML('afterend', '<div class="thread-attachments"><ul><li><a href="#">vat.pdf</a></li></ul></div>');
      c.replaceWith(...c.childNodes);
    }
    expect(read(doc).messages.map((m) => m.text)).toEqual(freescoutDetails[CUSTOMER_LAST]!.messages.map((m) => m.text));
  });

  it('survives a hostile page: injected attributes, huge text, missing optional parts', () => {
    const doc = page();
    const dates = doc.querySelectorAll(S.date);
    dates[0]!.setAttribute('data-original-title', '"><script>alert(1)</script>');
    dates[1]!.setAttribute('title', '9'.repeat(50_000));
    doc.querySelector(S.body)!.textContent = 'VAT '.repeat(500_000);
    doc.querySelector(S.status)!.setAttribute('data-status', '__proto__');
    doc.querySelector('#conv-layout-customer')!.remove();
    doc.querySelector(S.replyBlock)!.remove();
    const snap = read(doc);
    expect(snap.status).toBeUndefined();
    expect(snap.draft).toBeNull();
    expect(snap.customer).toEqual({ name: 'Olivia Hart', address: null });
    expect(snap.messages.at(-1)!.text.length).toBeLessThanOrEqual(20_000);
  });

  it('recognises FreeScout pages only', () => {
    expect(freescoutAdapter.recognises!(loadPage('<html><body><div id="conv-layout"></div></body></html>', URL_1042))).toBe(false);
    expect(freescoutAdapter.read(page(), new URL(URL_1042), ctxAt())?.site).toBe('freescout');
  });
});

describe('freescoutAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(freescoutFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadPage(fixtureHtml(DIR, file), c.url);
    const before = doc.documentElement.outerHTML;
    const box = freescoutAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = freescoutAdapter.read(doc, new URL(c.url), ctxAt())!.draft;
      expect(draft).toBe(freescoutDetails[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(freescoutAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null while the reply form holds a note or is closed; the textarea without the editor', () => {
    const doc = page();
    expect(freescoutAdapter.replyBox!(doc)).toBe(doc.querySelector(S.replyEditor));
    doc.querySelector<HTMLInputElement>(S.replyIsNote)!.value = '1';
    expect(freescoutAdapter.replyBox!(doc)).toBeNull();
    doc.querySelector<HTMLInputElement>(S.replyIsNote)!.value = '';
    doc.querySelector(S.replyBlock)!.classList.add('hidden');
    expect(freescoutAdapter.replyBox!(doc)).toBeNull();
    doc.querySelector(S.replyBlock)!.classList.remove('hidden');
    doc.querySelector(S.replyEditor)!.remove();
    const box = freescoutAdapter.replyBox!(doc);
    expect(box).toBe(doc.querySelector(S.replyTextarea));
    expect(textOf(box)).toBe(read(doc).draft);
  });
});

describeSendButton(freescoutAdapter, freescoutFixtures, (c) => loadPage(fixtureHtml(DIR, c.file), c.url));

it('freescout: no Send button while the form holds a note or is closed', () => {
  const doc = page();
  expect(freescoutAdapter.sendButton!(doc)).toBe(doc.querySelector(S.sendButton));
  doc.querySelector<HTMLInputElement>(S.replyIsNote)!.value = '1';
  expect(freescoutAdapter.sendButton!(doc)).toBeNull();
  doc.querySelector<HTMLInputElement>(S.replyIsNote)!.value = '';
  doc.querySelector(S.replyBlock)!.classList.add('hidden');
  expect(freescoutAdapter.sendButton!(doc)).toBeNull();
});
