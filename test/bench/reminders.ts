/**
 * Reminders at scale: the built extension in Chromium with 100,000 reminders in its own IndexedDB.
 *
 * 1. Seed (fresh profile): an extension page writes the reminders with the extension's own
 *    schema (Dexie), a year of history and a year ahead; then it times the REAL code
 *    (reminders-page.ts) on a warm database: the next due time, re-arming the one alarm (that
 *    query + chrome.alarms.create, as the background does after every change), the badge count,
 *    the popup's due list, a panel's list. Last, reminders "missed while the browser was closed"
 *    are added and the browser closes before any worker sees them.
 * 2. Browser start on the same profile: the service worker's own start-up reconciliation (open
 *    the database, claim the overdue reminders once, show their notifications, re-arm, badge) is
 *    timed from the worker's start with performance marks it sets; then the queries again, cold.
 * 3. Worker wake-ups with nothing overdue (every alarm or message after Chrome stopped an idle
 *    worker runs the same reconciliation): the worker is stopped and woken a few times.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { startHarness, type Harness } from '../e2e/harness';
import type * as PageApi from './reminders-page';
import { median } from './host-overhead';

export const REMINDERS_BUDGET = { nextDueMs: 10, rearmMs: 10 } as const;

export interface RemindersBenchOptions {
  count?: number;
  overdue?: number;
  notified?: number;
  repeats?: number;
  wakeUps?: number;
  log?: (line: string) => void;
}

/** The first run (cold) apart; median and max of the rest. */
export interface Timing {
  cold: number;
  median: number;
  max: number;
  runs: number[];
}

export interface Reconciliation {
  /** From the worker's start (its performance time origin) to the database being open. */
  dbOpenMs: number;
  /** From the worker's start to the reconciliation done (claimed, shown, re-armed, badge set). */
  totalMs: number;
  /** The reconciliation itself (total − open). */
  reconcileMs: number;
  /** From the worker's start to the settings read (background/settings.ts). */
  settingsMs: number;
  /** … to the overdue reminders claimed (one transaction). */
  claimedMs: number;
  /** … to their notifications shown. */
  shownMs: number;
  claimed: number;
}

export interface RemindersBenchReport {
  params: { count: number; overdue: number; notified: number; repeats: number; wakeUps: number };
  seed: PageApi.SeedResult & { openMs: number; total: number };
  warm: Queries;
  afterStart: Queries;
  startUp: Reconciliation & { notifications: number; badge: string };
  wakeUps: Reconciliation[];
  wakeUpMedianMs: number;
  budget: typeof REMINDERS_BUDGET;
}

export interface Queries {
  /** value: the next due time (ms). */
  nextDue: Timing & { value: number | null };
  rearm: Timing & { value: number | null };
  /** value: the badge's number. */
  badgeCount: Timing & { value: number | null };
  /** value: reminders listed. */
  dueList: Timing & { value: number | null };
  panelList: Timing & { value: number | null };
}

interface PageGlobal {
  __supportPanelRemindersBench: typeof PageApi;
}

