// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../../test/support/fixture-styles/osticket';
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
import { osticketAdapter } from './adapter';
import { osticketExamples, osticketTicketIdFromUrl } from './detect';
import { osticketDetails, osticketFixtures } from './fixtures/expected';
import { osticketSelectors as S } from './selectors';
import { describeSendButton } from '../shared/adapter-test-kit';

const DIR = `${import.meta.dirname}/fixtures`;
const CUSTOMER_LAST = 'osticket-2026-11-ticket-customer-last.html';
const ON_HOLD = 'osticket-2026-11-ticket-on-hold.html';
const URL_5 = 'https://helpdesk.example.test/scp/tickets.php?id=5';
const URL_8 = 'https://helpdesk.example.test/support/scp/tickets.php?id=8';
const page = (file = CUSTOMER_LAST, url = URL_5) => loadPage(fixtureHtml(DIR, file), url);
const read = (doc: Document, url = URL_5, now = NOW) => readSafely(osticketAdapter, doc, url, now) as ConversationSnapshot;

closeWindowsAfterEach();

describeExamples(osticketAdapter, osticketExamples);
describeFixtures(osticketAdapter, DIR, osticketFixtures, osticketDetails);

describe('osticketAdapter', () => {
  it('reads the ticket id only on the ticket view, not on edit or print pages', () => {
    expect(osticketTicketIdFromUrl(new URL('https://helpdesk.example.test/support/scp/tickets.php?id=8'))).toBe('8');
    expect(osticketTicketIdFromUrl(new URL('https://helpdesk.example.test/scp/tickets.php?id=5&a=print'))).toBeNull();
    expect(osticketTicketIdFromUrl(new URL('https://helpdesk.example.test/scp/tickets.php?id=5x'))).toBeNull();
  });

  it('scopes observation to the pjax container osTicket swaps on navigation', () => {
    const doc = page();
    expect(osticketAdapter.scope!(doc)).toBe(doc.getElementById('pjax-container'));
  });

  it('resolves relative times ("2 hours ago") against ctx.now when the datetime attribute is missing', () => {
    const doc = page(ON_HOLD, URL_8);
    for (const t of doc.querySelectorAll(S.time)) {
      t.removeAttribute('datetime');
      t.removeAttribute('title');
    }
    const later = NOW + 10 * 60_000;
    // osTicket rounds to whole hours and days: "1 days ago" (rounded), "2 hours ago".
    expect(read(doc, URL_8, later).messages.map((m) => m.at)).toEqual([later - 86_400_000, later - 2 * 3_600_000]);
  });

  it('reads the full-date title when the datetime attribute is gone', () => {
    const doc = page();
    for (const t of doc.querySelectorAll(S.time)) t.removeAttribute('datetime');
    expect(read(doc).messages.map((m) => m.at)).toEqual(
      osticketDetails[CUSTOMER_LAST]!.messages.map((m) => NOW + offsetMs(m.offset)),
    );
  });

  it('has no draft while the note tab is open', () => {
    const doc = page();
    doc.querySelector(S.replyForm)!.classList.add('hidden');
    expect(read(doc).draft).toBeNull();
  });

  it('survives a hostile page: injected attributes, huge text, missing optional parts', () => {
    const doc = page();
    const times = doc.querySelectorAll(S.time);
    times[0]!.setAttribute('datetime', 'javascript:alert(1)');
    times[1]!.setAttribute('datetime', '9999-99-99T99:99:99+99:99');
    doc.querySelector(`${S.entry} ${S.body}`)!.textContent = 'parcel '.repeat(400_000);
    doc.querySelector('.ticket_info')!.remove();
    doc.querySelector(S.replyForm)!.remove();
    const snap = read(doc);
    expect(snap.customer).toEqual({ name: 'Priya Raman', address: null });
    expect(snap.status).toBeUndefined();
    expect(snap.draft).toBeNull();
    expect(snap.messages[0]!.text.length).toBeLessThanOrEqual(20_000);
  });

  it('recognises osTicket staff pages only', () => {
    expect(osticketAdapter.recognises!(loadPage('<html><body><div id="content"></div></body></html>', URL_5))).toBe(false);
  });
});

describe('osticketAdapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(osticketFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadPage(fixtureHtml(DIR, file), c.url);
    const before = doc.documentElement.outerHTML;
    const box = osticketAdapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = osticketAdapter.read(doc, new URL(c.url), ctxAt())!.draft;
      expect(draft).toBe(osticketDetails[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(osticketAdapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is null while the note tab is open; the textarea without the editor', () => {
    const doc = page();
    expect(osticketAdapter.replyBox!(doc)).toBe(doc.querySelector(S.replyEditor));
    doc.querySelector(S.replyForm)!.classList.add('hidden');
    expect(osticketAdapter.replyBox!(doc)).toBeNull();
    doc.querySelector(S.replyForm)!.classList.remove('hidden');
    doc.querySelector(S.replyEditor)!.remove();
    const box = osticketAdapter.replyBox!(doc);
    expect(box).toBe(doc.querySelector(S.replyTextarea));
    expect(textOf(box)).toBe(read(doc).draft);
  });
});

describeSendButton(osticketAdapter, osticketFixtures, (c) => loadPage(fixtureHtml(DIR, c.file), c.url));

it('osticket: "Post Reply" of form#reply, never "Post Note"; none while the note tab is open', () => {
  const doc = page();
  expect(osticketAdapter.sendButton!(doc)?.getAttribute('value')).toBe('Post Reply');
  doc.querySelector(S.replyForm)!.classList.add('hidden');
  expect(osticketAdapter.sendButton!(doc)).toBeNull();
});
