/**
 * Every site adapter in the built extension, on its saved pages served at the real hostname and URL
 * shape: the panel shows the right customer, waiting time and target state; a deliberately broken
 * layout shows "not recognised" with diagnostics; no page errors. The optional sites' host
 * permissions are held as if granted (test/support/browser.ts grantOrigins), so the background's
 * own registration (src/background/site-scripts.ts) is what runs the content script there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SiteId } from '../../src/core/snapshot';
import { SITE_LABELS } from '../../src/core/snapshot';
import { launchWithExtension, writeSettings, type ExtensionBrowser } from '../support/browser';
import { grantFor, loadSiteFixtures, startFixtureSites, type FixtureSites, type SiteFixture } from '../support/site-fixtures';
import { acmeHelpdeskConfig } from '../../src/sites/generic/fixtures/expected';
import { collectPageErrors, panelFrame, readExtensionStore, shownMinutes } from './harness';

const TIME_ZONE = 'Asia/Kolkata';
const fixtures = await loadSiteFixtures();

let sites: FixtureSites;
let registered: string[] = [];
let browser: ExtensionBrowser;

beforeAll(async () => {
  sites = await startFixtureSites(fixtures, TIME_ZONE);
  browser = await launchWithExtension({
    hostResolverRules: sites.server.hostResolverRules,
    timezoneId: TIME_ZONE,
    grantOrigins: [...new Set(fixtures.map(grantFor))],
  });
  // Open around the clock, so only a ticket status pauses the target (not the hour the test runs).
  // The custom helpdesk is described by the supervisor's selectors (src/sites/generic).
  await writeSettings(browser, {
    version: 1,
    agent: { addresses: [], domains: [] },
    sla: { calendar: { timeZone: TIME_ZONE } },
    sites: { custom: [acmeHelpdeskConfig] },
  });
  const sw = await browser.serviceWorker();
  // The background registers the content script for the granted sites as it starts.
  const wanted = [...new Set(fixtures.map(grantFor))].sort();
  for (let i = 0; ; i++) {
    registered = (await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []))).sort();
    if (wanted.every((w) => registered.includes(w)) || i > 50) break;
    await new Promise((r) => setTimeout(r, 200));
  }
});
afterAll(async () => {
  await browser?.close();
  await sites?.server.close();
});

async function open(f: SiteFixture): Promise<{ page: Page; errors: string[] }> {
  sites.show(f);
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(f.url);
  return { page, errors };
}

describe('site adapters in the browser', () => {
  it('runs the content script on every granted site, registered by the background', () => {
    expect(registered).toEqual(expect.arrayContaining([...new Set(fixtures.map(grantFor))]));
  });

  it('has saved pages for every site', () => {
    const covered = new Set(fixtures.map((f) => f.site));
    for (const site of ['outlook', 'zendesk', 'freshdesk', 'helpscout', 'zohodesk', 'front', 'intercom', 'zammad', 'freescout', 'osticket']) {
      expect(covered.has(site), site).toBe(true);
      expect(fixtures.filter((f) => f.site === site && f.expect.kind === 'conversation').length, site).toBeGreaterThanOrEqual(2);
      expect(fixtures.some((f) => f.site === site && f.expect.kind === 'broken'), site).toBe(true);
    }
  });

  for (const f of fixtures) {
    it(`${f.site}: ${f.file} at ${f.url}`, async () => {
      const { page, errors } = await open(f);
      try {
        const panel = await panelFrame(page, browser.extensionId);
        const e = f.expect;
        if (e.kind === 'conversation') {
          await expect.poll(() => panel.locator('[data-testid="subject"]').textContent(), { timeout: 15_000 }).toBe(e.subject);
          expect(await panel.locator('[data-testid="customer-name"]').textContent()).toBe(e.customerName || e.customerAddress);
          if (e.customerAddress && e.customerAddress !== e.customerName) {
            expect(await panel.locator('[data-testid="customer-address"]').textContent()).toBe(e.customerAddress);
          }
          const timer = (await panel.locator('[data-testid="timer"]').textContent())!;
          if (e.waitingMinutes === null) {
            expect(timer).not.toMatch(/^Waiting/);
          } else {
            expect(timer).toMatch(/^Waiting/);
            const shown = shownMinutes(timer);
            expect(shown >= e.waitingMinutes && shown <= e.waitingMinutes + 1, `${timer} vs ${e.waitingMinutes} min`).toBe(true);
          }
          const target = panel.locator('[data-testid="target"]');
          if (e.waitingMinutes !== null) {
            // A running target (the calendar is 24/7 here, so only a pausing status could pause it).
            const paused = e.status === 'pending' || e.status === 'onhold';
            await expect.poll(() => target.getAttribute('data-state'), { timeout: 10_000 }).toMatch(paused ? /^paused$/ : /^(ok|warn|breached)$/);
          } else if (await target.count()) {
            expect(await target.getAttribute('data-state')).toMatch(/^(met|none)$/);
          }
          // The ticket status reached the background (the target clock pauses on it: targets.test.ts).
          const key = `${f.site}:${e.conversationId}`;
          await expect
            .poll(async () => (await readExtensionStore<{ ticketStatus: string | null } | null>({ browser }, 'conversations', key))?.ticketStatus, { timeout: 10_000 })
            .toBe(e.status ?? null);
        } else if (e.kind === 'broken') {
          const error = panel.locator('[data-testid="layout-error"]');
          await error.waitFor({ timeout: 15_000 });
          expect(await error.textContent()).toContain(f.site === 'generic' ? acmeHelpdeskConfig.name : SITE_LABELS[f.site as SiteId]);
          expect(await panel.locator('[data-testid="layout-error-missing"]').textContent()).toContain(e.failedSelectors.join(', '));
          // Diagnostics name the site, the URL pattern, what failed and the version — never message text.
          const diagnostics = JSON.parse((await panel.locator('[data-testid="diagnostics"]').getAttribute('data-diagnostics'))!);
          expect(diagnostics).toMatchObject({ site: f.site, failedSelectors: e.failedSelectors });
          expect(diagnostics.urlPattern).toBe(new URL(f.url).origin + new URL(f.url).pathname);
          expect(diagnostics.version).toMatch(/^\d+\.\d+\.\d+/);
        } else {
          await panel.locator('[data-testid="empty"]').waitFor({ timeout: 15_000 });
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
