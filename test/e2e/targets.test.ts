/**
 * The response-target clock in the panel: on the demo helpdesk ticket (customer waiting 80 min
 * for a next response), with the default targets and Mon–Fri 09:00–17:00 calendar in the
 * browser's time zone. Expected figures come from the core clock with the same inputs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaState } from '../../src/core/clock';
import { DEFAULT_SLA_POLICY, defaultCalendar } from '../../src/core/schema/sla-defaults';
import { panelFrame, shownMinutes, startHarness, type Harness } from './harness';
import { writeSettings } from '../support/browser';

const TICKET = 'https://helpdesk.demo.example/tickets/42';
const MIN = 60_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('response targets in the panel', () => {
  it('shows the next-response target with business time left, and pauses while waiting on the customer', async () => {
    const page = await h.browser.context.newPage();
    const servedAt = Date.now();
    await page.goto(TICKET);
    const panel = await panelFrame(page, h.browser.extensionId);
    const block = panel.locator('[data-testid="target"]');
    await block.waitFor({ timeout: 10_000 });

    const calendar = defaultCalendar(h.sites.timeZone);
    const events = [
      { kind: 'customer_message' as const, at: servedAt - 26 * 60 * MIN },
      { kind: 'agent_reply' as const, at: servedAt - 25 * 60 * MIN },
      { kind: 'customer_message' as const, at: servedAt - 80 * MIN },
      { kind: 'status' as const, at: servedAt, status: 'open' as const },
    ];
    const expected = slaState(DEFAULT_SLA_POLICY, calendar, { events }, Date.now());
    expect(await block.getAttribute('data-state')).toBe(expected.state);
    expect(await panel.locator('.target-label').textContent()).toBe('Next response');
    const text = (await panel.locator('[data-testid="target-text"]').textContent())!;
    if (expected.state === 'breached') {
      expect(text).toMatch(/^Overdue by /);
      expect(Math.abs(shownMinutes(text) - -expected.remainingBusinessMs! / MIN)).toBeLessThanOrEqual(1);
    } else {
      expect(text).toMatch(expected.state === 'paused' ? /^Paused outside business hours · .* left$/ : /left$/);
      expect(Math.abs(shownMinutes(text) - expected.remainingBusinessMs! / MIN)).toBeLessThanOrEqual(1);
      const due = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: h.sites.timeZone }).format(expected.dueMs!);
      expect(await panel.locator('[data-testid="target-due"]').textContent()).toContain(due);
    }

    // The helpdesk re-renders the status as "Pending" (waiting on the customer): the clock pauses.
    await page.evaluate(() => {
      const old = document.querySelector('.ticket-status')!;
      const next = old.cloneNode() as HTMLElement;
      next.dataset.status = 'pending';
      next.textContent = 'Pending';
      old.replaceWith(next);
    });
    await expect
      .poll(() => panel.locator('[data-testid="target-text"]').textContent(), { timeout: 10_000 })
      .toBe('Paused: waiting on customer');
    expect(await block.getAttribute('data-state')).toBe('paused');
    expect(await panel.locator('[data-testid="target-due"]').count()).toBe(0);

    // Collapsed, the badge keeps the state's colour and says so.
    await panel.getByRole('button', { name: 'Collapse panel' }).click();
    const badge = panel.getByRole('button', { name: /Expand panel/ });
    await expect.poll(() => badge.getAttribute('class')).toContain('target-paused');
    expect(await panel.locator('[data-testid="badge-timer"]').textContent()).toBe('Paused');
    await badge.click();
    await page.close();
  });

  it('applies the supervisor\'s matching rule to the open panel as soon as it is saved', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(TICKET);
    const panel = await panelFrame(page, h.browser.extensionId);
    await panel.locator('[data-testid="target"]').waitFor({ timeout: 10_000 });
    await writeSettings(h.browser, {
      version: 1,
      agent: { addresses: [], domains: [] },
      sla: {
        calendar: { timeZone: 'UTC' },
        nextResponseMinutes: 600,
        policies: [
          { name: 'Outages', when: { subjectWords: ['outage'] }, nextResponseMinutes: 15 },
          { name: 'Billing', when: { subjectWords: ['invoice'], sites: ['demo'] }, nextResponseMinutes: 120 },
        ],
      },
    });
    await expect.poll(() => panel.locator('[data-testid="target-rule"]').textContent(), { timeout: 10_000 }).toBe('Targets: Billing');
    // Open around the clock: 120 min target, the customer has waited 80 min.
    const text = (await panel.locator('[data-testid="target-text"]').textContent())!;
    expect(text).toMatch(/^On track · /);
    expect(Math.abs(shownMinutes(text) - 40)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
