/**
 * Follow-up reminders in the built extension: a reminder added in the panel fires as a
 * notification at its time even when the service worker was stopped in between and no helpdesk
 * tab is open; the toolbar popup lists it and opens its conversation; two tabs on the same
 * conversation make one reminder; and one due while the browser was closed is shown once, as
 * overdue, when the browser starts again with the same profile — not again after a worker restart
 * or another browser start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { writeSettings } from '../support/browser';
import type { ReminderRecord } from '../../src/db/reminders';
import { collectPageErrors, panelFrame, readExtensionStore, seriousAxeViolations, startHarness, stopServiceWorker, type Harness } from './harness';

const TICKET = 'https://helpdesk.demo.example/tickets/42';
const profile = mkdtempSync(join(tmpdir(), 'support-panel-reminders-'));
let h: Harness;

async function launch(): Promise<void> {
  h = await startHarness({ userDataDir: profile });
}

beforeAll(async () => {
  await launch();
  // Open around the clock, so the shipped rules' times do not depend on the day the test runs:
  // the demo customer wrote 80 minutes ago, so "no reply from the agent in 8 business hours" is
  // due in 6 h 40 min, and nothing falls due during the test except what it adds.
  await writeSettings(h.browser, { version: 1, agent: { addresses: [], domains: [] }, sla: { calendar: { timeZone: 'UTC' } } });
});
afterAll(async () => {
  await h?.close();
  rmSync(profile, { recursive: true, force: true });
});

const reminders = () => readExtensionStore<ReminderRecord[]>(h, 'reminders');
const manual = async () => (await reminders()).filter((r) => r.source === 'manual');

async function notificationIds(): Promise<string[]> {
  const sw = await h.browser.serviceWorker();
  return sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

async function tabUrls(): Promise<string[]> {
  const sw = await h.browser.serviceWorker();
  return sw.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.pendingUrl || tab.url || ''));
}

async function badge(): Promise<string> {
  const sw = await h.browser.serviceWorker();
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

async function openTicket(): Promise<{ page: Page; panel: Frame; errors: string[] }> {
  const page = await h.browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(TICKET);
  const panel = await panelFrame(page, h.browser.extensionId);
  await panel.locator('[data-testid="reminders-toggle"]').waitFor({ timeout: 10_000 });
  return { page, panel, errors };
}

/** The datetime-local value for an instant in the panel's own zone (seconds included, for short delays). */
function localInput(panel: Frame, at: number): Promise<string> {
  return panel.evaluate((ms) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, at);
}

