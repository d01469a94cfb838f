/**
 * The response-time metrics page in the built extension: empty on a fresh profile; after real
 * conversations (the saved Gmail threads and the demo ticket, stored by the background) and older
 * history written into the extension's database (60 days, and the same period last year), it
 * shows the figures core/metrics computes from the very same events — cards, table, charts, goal,
 * CSV — and is reachable from the panel and from the toolbar popup. Expected figures are computed
 * here, in Node, from the events read back out of the database with the period the page reports
 * it used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { computeMetrics, toCsv, type Figures, type Metrics, type Summary } from '../../src/core/metrics';
import { formatDuration, type DurationWords } from '../../src/core/clock/waiting';
import { defaultCalendar } from '../../src/core/schema/sla-defaults';
import { readSlaSettings } from '../../src/core/schema/sla-settings';
import { historyFromEvents } from '../../src/db/histories';
import type { ConversationRecord, EventRecord } from '../../src/db/database';
import { gmailExpected, gmailTeamContext } from '../../src/sites/gmail/fixtures/expected';
import { EXTENSION_DIR, writeSettings } from '../support/browser';
import { collectPageErrors, panelFrame, readExtensionStore, seriousAxeViolations, startHarness, type Harness } from './harness';

const TICKET = 'https://helpdesk.demo.example/tickets/42';
const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;

let h: Harness;
let dashboardUrl: string;

beforeAll(async () => {
  h = await startHarness();
  dashboardUrl = `chrome-extension://${h.browser.extensionId}/src/dashboard/index.html`;
  await writeSettings(h.browser, SETTINGS);
});

/** The team's own targets (not the defaults): the page must judge attainment against these. */
const SETTINGS = {
  version: 1,
  agent: { addresses: [], domains: gmailTeamContext.agentDomains },
  sla: { firstResponseMinutes: 150, nextResponseMinutes: 300 },
};
const TEAM = readSlaSettings(SETTINGS).settings;
afterAll(async () => {
  await h?.close();
});

const en: DurationWords = {
  minutes: (m) => `${m} min`,
  hoursMinutes: (hh, m) => `${hh} h ${m} min`,
  daysHours: (d, hh) => `${d} d ${hh} h`,
  number: (n) => new Intl.NumberFormat('en-US').format(n),
};
const shownDuration = (ms: number | undefined) => (ms === undefined ? '—' : formatDuration(ms, en));
const shownPercent = (share: number | null) => (share === null ? '—' : new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(share));

/**
 * Older history in the agent's zone (IST): for each of the last 60 days a Gmail thread and a
 * helpdesk ticket with varied reply delays (some next responses, some solved tickets, a few waits
 * still open), and every third day of the same 90 days a year (52 weeks) earlier, slower.
 */
