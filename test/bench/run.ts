/**
 * Benchmarks of the built extension. Prints figures, not pass/fail: each section prints a table
 * with its budget, and the run ends with one JSON line holding every figure (also written to
 * bench-output/bench.json). Exits non-zero only when a benchmark crashes.
 *
 *   npm run build && node --import tsx test/bench/run.ts [section ...]
 *   (sections: bundle, host, db, reminders; BENCH_REPEATS=n pairs, BENCH_GMAIL_LAYOUT=cached-list|split-pane,
 *   BENCH_DB_SCALE=0.1 for a quick database run with a tenth of the data)
 *
 * Sections are independent modules; a new benchmark (database scale, listening quality) is one
 * more entry in SECTIONS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromiumPath, EXTENSION_DIR } from '../support/browser';
import { measureContentScript, type BundleSizeReport } from './bundle-size';
import { measureHostOverhead, type HostOverheadReport } from './host-overhead';
import { measureDbScale, type DbScaleReport, type DashboardFigures, type DashboardPageFigures, type Timing } from './db-scale';
import type { TraceAttribution } from './chrome-trace';
import type { GmailLayout } from './gmail-large-page';
import { measureReminders, printReminders } from './reminders';

const OUTPUT = resolve(import.meta.dirname, '../../bench-output/bench.json');

interface Section {
  id: string;
  title: string;
  /** Measures, then returns the figures (for the JSON) and how to print them. */
  run(): Promise<{ figures: unknown; print(): void }>;
}

function section<T>(id: string, title: string, run: () => Promise<T>, print: (result: T) => void): Section {
  return {
    id,
    title,
    async run() {
      const figures = await run();
      return { figures, print: () => print(figures) };
    },
  };
}

/** BENCH_GMAIL_LAYOUT=split-pane shows the inbox list beside the thread (more page work per mutation). */
function gmailLayout(): GmailLayout {
  const value = process.env.BENCH_GMAIL_LAYOUT ?? 'cached-list';
  if (value !== 'cached-list' && value !== 'split-pane') throw new Error(`BENCH_GMAIL_LAYOUT must be cached-list or split-pane, not ${value}`);
  return value;
}