async function bundlePage(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import * as m from './reminders-page';\nglobalThis.__supportPanelRemindersBench = m;\n`,
      resolveDir: import.meta.dirname,
      sourcefile: 'reminders-bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced nothing for reminders-page');
  return `${out.text};undefined`;
}

function timing(values: number[]): Timing {
  const [cold, ...rest] = values;
  if (cold === undefined) throw new Error('no runs');
  const runs = rest.length ? rest : [cold];
  return { cold, median: median(runs), max: Math.max(...runs), runs: values };
}

type Query = 'nextDue' | 'rearm' | 'badgeCount' | 'dueList' | 'panelList';

/** Runs one of the page's timed queries `runs` times (each gets the time it runs at). */
async function series(page: Page, runs: number, name: Query): Promise<Timing & { value: number | null }> {
  const results: PageApi.Timed<number | null>[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(
      await page.evaluate(([q, now]) => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench[q](now), [name, Date.now()] as const),
    );
  }
  return { ...timing(results.map((r) => r.ms)), value: results[results.length - 1]!.value };
}

async function queries(page: Page, runs: number): Promise<Queries> {
  return {
    nextDue: await series(page, runs, 'nextDue'),
    rearm: await series(page, runs, 'rearm'),
    badgeCount: await series(page, runs, 'badgeCount'),
    dueList: await series(page, Math.min(runs, 6), 'dueList'),
    panelList: await series(page, Math.min(runs, 6), 'panelList'),
  };
}

/** The worker's start-up marks (src/background/reminders.ts), once it has set them. */
async function reconciliation(sw: Worker): Promise<Reconciliation> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    // No helper functions inside: tsx would name them with a helper the worker does not have.
    const marks = await sw.evaluate(() => {
      const done = performance.getEntriesByName('reminders-reconciled')[0] as PerformanceMark | undefined;
      return done
        ? {
            dbOpenMs: performance.getEntriesByName('reminders-db-open')[0]?.startTime ?? NaN,
            claimedMs: performance.getEntriesByName('reminders-claimed')[0]?.startTime ?? NaN,
            shownMs: performance.getEntriesByName('reminders-shown')[0]?.startTime ?? NaN,
            totalMs: done.startTime,
            claimed: (done.detail as { claimed: number }).claimed,
            settingsMs: performance.getEntriesByName('reminders-settings')[0]?.startTime ?? NaN,
          }
        : null;
    });
    if (marks) return { ...marks, reconcileMs: marks.totalMs - marks.dbOpenMs };
    if (Date.now() > deadline) throw new Error('the service worker did not finish its start-up reconciliation within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stops the extension's worker as Chrome does when it is idle (as harness.ts does, without vitest). */
async function stopWorker(h: Harness, page: Page): Promise<void> {
  const cdp = await h.browser.context.newCDPSession(page);
  const statuses: string[] = [];
  let versionId: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${h.browser.extensionId}/`)) continue;
      versionId = v.versionId;
      statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await until('the worker to be running', () => statuses.at(-1) === 'running');
  await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
  await until('the worker to stop', () => statuses.includes('stopped'));
  await cdp.detach();
}

async function extensionPage(h: Harness, source: string): Promise<Page> {
  const page = await h.browser.context.newPage();
  // Any extension page of ours runs in the extension's origin; the dashboard reads nothing of reminders.
  await page.goto(`chrome-extension://${h.browser.extensionId}/src/dashboard/index.html`);
  await page.evaluate(source);
  return page;
}

