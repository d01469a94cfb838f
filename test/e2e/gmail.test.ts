/**
 * The built extension in Chromium on the saved Gmail pages, served at
 * https://mail.google.com/mail/u/0/#… from loopback. Message times are rendered relative to the
 * moment each page is served, so the waiting time the panel shows can be checked to the minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { gmailExpected, gmailTeamContext } from '../../src/sites/gmail/fixtures/expected';
import { parseOffset } from '../support/fixture-template';
import { waitingState } from '../../src/core/clock/waiting';
import { GMAIL_BASE } from '../support/gmail-app';
import { writeSettings } from '../support/browser';
import { collectPageErrors, panelFrame, readExtensionStore, shownMinutes, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // The team's colleagues count as agents (what the options page will set).
  await writeSettings(h.browser, { version: 1, agent: { addresses: [], domains: gmailTeamContext.agentDomains } });
});
afterAll(async () => {
  await h?.close();
});

const threadFixtures = Object.entries(gmailExpected).flatMap(([file, e]) => (e.kind === 'thread' ? [[file, e] as const] : []));

/** What the timer must say for a fixture: computed from its message offsets by the core clock. */
function expectedTimer(messages: { author: 'customer' | 'agent'; offset: string }[], servedAt: number) {
  const state = waitingState(messages.map((m) => ({ author: m.author, at: servedAt + parseOffset(m.offset)! })));
  if (state.kind === 'waiting') return { prefix: 'Waiting ', minutes: (Date.now() - state.since) / 60_000 };
  if (state.kind === 'answered') return { prefix: 'Answered ', minutes: (Date.now() - state.at) / 60_000 };
  throw new Error('fixture without times');
}

async function open(url: string): Promise<{ page: Page; panel: Frame; errors: string[]; servedAt: number }> {
  const page = await h.browser.context.newPage();
  const errors = collectPageErrors(page);
  const servedAt = Date.now();
  await page.goto(url);
  const panel = await panelFrame(page, h.browser.extensionId);
  return { page, panel, errors, servedAt };
}

const text = (panel: Frame, id: string) => panel.locator(`[data-testid="${id}"]`).textContent({ timeout: 10_000 });

/** The content script's own counters, read in its isolated world (the page cannot see them). */
async function contentScriptCounters(page: Page): Promise<{ observers: number; timers: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!isolated) throw new Error('content script context not found');
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: isolated.id,
    expression: 'JSON.stringify(globalThis.__supportPanelDebug.live)',
    returnByValue: true,
  });
  await cdp.detach();
  return JSON.parse(result.value as string);
}

