import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOffset, registerTimeStyle, renderFixture } from '../../../test/support/fixture-template';
import type { AdapterContext } from '../types';
import { LayoutNotRecognisedError } from '../types';
import { gmailAdapter } from './adapter';
import { gmailSelectors as S } from './selectors';
import { AGENT, gmailExpected, gmailTeamContext, type ExpectedFixture } from './fixtures/expected';

// A fixed moment, and the zone the worker's Date uses, so fixture times and parsed times agree.
const NOW = Date.UTC(2026, 10, 23, 10, 0);
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const team: AdapterContext = { ...gmailTeamContext, now: NOW };

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function fixtureHtml(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The fixture as a browser would have it at `url`, times rendered for NOW; page scripts stay off. */
function load(name: string, url = gmailExpected[name]!.url, now = NOW): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(renderFixture(fixtureHtml(name), { now, timeZone: TIME_ZONE }));
  return window.document as unknown as Document;
}

function read(doc: Document, url: string, ctx: AdapterContext = team) {
  return gmailAdapter.read(doc, new URL(url), ctx);
}

function offsetMs(offset: string): number {
  const ms = parseOffset(offset);
  if (ms === null) throw new Error(`bad offset in expected.ts: ${offset}`);
  return ms;
}

const threads = Object.entries(gmailExpected).filter(
  (e): e is [string, Extract<ExpectedFixture, { kind: 'thread' }>] => e[1].kind === 'thread',
);

