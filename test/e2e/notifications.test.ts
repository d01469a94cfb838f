/**
 * "Reply due soon" notifications come from the background at the warning time, once, even after
 * the service worker was stopped and with the helpdesk tab closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSettings } from '../support/browser';
import { panelFrame, readExtensionStore, startHarness, stopServiceWorker, type Harness } from './harness';

const TICKET = 'https://helpdesk.demo.example/tickets/42';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // Open around the clock; the demo customer's latest message was served 80 min ago, so with an
  // 80¾-minute target and a ½-minute warning the notification is due 15 s after the page loads.
  await writeSettings(h.browser, {
    version: 1,
    agent: { addresses: [], domains: [] },
    sla: { calendar: { timeZone: 'UTC' }, firstResponseMinutes: 240, nextResponseMinutes: 80.75, warnBeforeMinutes: 0.5 },
  });
});
afterAll(async () => {
  await h?.close();
});

type Alert = { id: string; state: string; warnAt: number; target: string };

const alerts = () => readExtensionStore<Alert[]>(h, 'alerts');

async function notificationIds(): Promise<string[]> {
  const sw = await h.browser.serviceWorker();
  return sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

describe('target warnings', () => {
  it('notifies once at the warning time, after a worker restart, with the tab closed', async () => {
    const page = await h.browser.context.newPage();
    const servedAt = Date.now();
    await page.goto(TICKET);
    const panel = await panelFrame(page, h.browser.extensionId);
    await expect.poll(() => panel.locator('[data-testid="target-text"]').textContent(), { timeout: 10_000 }).toMatch(/^On track/);

    await expect.poll(async () => (await alerts()).filter((a) => a.state === 'pending').length, { timeout: 10_000 }).toBe(1);
    const [pending] = await alerts();
    expect(pending!.target).toBe('next');
    expect(Math.abs(pending!.warnAt - (servedAt + 15_000))).toBeLessThan(2_000);
    expect(await notificationIds()).toEqual([]);

    await stopServiceWorker(h, page);
    await page.close();

    // The alarm wakes a new worker with no tab open; it shows the notification at the time.
    await expect.poll(notificationIds, { timeout: 45_000, interval: 1_000 }).toEqual([pending!.id]);
    expect(Date.now()).toBeGreaterThanOrEqual(pending!.warnAt);
    expect((await alerts()).find((a) => a.id === pending!.id)?.state).toBe('sent');

    // Opening the conversation again does not schedule or show it twice.
    const again = await h.browser.context.newPage();
    await again.goto(TICKET);
    const panel2 = await panelFrame(again, h.browser.extensionId);
    await expect.poll(() => panel2.locator('[data-testid="target"]').getAttribute('data-state'), { timeout: 10_000 }).toBe('warn');
    await again.waitForTimeout(2_000);
    expect((await alerts()).filter((a) => a.state === 'pending')).toEqual([]);
    expect(await notificationIds()).toEqual([pending!.id]);
    await again.close();
  });
});