function history(now: number): { conversations: ConversationRecord[]; events: Omit<EventRecord, 'id'>[] } {
  const IST = 5.5 * H;
  const today = Math.floor((now + IST) / DAY) * DAY - IST;
  const conversations: ConversationRecord[] = [];
  const events: Omit<EventRecord, 'id'>[] = [];
  const add = (site: 'gmail' | 'demo', id: string, list: Omit<EventRecord, 'id' | 'conversationKey'>[]) => {
    const key = `${site}:${id}`;
    const times = list.filter((e) => e.at < now);
    if (!times.length) return;
    conversations.push({
      key,
      site,
      conversationId: id,
      subject: `Order question ${id}`,
      customerName: `Customer ${id}`,
      customerAddress: `${id}@example.test`,
      lastCustomerAt: Math.max(...times.filter((e) => e.kind === 'customer_message').map((e) => e.at)),
      lastAgentAt: null,
      status: 'unknown',
      ticketStatus: null,
      firstSeenAt: times[0]!.at,
      updatedAt: times.at(-1)!.at,
    });
    for (const e of times) events.push({ conversationKey: key, ...e });
  };
  const day = (back: number, minutes: number) => today - back * DAY + minutes * MIN;
  for (let d = 1; d <= 60; d++) {
    const asked = day(d, 9 * 60 + ((d * 37) % 420));
    const replied = asked + (20 + ((d * 53) % 300)) * MIN;
    const gmail: Omit<EventRecord, 'id' | 'conversationKey'>[] = [
      { kind: 'customer_message', at: asked },
      { kind: 'agent_reply', at: replied },
    ];
    if (d % 3 === 0) gmail.push({ kind: 'customer_message', at: day(d - 1, 10 * 60) }, { kind: 'agent_reply', at: day(d - 1, 10 * 60) + ((d * 29) % 600) * MIN });
    if (d % 7 === 0) gmail.push({ kind: 'customer_message', at: day(d - 2, 12 * 60) });
    add('gmail', `hist-${d}`, gmail);

    const opened = day(d, 11 * 60 + ((d * 13) % 300));
    const answered = opened + (15 + ((d * 71) % 500)) * MIN;
    const ticket: Omit<EventRecord, 'id' | 'conversationKey'>[] = [
      { kind: 'status', at: opened, status: 'open' },
      { kind: 'customer_message', at: opened },
      { kind: 'agent_reply', at: answered },
    ];
    if (d % 5 === 0) ticket.push({ kind: 'customer_message', at: answered + 3 * H }, { kind: 'agent_reply', at: answered + 20 * H });
    if (d % 2 === 0) ticket.push({ kind: 'status', at: answered + 21 * H, status: 'solved' });
    add('demo', `${9000 + d}`, ticket);
  }
  for (let d = 364; d < 364 + 90; d += 3) {
    const asked = day(d, 10 * 60 + ((d * 17) % 300));
    add('gmail', `ly-${d}`, [
      { kind: 'customer_message', at: asked },
      { kind: 'agent_reply', at: asked + (90 + ((d * 41) % 360)) * MIN },
    ]);
  }
  return { conversations, events };
}

async function seedHistory(now: number): Promise<void> {
  const { conversations, events } = history(now);
  // The background writes each conversation's compact history beside its events; so does this
  // seed (typed arrays cross into the worker as plain arrays).
  const histories = conversations.map((c) => {
    const r = historyFromEvents(c.key, c.site, events.filter((e) => e.conversationKey === c.key));
    return { ...r, at: [...r.at], kinds: [...r.kinds] };
  });
  const sw = await h.browser.serviceWorker();
  await sw.evaluate(
    ({ conversations, events, histories }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('support-panel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['conversations', 'events', 'histories'], 'readwrite');
          for (const c of conversations) tx.objectStore('conversations').put(c);
          for (const e of events) tx.objectStore('events').add(e);
          for (const r of histories) tx.objectStore('histories').put({ ...r, at: Float64Array.from(r.at), kinds: Uint8Array.from(r.kinds) });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { conversations, events, histories },
  );
}

/** Visits the saved Gmail threads and the demo ticket so that the background stores them. */
async function visitBundledPages(): Promise<void> {
  const urls = [...Object.values(gmailExpected).flatMap((e) => (e.kind === 'thread' ? [e.url] : [])), TICKET];
  for (const url of urls) {
    const page = await h.browser.context.newPage();
    await page.goto(url);
    const panel = await panelFrame(page, h.browser.extensionId);
    await panel.locator('[data-testid="subject"]').waitFor({ timeout: 10_000 });
    await page.close();
  }
  await expect
    .poll(async () => (await readExtensionStore<ConversationRecord[]>(h, 'conversations')).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(urls.length);
}

interface Shown {
  from: number;
  to: number;
  now: number;
  lastYearFrom: number;
  lastYearTo: number;
  timeZone: string;
  bucket: 'day' | 'week' | 'month';
}

/** The period the page says it computed, so the expectation uses the very same one. */
async function shownPeriod(page: Page): Promise<Shown> {
  const main = page.locator('main.dashboard');
  const n = async (name: string) => Number(await main.getAttribute(`data-${name}`));
  return {
    from: await n('from'),
    to: await n('to'),
    now: await n('now'),
    lastYearFrom: await n('last-year-from'),
    lastYearTo: await n('last-year-to'),
    timeZone: (await main.getAttribute('data-time-zone'))!,
    bucket: (await main.getAttribute('data-bucket')) as Shown['bucket'],
  };
}

async function expectedMetrics(shown: Shown, period: 'current' | 'last-year' = 'current'): Promise<Metrics> {
  const events = await readExtensionStore<EventRecord[]>(h, 'events');
  const conversations = (await readExtensionStore<ConversationRecord[]>(h, 'conversations')).map((c) => ({ key: c.key, site: c.site }));
  const base = { conversations, events, calendar: TEAM.calendar ?? defaultCalendar(shown.timeZone), policy: TEAM.policy, timeZone: shown.timeZone };
  return period === 'current'
    ? computeMetrics({ ...base, from: shown.from, to: shown.to, now: shown.now, bucket: shown.bucket })
    : computeMetrics({ ...base, from: shown.lastYearFrom, to: shown.lastYearTo, now: shown.lastYearTo, bucket: 'month' });
}

async function openDashboard(): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(dashboardUrl);
  await expect.poll(() => page.locator('main.dashboard').getAttribute('data-state'), { timeout: 10_000 }).toMatch(/^(ready|empty)$/);
  return { page, errors };
}

/** Every figure of one table row: [data-col, data-raw, text] per cell. */
async function rowCells(page: Page, testid: string): Promise<Record<string, { raw: string; text: string }>> {
  return page.locator(`[data-testid="${testid}"] td`).evaluateAll((tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute('data-col')!, { raw: td.getAttribute('data-raw')!, text: td.textContent!.trim() }])),
  );
}