describe('gmailAdapter on saved pages', () => {
  it('handles Gmail URLs only', () => {
    expect(gmailAdapter.site).toBe('gmail');
    expect(gmailAdapter.matches(new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe(true);
    expect(gmailAdapter.matches(new URL('https://mail.google.com.evil.test/mail/u/0/#inbox'))).toBe(false);
  });

  describe.each(threads)('%s', (name, expected) => {
    it('reads the conversation', () => {
      const snapshot = read(load(name), expected.url);
      expect(snapshot).not.toBeNull();
      expect(snapshot).toMatchObject({
        site: 'gmail',
        url: expected.url,
        subject: expected.subject,
        conversationId: expected.conversationId,
        customer: expected.customer,
        hiddenMessageCount: expected.hiddenMessageCount,
        draft: expected.draft,
        capturedAt: NOW,
      });
      expect(snapshot!.status).toBeUndefined();
    });

    it('reads every message in order: role, sender, time to the minute, collapsed, text', () => {
      const snapshot = read(load(name), expected.url)!;
      expect(snapshot.messages.map((m) => m.author)).toEqual(expected.messages.map((m) => m.author));
      expect(snapshot.messages).toEqual(
        expected.messages.map((m) => ({
          author: m.author,
          from: m.from,
          at: NOW + offsetMs(m.offset),
          collapsed: m.collapsed,
          text: m.text,
        })),
      );
      expect(snapshot.messages.filter((m) => m.collapsed)).toHaveLength(
        expected.messages.filter((m) => m.collapsed).length,
      );
    });

    it('does not change the page', () => {
      const doc = load(name);
      const before = doc.documentElement.outerHTML;
      read(doc, expected.url);
      read(doc, expected.url);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });

  it('returns null for the inbox list (no thread open)', () => {
    const doc = load('gmail-2026-11-inbox.html');
    const before = doc.documentElement.outerHTML;
    expect(read(doc, 'https://mail.google.com/mail/u/0/#inbox')).toBeNull();
    expect(read(doc, 'https://mail.google.com/mail/u/0/#label/Support')).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('names the selectors that failed when the layout is not recognised', () => {
    const expected = gmailExpected['gmail-2026-11-broken-layout.html'];
    if (expected?.kind !== 'layout-error') throw new Error('expected.ts lost the broken fixture');
    const doc = load('gmail-2026-11-broken-layout.html');
    const before = doc.documentElement.outerHTML;
    let error: unknown;
    try {
      read(doc, expected.url);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LayoutNotRecognisedError);
    expect(error).toMatchObject({ site: 'gmail', siteLabel: 'Gmail', failedSelectors: expected.failedSelectors });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports a missing main view by name', () => {
    const doc = load('gmail-2026-11-customer-last.html');
    doc.querySelector(S.mainView)!.removeAttribute('role');
    expect(() => read(doc, gmailExpected['gmail-2026-11-customer-last.html']!.url)).toThrow(
      expect.objectContaining({ failedSelectors: ['mainView'] }),
    );
  });
});

describe('gmailAdapter: who is an agent', () => {
  const several = gmailExpected['gmail-2026-11-several-participants.html']!;
  const roles = (doc: Document, ctx: Partial<AdapterContext>) =>
    read(doc, several.url, { agentAddresses: [], agentDomains: [], now: NOW, ...ctx })!.messages.map((m) => [
      m.from.address,
      m.author,
    ]);

  it('knows the signed-in account from the tab title, without any configuration', () => {
    expect(roles(load('gmail-2026-11-several-participants.html'), {})).toEqual([
      ['lukas.brenner@brenner-gmbh.example', 'customer'],
      ['dev.patel@acme-support.test', 'customer'],
      ['jonas.weber@brenner-gmbh.example', 'customer'],
      ['agent@acme-support.test', 'agent'],
      ['lukas.brenner@brenner-gmbh.example', 'customer'],
    ]);
  });

  it('counts ctx.agentAddresses as agents, whatever their case', () => {
    const result = roles(load('gmail-2026-11-several-participants.html'), {
      agentAddresses: [' Dev.Patel@ACME-support.test '],
    });
    expect(result[1]).toEqual(['dev.patel@acme-support.test', 'agent']);
    expect(result[2]).toEqual(['jonas.weber@brenner-gmbh.example', 'customer']);
  });

  it('counts every sender of ctx.agentDomains as an agent', () => {
    const result = roles(load('gmail-2026-11-several-participants.html'), { agentDomains: ['@Acme-Support.test'] });
    expect(result.map(([, role]) => role)).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
  });

  it('falls back to the account button when the title has no address', () => {
    const doc = load('gmail-2026-11-several-participants.html');
    doc.title = 'Bulk licence renewal for Brenner GmbH (42 seats) - Gmail';
    expect(roles(doc, {})[3]).toEqual([AGENT.address, 'agent']);
  });

  it('treats the signed-in agent as a customer only when nothing identifies them', () => {
    const doc = load('gmail-2026-11-several-participants.html');
    doc.title = 'Gmail';
    doc.querySelector(S.accountLink)!.remove();
    expect(roles(doc, {})[3]).toEqual([AGENT.address, 'customer']);
  });

  it('takes the first recipient as the customer when only agents have written', () => {
    const doc = load('gmail-2026-11-second-thread.html');
    // Turn the only message into one the agent sent to the customer.
    const main = [...doc.querySelectorAll(S.mainView)].find((m) => !m.closest(S.hiddenView))!;
    const from = main.querySelector(S.sender)!;
    from.setAttribute('email', 'agent@acme-support.test');
    from.setAttribute('name', 'Asha Agent');
    const to = main.querySelector(S.recipient)!;
    to.setAttribute('email', 'noor.haddad@example.test');
    to.setAttribute('name', 'Noor Haddad');
    const snapshot = read(doc, gmailExpected['gmail-2026-11-second-thread.html']!.url)!;
    expect(snapshot.messages.map((m) => m.author)).toEqual(['agent']);
    expect(snapshot.customer).toEqual({ name: 'Noor Haddad', address: 'noor.haddad@example.test' });
  });
});

describe('gmailAdapter: Gmail behaviours', () => {
  it('reads only the visible view when Gmail keeps an earlier one hidden', () => {
    // gmail-2026-11-second-thread.html keeps the inbox list hidden in the DOM next to the thread.
    const doc = load('gmail-2026-11-second-thread.html');
    expect(doc.querySelectorAll(S.mainView)).toHaveLength(2);
    expect(read(doc, gmailExpected['gmail-2026-11-second-thread.html']!.url)!.conversationId).toBe('18c3f1b7c2d9a0e4');
  });

  it('follows a thread switch in the same page (inbox → thread A → thread B)', () => {
    // What gmail-fixture-nav.js (and Gmail) do: swap the main view's content, change the hash.
    const doc = load('gmail-2026-11-inbox.html');
    const main = doc.querySelector(S.mainView)!;
    const show = (key: string) => {
      const template = doc.querySelector(`template[data-fixture-view="${key}"]`) as HTMLTemplateElement;
      main.replaceChildren(template.content.cloneNode(true));
    };
    const a = gmailExpected['gmail-2026-11-customer-last.html'];
    const b = gmailExpected['gmail-2026-11-second-thread.html'];
    if (a?.kind !== 'thread' || b?.kind !== 'thread') throw new Error('expected.ts lost a thread');

    expect(read(doc, 'https://mail.google.com/mail/u/0/#inbox')).toBeNull();
    show('thread:FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk');
    const first = read(doc, a.url)!;
    expect([first.conversationId, first.subject, first.draft]).toEqual([a.conversationId, a.subject, a.draft]);
    show('thread:FMfcgzQXKbVwLrTnPqSdHgJcMzXkWfBt');
    const second = read(doc, b.url)!;
    expect([second.conversationId, second.subject, second.customer]).toEqual([b.conversationId, b.subject, b.customer]);
  });

  it('uses the conversation id from the URL when the subject has no legacy id yet', () => {
    const doc = load('gmail-2026-11-customer-last.html');
    doc.querySelector(S.subject)!.removeAttribute('data-legacy-thread-id');
    expect(read(doc, gmailExpected['gmail-2026-11-customer-last.html']!.url)!.conversationId).toBe(
      'FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    );
  });

  it('falls back to the visible date text ("2:43 PM (47 minutes ago)") without a title', () => {
    // Mid-afternoon in the runtime's zone, so "47 minutes ago" is still today there.
    const now = new Date(2026, 10, 23, 15, 30).getTime();
    const expected = gmailExpected['gmail-2026-11-customer-last.html']!;
    const doc = load('gmail-2026-11-customer-last.html', expected.url, now);
    for (const date of doc.querySelectorAll(S.date)) {
      date.removeAttribute('title');
      date.removeAttribute('alt');
    }
    const last = read(doc, expected.url, { ...team, now })!.messages.at(-1)!;
    expect(last.at).toBe(now - 47 * 60_000);
  });

  it('counts the folded messages even when the pill is missing', () => {
    const doc = load('gmail-2026-11-long-collapsed.html');
    doc.querySelector(S.olderPill)!.remove();
    expect(read(doc, gmailExpected['gmail-2026-11-long-collapsed.html']!.url)!.hiddenMessageCount).toBe(5);
  });

  it('reads body text as shown: hidden preheaders and styles left out, emoji kept', () => {
    const doc = load('gmail-2026-11-second-thread.html');
    const main = [...doc.querySelectorAll(S.mainView)].find((m) => !m.closest(S.hiddenView))!;
    main
      .querySelector(S.body)!
      .insertAdjacentHTML(
        'afterbegin',
        '<style>.x{color:red}</style><div style="display: none">Preview text</div><div>Hola <img data-emoji="👋" alt="👋"></div>',
      );
    const text = read(doc, gmailExpected['gmail-2026-11-second-thread.html']!.url)!.messages[0]!.text;
    expect(text.startsWith('Hola 👋\nHello,\n\n')).toBe(true);
  });

  it('gives an empty draft, not null, for an open but empty reply box', () => {
    const doc = load('gmail-2026-11-customer-last.html');
    doc.querySelector(S.replyBody)!.innerHTML = '<br>';
    expect(read(doc, gmailExpected['gmail-2026-11-customer-last.html']!.url)!.draft).toBe('');
  });

  it('finds the Send button of the open reply box (for the reminder on Send), and none without one', () => {
    const doc = load('gmail-2026-11-customer-last.html');
    const button = gmailAdapter.sendButton!(doc)!;
    expect(button.getAttribute('role')).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Send (Ctrl-Enter)');
    // The reply box's own compose, found without reading any localised label.
    expect(button.closest('[data-compose-id]')).toBe(gmailAdapter.replyBox!(doc)!.closest('[data-compose-id]'));
    expect(button.textContent).toBe('Send');
    // No reply box open in the visible view: no Send button (the saved page's other views hold one).
    expect(gmailAdapter.sendButton!(load('gmail-2026-11-second-thread.html'))).toBeNull();
    expect(gmailAdapter.sendButton!(load('gmail-2026-11-agent-last.html'))).toBeNull();
    expect(gmailAdapter.sendButton!(load('gmail-2026-11-inbox.html'))).toBeNull();
    const closed = load('gmail-2026-11-customer-last.html');
    closed.querySelector(S.replyBody)!.remove();
    expect(gmailAdapter.sendButton!(closed)).toBeNull();
  });

  it('reads the thread\'s label chips (for policy rules), and none from the left navigation', () => {
    const url = gmailExpected['gmail-2026-11-customer-last.html']!.url;
    expect(read(load('gmail-2026-11-customer-last.html'), url)!.labels).toEqual(['Inbox', 'Support']);
    const bare = load('gmail-2026-11-customer-last.html');
    for (const chip of bare.querySelectorAll(S.threadLabel)) chip.remove();
    expect(read(bare, url)!.labels).toBeUndefined();
  });
});

// test/support/fixture-template.ts is exercised here, where its Gmail styles are used.
describe('renderFixture for the Gmail fixtures', () => {
  const render = (html: string, opts: { locale?: string; timeZone?: string } = {}) =>
    renderFixture(html, { now: NOW, timeZone: opts.timeZone ?? 'UTC', ...(opts.locale ? { locale: opts.locale } : {}) });

  it('replaces every token of every fixture', () => {
    for (const name of Object.keys(gmailExpected)) {
      expect(render(fixtureHtml(name))).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("renders Gmail's formats in the page's locale and the given zone", () => {
    const tokens = '{{time:-47m:gmail-title}}|{{time:-47m:gmail-short}}|{{time:-3d:gmail-short}}|{{time:-47m:gmail-row}}';
    expect(render(`<html lang="en">${tokens}`)).toBe(
      '<html lang="en">Mon, Nov 23, 2026, 9:13 AM|9:13 AM (47 minutes ago)|Nov 20|9:13 AM',
    );
    expect(render(`<html lang="en-GB">${tokens}`)).toBe(
      '<html lang="en-GB">Mon, 23 Nov 2026, 09:13|09:13 (47 minutes ago)|20 Nov|09:13',
    );
    expect(render('{{time:-2h5m:gmail-short}}', { locale: 'en-US', timeZone: 'Asia/Kolkata' })).toBe(
      '1:25 PM (2 hours ago)',
    );
    expect(render('{{time:+1d:iso}}')).toBe('2026-11-24T10:00:00.000Z');
  });

  it.each([
    ['{{time:-47m:no-such-style}}', 'unknown time style in fixture token {{time:-47m:no-such-style}}'],
    ['{{time:-47x:gmail-title}}', 'malformed fixture token {{time:-47x:gmail-title}}'],
    ['{{date:-47m:gmail-title}}', 'malformed fixture token {{date:-47m:gmail-title}}'],
    ['<b>{{time:-47m:gmail-title</b>', 'malformed fixture token {{time:-47m:gmail-title</b>'],
  ])('throws with the token text for %s', (html, message) => {
    expect(() => render(html)).toThrow(message);
  });

  it('lets other sites register their own styles, once', () => {
    registerTimeStyle('test-epoch-minutes', (at) => String(at.getTime() / 60_000));
    expect(render('{{time:-1m:test-epoch-minutes}}')).toBe(String(NOW / 60_000 - 1));
    expect(() => registerTimeStyle('test-epoch-minutes', () => '')).toThrow('already registered');
  });
});