/** Adds a reminder in the panel in two clicks after the note: open the section, pick the time. */
async function addAt(panel: Frame, at: number, note: string): Promise<void> {
  const toggle = panel.locator('[data-testid="reminders-toggle"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await panel.locator('[data-testid="reminder-note"]').fill(note);
  await panel.locator('[data-testid="reminder-at"]').fill(await localInput(panel, at));
  await panel.locator('[data-testid="remind-at"]').click();
}

describe('follow-up reminders', () => {
  it('a reminder added in the panel fires at its time, after a worker stop, with no tab open; the popup opens it', async () => {
    const { page, panel, errors } = await openTicket();
    const dueAt = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
    await addAt(panel, dueAt, 'Call Meera about the refund');
    await expect.poll(() => panel.locator('[data-testid="reminders-status"]').textContent(), { timeout: 10_000 }).toBe('Reminder added.');
    await expect.poll(async () => (await manual()).length, { timeout: 10_000 }).toBe(1);
    const [stored] = await manual();
    expect(stored).toMatchObject({ conversationKey: 'demo:42', url: TICKET, dueAt, status: 'scheduled', title: 'Call Meera about the refund', subject: 'Invoice charged twice' });
    const item = panel.locator(`[data-testid="reminders-upcoming"] [data-id="${stored!.id}"]`);
    expect(await item.locator('.reminder-title').textContent()).toBe('Call Meera about the refund');
    expect(await seriousAxeViolations(panel)).toEqual([]);
    expect(await notificationIds()).toEqual([]);
    expect(await badge()).toBe('');

    // The worker is stopped (as Chrome does when idle) and the helpdesk tab closed.
    await stopServiceWorker(h, page);
    await page.close();
    expect(errors).toEqual([]);

    // The alarm wakes a new worker at the time; it shows the notification once.
    await expect.poll(notificationIds, { timeout: 45_000, interval: 500 }).toEqual([`reminder:${stored!.id}`]);
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
    const shown = (await manual())[0]!;
    expect(shown).toMatchObject({ status: 'notified', overdue: false });
    expect(shown.notifiedAt! - dueAt).toBeLessThan(15_000);
    await expect.poll(badge).toBe('1');

    // The toolbar popup lists it; its button opens the conversation in a new tab (none is open).
    const popup = await h.browser.context.newPage();
    const popupErrors = collectPageErrors(popup);
    await popup.goto(`chrome-extension://${h.browser.extensionId}/src/popup/index.html`);
    const entry = popup.locator(`[data-testid="popup-reminder"][data-id="${stored!.id}"]`);
    await entry.waitFor({ timeout: 10_000 });
    expect(await entry.locator('.popup-item-title').textContent()).toBe('Call Meera about the refund');
    expect(await entry.locator('.popup-item-who').textContent()).toBe('Meera Kapoor · Invoice charged twice');
    expect(await seriousAxeViolations(popup.mainFrame())).toEqual([]);
    const [opened] = await Promise.all([h.browser.context.waitForEvent('page'), entry.locator('[data-testid="popup-open"]').click()]);
    // What the extension opened (a page created by the extension may load before Playwright
    // applies its certificate exemption to it, so its own load is not what is checked here).
    await expect.poll(tabUrls, { timeout: 10_000 }).toContain(TICKET);
    await opened.close();

    // Done, from the popup: the list empties, the badge clears, nothing is shown again.
    await entry.locator('[data-testid="popup-done"]').click();
    await expect.poll(async () => (await manual())[0]!.status).toBe('done');
    await popup.locator('[data-testid="popup-empty"]').waitFor({ timeout: 5_000 });
    await expect.poll(badge).toBe('');
    await expect.poll(notificationIds).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
  });

  it('two tabs on the same conversation make one reminder of each kind', async () => {
    const [a, b] = await Promise.all([openTicket(), openTicket()]);
    // Both tabs sent the conversation; the shipped rules planned their reminders once: the agent's
    // reply due 8 hours after the customer's message (80 minutes ago). No onboarding check-ins:
    // the ticket is not labelled onboarding and the agent has not set an onboarding start.
    await expect.poll(async () => (await reminders()).filter((r) => r.source === 'rule').length, { timeout: 10_000 }).toBe(1);
    await a.page.waitForTimeout(1_500);
    const rule = (await reminders()).filter((r) => r.source === 'rule');
    expect(rule.map((r) => [r.ruleId, r.status]).sort()).toEqual([['no-reply-from-agent', 'scheduled']]);
    const agent = rule.find((r) => r.ruleId === 'no-reply-from-agent')!;
    expect(agent.title).toBe('Meera is still waiting for a reply');
    expect(Math.abs(agent.dueAt - (Date.now() + (8 * 60 - 80) * 60_000))).toBeLessThan(60_000);

    // The same reminder added in both tabs at once is stored once, and both panels list it.
    for (const { panel } of [a, b]) {
      await panel.locator('[data-testid="reminders-toggle"]').click();
      await panel.locator('[data-testid="reminder-note"]').fill('Check the refund went through');
    }
    await Promise.all([a, b].map(({ panel }) => panel.locator('[data-testid="remind-tomorrow"]').click()));
    await expect.poll(async () => (await manual()).filter((r) => r.status === 'scheduled').length, { timeout: 10_000 }).toBe(1);
    await a.page.waitForTimeout(1_000);
    const added = (await manual()).filter((r) => r.status === 'scheduled');
    expect(added).toHaveLength(1);
    expect((await reminders()).filter((r) => r.source === 'rule')).toHaveLength(1);
    // Tomorrow 09:00 in the agent's zone (the harness runs Chromium in Asia/Kolkata).
    const tomorrow = await a.panel.evaluate(() => {
      const d = new Date();
      return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 9, 0).getTime();
    });
    expect(added[0]!.dueAt).toBe(tomorrow);
    for (const { panel } of [a, b]) {
      await expect.poll(() => panel.locator(`[data-id="${added[0]!.id}"]`).count(), { timeout: 5_000 }).toBe(1);
    }
    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.page.close();
    await b.page.close();
  });

  it('adds a reminder by keyboard alone, and marks it done the same way', async () => {
    const { page, panel, errors } = await openTicket();
    const toggle = panel.locator('[data-testid="reminders-toggle"]');
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    const focused = (testid: string) => panel.locator(`[data-testid="${testid}"]`).evaluate((el) => el === document.activeElement);
    const tabTo = async (testid: string) => {
      for (let i = 0; i < 40 && !(await focused(testid)); i++) await page.keyboard.press('Tab');
      expect(await focused(testid), testid).toBe(true);
    };
    await panel.locator('body').focus();
    await tabTo('reminders-toggle');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await tabTo('reminder-note');
    await page.keyboard.type('Keyboard only');
    await tabTo('remind-business-days');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await manual()).filter((r) => r.message === 'Keyboard only').length, { timeout: 10_000 }).toBe(1);
    const added = (await manual()).find((r) => r.message === 'Keyboard only')!;
    const done = panel.locator(`[data-id="${added.id}"] [data-testid="reminder-done"]`);
    await done.waitFor({ timeout: 5_000 });
    // Its accessible name says which reminder it marks done.
    expect(await done.textContent()).toBe('Done: Keyboard only');
    await done.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await manual()).find((r) => r.id === added.id)?.status, { timeout: 5_000 }).toBe('done');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sets the customer's dates in the panel; the renewal, personal-date and onboarding reminders follow", async () => {
    const { page, panel, errors } = await openTicket();
    const DAY = 86_400_000;
    const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const renewal = utcDate(today + 30 * DAY);
    const birthday = today + 10 * DAY;
    const start = utcDate(today + DAY);
    // The demo ticket has no "onboarding" label: no check-ins of any kind until the agent sets the start.
    expect((await reminders()).filter((r) => r.ruleId === 'onboarding-daily-check-in')).toEqual([]);

    await panel.locator('[data-testid="reminders-toggle"]').click();
    const dates = panel.locator('[data-testid="customer-dates"]');
    await dates.locator('summary').click();
    await panel.locator('[data-testid="customer-renewal"]').fill(renewal);
    await panel.locator('[data-testid="customer-onboarding"]').fill(start);
    await dates.getByRole('button', { name: 'Add a date' }).click();
    await dates.getByLabel('What (birthday, anniversary…)').fill('birthday');
    await dates.getByLabel('Date', { exact: true }).fill(`1990-${utcDate(birthday).slice(5)}`);
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await panel.locator('[data-testid="customer-save"]').click();
    await expect.poll(() => panel.locator('[data-testid="reminders-status"]').textContent(), { timeout: 10_000 }).toBe('Dates saved.');

    const customer = await readExtensionStore<Record<string, unknown>>(h, 'customers', 'meera.kapoor@example.net');
    expect(customer).toMatchObject({ renewalDate: renewal, onboardingStart: start, personalDates: [{ label: 'birthday', date: `1990-${utcDate(birthday).slice(5)}` }], dated: 1 });
    const now = await reminders();
    // The team calendar here is UTC: the renewal recap 14 days before at 09:00, the greeting on the day at 09:00.
    expect(now.find((r) => r.ruleId === 'renewal-value-recap')).toMatchObject({ status: 'scheduled', dueAt: today + 16 * DAY + 9 * 3_600_000, customerKey: 'meera.kapoor@example.net' });
    expect(now.find((r) => r.ruleId === 'personal-date-greeting' && r.dueAt === birthday + 9 * 3_600_000)).toMatchObject({ status: 'scheduled', title: 'Greet Meera: birthday' });
    // The onboarding start the agent set makes this customer onboarding (without the label): five
    // daily check-ins counted from it, and nothing else of that rule.
    const checkIns = now.filter((r) => r.ruleId === 'onboarding-daily-check-in');
    expect(checkIns.map((r) => [r.status, r.dueAt, r.customerKey, r.conversationKey])).toEqual(
      [1, 2, 3, 4, 5].map((k) => ['scheduled', today + (1 + k) * DAY, 'meera.kapoor@example.net', 'demo:42']),
    );
    expect(checkIns.every((r) => r.id.includes(`|start:${start}#`) && r.title === 'Onboarding check-in with Meera')).toBe(true);
    // The panel lists them as upcoming.
    await expect.poll(() => panel.locator('[data-testid="reminders-upcoming"] [data-testid="reminder"]').count(), { timeout: 5_000 }).toBe(
      now.filter((r) => r.status === 'scheduled' && (r.conversationKey === 'demo:42' || r.customerKey === 'meera.kapoor@example.net')).length,
    );

    // The agent clears the onboarding start: the check-ins are cancelled, the other dates stay.
    await panel.locator('[data-testid="customer-onboarding"]').fill('');
    await panel.locator('[data-testid="customer-save"]').click();
    await expect
      .poll(async () => (await reminders()).filter((r) => r.ruleId === 'onboarding-daily-check-in').map((r) => r.status), { timeout: 10_000 })
      .toEqual(Array(5).fill('cancelled'));
    expect((await reminders()).find((r) => r.ruleId === 'renewal-value-recap')?.status).toBe('scheduled');
    expect(await readExtensionStore<Record<string, unknown>>(h, 'customers', 'meera.kapoor@example.net')).toMatchObject({ renewalDate: renewal, onboardingStart: null });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('one due while the browser was closed is shown once, as overdue, at the next start', async () => {
    const { page, panel } = await openTicket();
    const dueAt = Math.ceil((Date.now() + 8_000) / 1000) * 1000;
    await addAt(panel, dueAt, 'Send the refund receipt');
    await expect.poll(async () => (await manual()).filter((r) => r.message === 'Send the refund receipt').length, { timeout: 5_000 }).toBe(1);
    const id = (await manual()).find((r) => r.message === 'Send the refund receipt')!.id;
    await page.close();
    await h.close();
    expect(Date.now()).toBeLessThan(dueAt);

    // The browser stays closed past the reminder's time.
    await new Promise((resolve) => setTimeout(resolve, dueAt - Date.now() + 2_000));
    const relaunched = Date.now();
    await launch();
    await expect.poll(async () => (await reminders()).find((r) => r.id === id)?.status, { timeout: 20_000 }).toBe('notified');
    const shown = (await reminders()).find((r) => r.id === id)!;
    expect(shown.overdue).toBe(true);
    expect(shown.notifiedAt!).toBeGreaterThanOrEqual(relaunched);
    await expect.poll(notificationIds, { timeout: 10_000 }).toContain(`reminder:${id}`);
    await expect.poll(badge).toBe('1');

    // A worker restart does not show it again.
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/src/popup/index.html`);
    await popup.locator(`[data-testid="popup-reminder"][data-id="${id}"][data-overdue="true"]`).waitFor({ timeout: 10_000 });
    await stopServiceWorker(h, popup);
    await popup.reload();
    await popup.locator(`[data-testid="popup-reminder"][data-id="${id}"]`).waitFor({ timeout: 10_000 });
    expect((await reminders()).find((r) => r.id === id)!.notifiedAt).toBe(shown.notifiedAt);
    await popup.close();

    // Nor does another browser start.
    await h.close();
    await launch();
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await reminders()).find((r) => r.id === id)!.notifiedAt).toBe(shown.notifiedAt);
    expect(await notificationIds()).not.toContain(`reminder:${id}`);
  });
});
