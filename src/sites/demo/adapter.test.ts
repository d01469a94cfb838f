// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFixture } from '../../../test/support/fixture-template';
import '../../../test/support/demo-fixture-styles';
import { demoAdapter } from './adapter';
import { demoExamples } from './detect';
import { LayoutNotRecognisedError } from '../types';

const now = Date.UTC(2026, 10, 23, 10, 0);
const MIN = 60_000;
const ctx = { agentAddresses: [], agentDomains: [], now };
const url = new URL('https://helpdesk.demo.example/tickets/42');

function load(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return doc;
}

const fixture = readFileSync(join(import.meta.dirname, 'fixtures/demo-helpdesk-2026-11-ticket.html'), 'utf8');
const rendered = renderFixture(fixture, { now, timeZone: 'Asia/Kolkata' });

describe('demo helpdesk adapter', () => {
  it('reads the ticket', () => {
    const snap = demoAdapter.read(load(rendered), url, ctx)!;
    expect(snap).toMatchObject({
      site: 'demo',
      conversationId: '42',
      subject: 'Invoice charged twice',
      customer: { name: 'Meera Kapoor', address: 'meera.kapoor@example.net' },
      status: 'open',
      draft: '',
      hiddenMessageCount: 0,
    });
    expect(snap.messages.map((m) => [m.author, m.at])).toEqual([
      ['customer', now - 26 * 60 * MIN],
      ['agent', now - 25 * 60 * MIN],
      ['customer', now - 80 * MIN],
    ]);
    expect(snap.messages[2]!.text).toContain('second time');
  });

  it('returns null off a ticket page and names what is missing on a changed layout', () => {
    expect(demoAdapter.read(load(rendered), new URL('https://helpdesk.demo.example/'), ctx)).toBeNull();
    const broken = rendered.replace(/ticket-subject/g, 'title').replace(/ticket-message/g, 'entry');
    expect(() => demoAdapter.read(load(broken), url, ctx)).toThrow(LayoutNotRecognisedError);
    try {
      demoAdapter.read(load(broken), url, ctx);
    } catch (error) {
      expect((error as LayoutNotRecognisedError).failedSelectors).toEqual(['subject', 'message']);
    }
  });

  it("finds the reply form's Send button, and none without a reply box", () => {
    const doc = load(rendered);
    const button = demoAdapter.sendButton!(doc)!;
    expect(button.textContent).toBe('Send');
    expect(button.closest('[data-ticket-id]')).toBe(demoAdapter.replyBox!(doc)!.closest('[data-ticket-id]'));
    doc.querySelector('textarea.reply-box')!.remove();
    expect(demoAdapter.sendButton!(doc)).toBeNull();
  });

  it('detects its URLs', () => {
    for (const u of demoExamples.match) expect(demoAdapter.matches(new URL(u)), u).toBe(true);
    for (const u of demoExamples.noMatch) expect(demoAdapter.matches(new URL(u)), u).toBe(false);
  });
});