/** BENCH_REPEATS=5 runs more alternating pairs (each pair adds about 25 s). */
function repeats(): number {
  const n = Number(process.env.BENCH_REPEATS ?? 3);
  if (!Number.isInteger(n) || n < 1 || n > 15) throw new Error(`BENCH_REPEATS must be an integer from 1 to 15, not ${process.env.BENCH_REPEATS}`);
  return n;
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/** BENCH_DB_SCALE=0.1 seeds a tenth of the conversations and events (the full run takes ~3 min). */
function dbScale(): number {
  const n = Number(process.env.BENCH_DB_SCALE ?? 1);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new Error(`BENCH_DB_SCALE must be a number in (0, 1], not ${process.env.BENCH_DB_SCALE}`);
  return n;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number, digits = 0) => (Number.isFinite(n) ? `${n.toFixed(digits)} ms` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const [n, row] of rows.entries()) {
    console.log('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function printBundle(r: BundleSizeReport): void {
  table([
    ['file', 'via', 'raw', 'gzip -9'],
    ...r.files.map((f) => [f.path, f.via, `${f.raw} B`, `${f.gzip} B`]),
    ['total', '', `${r.totalRaw} B`, `${r.totalGzip} B`],
  ]);
  console.log(`  base (every site) gzip ${kb(r.totalGzip)}; each site adds its own adapter chunk, loaded only there:`);
  for (const p of r.perSite) console.log(`    ${p.site.padEnd(10)} +${kb(p.addedGzip).padStart(7)} = ${kb(p.totalGzip)}`);
  console.log(`  largest (base + ${r.perSite[0]?.site ?? '—'}) ${kb(r.worstGzip)} of ${kb(r.budgetGzip)} budget: ${verdict(r.worstGzip <= r.budgetGzip)}`);
}

function printTrace(label: string, t: TraceAttribution | null | undefined): void {
  if (!t) {
    console.log(`  ${label}: no trace`);
    return;
  }
  const names = Object.entries(t.attributedByName).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  console.log(
    `  ${label}: extension-attributed events ${t.attributedEvents} (${names}; ${t.attributedElsewhere} in other processes), ` +
      `tasks with extension code ${t.tasks}, longest ${ms(t.maxTaskMs, 1)} (extension part ${ms(t.maxTaskExtensionMs, 1)}), ` +
      `largest extension part of a task ${ms(t.maxExtensionMs, 1)}, longest task mostly extension code ${ms(t.maxOwnTaskMs, 1)}, ` +
      `extension total ${ms(t.totalExtensionMs, 1)}, tasks ≥ 50 ms ${t.tasksOver50ms}; all page tasks ${t.allTasks}, longest ${ms(t.allTasksMaxMs, 1)}`,
  );
  for (const task of t.longest.slice(0, 3)) {
    const cpu = task.cpuMs === null ? '' : ` (cpu ${ms(task.cpuMs, 1)})`;
    console.log(`      ${ms(task.durMs, 1)} task${cpu}, extension part ${ms(task.extensionMs, 1)}: ${task.where}`);
  }
}

function printHost(r: HostOverheadReport): void {
  const a = r.adapterCheck;
  console.log(
    `  page: ${r.page.messageCount} messages (${r.page.expandedCount} expanded), ${r.page.inboxRows} inbox rows (${r.page.layout}), ` +
      `${kb(r.page.htmlBytes)} HTML, ${r.page.domNodes ?? '?'} DOM nodes after the window; time zone ${r.timeZone}`,
  );
  console.log(
    a.ok
      ? `  adapter reads it: ${a.messages} messages (${a.collapsed} collapsed, ${a.withText} with text, ${a.datesParsed} dated, ` +
          `${a.agentMessages} by the agent), customer ${a.customer}`
      : `  ADAPTER DOES NOT READ THE PAGE: ${a.error}`,
  );
  const measured = r.runs.filter((x) => !x.traced);
  const extRuns = r.runs.filter((x) => x.config === 'extension');
  const shown = extRuns.filter((x) => x.panelShowsThread).length;
  console.log(`  panel showed the thread in ${shown} of ${extRuns.length} extension runs${shown === extRuns.length ? '' : ' — THE EXTENSION DID NOT READ THE PAGE IN SOME RUNS'}`);
  table([
    ['run', 'config', 'task (wall)', 'script (wall)', 'task (cpu)', 'script (cpu)', 'layout', 'style', 'ticks', 'scans'],
    ...r.runs.map((x) => [
      x.traced ? 'traced' : `rep ${x.rep}`,
      x.config,
      ms(x.taskMs),
      ms(x.scriptMs),
      ms(x.taskCpuMs),
      ms(x.scriptCpuMs),
      ms(x.layoutMs),
      ms(x.recalcStyleMs),
      String(x.ticks),
      x.scansInWindow === null ? '' : String(x.scansInWindow),
    ]),
    ...(['baseline', 'extension'] as const).map((c) => [
      'median',
      c,
      ms(r.median[c].taskMs),
      ms(r.median[c].scriptMs),
      ms(r.median[c].taskCpuMs),
      ms(r.median[c].scriptCpuMs),
      ms(r.median[c].layoutMs),
      ms(r.median[c].recalcStyleMs),
      '',
      '',
    ]),
  ]);
  console.log(`  (${measured.length} measured runs, alternating; traced runs are not in the medians)`);
  console.log(
    `  busy ratio with/without (TaskDuration medians, wall clock): ${r.ratio.task.toFixed(3)} — budget ≤ ${r.budget.ratioMax}, aim ≤ ${r.budget.ratioAim}: ` +
      `${verdict(r.ratio.task <= r.budget.ratioMax)}${r.ratio.task <= r.budget.ratioAim ? ' (meets the aim)' : ''}`,
  );
  console.log(
    `  per-pair task ratios (wall): ${r.pairRatios.map((x) => x.toFixed(3)).join(', ')}; ` +
      `baseline runs differ by ${(r.baselineSpread * 100).toFixed(1)}% among themselves`,
  );
  console.log(
    `  busy ratio in main-thread CPU time (TaskDuration, threadTicks): ${r.ratio.taskCpu.toFixed(3)}; per pair: ` +
      `${r.pairRatiosCpu.map((x) => x.toFixed(3)).join(', ')}`,
  );
  console.log(`  script ratio (ScriptDuration medians): wall ${r.ratio.script.toFixed(3)}, cpu ${r.ratio.scriptCpu.toFixed(3)}`);
  if (r.traceEstimate) {
    console.log(
      `  extension code on the page's main thread (trace): ${r.traceEstimate.extensionMsPerSecond.toFixed(1)} ms per second; ` +
        `as a ratio over the baseline median: ${r.traceEstimate.ratio.toFixed(3)}`,
    );
  }
  if (r.scansPerSecond !== null) console.log(`  content-script scans: ${r.scansPerSecond.toFixed(2)} per second of mutation (median)`);
  const ext = r.trace.extension;
  const base = r.trace.baseline;
  printTrace('extension, window', ext?.window ?? ext?.whole);
  printTrace('extension, whole run (load + window)', ext?.whole);
  printTrace('baseline, window', base?.window ?? base?.whole);
  if (ext && !ext.windowFound) console.log('  (window marks not found in the trace: figures cover the whole run)');
  const w = ext?.window ?? ext?.whole;
  if (w) {
    console.log(
      `  longest page task containing extension code, in the window: ${ms(w.maxTaskMs, 1)} — budget < ${r.budget.longTaskMs} ms: ` +
        `${verdict(w.maxTaskMs < r.budget.longTaskMs)}`,
    );
    console.log(
      `  longest task that is mostly extension code: window ${ms(w.maxOwnTaskMs, 1)}, whole run incl. start-up ` +
        `${ms(ext?.whole.maxOwnTaskMs ?? NaN, 1)} — budget < ${r.budget.longTaskMs} ms: ` +
        `${verdict(Math.max(w.maxOwnTaskMs, ext?.whole.maxOwnTaskMs ?? 0) < r.budget.longTaskMs)}`,
    );
    const attributionWorks = w.attributedEvents > 0 && (base?.window ?? base?.whole)?.attributedEvents === 0;
    console.log(`  attribution check (events > 0 with extension, 0 without): ${attributionWorks ? 'ok' : 'FAILED'}`);
  }
}

function printDb(r: DbScaleReport): void {
  const s = r.seed;
  console.log(
    `  seeded ${s.counts.conversations} conversations, ${s.counts.events} events (${s.statusEvents} status), ${s.counts.alerts} alerts over ${r.params.days} days ` +
      `(sites ${Object.entries(s.plan.bySite).map(([k, v]) => `${k} ${v}`).join(', ')}); ${r.params.waiting} waiting, time zone ${r.params.timeZone}`,
  );
  console.log(
    `  seeding from the service worker: ${(s.ms / 1000).toFixed(1)} s, ${Math.round(s.eventsPerSecond)} events/s ` +
      `(${s.transactions} transactions of ~${r.params.eventsPerTransaction} events, durability ${s.durability}; waiting on IndexedDB ${(s.writeMs / 1000).toFixed(1)} s, generating ${(s.generateMs / 1000).toFixed(1)} s)`,
  );
  console.log(`  schema v${r.schema.version / 10} (IndexedDB ${r.schema.version}): ${Object.entries(r.schema.stores).map(([k, v]) => `${k} [${v.join(', ')}]`).join('; ')}`);
  console.log(`  database opened in the extension page (after a browser restart) in ${ms(r.open.ms, 1)}`);
  // The verdict is on the warm median; a cold first run over the budget is flagged beside it.
  const row = (name: string, t: Timing, budgetMs?: number): string[] => [
    name,
    ms(t.cold, 1),
    ms(t.median, 1),
    ms(t.max, 1),
    budgetMs === undefined ? '' : `< ${budgetMs} ms`,
    budgetMs === undefined ? '' : `${verdict(t.median < budgetMs)}${t.cold >= budgetMs ? ' (cold run over)' : ''}`,
  ];
  const dash = (label: string, d: DashboardFigures, budgetMs?: number): string[][] => [
    row(`${label}: total`, d.total, budgetMs),
    row(`  read events (at index)`, d.readEvents),
    row(`  read their conversations (${d.conversationsBy === 'key' ? 'bulkGet by key' : 'updatedAt range'})`, d.readConversations),
    ...(d.history === 'complete' ? [row(`  read their whole history ([key+at])`, d.readHistory)] : []),
    row(`  read, all`, d.read),
    row(`  computeMetrics`, d.compute),
  ];
  const page = (label: string, d: DashboardPageFigures, budgetMs?: number): string[][] => [
    row(`${label}: total`, d.total, budgetMs),
    row(`  read (src/dashboard/data.ts loadHistory)`, d.read),
    row(`  computeMetrics`, d.compute),
  ];
  table([
    ['query (real code, in an extension page)', 'cold', 'median', 'max', 'budget', ''],
    row(`due in the next hour (${r.dueNextHour.found} found)`, r.dueNextHour, r.dueNextHour.budgetMs),
    ...dash('30-day metrics', r.dashboard30, r.dashboard30.budgetMs),
    ...dash('30-day, conversations by updatedAt', r.dashboard30ByUpdatedAt),
    ...dash('30-day, complete histories', r.dashboard30Complete),
    ...page('dashboard page: loadHistory + computeMetrics', r.dashboardPage30, r.dashboard30.budgetMs),
    ...page('  the same + last year (as reload)', r.dashboardPage30WithLastYear),
    row(`diagnostic: raw IndexedDB getAll, 30-day at range`, r.rawAtIndex.getAll),
    row(`diagnostic: raw IndexedDB getAllKeys, same range`, r.rawAtIndex.getAllKeys),
  ]);
  const d = r.dashboard30;
  console.log(
    `  (${r.params.repeats} timed runs after the cold one (3 for the variants and the diagnostic, 2 for the dashboard page, 1 for it with last year); verdict on the median; 30-day: ${d.events} events of ${d.conversations} conversations → ${d.responses} responses, ` +
      `${d.openWaits} open waits, ${d.buckets} daily buckets, sites ${d.sites.join(', ')}; complete histories: ${r.dashboard30Complete.events} events → ` +
      `${r.dashboard30Complete.responses} responses; dashboard page: ${r.dashboardPage30.events} events of ${r.dashboardPage30.conversations} conversations → ` +
      `${r.dashboardPage30.responses} responses, last year ${r.dashboardPage30WithLastYear.lastYearEvents ?? 0} events)`,
  );
  const z = r.size;
  const kinds = (f: { byKind: Record<string, number> }) =>
    Object.entries(f.byKind).map(([k, v]) => `${k} ${(v / 1048576).toFixed(1)} MB`).join(', ');
  console.log(
    `  size on disk: IndexedDB folder ${z.folderClosedMB.toFixed(1)} MB with the browser closed (${kinds(z.folderClosed)}; ${z.folderClosed.files} files), ` +
      `${z.folderAfterSeedMB.toFixed(1)} MB right after seeding (${kinds(z.folderAfterSeed)}); ${z.bytesPerEvent.toFixed(0)} bytes per event (whole database / events)`,
  );
  console.log(
    `  navigator.storage.estimate(): usage ${z.estimateUsageMB === null ? 'n/a' : `${z.estimateUsageMB.toFixed(1)} MB`}` +
      `${z.estimateIndexedDBMB === null ? '' : ` (indexedDB ${z.estimateIndexedDBMB.toFixed(1)} MB)`}` +
      `${z.bytesPerEventEstimate === null ? '' : `, ${z.bytesPerEventEstimate.toFixed(0)} bytes per event`}`,
  );
  const p = r.panel;
  table([
    ['panel first conversation (demo ticket)', 'median', 'first (cold)', 'runs (ms)', 'from host page start: median', 'first'],
    [
      `${p.waitingInDb} waiting, ${s.counts.conversations} conversations`,
      ms(p.seeded.medianPanelMs, 1),
      ms(p.seeded.coldPanelMs, 1),
      p.seeded.runs.map((x) => x.panelMs.toFixed(0)).join(' '),
      ms(p.seeded.medianFromHostMs, 1),
      ms(p.seeded.coldFromHostMs, 1),
    ],
    [
      'empty database (fresh browser)',
      ms(p.empty.medianPanelMs, 1),
      ms(p.empty.coldPanelMs, 1),
      p.empty.runs.map((x) => x.panelMs.toFixed(0)).join(' '),
      ms(p.empty.medianFromHostMs, 1),
      ms(p.empty.coldFromHostMs, 1),
    ],
  ]);
  console.log(
    `  ratio seeded / empty (medians of ${p.seeded.runs.length} tabs, the first load after browser start included): ` +
      `${p.ratio.toFixed(2)} from the panel page's start, ${p.ratioFromHost.toFixed(2)} from the host page's start; no budget set`,
  );
}

const SECTIONS: Section[] = [
  section('bundle', 'Content-script size (everything loaded before the panel)', async () => measureContentScript(EXTENSION_DIR), printBundle),
  section('host', 'Host-page overhead on a large, busy Gmail page', () => measureHostOverhead({ layout: gmailLayout(), repeats: repeats(), log: (line) => console.log(line) }), printHost),
  section(
    'db',
    'Database at scale',
    () => {
      const k = dbScale();
      return measureDbScale({
        conversations: Math.round(100_000 * k),
        events: Math.round(1_000_000 * k),
        waiting: Math.max(10, Math.round(500 * k)),
        dueWithinHour: Math.max(2, Math.round(60 * k)),
        log: (line) => console.log(line),
      });
    },
    printDb,
  ),
  section('reminders', 'Reminders at scale (100k)', () => measureReminders({ log: (line) => console.log(line) }), printReminders),
  // Later: section('listening', 'Listening quality', …).
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.id === w));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.id).join(', ')}`);
  const chosen = wanted.length ? SECTIONS.filter((s) => wanted.includes(s.id)) : SECTIONS;

  // The run must end by itself; this is the backstop if a browser hangs (host: about 20 s of
  // launches plus 25 s per alternating pair; db: about 3 minutes).
  const allowanceS: Record<string, number> = { bundle: 30, host: 120 + repeats() * 60, db: 420, reminders: 240 };
  const watchdogMs = chosen.reduce((sum, s) => sum + (allowanceS[s.id] ?? 300), 0) * 1000;
  const watchdog = setTimeout(() => {
    console.error(`[bench] still running after ${watchdogMs / 1000} s: giving up`);
    process.exit(2);
  }, watchdogMs);
  watchdog.unref();

  const started = Date.now();
  const results: Record<string, unknown> = {};
  const failures: string[] = [];
  for (const section of chosen) {
    console.log(`\n== ${section.title} [${section.id}]`);
    const t0 = Date.now();
    try {
      const { figures, print } = await section.run();
      results[section.id] = figures;
      print();
    } catch (error) {
      failures.push(section.id);
      results[section.id] = { error: error instanceof Error ? error.stack ?? error.message : String(error) };
      console.error(`  [${section.id}] crashed:`, error);
    }
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const all = {
    at: new Date().toISOString(),
    chromium: chromiumVersion(),
    durationS: (Date.now() - started) / 1000,
    ...results,
  };
  mkdirSync(resolve(OUTPUT, '..'), { recursive: true });
  writeFileSync(OUTPUT, JSON.stringify(all, null, 2) + '\n');
  console.log(`\nwritten ${OUTPUT}`);
  console.log(JSON.stringify(all));
  if (failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error('[bench] crashed:', error);
  process.exitCode = 1;
});
