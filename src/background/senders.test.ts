import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { contentSender, panelSender } from './senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Runtime.MessageSender['tab'];
const gmail = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk';

describe('contentSender', () => {
  it('accepts our content script in the top frame of a supported site', () => {
    expect(contentSender({ id: ID, tab, frameId: 0, url: gmail }, ID)).toEqual({ tabId: 7, site: 'gmail', siteLabel: 'Gmail' });
  });
  it.each([
    ['another extension', { id: 'other', tab, frameId: 0, url: gmail }],
    ['no tab', { id: ID, frameId: 0, url: gmail }],
    ['a subframe', { id: ID, tab, frameId: 3, url: gmail }],
    ['an unsupported site', { id: ID, tab, frameId: 0, url: 'https://evil.test/' }],
    ['a lookalike host', { id: ID, tab, frameId: 0, url: 'https://mail.google.com.evil.test/mail/u/0/' }],
    ['plain http', { id: ID, tab, frameId: 0, url: 'http://mail.google.com/mail/u/0/' }],
    ['no URL', { id: ID, tab, frameId: 0 }],
  ])('rejects %s', (_name, sender) => {
    expect(contentSender(sender as Runtime.MessageSender, ID)).toBeNull();
  });
  it('takes a custom helpdesk by its URL pattern, under its own name', () => {
    const custom = [{ name: 'Acme Helpdesk', urlPattern: 'https://support.acme.test/tickets/*' }];
    const at = (url: string) => contentSender({ id: ID, tab, frameId: 0, url }, ID, custom);
    expect(at('https://support.acme.test/tickets/17')).toEqual({ tabId: 7, site: 'generic', siteLabel: 'Acme Helpdesk' });
    expect(at('https://support.acme.test/admin')).toBeNull();
    expect(at('https://support.acme.test.evil.test/tickets/17')).toBeNull();
    // A built-in site stays itself even if a pattern would also take it.
    expect(contentSender({ id: ID, tab, frameId: 0, url: gmail }, ID, [{ name: 'Mine', urlPattern: 'https://*/*' }])?.site).toBe('gmail');
  });
});

describe('panelSender', () => {
  const panelUrl = `chrome-extension://${ID}/src/panel/index.html`;
  it('accepts the panel page inside a tab', () => {
    expect(panelSender({ id: ID, tab, url: panelUrl }, ID, panelUrl)).toBe(7);
  });
  it('rejects other pages and senders', () => {
    expect(panelSender({ id: ID, tab, url: `chrome-extension://${ID}/src/options/index.html` }, ID, panelUrl)).toBeNull();
    expect(panelSender({ id: 'x', tab, url: panelUrl }, ID, panelUrl)).toBeNull();
    expect(panelSender({ id: ID, url: panelUrl }, ID, panelUrl)).toBeNull();
    expect(panelSender(undefined, ID, panelUrl)).toBeNull();
  });
});
