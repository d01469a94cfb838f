// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../../test/support/fixture-styles/generic';
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
  thrown,
} from '../shared/adapter-test-kit';
import { textOf } from '../shared/helpdesk-dom';
import type { ConversationSnapshot } from '../../core/snapshot';
import { LayoutNotRecognisedError } from '../types';
import { genericAdapter, validateGenericConfig } from './adapter';
import type { GenericSiteConfig } from './config';
import { genericConversationId, matchPattern } from './detect';
import { acmeHelpdeskConfig, genericDetails, genericExamples, genericFixtures } from './fixtures/expected';

const DIR = `${import.meta.dirname}/fixtures`;
const CUSTOMER_LAST = 'generic-2026-11-ticket-customer-last.html';
const URL_17 = 'https://support.acme.test/tickets/17';
const adapter = genericAdapter(acmeHelpdeskConfig);
const page = (file = CUSTOMER_LAST, url = URL_17) => loadPage(fixtureHtml(DIR, file), url);
const withSelectors = (selectors: Partial<GenericSiteConfig['selectors']>): GenericSiteConfig => ({
  ...acmeHelpdeskConfig,
  selectors: { ...acmeHelpdeskConfig.selectors, ...selectors },
});

closeWindowsAfterEach();

describeExamples(adapter, genericExamples);
describeFixtures(adapter, DIR, genericFixtures, genericDetails);

describe('matchPattern', () => {
  const cases: Array<[string, string, boolean]> = [
    ['https://support.acme.test/*', 'https://support.acme.test/tickets/17?x=1#top', true],
    ['https://support.acme.test/*', 'https://SUPPORT.acme.test/', true],
    ['https://support.acme.test/*', 'https://support.acme.test:8443/tickets', true],
    ['https://support.acme.test/tickets/*', 'https://support.acme.test/admin', false],
    ['https://support.acme.test/tickets/*', 'https://support.acme.test/tickets/17', true],
    ['https://*.acme.test/tickets/*', 'https://acme.test/tickets/1', true],
    ['https://*.acme.test/tickets/*', 'https://eu.support.acme.test/tickets/1', true],
    ['https://*.acme.test/tickets/*', 'https://evilacme.test/tickets/1', false],
    ['https://*.acme.test/tickets/*', 'https://acme.test.evil.test/tickets/1', false],
    ['*://support.acme.test/*', 'http://support.acme.test/x', true],
    ['*://support.acme.test/*', 'ftp://support.acme.test/x', false],
    ['http://support.acme.test/*', 'https://support.acme.test/x', false],
    ['https://support.acme.test/*/view', 'https://support.acme.test/tickets/17/view', true],
    ['https://support.acme.test/*/view', 'https://support.acme.test/tickets/17/view#x', true],
    ['https://support.acme.test:8443/*', 'https://support.acme.test/x', false],
    ['https://support.acme.test/t?id=*', 'https://support.acme.test/t?id=5', true],
    ['https://support.acme.test/t.php', 'https://support.acme.test/tXphp', false],
    ['<all_urls>', 'https://anything.test/', true],
  ];
  it.each(cases)('%s on %s → %s', (pattern, url, expected) => {
    expect(matchPattern(pattern)!(new URL(url))).toBe(expected);
  });

  it.each(['support.acme.test/*', 'https://support.acme.test', 'https://support.*.test/*', 'https://*acme.test/*', 'file:///tmp/*', 'https:// support.acme.test/*', ''])(
    'rejects %j',
    (pattern) => expect(matchPattern(pattern)).toBeNull(),
  );
});

