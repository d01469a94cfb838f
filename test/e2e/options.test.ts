/**
 * The options page in the built extension: a target changed there reaches an open panel at once;
 * a rule pack shows what it changes before it is applied; every malformed or hostile pack is
 * refused with its path and leaves the stored settings byte for byte as they were; a field set by
 * enterprise policy is locked (real Chromium managed policy, see startPolicyBrowser); turning a
 * site on asks the browser for its permission; axe finds nothing serious or critical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectPageErrors, panelFrame, readExtensionStore, seriousAxeViolations, shownMinutes, startHarness, type Harness } from './harness';
import { writeSettings } from '../support/browser';
import { withManagedPolicy } from '../support/managed-policy';
import { startDemoSites } from '../support/sites';
import { PACK_FORMAT } from '../../src/core/schema/rule-pack';

const TICKET = 'https://helpdesk.demo.example/tickets/42';
let h: Harness;
const files = mkdtempSync(join(tmpdir(), 'options-e2e-'));

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  rmSync(files, { recursive: true, force: true });
});

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await page.locator('#targets').waitFor({ timeout: 10_000 });
}

/** The stored settings exactly as storage.local holds them (JSON), read from the service worker. */
async function storedSettings(hh: Harness = h): Promise<string> {
  const sw = await hh.browser.serviceWorker();
  return sw.evaluate(async () => JSON.stringify((await chrome.storage.local.get('settings')).settings ?? null));
}

function packFile(name: string, content: string | Buffer): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

const validPack = () => ({
  format: PACK_FORMAT,
  version: 2,
  exportedAt: '2026-11-20T09:00:00.000Z',
  settings: {
    sla: {
      firstResponseMinutes: 45,
      policies: [
        { name: 'Outages', when: { subjectWords: ['outage'] }, firstResponseMinutes: 15 },
        { name: 'Billing', when: { subjectWords: ['invoice'], sites: ['demo'] }, nextResponseMinutes: 200 },
      ],
    },
    agent: { domains: ['acme-support.example'] },
  },
});

