import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { checkOptionsMessage } from './validate';
import { isOptionsSender } from '../background/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const OPTIONS = `chrome-extension://${ID}/src/options/index.html`;

describe('options page messages', () => {
  it('accept the two requests and nothing else', () => {
    expect(checkOptionsMessage({ type: 'options/delete-everything' }).ok).toBe(true);
    expect(checkOptionsMessage({ type: 'options/import-backup', text: '{}' }).ok).toBe(true);
    expect(checkOptionsMessage({ type: 'options/import-backup', text: 42 }).ok).toBe(false);
    expect(checkOptionsMessage({ type: 'options/delete-everything', now: true }).ok).toBe(false);
    expect(checkOptionsMessage({ type: 'options/drop-table' }).ok).toBe(false);
  });

  it('come only from our own options page', () => {
    expect(isOptionsSender({ id: ID, url: OPTIONS }, ID, OPTIONS)).toBe(true);
    expect(isOptionsSender({ id: ID, url: `${OPTIONS}#sites` }, ID, OPTIONS)).toBe(true);
    expect(isOptionsSender({ id: ID, url: `chrome-extension://${ID}/src/panel/index.html` }, ID, OPTIONS)).toBe(false);
    expect(isOptionsSender({ id: 'other', url: OPTIONS }, ID, OPTIONS)).toBe(false);
    expect(isOptionsSender({ id: ID, url: 'https://mail.google.com/' } as Runtime.MessageSender, ID, OPTIONS)).toBe(false);
  });
});