/** What a table row must hold for a set of figures. */
function expectedCells(f: Figures): Record<string, { raw: string; text: string }> {
  const d = (s: Summary | null, k: keyof Summary) => ({ raw: s ? String(s[k]) : '', text: shownDuration(s?.[k]) });
  const n = (v: number) => ({ raw: String(v), text: String(v) });
  const p = (v: number | null) => ({ raw: v === null ? '' : String(v), text: shownPercent(v) });
  return {
    'first-count': n(f.first.count),
    'first-mean': d(f.first.business, 'meanMs'),
    'first-median': d(f.first.business, 'medianMs'),
    'first-p90': d(f.first.business, 'p90Ms'),
    'first-mean-calendar': d(f.first.calendar, 'meanMs'),
    'first-met': p(f.first.attainment),
    'next-count': n(f.next.count),
    'next-mean': d(f.next.business, 'meanMs'),
    'next-p90': d(f.next.business, 'p90Ms'),
    'next-met': p(f.next.attainment),
    fcr: p(f.fcr.rate),
    open: n(f.openWaits),
  };
}

async function expectTableMatches(page: Page, m: Metrics, site: string | null): Promise<void> {
  const pick = (all: Figures, bySite: Record<string, Figures>) => (site === null ? all : bySite[site]!);
  expect(await page.locator('[data-testid="figures"] tbody tr').count()).toBe(m.buckets.length);
  for (const b of m.buckets) expect(await rowCells(page, `row-${b.label}`), b.label).toEqual(expectedCells(pick(b.all, b.bySite)));
  expect(await rowCells(page, 'row-total')).toEqual(expectedCells(pick(m.totals.all, m.totals.bySite)));
}