export async function measureReminders(opts: RemindersBenchOptions = {}): Promise<RemindersBenchReport> {
  const log = opts.log ?? (() => {});
  const params = {
    count: opts.count ?? 100_000,
    overdue: opts.overdue ?? 200,
    notified: opts.notified ?? 300,
    repeats: opts.repeats ?? 20,
    wakeUps: opts.wakeUps ?? 3,
  };
  const source = await bundlePage();
  const profile = mkdtempSync(join(tmpdir(), 'support-panel-reminders-bench-'));
  try {
    // ---- 1. Seed and time on a warm database; add the "missed" reminders last, then close.
    let h = await startHarness({ userDataDir: profile });
    let seed: RemindersBenchReport['seed'];
    let warm: Queries;
    try {
      await h.browser.serviceWorker();
      const page = await extensionPage(h, source);
      const opened = await page.evaluate(() => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.open());
      log(`  seeding ${params.count} reminders from an extension page…`);
      const result = await page.evaluate(
        (p) => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.seed(p),
        { count: params.count, notified: params.notified, now: Date.now(), conversations: 30_000, seed: 20261123 },
      );
      const total = (await page.evaluate(() => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.open())).reminders;
      seed = { ...result, openMs: opened.openMs, total };
      log(`    ${total} stored in ${(result.ms / 1000).toFixed(1)} s; timing the queries (warm)…`);
      warm = await queries(page, params.repeats + 1);
      await page.evaluate(([n, now]) => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.seedOverdue(n, now), [params.overdue, Date.now()] as const);
      await page.evaluate(() => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.close());
      await page.close();
    } finally {
      await h.close();
    }

    // ---- 2. Browser start: the worker reconciles by itself; read its marks, then the queries cold.
    log(`  browser start with ${params.overdue} reminders missed while closed…`);
    h = await startHarness({ userDataDir: profile });
    let startUp: RemindersBenchReport['startUp'];
    let afterStart: Queries;
    const wakeUps: Reconciliation[] = [];
    try {
      const sw = await h.browser.serviceWorker();
      const r = await reconciliation(sw);
      const notifications = await sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('reminder:')).length);
      const badge = await sw.evaluate(() => chrome.action.getBadgeText({}));
      startUp = { ...r, notifications, badge };
      const page = await extensionPage(h, source);
      await page.evaluate(() => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.open());
      afterStart = await queries(page, params.repeats + 1);

      // ---- 3. Wake-ups: stop the idle worker, wake it with a message port (the popup does that).
      log('  worker wake-ups with nothing overdue…');
      for (let i = 0; i < params.wakeUps; i++) {
        await stopWorker(h, page);
        const popup = await h.browser.context.newPage();
        await popup.goto(`chrome-extension://${h.browser.extensionId}/src/popup/index.html`);
        const woken = await h.browser.serviceWorker();
        wakeUps.push(await reconciliation(woken));
        await popup.close();
      }
      await page.evaluate(() => (globalThis as unknown as PageGlobal).__supportPanelRemindersBench.close());
      await page.close();
    } finally {
      await h.close();
    }
    return {
      params,
      seed,
      warm,
      afterStart,
      startUp,
      wakeUps,
      wakeUpMedianMs: median(wakeUps.map((w) => w.totalMs)),
      budget: REMINDERS_BUDGET,
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');

/** Prints the section's figures (run.ts calls it). */
export function printReminders(r: RemindersBenchReport): void {
  const s = r.seed;
  console.log(
    `  seeded ${s.total} reminders in ${(s.ms / 1000).toFixed(1)} s (${Object.entries(s.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
      `${s.withCustomer} customer reminders), then ${r.params.overdue} missed while the browser was closed`,
  );
  const verdict = (t: Timing, budget?: number) => (budget === undefined ? '' : t.median < budget ? `< ${budget} ms: within budget${t.cold >= budget ? ' (cold run over)' : ''}` : `< ${budget} ms: OVER BUDGET`);
  const rows: string[][] = [['query (real code, extension page)', 'cold', 'median', 'max', 'budget']];
  for (const [label, q] of [
    ['warm database', r.warm],
    ['after browser start', r.afterStart],
  ] as const) {
    rows.push(
      [`${label}: next due time`, fmt(q.nextDue.cold), fmt(q.nextDue.median), fmt(q.nextDue.max), verdict(q.nextDue, r.budget.nextDueMs)],
      [`  re-arm (next due + alarms.create)`, fmt(q.rearm.cold), fmt(q.rearm.median), fmt(q.rearm.max), verdict(q.rearm, r.budget.rearmMs)],
      [`  badge count (${q.badgeCount.value} due)`, fmt(q.badgeCount.cold), fmt(q.badgeCount.median), fmt(q.badgeCount.max), ''],
      [`  popup due list (${q.dueList.value} listed)`, fmt(q.dueList.cold), fmt(q.dueList.median), fmt(q.dueList.max), ''],
      [`  one panel's list (${q.panelList.value})`, fmt(q.panelList.cold), fmt(q.panelList.median), fmt(q.panelList.max), ''],
    );
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const [n, row] of rows.entries()) {
    console.log('  ' + row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const u = r.startUp;
  console.log(
    `  start-up reconciliation after a browser start: ${fmt(u.totalMs)} from the worker's start (database open at ${fmt(u.dbOpenMs)}, ` +
      `reconciliation ${fmt(u.reconcileMs)}: settings read at ${fmt(u.settingsMs)}, claimed at ${fmt(u.claimedMs)}, notifications shown at ${fmt(u.shownMs)}, then re-armed, badge, lists): ` +
      `${u.claimed} overdue claimed once, ${u.notifications} notifications shown, badge "${u.badge}"`,
  );
  console.log(
    `  worker wake-up with nothing overdue: ${r.wakeUps.map((w) => `${fmt(w.totalMs)} (reconcile ${fmt(w.reconcileMs)})`).join(', ')}; median ${fmt(r.wakeUpMedianMs)}`,
  );
}
