/**
 * The panel in each of its states has no serious or critical axe-core violations, and works by
 * keyboard alone (collapse and expand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailExpected } from '../../src/sites/gmail/fixtures/expected';
import { GMAIL_BASE } from '../support/gmail-app';
import { panelFrame, seriousAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const states = [
  { name: 'a conversation', url: 'https://helpdesk.demo.example/tickets/42', ready: '[data-testid="timer"]' },
  { name: 'no conversation open', url: `${GMAIL_BASE}#inbox`, ready: '[data-testid="empty"]' },
  { name: 'an unrecognised layout', url: gmailExpected['gmail-2026-11-broken-layout.html']!.url, ready: '[data-testid="layout-error"]' },
];

describe('panel accessibility', () => {
  for (const state of states) {
    it(`has no serious or critical axe violations showing ${state.name}`, async () => {
      const page = await h.browser.context.newPage();
      await page.goto(state.url);
      const panel = await panelFrame(page, h.browser.extensionId);
      await panel.locator(state.ready).waitFor({ timeout: 10_000 });
      expect(await seriousAxeViolations(panel)).toEqual([]);
      await page.close();
    });
  }

  it('collapses and expands by keyboard alone, and the badge passes axe too', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('https://helpdesk.demo.example/tickets/42');
    const panel = await panelFrame(page, h.browser.extensionId);
    await panel.locator('[data-testid="timer"]').waitFor({ timeout: 10_000 });
    // With focus in the panel's document, Tab reaches its first control.
    await panel.evaluate(() => window.focus());
    await page.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Collapse panel');
    await page.keyboard.press('Enter');
    await panel.locator('[data-testid="badge-timer"]').waitFor();
    expect(await seriousAxeViolations(panel)).toEqual([]);
    const badge = panel.getByRole('button', { name: /^Expand panel: Waiting \d/ });
    await badge.focus();
    await page.keyboard.press('Space');
    await panel.locator('[data-testid="timer"]').waitFor();
    await page.close();
  });
});