describe('options page', () => {
  it('a response target changed in options reaches the open panel without a reload', async () => {
    // Open around the clock in UTC, so the expected time left does not depend on when this runs.
    await writeSettings(h.browser, { version: 2, sla: { calendar: { timeZone: 'UTC' } } });
    const ticket = await h.browser.context.newPage();
    await ticket.goto(TICKET);
    const panel = await panelFrame(ticket, h.browser.extensionId);
    await panel.locator('[data-testid="target-text"]').waitFor({ timeout: 10_000 });
    // The customer has waited 80 min for a next response; the default target is 480 min.
    expect(Math.abs(shownMinutes((await panel.locator('[data-testid="target-text"]').textContent())!) - 400)).toBeLessThanOrEqual(1);
    await panel.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    const options = await h.browser.context.newPage();
    const errors = collectPageErrors(options);
    await openOptions(options, h.browser.extensionId);
    const field = options.getByLabel('Next response target (minutes)');
    await field.fill('100');
    await expect.poll(() => panel.locator('[data-testid="target-text"]').textContent(), { timeout: 10_000 }).toMatch(/^On track · 20 min left$|^On track · 19 min left$/);
    expect(await panel.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(JSON.parse(await storedSettings()).sla.nextResponseMinutes).toBe(100);

    // Invalid input says why next to the field and changes nothing.
    const before = await storedSettings();
    await field.fill('-3');
    await expect.poll(() => options.locator('[data-testid="error-sla.nextResponseMinutes"]').textContent()).toBe('must be more than 0');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await storedSettings()).toBe(before);
    expect(errors).toEqual([]);
    await ticket.close();
    await options.close();
  });

  it('imports a valid rule pack: shows what changes, then applies it', async () => {
    await writeSettings(h.browser, { version: 2, sla: { policies: [{ name: 'VIP', when: { labels: ['VIP'] }, firstResponseMinutes: 30 }, { name: 'Outages', when: { subjectWords: ['outage'] }, firstResponseMinutes: 30 }] } });
    const page = await h.browser.context.newPage();
    const errors = collectPageErrors(page);
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openOptions(page, h.browser.extensionId);
    const before = await storedSettings();
    await page.locator('#pack-file').setInputFiles(packFile('team.json', JSON.stringify(validPack())));
    const diff = page.locator('[data-testid="pack-diff"]');
    await diff.waitFor();
    expect(await diff.locator('[data-change]').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-change')} ${li.querySelector('strong')!.textContent}`))).toEqual([
      'changed Outages',
      'added Billing',
      'removed VIP',
    ]);
    expect(await diff.locator('[data-path]').evaluateAll((items) => items.map((li) => li.getAttribute('data-path')))).toEqual(['agent.domains', 'sla.firstResponseMinutes']);
    // Shown, not yet applied.
    expect(await storedSettings()).toBe(before);
    await page.getByTestId('pack-apply').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Rule pack applied.');
    expect(errors).toEqual([]);
    const stored = JSON.parse(await storedSettings());
    expect(stored.sla.firstResponseMinutes).toBe(45);
    expect(stored.sla.policies.map((p: { name: string }) => p.name)).toEqual(['Outages', 'Billing']);
    expect(stored.agent.domains).toEqual(['acme-support.example']);
    await page.close();
  });

  describe('a malformed or hostile rule pack is refused with the path, and nothing changes', () => {
    const deep = `{"format":"${PACK_FORMAT}","version":2,"exportedAt":"2026-11-20T09:00:00Z","settings":{"sla":{"policies":${'['.repeat(50_000)}${']'.repeat(50_000)}}}}`;
    const withTypes = validPack() as unknown as { settings: { sla: Record<string, unknown> } };
    withTypes.settings.sla.firstResponseMinutes = '45';
    const scripted = validPack();
    scripted.settings.sla.policies[1]!.name = '<script>alert(1)</script>';
    const cases: [string, () => string, RegExp][] = [
      ['wrong types', () => packFile('types.json', JSON.stringify(withTypes)), /settings\.sla\.firstResponseMinutes: must be a number of minutes/],
      ['an unknown format', () => packFile('format.json', JSON.stringify({ ...validPack(), format: 'someone-elses-settings' })), /format: "someone-elses-settings" is not a rule pack format/],
      ['a file over 5 MB', () => packFile('big.json', JSON.stringify({ ...validPack(), pad: 'x'.repeat(6 * 1024 * 1024) })), /the file is 6\.0 MB; at most 5\.0 MB is accepted/],
      ['a 50 MB file', () => packFile('huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20)), /the file is 50\.0 MB; at most 5\.0 MB is accepted/],
      ['deep nesting', () => packFile('deep.json', deep), /nested more than 16 levels deep/],
      ['script in a string', () => packFile('script.json', JSON.stringify(scripted)), /settings\.sla\.policies\[1\]\.name: contains HTML or script/],
      ['a prototype-pollution key', () => packFile('proto.json', JSON.stringify(validPack()).replace('"agent":{', '"agent":{"__proto__":{"polluted":true},')), /settings\.agent\.__proto__: "__proto__" is not allowed/],
    ];
    for (const [name, make, message] of cases) {
      it(name, async () => {
        const page = await h.browser.context.newPage();
        await openOptions(page, h.browser.extensionId);
        const before = await storedSettings();
        await page.locator('#pack-file').setInputFiles(make());
        const error = page.getByTestId('pack-error');
        await error.waitFor({ timeout: 20_000 });
        expect(await error.textContent()).toMatch(message);
        expect(await page.locator('[data-testid="pack-diff"], [data-testid="pack-apply"]').count()).toBe(0);
        expect(await storedSettings()).toBe(before);
        await page.close();
      });
    }
  });

  it('turning a site on asks the browser for that site\'s permission, and stores nothing if refused', async () => {
    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    // Headless Chromium cannot answer the permission prompt: the page records the request and the
    // browser's answer is taken as "no" here, as when the agent refuses.
    await page.evaluate(() => {
      const calls: unknown[] = [];
      (window as unknown as { permissionRequests: unknown[] }).permissionRequests = calls;
      // The extension calls it through webextension-polyfill, which passes a callback.
      chrome.permissions.request = ((request: chrome.permissions.Permissions, callback?: (granted: boolean) => void) => {
        calls.push(request);
        callback?.(false);
        return Promise.resolve(false);
      }) as typeof chrome.permissions.request;
    });
    const before = await storedSettings();
    await page.locator('input[data-site="zendesk"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { permissionRequests: unknown[] }).permissionRequests)).toEqual([{ origins: ['https://*.zendesk.com/*'] }]);
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Access to Zendesk was not granted; nothing changed.');
    expect(await page.locator('input[data-site="zendesk"]').isChecked()).toBe(false);
    expect(await storedSettings()).toBe(before);

    // Granted: stored as on.
    await page.evaluate(() => {
      chrome.permissions.request = ((request: chrome.permissions.Permissions, callback?: (granted: boolean) => void) => {
        (window as unknown as { permissionRequests: unknown[] }).permissionRequests.push(request);
        callback?.(true);
        return Promise.resolve(true);
      }) as typeof chrome.permissions.request;
    });
    await page.locator('input[data-site="helpscout"]').click();
    await expect.poll(async () => JSON.parse(await storedSettings()).sites.enabled).toContain('helpscout');
    await page.close();
  });

  it('a custom helpdesk: invalid selectors refused next to the field, "test on the open tab" shows what each selector finds, saved', async () => {
    const ticket = await h.browser.context.newPage();
    await ticket.goto(TICKET);
    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    await page.getByRole('button', { name: 'Add a helpdesk' }).click();
    const form = page.getByTestId('custom-site-form');
    await form.getByLabel('Name shown in the panel').fill('Acme Desk');
    await form.getByLabel('URL pattern').fill('https://helpdesk.demo.example/tickets/*');
    await form.getByLabel('Conversation').fill('article!!');
    await expect.poll(() => form.getByTestId('error-sites.custom[0].selectors.conversation').textContent()).toBe('This is not a valid CSS selector.');
    expect(await form.getByTestId('error-sites.custom[0].selectors.message').textContent()).toBe('Required.');
    const before = await storedSettings();
    await form.getByLabel('Conversation').fill('[data-ticket-id]');
    await form.getByLabel('Each message').fill('article.ticket-message');
    await form.getByLabel('Author (inside a message)').fill('.message-author');
    await form.getByLabel('Time (inside a message)').fill('time[datetime]');
    await form.getByLabel("The agent's messages").fill('article.ticket-message[data-role="agent"]');
    await form.getByLabel('Subject').fill('.ticket-subject');
    expect(await storedSettings()).toBe(before);
    await form.getByTestId('probe-button').click();
    const table = form.getByTestId('probe-result');
    await table.waitFor({ timeout: 10_000 });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toContainEqual(['Each message', '3', expect.stringContaining('Meera Kapoor')]);
    expect(rows).toContainEqual(['Subject', '1', 'Invoice charged twice']);
    expect(rows).toContainEqual(['Author (inside a message)', '1', 'Meera Kapoor']);
    expect(rows).toContainEqual(["The agent's messages", '1', expect.stringContaining('Ravi')]);
    await form.getByRole('button', { name: 'Save helpdesk' }).click();
    await expect.poll(async () => JSON.parse(await storedSettings()).sites.custom).toEqual([
      expect.objectContaining({ id: 'acme-desk', name: 'Acme Desk', urlPattern: 'https://helpdesk.demo.example/tickets/*' }),
    ]);
    await page.close();
    await ticket.close();
  });

  it('reminder rules: shipped rules switchable, an invalid edit refused with its path, a preview on stored conversations', async () => {
    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    const rules = page.getByTestId('reminder-rules');
    const first = rules.locator('li.rule').first();
    const ruleId = await first.getAttribute('data-rule');
    await first.getByRole('checkbox', { name: 'On' }).uncheck();
    await expect.poll(async () => JSON.parse(await storedSettings()).reminders?.rules?.find((r: { id: string }) => r.id === ruleId)?.enabled).toBe(false);
    const before = await storedSettings();
    await first.getByLabel('Reminder title').fill('Call {customer.shoeSize}');
    await expect.poll(() => first.locator('.field-error').first().textContent()).toMatch(/unknown placeholder \{customer\.shoeSize\}/);
    expect(await storedSettings()).toBe(before);
    await first.getByTestId('rule-preview-button').click();
    await expect.poll(() => first.getByTestId('rule-preview').textContent(), { timeout: 10_000 }).toMatch(/^With this rule/);
    // Conditions are editable too: the onboarding check-ins apply to conversations labelled
    // "onboarding"; another label is stored as the supervisor types it (once the rules are valid).
    await first.getByLabel('Reminder title').fill('Call {customer.firstName}');
    await expect.poll(() => first.locator('.field-error').count()).toBe(0);
    const onboarding = rules.locator('li.rule[data-rule="onboarding-daily-check-in"]');
    const labels = onboarding.getByLabel(/^Labels or tags/);
    expect(await labels.inputValue()).toBe('onboarding');
    await labels.fill('onboarding, new customer');
    await expect
      .poll(async () => JSON.parse(await storedSettings()).reminders?.rules?.find((r: { id: string }) => r.id === 'onboarding-daily-check-in')?.when?.labels)
      .toEqual(['onboarding', 'new customer']);
    await page.close();
  });

  it('listening prompts: a word added to a list changes what "try a message" finds', async () => {
    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    const tryBox = page.getByTestId('try-message');
    await tryBox.fill('Hi, my parcel is late again. Can you tell me when it will arrive?\nThanks, Meera');
    const result = page.getByTestId('try-result');
    await expect.poll(() => page.getByTestId('try-questions').textContent()).toContain('Can you tell me when it will arrive?');
    expect(await result.textContent()).toContain('name: Meera');
    await tryBox.fill('This is a total kerfuffle.');
    await expect.poll(() => result.textContent()).toContain('no flags');
    // Supervisor adds a word to the English frustration list: stored as an override, applied at once.
    await page.getByLabel('List', { exact: true }).selectOption('frustration');
    const words = page.getByTestId('word-list');
    await words.fill(`${await words.inputValue()}\nkerfuffle`);
    await expect.poll(async () => JSON.parse(await storedSettings()).listening?.library?.languages?.en?.frustration).toContain('kerfuffle');
    await tryBox.fill('This is a total kerfuffle.');
    await expect.poll(() => result.textContent()).toContain('frustrated');
    expect(await result.locator('mark').allTextContents()).toContain('kerfuffle');
    await page.close();
  });

  it('listening prompts: the reminder on Send is off until switched on, and saved', async () => {
    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    const remind = page.getByRole('checkbox', { name: 'Remind me after Send when my reply leaves a question unanswered' });
    expect(await remind.isChecked()).toBe(false);
    expect(await page.getByText('sending is never stopped or delayed').count()).toBe(1);
    await remind.check();
    await expect.poll(async () => JSON.parse(await storedSettings()).listening?.remindOnSend).toBe(true);
    await remind.uncheck();
    await expect.poll(async () => JSON.parse(await storedSettings()).listening?.remindOnSend).toBe(false);
    await page.close();
  });

  it('exports all data, deletes everything after confirming, refuses a foreign backup and restores its own', async () => {
    const ticket = await h.browser.context.newPage();
    await ticket.goto(TICKET);
    await (await panelFrame(ticket, h.browser.extensionId)).locator('[data-testid="timer"]').waitFor({ timeout: 10_000 });
    await ticket.close();
    await expect.poll(async () => (await readExtensionStore<{ key: string }[]>(h, 'conversations')).length).toBeGreaterThan(0);
    const conversations = await readExtensionStore<{ key: string }[]>(h, 'conversations');

    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all data' }).click()]);
    const backup = join(files, 'backup.json');
    await download.saveAs(backup);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Everything was deleted.');
    expect(await readExtensionStore<unknown[]>(h, 'conversations')).toEqual([]);
    expect(await storedSettings()).toBe('null');

    await page.locator('#backup-file').setInputFiles(packFile('not-a-backup.json', JSON.stringify(validPack())));
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toContain('not a backup made by this extension');
    expect(await readExtensionStore<unknown[]>(h, 'conversations')).toEqual([]);

    await page.locator('#backup-file').setInputFiles(backup);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Backup restored.');
    expect((await readExtensionStore<{ key: string }[]>(h, 'conversations')).map((c) => c.key).sort()).toEqual(conversations.map((c) => c.key).sort());
    await page.close();
  });

  it('has no serious or critical axe violations, and every section is reachable by keyboard', async () => {
    const page = await h.browser.context.newPage();
    await openOptions(page, h.browser.extensionId);
    // Tab from the top reaches the section links first; Enter moves to the section.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#targets');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#privacy');
    await page.getByRole('radio', { name: "The team's own calendar" }).check();
    await page.getByTestId('policies').getByRole('button', { name: 'Add a rule' }).click();
    await page.getByTestId('reminder-rules').locator('li.rule').first().getByTestId('rule-preview-button').click();
    await page.getByRole('button', { name: 'Add a helpdesk' }).click();
    expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);
    await page.close();
  });
});

describe('enterprise policy', () => {
  it('a field set by policy overrides this browser\'s value, is locked in options and applies in the panel', async () => {
    const sites = await startDemoSites();
    try {
      await withManagedPolicy(
        { sla: { nextResponseMinutes: 110, calendar: { timeZone: 'UTC' } }, listening: { remindOnSend: true } },
        { hostResolverRules: sites.server.hostResolverRules, timezoneId: sites.timeZone },
        async (browser) => {
          const sw = await browser.serviceWorker();
          await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, sla: { nextResponseMinutes: 900, firstResponseMinutes: 50 } } }));
          const page = await browser.context.newPage();
          await openOptions(page, browser.extensionId);
          const next = page.getByLabel('Next response target (minutes)');
          expect(await next.inputValue()).toBe('110');
          expect(await next.isDisabled()).toBe(true);
          expect(await page.getByTestId('locked-sla.nextResponseMinutes').textContent()).toContain('Set by your organisation');
          expect(await page.getByTestId('locked-sla.calendar').count()).toBe(1);
          const remind = page.getByRole('checkbox', { name: 'Remind me after Send when my reply leaves a question unanswered' });
          expect(await remind.isChecked()).toBe(true);
          expect(await remind.isDisabled()).toBe(true);
          expect(await page.getByTestId('locked-listening.remindOnSend').textContent()).toContain('Set by your organisation');
          // Not set by policy: this browser's value, editable.
          const first = page.getByLabel('First response target (minutes)');
          expect(await first.inputValue()).toBe('50');
          expect(await first.isDisabled()).toBe(false);
          await page.getByTestId('policy-banner').waitFor();

          const ticket = await browser.context.newPage();
          await ticket.goto(TICKET);
          const panel = await panelFrame(ticket, browser.extensionId);
          // 110 min target under policy, 80 min waited.
          await expect.poll(async () => shownMinutes((await panel.locator('[data-testid="target-text"]').textContent({ timeout: 10_000 }))!), { timeout: 10_000 }).toBeGreaterThanOrEqual(29);
          expect(shownMinutes((await panel.locator('[data-testid="target-text"]').textContent())!)).toBeLessThanOrEqual(30);
        },
      );
    } finally {
      await sites.server.close();
    }
  });
});