describe('Gmail threads', () => {
  for (const [file, expected] of threadFixtures) {
    it(`shows subject, customer and waiting time: ${file}`, async () => {
      const { page, panel, errors, servedAt } = await open(expected.url);
      await expect.poll(() => text(panel, 'subject'), { timeout: 10_000 }).toBe(expected.subject);
      expect(await text(panel, 'customer-name')).toBe(expected.customer.name);
      expect(await text(panel, 'customer-address')).toBe(expected.customer.address);
      const timer = (await text(panel, 'timer'))!;
      const want = expectedTimer(expected.messages, servedAt);
      expect(timer.startsWith(want.prefix), `${timer} should start with ${want.prefix}`).toBe(true);
      expect(Math.abs(shownMinutes(timer) - want.minutes), `${timer} vs ${want.minutes.toFixed(1)} min`).toBeLessThanOrEqual(1);
      expect(await text(panel, 'message-count')).toContain(String(expected.messages.length + expected.hiddenMessageCount));
      expect(await page.evaluate(() => document.querySelectorAll('support-panel-host').length)).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('stores the thread in the extension\'s database and nothing in Gmail\'s origin', async () => {
    const fixture = gmailExpected['gmail-2026-11-customer-last.html']!;
    if (fixture.kind !== 'thread') throw new Error('fixture kind changed');
    const { page, panel } = await open(fixture.url);
    await expect.poll(() => text(panel, 'subject'), { timeout: 10_000 }).toBe(fixture.subject);
    const key = `gmail:${fixture.conversationId}`;
    const stored = async () => ({
      conversation: await readExtensionStore<Record<string, unknown> | null>(h, 'conversations', key),
      events: await readExtensionStore<{ conversationKey: string; kind: string }[]>(h, 'events'),
    });
    await expect.poll(async () => (await stored()).conversation?.customerAddress, { timeout: 10_000 }).toBe(fixture.customer.address);
    const { conversation, events } = await stored();
    expect(conversation).toMatchObject({ subject: fixture.subject, status: 'waiting', site: 'gmail' });
    // One event per message (earlier tests served this page too, possibly a minute apart, so at least).
    const mine = events.filter((e) => e.conversationKey === key);
    expect(mine.length).toBeGreaterThanOrEqual(fixture.messages.length);
    expect(new Set(mine.map((e) => e.kind))).toEqual(new Set(['customer_message', 'agent_reply']));
    // Neither bodies nor the open draft are stored.
    expect(JSON.stringify({ conversation, events })).not.toContain('lid hinge');
    expect(JSON.stringify({ conversation, events })).not.toContain('warehouse');
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
    await page.close();
  });

  it('says plainly when Gmail\'s layout is not recognised, and the page keeps working', async () => {
    const broken = gmailExpected['gmail-2026-11-broken-layout.html']!;
    const { page, panel, errors } = await open(broken.url);
    await expect.poll(() => text(panel, 'layout-error'), { timeout: 10_000 }).toContain('This Gmail page layout is not recognised yet');
    expect(errors).toEqual([]);
    // The page's own navigation still works.
    await page.evaluate(() => (location.hash = '#inbox'));
    await expect.poll(() => text(panel, 'empty'), { timeout: 10_000 }).toContain('Open a conversation');
    await page.close();
  });

  it('follows thread switches without reloading, never duplicating the panel or leaking observers', async () => {
    const { page, panel, errors } = await open(`${GMAIL_BASE}#inbox`);
    await expect.poll(() => text(panel, 'empty'), { timeout: 10_000 }).toContain('Open a conversation in Gmail');
    const baseline = await contentScriptCounters(page);
    const navigations = await page.evaluate(() => {
      (window as unknown as { __loads: number }).__loads = performance.getEntriesByType('navigation').length;
      return (window as unknown as { __loads: number }).__loads;
    });

    const first = gmailExpected['gmail-2026-11-customer-last.html']!;
    const second = gmailExpected['gmail-2026-11-second-thread.html']!;
    if (first.kind !== 'thread' || second.kind !== 'thread') throw new Error('fixture kinds changed');

    for (let round = 0; round < 3; round++) {
      // Click the inbox row, as an agent would.
      await page.locator(`[data-fixture-hash$="${first.url.split('/').pop()}"]`).first().click();
      await expect.poll(() => text(panel, 'subject'), { timeout: 10_000 }).toBe(first.subject);
      expect(await text(panel, 'timer')).toMatch(/^Waiting 4[6-9] min$/);

      await page.evaluate((hash) => (location.hash = hash), new URL(second.url).hash);
      await expect.poll(() => text(panel, 'subject'), { timeout: 10_000 }).toBe(second.subject);
      expect(await text(panel, 'customer-name')).toBe(second.customer.name);
      expect(await text(panel, 'timer')).toMatch(/^Waiting 2 h 0[4-6] min$/);

      await page.goBack();
      await expect.poll(() => text(panel, 'subject'), { timeout: 10_000 }).toBe(first.subject);
      await page.evaluate(() => (location.hash = '#inbox'));
      await expect.poll(() => text(panel, 'empty'), { timeout: 10_000 }).toContain('Open a conversation');
    }

    expect(await page.evaluate(() => document.querySelectorAll('support-panel-host').length)).toBe(1);
    expect(page.frames().filter((f) => f.url().includes('/src/panel/')).length).toBe(1);
    // The same document all along: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { __loads?: number }).__loads)).toBe(navigations);
    // Once idle, the content script holds exactly what it held before: no observer or timer left behind.
    await expect.poll(() => contentScriptCounters(page), { timeout: 8_000, interval: 500 }).toEqual(baseline);
    expect(errors).toEqual([]);
    await page.close();
  });
});