describe('response-time metrics page', () => {
  it('explains that figures come later on a fresh profile, and passes axe', async () => {
    const { page, errors } = await openDashboard();
    expect(await page.locator('main.dashboard').getAttribute('data-state')).toBe('empty');
    expect(await page.locator('h1').textContent()).toBe('Response-time metrics');
    expect(await page.title()).toBe('Response-time metrics');
    const empty = page.locator('[data-testid="empty"]');
    expect(await empty.locator('h2').textContent()).toBe('No figures yet');
    expect(await empty.textContent()).toContain('Figures appear once conversations have been answered with the extension active');
    expect(await page.locator('[data-testid="figures"]').count()).toBe(0);
    expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the figures core/metrics computes from the stored events: cards, goal, charts, table', async () => {
    await visitBundledPages();
    await seedHistory(Date.now());
    const { page, errors } = await openDashboard();
    // 90 days: the seeded history, and a year-earlier period with data (so there is a goal line).
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 90 days' });
    await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Week' });
    await expect.poll(async () => (await shownPeriod(page)).to - (await shownPeriod(page)).from).toBeGreaterThan(88 * DAY);
    expect(await page.locator('main.dashboard').getAttribute('data-state')).toBe('ready');
    const shown = await shownPeriod(page);
    // The browser's zone (Chromium may name Asia/Kolkata by its older alias Asia/Calcutta).
    const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    expect(canonical(shown.timeZone)).toBe(canonical(h.sites.timeZone));
    expect(shown.bucket).toBe('week');
    const m = await expectedMetrics(shown);
    expect(m.sites).toEqual(['demo', 'gmail']);
    expect(m.totals.all.first.count).toBeGreaterThan(100);
    expect(m.totals.all.next.count).toBeGreaterThan(20);

    // Summary cards.
    const total = m.totals.all;
    for (const [id, stats] of [
      ['first-business', total.first.business],
      ['first-calendar', total.first.calendar],
      ['next-business', total.next.business],
    ] as const) {
      for (const [name, key] of [
        ['mean', 'meanMs'],
        ['median', 'medianMs'],
        ['p90', 'p90Ms'],
      ] as const) {
        const cell = page.locator(`[data-testid="${id}-${name}"]`);
        expect(Number(await cell.getAttribute('data-ms')), `${id} ${name}`).toBe(stats![key]);
        expect(await cell.textContent()).toBe(shownDuration(stats![key]));
      }
    }
    expect(await page.locator('[data-testid="first-business-count"]').textContent()).toBe(`${total.first.count} responses`);
    expect(Number(await page.locator('[data-testid="attainment-first"]').getAttribute('data-share'))).toBe(total.first.attainment);
    expect(await page.locator('[data-testid="attainment-first"]').textContent()).toBe(shownPercent(total.first.attainment));
    expect(Number(await page.locator('[data-testid="attainment-next"]').getAttribute('data-share'))).toBe(total.next.attainment);
    // Judged against the team's targets from settings, and saying so.
    await expect.poll(() => page.getByText(`First response within ${shownDuration(TEAM.policy.firstResponseMs)}`).count()).toBe(1);
    await expect.poll(() => page.getByText(`Next response within ${shownDuration(TEAM.policy.nextResponseMs)}`).count()).toBe(1);
    expect(Number(await page.locator('[data-testid="fcr-rate"]').getAttribute('data-share'))).toBe(total.fcr.rate);
    expect(await page.locator('[data-testid="fcr-rate"]').textContent()).toBe(shownPercent(total.fcr.rate));

    // Goal: 20 % below the same period last year (52 weeks back), which has Gmail data only.
    const lastYear = await expectedMetrics(shown, 'last-year');
    expect(lastYear.totals.all.first.count).toBeGreaterThan(20);
    const goalTarget = lastYear.totals.all.first.business!.meanMs * 0.8;
    expect(Number(await page.locator('[data-testid="goal-first-target"]').getAttribute('data-ms'))).toBeCloseTo(goalTarget, 6);
    expect(await page.locator('[data-testid="goal-first-state"]').textContent()).toBe(
      total.first.business!.meanMs <= goalTarget ? 'On track' : 'Not on track yet',
    );
    // No next responses a year ago: no goal for them, and the note says why.
    expect(await page.locator('[data-testid="goal-next-none"]').textContent()).toContain('No data for the same period last year yet');
    expect(await page.locator('[data-testid="next-chart-no-goal"]').count()).toBe(1);

    // Charts: uPlot canvases with a size, an accessible summary, a goal line in the legend.
    for (const id of ['first-chart', 'next-chart', 'attainment-chart']) {
      const chart = page.locator(`[data-testid="chart-${id}"]`);
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toMatch(/\S/);
      const box = await chart.locator('canvas').boundingBox();
      expect(box!.width, id).toBeGreaterThan(200);
      expect(box!.height, id).toBeGreaterThan(100);
    }
    expect(await page.locator('[data-testid="chart-first-chart"]').getAttribute('aria-label')).toContain(`Goal line at ${shownDuration(goalTarget)}.`);
    expect(await page.locator('.chart', { has: page.locator('[data-testid="chart-first-chart"]') }).locator('.legend li').allTextContents()).toEqual([
      'Average',
      '90th percentile',
      'Goal',
    ]);

    // The table, all sites, then one site by day.
    expect(await page.locator('[data-testid="figures"] caption').textContent()).toContain('All sites, Last 90 days');
    await expectTableMatches(page, m, null);
    await page.getByLabel('Site', { exact: true }).selectOption({ label: 'Gmail' });
    await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Day' });
    await expect.poll(() => page.locator('main.dashboard').getAttribute('data-bucket')).toBe('day');
    const byDay = await expectedMetrics(await shownPeriod(page));
    await expectTableMatches(page, byDay, 'gmail');
    expect(Number(await page.locator('[data-testid="first-business-mean"]').getAttribute('data-ms'))).toBe(byDay.totals.bySite.gmail!.first.business!.meanMs);

    expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the CSV of the figures shown, by keyboard', async () => {
    const { page, errors } = await openDashboard();
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 90 days' });
    await page.getByLabel('Group by', { exact: true }).selectOption({ label: 'Month' });
    await expect.poll(() => page.locator('main.dashboard').getAttribute('data-bucket')).toBe('month');
    await expect.poll(async () => (await shownPeriod(page)).to - (await shownPeriod(page)).from).toBeGreaterThan(88 * DAY);
    const shown = await shownPeriod(page);

    // Keyboard only: Tab through the controls to the button, Enter.
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const button = page.getByRole('button', { name: 'Download CSV' });
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);

    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: shown.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(shown.now);
    expect(download.suggestedFilename()).toBe(`response-times-${localDate}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toBe(toCsv(await expectedMetrics(shown)));
    expect(text.split('\r\n')[0]).toMatch(/^period_start,site,first_count,/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens from the panel', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(TICKET);
    const panel = await panelFrame(page, h.browser.extensionId);
    const link = panel.getByRole('button', { name: 'Response-time metrics' });
    await link.waitFor({ timeout: 10_000 });
    const [tab] = await Promise.all([h.browser.context.waitForEvent('page'), link.click()]);
    await tab.waitForURL(dashboardUrl);
    await expect.poll(() => tab.locator('main.dashboard').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    await tab.close();
    await page.close();
  });

  it('opens from the toolbar popup, one click away', async () => {
    // The toolbar button shows the popup (reminders due); headless Chromium cannot click the
    // toolbar, so the test opens the page the manifest names.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { action: { default_popup?: string } };
    expect(manifest.action.default_popup).toBe('src/popup/index.html');
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/${manifest.action.default_popup}`);
    const link = popup.getByRole('button', { name: 'Response-time metrics' });
    await link.waitFor({ timeout: 10_000 });
    const [tab] = await Promise.all([h.browser.context.waitForEvent('page'), link.click()]);
    await tab.waitForURL(dashboardUrl);
    await expect.poll(() => tab.locator('main.dashboard').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    await tab.close();
    if (!popup.isClosed()) await popup.close();
  });
});
