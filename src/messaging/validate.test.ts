import { describe, expect, it } from 'vitest';
import { checkContentMessage, checkPanelMessage, isSendPressedMessage, isStateMessage } from './validate';
import type { ConversationSnapshot } from '../core/snapshot';

const snapshot: ConversationSnapshot = {
  site: 'gmail',
  conversationId: '18c3f0a2b4d5e6f7',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
  subject: 'Refund',
  customer: { name: 'Maya Okafor', address: 'maya@example.test' },
  messages: [{ author: 'customer', from: { name: 'Maya', address: null }, at: 1_800_000_000_000, text: 'Hi', collapsed: false }],
  hiddenMessageCount: 0,
  draft: null,
  capturedAt: 1_800_000_000_000,
};

describe('checkContentMessage', () => {
  it('accepts each well-formed message', () => {
    expect(checkContentMessage({ type: 'page/snapshot', snapshot })).toEqual({ ok: true, value: { type: 'page/snapshot', snapshot } });
    expect(checkContentMessage({ type: 'page/no-conversation', site: 'gmail', siteLabel: 'Gmail' }).ok).toBe(true);
    expect(
      checkContentMessage({ type: 'page/layout-error', site: 'gmail', siteLabel: 'Gmail', urlPattern: 'https://mail.google.com/mail/u/0/', failedSelectors: ['subject'] }).ok,
    ).toBe(true);
  });

  it.each([
    ['not an object', 'hello', ''],
    ['unknown type', { type: 'page/delete-everything' }, 'type'],
    ['unknown site', { type: 'page/no-conversation', site: 'evil', siteLabel: 'x' }, 'site'],
    ['extra field', { type: 'page/snapshot', snapshot, extra: 1 }, ''],
    ['wrong role', { type: 'page/snapshot', snapshot: { ...snapshot, messages: [{ ...snapshot.messages[0], author: 'admin' }] } }, 'snapshot.messages.0.author'],
    ['time as string', { type: 'page/snapshot', snapshot: { ...snapshot, capturedAt: '2026-11-23' } }, 'snapshot.capturedAt'],
    ['infinite time', { type: 'page/snapshot', snapshot: { ...snapshot, messages: [{ ...snapshot.messages[0], at: Infinity }] } }, 'snapshot.messages.0.at'],
    ['empty id', { type: 'page/snapshot', snapshot: { ...snapshot, conversationId: '' } }, 'snapshot.conversationId'],
    ['not a URL', { type: 'page/snapshot', snapshot: { ...snapshot, url: 'not a url' } }, 'snapshot.url'],
    ['a javascript: URL', { type: 'page/snapshot', snapshot: { ...snapshot, url: 'javascript:alert(1)' } }, 'snapshot.url'],
    ['huge subject', { type: 'page/snapshot', snapshot: { ...snapshot, subject: 'x'.repeat(5_000) } }, 'snapshot.subject'],
    ['too many messages', { type: 'page/snapshot', snapshot: { ...snapshot, messages: Array(6_000).fill(snapshot.messages[0]) } }, 'snapshot.messages'],
    ['negative hidden count', { type: 'page/snapshot', snapshot: { ...snapshot, hiddenMessageCount: -1 } }, 'snapshot.hiddenMessageCount'],
    ['send-pressed from an unknown site', { type: 'page/send-pressed', site: 'evil', via: 'click' }, 'site'],
    ['send-pressed without its site', { type: 'page/send-pressed', via: 'click' }, 'site'],
    ['send-pressed by an unknown way', { type: 'page/send-pressed', site: 'gmail', via: 'voice' }, 'via'],
    ['send-pressed carrying the draft', { type: 'page/send-pressed', site: 'gmail', via: 'click', draft: 'Hi Maya' }, ''],
  ])('rejects %s, naming the path', (_name, input, path) => {
    const result = checkContentMessage(input);
    expect(result.ok).toBe(false);
    if (!result.ok && path) expect(result.error.startsWith(`${path}:`)).toBe(true);
  });
});

describe('send pressed', () => {
  it('accepts a press of Send by click or keyboard, for a known site', () => {
    for (const via of ['click', 'keyboard'] as const) {
      expect(checkContentMessage({ type: 'page/send-pressed', site: 'gmail', via })).toEqual({ ok: true, value: { type: 'page/send-pressed', site: 'gmail', via } });
    }
    expect(checkContentMessage({ type: 'page/send-pressed', site: 'demo', via: 'click' }).ok).toBe(true);
  });
  it('is not a message the panel may send', () => {
    expect(checkPanelMessage({ type: 'page/send-pressed', site: 'gmail', via: 'click' }).ok).toBe(false);
  });
  it('reaches the panel as a bare envelope, told apart from state', () => {
    expect(isSendPressedMessage({ type: 'panel/send-pressed' })).toBe(true);
    expect(isStateMessage({ type: 'panel/send-pressed' })).toBe(false);
    expect(isSendPressedMessage({ type: 'panel/state', state: { kind: 'loading' } })).toBe(false);
    expect(isSendPressedMessage({ type: 'panel/send-pressed', questions: ['x'] })).toBe(false);
    expect(isSendPressedMessage(null)).toBe(false);
    expect(isSendPressedMessage('panel/send-pressed')).toBe(false);
  });
});

describe('panel messages', () => {
  it('accepts set-collapsed and rejects anything else', () => {
    expect(checkPanelMessage({ type: 'panel/set-collapsed', collapsed: true }).ok).toBe(true);
    expect(checkPanelMessage({ type: 'panel/set-collapsed', collapsed: 'yes' }).ok).toBe(false);
    expect(checkPanelMessage({ type: 'page/snapshot', snapshot }).ok).toBe(false);
    expect(checkPanelMessage({ type: 'panel/insert-text', text: 'Hi Maya,' }).ok).toBe(true);
    expect(checkPanelMessage({ type: 'panel/insert-text', text: '' }).ok).toBe(false);
    expect(checkPanelMessage({ type: 'panel/insert-text', text: 'x'.repeat(2_001) }).ok).toBe(false);
  });
  it('recognises state envelopes only', () => {
    expect(isStateMessage({ type: 'panel/state', state: { kind: 'loading' } })).toBe(true);
    expect(isStateMessage({ type: 'panel/state' })).toBe(false);
    expect(isStateMessage(null)).toBe(false);
  });
});
