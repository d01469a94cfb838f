/**
 * The built extension in Chromium on the demo helpdesk page: the panel is an isolated extension
 * page, data stays in the extension's origin, the host survives a hostile page, the collapsed
 * badge is remembered, and the panel keeps working across a service-worker restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, panelFrame, readExtensionStore, shownMinutes, startHarness, stopServiceWorker, type Harness } from './harness';

const TICKET = 'https://helpdesk.demo.example/tickets/42';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openTicket(): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(TICKET);
  return { page, errors };
}

const storedConversation = (key: string) => readExtensionStore<Record<string, unknown> | null>(h, 'conversations', key);

describe('the panel on a helpdesk page', () => {
  it('shows the customer, subject and waiting time in an extension frame', async () => {
    const { page, errors } = await openTicket();
    const panel = await panelFrame(page, h.browser.extensionId);
    expect(panel.url()).toBe(`chrome-extension://${h.browser.extensionId}/src/panel/index.html`);
    await expect.poll(() => panel.locator('[data-testid="timer"]').textContent(), { timeout: 10_000 }).toMatch(/^Waiting /);
    expect(await panel.locator('[data-testid="subject"]').textContent()).toBe('Invoice charged twice');
    expect(await panel.locator('[data-testid="customer-name"]').textContent()).toBe('Meera Kapoor');
    expect(await panel.locator('[data-testid="customer-address"]').textContent()).toBe('meera.kapoor@example.net');
    // The host fits the panel's content (no empty space below, no inner scrollbar), up to the
    // viewport's height less the margins; a taller panel scrolls inside.
    await expect
      .poll(async () => {
        const [host, room] = await page.evaluate(() => [document.querySelector('support-panel-host')!.getBoundingClientRect().height, innerHeight - 96]);
        const content = await panel.evaluate(() => document.querySelector('main > div')!.getBoundingClientRect().height);
        return Math.abs(host - Math.min(content + 24, room!));
      })
      .toBeLessThanOrEqual(2);
    // The customer's last message was rendered 80 minutes before the page was served.
    const minutes = shownMinutes((await panel.locator('[data-testid="timer"]').textContent())!);
    expect(Math.abs(minutes - 80)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps data in the extension origin, never in the page', async () => {
    const { page } = await openTicket();
    await panelFrame(page, h.browser.extensionId);
    await expect.poll(() => storedConversation('demo:42'), { timeout: 10_000 }).toMatchObject({
      site: 'demo',
      conversationId: '42',
      subject: 'Invoice charged twice',
      customerName: 'Meera Kapoor',
      status: 'waiting',
    });
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
    // No message text in the stored record.
    expect(JSON.stringify(await storedConversation('demo:42'))).not.toContain('second time');
    await page.close();
  });

  it('cannot be read, removed or restyled by the page', async () => {
    const { page, errors } = await openTicket();
    await panelFrame(page, h.browser.extensionId);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('support-panel-host') as HTMLElement;
      return { shadow: host.shadowRoot, frames: document.querySelectorAll('iframe').length };
    });
    expect(seen).toEqual({ shadow: null, frames: 0 });

    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'support-panel-host { display: none !important; width: 0 !important; }';
      document.head.append(style);
      const host = document.querySelector('support-panel-host') as HTMLElement;
      host.setAttribute('hidden', '');
      host.style.setProperty('display', 'none', 'important');
    });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.querySelector('support-panel-host')!).display))
      .toBe('block');
    expect(await page.evaluate(() => document.querySelector('support-panel-host')!.hasAttribute('hidden'))).toBe(false);

    await page.evaluate(() => document.querySelector('support-panel-host')!.remove());
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('support-panel-host').length)).toBe(1);
    const panel = await panelFrame(page, h.browser.extensionId);
    await expect.poll(() => panel.locator('[data-testid="timer"]').textContent(), { timeout: 10_000 }).toMatch(/^Waiting /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses to a badge by keyboard and remembers it in a new tab', async () => {
    const { page } = await openTicket();
    const panel = await panelFrame(page, h.browser.extensionId);
    await expect.poll(() => panel.locator('[data-testid="timer"]').count(), { timeout: 10_000 }).toBe(1);
    const collapse = panel.getByRole('button', { name: 'Collapse panel' });
    await collapse.focus();
    await page.keyboard.press('Enter');
    const badge = panel.locator('[data-testid="badge-timer"]');
    await expect.poll(() => badge.textContent()).toMatch(/\d+ min/);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('support-panel-host')!.getBoundingClientRect().height))
      .toBeLessThan(60);

    const second = await openTicket();
    const panel2 = await panelFrame(second.page, h.browser.extensionId);
    await expect.poll(() => panel2.locator('[data-testid="badge-timer"]').count(), { timeout: 10_000 }).toBe(1);
    await panel2.getByRole('button', { name: /Expand panel/ }).click();
    await expect.poll(() => panel2.locator('[data-testid="timer"]').count()).toBe(1);
    await expect.poll(() => panel.locator('[data-testid="timer"]').count()).toBe(1);
    await page.close();
    await second.page.close();
  });

  it('keeps ticking and updating after the service worker is stopped', async () => {
    const { page, errors } = await openTicket();
    const panel = await panelFrame(page, h.browser.extensionId);
    const timer = panel.locator('[data-testid="timer"]');
    await expect.poll(() => timer.textContent(), { timeout: 10_000 }).toMatch(/^Waiting /);
    const before = shownMinutes((await timer.textContent())!);

    await stopServiceWorker(h, page);
    // The panel reconnects (waking a new worker), which asks the page to resend: state survives.
    await page.waitForTimeout(500);
    expect(await timer.textContent()).toMatch(/^Waiting /);
    // The clock ticks on: within a minute the shown minutes move on by one.
    await expect.poll(async () => shownMinutes((await timer.textContent())!), { timeout: 65_000, interval: 1000 }).toBe(before + 1);

    // A change on the page after the restart still reaches the panel through the new worker.
    await page.evaluate(() => {
      document.querySelector('.ticket-subject')!.textContent = 'Invoice charged twice (escalated)';
    });
    await expect.poll(() => panel.locator('[data-testid="subject"]').textContent(), { timeout: 10_000 }).toBe(
      'Invoice charged twice (escalated)',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  // Last in this file: it reloads the extension.
  it('removes itself from open pages when the extension is reloaded, without page errors', async () => {
    const { page, errors } = await openTicket();
    const panel = await panelFrame(page, h.browser.extensionId);
    await expect.poll(() => panel.locator('[data-testid="timer"]').count(), { timeout: 10_000 }).toBe(1);
    const sw = await h.browser.serviceWorker();
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // Chrome does not inject into open tabs again; the orphaned script notices at its next send.
    await page.waitForTimeout(1_000);
    await page.evaluate(() => {
      document.querySelector('.ticket-subject')!.textContent = 'Changed after the update';
    });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('support-panel-host').length), { timeout: 10_000 }).toBe(0);
    // And it stays gone: no restore loop, no errors however the page changes.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => document.querySelectorAll('support-panel-host').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