describe('validateGenericConfig', () => {
  it('accepts the sample configuration', () => {
    expect(validateGenericConfig(acmeHelpdeskConfig)).toEqual([]);
  });

  it('names each problem by its field path', () => {
    const problems = validateGenericConfig({
      ...acmeHelpdeskConfig,
      id: 'acme helpdesk!',
      name: '  ',
      urlPattern: 'support.acme.test/*',
      selectors: { ...acmeHelpdeskConfig.selectors, author: '', time: 'time[', status: 'span:nope(' },
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['id', 'invalid-id'],
      ['name', 'required'],
      ['urlPattern', 'invalid-pattern'],
      ['selectors.author', 'required'],
      ['selectors.time', 'invalid-selector'],
      ['selectors.status', 'invalid-selector'],
    ]);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('reports everything missing on a value that is not a configuration at all', () => {
    expect(validateGenericConfig(null).map((p) => p.path)).toEqual([
      'id',
      'name',
      'urlPattern',
      'selectors.conversation',
      'selectors.message',
      'selectors.author',
      'selectors.time',
      'selectors.agentMessage',
    ]);
    expect(validateGenericConfig({ ...acmeHelpdeskConfig, selectors: { ...acmeHelpdeskConfig.selectors, body: 42 } })).toEqual([
      expect.objectContaining({ path: 'selectors.body', code: 'invalid-selector' }),
    ]);
  });
});

describe('genericAdapter', () => {
  it('is labelled with the helpdesk name and never matches with an invalid pattern', () => {
    expect(adapter).toMatchObject({ site: 'generic', label: 'Acme Helpdesk' });
    expect(genericAdapter({ ...acmeHelpdeskConfig, urlPattern: 'nonsense' }).matches(new URL(URL_17))).toBe(false);
  });

  it('keeps conversation ids of different helpdesks apart, hash routes included', () => {
    expect(genericConversationId('acme', new URL('https://x.test/app#/ticket/42'))).toBe('acme:42');
    expect(genericConversationId('acme', new URL('https://x.test/inbox/thread-abc'))).toBe('acme:/inbox/thread-abc');
  });

  it('resolves relative times against ctx.now and keeps absolute ones', () => {
    const later = NOW + 10 * 60_000;
    const snap = readSafely(adapter, page(), URL_17, later) as ConversationSnapshot;
    const expected = genericDetails[CUSTOMER_LAST]!.messages.map((m) => NOW + offsetMs(m.offset));
    // Only the last entry shows "47 minutes ago" and nothing machine-readable.
    expected[3] = later - 47 * 60_000;
    expect(snap.messages.map((m) => m.at)).toEqual(expected);
  });

  it('names the configured keys that found nothing', () => {
    expect(readSafely(genericAdapter(withSelectors({ author: '.writer' })), page(), URL_17)).toMatchObject({ failedSelectors: ['author'] });
    expect(readSafely(genericAdapter(withSelectors({ time: '.when', author: '.who' })), page(), URL_17)).toMatchObject({
      failedSelectors: ['author', 'time'],
    });
  });

  it('turns a selector the browser rejects into a named layout error, not a SyntaxError', () => {
    for (const [key, bad] of [['conversation', 'section['], ['author', 'span:nope('], ['agentMessage', '>>'], ['replyBox', 'textarea[']] as const) {
      const error = thrown(() => genericAdapter(withSelectors({ [key]: bad })).read(page(), new URL(URL_17), { agentAddresses: [], agentDomains: [], now: NOW }));
      expect(error, key).toBeInstanceOf(LayoutNotRecognisedError);
      expect(error).toMatchObject({ failedSelectors: [key] });
    }
  });

  it('works with only the required selectors: body from the entry, customer from the first customer entry', () => {
    const minimal = genericAdapter({
      ...acmeHelpdeskConfig,
      selectors: {
        conversation: 'section.ticket',
        message: 'li.entry:not(.entry--note)',
        author: '.entry-author',
        time: 'time',
        agentMessage: '.badge.staff',
      },
    });
    const snap = readSafely(minimal, page(), URL_17) as ConversationSnapshot;
    expect(snap.customer).toEqual({ name: 'Kavya Nair', address: 'kavya.nair@example.net' });
    expect(snap.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer', 'customer']);
    expect(snap.messages[0]!.text).toContain('order #5120 arrived today');
    expect(snap).toMatchObject({ subject: '', draft: null });
    expect(snap.status).toBeUndefined();
  });

  it('survives a hostile page: injected attributes, huge text, odd status', () => {
    const doc = page();
    const times = doc.querySelectorAll('.entry-meta time');
    times[0]!.setAttribute('datetime', '"><img src=x onerror=alert(1)>');
    times[1]!.setAttribute('data-timestamp', '99999999999999999999');
    doc.querySelector('.entry-author')!.setAttribute('data-email', '%E0%A4%A');
    doc.querySelector('.entry-body')!.textContent = 'crack '.repeat(400_000);
    doc.querySelector('.ticket-status')!.setAttribute('data-status', 'constructor');
    doc.querySelector('.ticket-status')!.textContent = '';
    doc.querySelector('textarea.reply-text')!.remove();
    const snap = readSafely(adapter, doc, URL_17) as ConversationSnapshot;
    expect(snap.messages[0]!.text.length).toBeLessThanOrEqual(20_000);
    expect(snap.status).toBeUndefined();
    expect(snap.draft).toBeNull();
  });

  it('scopes observation to the conversation container', () => {
    const doc = page();
    expect(adapter.scope!(doc)).toBe(doc.querySelector('section.ticket'));
    expect(genericAdapter(withSelectors({ conversation: '[' })).scope!(doc)).toBeNull();
  });
});

describe('adapter.replyBox (where the panel inserts a suggestion)', () => {
  const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

  it.each(genericFixtures.map((c) => [c.file, c] as const))('%s: the element the draft is read from, in the scope; else null', (file, c) => {
    const doc = loadPage(fixtureHtml(DIR, file), c.url);
    const before = doc.documentElement.outerHTML;
    const box = adapter.replyBox!(doc);
    if (c.expect.kind === 'conversation') {
      const draft = adapter.read(doc, new URL(c.url), ctxAt())!.draft;
      expect(draft).toBe(genericDetails[file]!.draft);
      if (draft === null) expect(box).toBeNull();
      else {
        expect(box?.matches(EDITABLE)).toBe(true);
        expect(textOf(box)).toBe(draft);
        expect(adapter.scope!(doc)!.contains(box)).toBe(true);
      }
    } else if (c.expect.kind === 'no-conversation') {
      expect(box).toBeNull();
    }
    // A broken layout only has to come through without an exception (it did, above).
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("is the editable element when the supervisor's selector names its wrapper", () => {
    const doc = page();
    const wrapped = genericAdapter(withSelectors({ replyBox: 'form.reply' }));
    expect(wrapped.replyBox!(doc)).toBe(doc.querySelector('textarea.reply-text'));
    expect((readSafely(wrapped, doc, URL_17) as ConversationSnapshot).draft).toBe(genericDetails[CUSTOMER_LAST]!.draft);
  });

  it('is null for an element nothing can be typed into, a rejected selector, or no selector', () => {
    const doc = page();
    expect(genericAdapter(withSelectors({ replyBox: '.ticket-subject' })).replyBox!(doc)).toBeNull();
    expect(genericAdapter(withSelectors({ replyBox: 'textarea[' })).replyBox!(doc)).toBeNull();
    expect(genericAdapter(withSelectors({ conversation: '[' })).replyBox!(doc)).toBeNull();
    expect(genericAdapter(withSelectors({ replyBox: undefined })).replyBox!(doc)).toBeNull();
  });
});
