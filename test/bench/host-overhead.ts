/**
 * Host-page overhead: how much main-thread time the content script adds to a large, busy Gmail
 * page. Baseline Chromium (no extension) and Chromium with the built extension take turns on the
 * same generated page; each run measures the page renderer's TaskDuration and ScriptDuration
 * (CDP Performance.getMetrics) over the page's 10-second mutation window. One extra run of each
 * records a Chrome trace to find the longest page task that ran extension code.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, launchWithExtension } from '../support/browser';
import { startLoopbackServer, type LoopbackServer } from '../support/server';
import { checkPageWithAdapter, type AdapterCheck } from './adapter-check';
import { analyseTrace, startTrace, stopTrace, type TraceAnalysis } from './chrome-trace';
import { GMAIL_HOST, gmailLargePage, type GmailLargePage, type GmailLayout, type MutatorResult } from './gmail-large-page';

export type Config = 'baseline' | 'extension';

export const HOST_BUDGET = { ratioMax: 1.1, ratioAim: 1.03, longTaskMs: 50 } as const;
const HOST_TAG = 'support-panel-host';
const VIEWPORT = { width: 1400, height: 900 };

export interface HostOverheadOptions {
  repeats?: number;
  windowMs?: number;
  timeZone?: string;
  /** Record the traced runs too (one per config). */
  trace?: boolean;
  layout?: GmailLayout;
  log?: (line: string) => void;
}

export interface ContentScriptDebug {
  live: { observers: number; timers: number; listeners: number };
  scans: number;
}

export interface RunFigures {
  config: Config;
  /** 1-based repetition; 0 for the traced runs, which are not part of the medians. */
  rep: number;
  traced: boolean;
  /** Main-thread busy time in the window, wall clock (CDP Performance, timeDomain timeTicks). */
  taskMs: number;
  scriptMs: number;
  /** The same in main-thread CPU time (timeDomain threadTicks): less sensitive to other processes. */
  taskCpuMs: number;
  scriptCpuMs: number;
  layoutMs: number;
  recalcStyleMs: number;
  /** Mutator ticks and chat nodes in the window (same work in both configs if similar). */
  ticks: number;
  chats: number;
  windowMs: number;
  /** From navigation start until the panel host was in the page (extension runs). */
  hostAfterMs: number | null;
  /** The content script's own counters before and after the window, read from its isolated world. */
  debugBefore: ContentScriptDebug | null;
  debugAfter: ContentScriptDebug | null;
  scansInWindow: number | null;
  /** Extension runs: whether the panel shows this thread's subject, i.e. the whole pipeline read the page. */
  panelShowsThread: boolean | null;
}

export interface HostOverheadReport {
  page: Omit<GmailLargePage, 'html'> & { htmlBytes: number; domNodes: number | null };
  /** The real Gmail adapter's reading of the page (happy-dom), so the scans had a thread to read. */
  adapterCheck: AdapterCheck;
  windowMs: number;
  timeZone: string;
  runs: RunFigures[];
  median: Record<Config, { taskMs: number; scriptMs: number; taskCpuMs: number; scriptCpuMs: number; layoutMs: number; recalcStyleMs: number }>;
  ratio: { task: number; script: number; taskCpu: number; scriptCpu: number };
  /** Ratio of each alternating pair (ext run i / baseline run i), wall clock and CPU time. */
  pairRatios: number[];
  pairRatiosCpu: number[];
  /** (max − min) / median of the baseline runs' wall busy time: the noise the ratio has to beat. */
  baselineSpread: number;
  budget: typeof HOST_BUDGET;
  trace: Record<Config, TraceAnalysis | null>;
  scansPerSecond: number | null;
  /**
   * From the traced extension run: extension code on the page's main thread per second of the
   * window, and 1 + that time over the baseline's median busy time — the overhead without the
   * run-to-run noise of the page's own (much larger) work.
   */
  traceEstimate: { extensionMsPerSecond: number; ratio: number } | null;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Launched {
  context: BrowserContext;
  extensionId: string | null;
  close(): Promise<void>;
}


/** The same Chromium, flags and profile kind as launchWithExtension, minus the extension. */
async function launchBaseline(hostResolverRules: string, timeZone: string): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'support-panel-bench-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      ignoreHTTPSErrors: true,
      args: chromiumArgs(hostResolverRules),
      timezoneId: timeZone,
      locale: 'en-US',
      viewport: VIEWPORT,
      timeout: 60_000,
    });
    return {
      context,
      extensionId: null,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function launch(config: Config, server: LoopbackServer, timeZone: string): Promise<Launched> {
  if (config === 'baseline') return launchBaseline(server.hostResolverRules, timeZone);
  const b = await launchWithExtension({ hostResolverRules: server.hostResolverRules, timezoneId: timeZone, viewport: VIEWPORT });
  return { context: b.context, extensionId: b.extensionId, close: () => b.close() };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

const deltaMs = (before: Map<string, number>, after: Map<string, number>, name: string) =>
  ((after.get(name) ?? NaN) - (before.get(name) ?? NaN)) * 1000;

/**
 * Reads `globalThis.__supportPanelDebug` from the content script's isolated world (the execution
 * context whose origin is the extension's). Null if the world or the object is not there.
 */
async function readContentScriptDebug(cdp: CDPSession, extensionId: string): Promise<ContentScriptDebug | null> {
  const origin = `chrome-extension://${extensionId}`;
  const contexts: Array<{ id: number; origin: string; type: unknown }> = [];
  const onCreated = (e: { context: { id: number; origin: string; auxData?: Record<string, unknown> } }) => {
    contexts.push({ id: e.context.id, origin: e.context.origin, type: e.context.auxData?.type });
  };
  cdp.on('Runtime.executionContextCreated', onCreated);
  try {
    await cdp.send('Runtime.enable');
  } finally {
    cdp.off('Runtime.executionContextCreated', onCreated);
  }
  try {
    const world = contexts.find((c) => c.origin === origin && c.type === 'isolated') ?? contexts.find((c) => c.origin === origin);
    if (!world) return null;
    const r = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.__supportPanelDebug ?? null)',
      contextId: world.id,
      returnByValue: true,
    });
    const value: unknown = r.result.value;
    return typeof value === 'string' ? (JSON.parse(value) as ContentScriptDebug | null) : null;
  } finally {
    await cdp.send('Runtime.disable');
  }
}

async function runOnce(
  launched: Launched,
  config: Config,
  page: GmailLargePage,
  windowMs: number,
  rep: number,
  traced: boolean,
): Promise<{ figures: RunFigures; trace: TraceAnalysis | null; domNodes: number | null }> {
  const tab: Page = launched.context.pages()[0] ?? (await launched.context.newPage());
  const cdp = await launched.context.newCDPSession(tab);
  // A second session reads the same counters in thread CPU time; each session keeps its own domain.
  const cpu = await launched.context.newCDPSession(tab);
  let tracing = false;
  try {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (traced) {
      await startTrace(cdp);
      tracing = true;
    }
    const navStart = Date.now();
    await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 });
    let hostAfterMs: number | null = null;
    if (config === 'extension') {
      await tab.waitForSelector(HOST_TAG, { state: 'attached', timeout: 15_000 });
      hostAfterMs = Date.now() - navStart;
    } else {
      await tab.waitForTimeout(2000);
      if ((await tab.$(HOST_TAG)) !== null) throw new Error('baseline browser shows the panel host: the extension is loaded?');
    }
    const debugBefore = launched.extensionId ? await readContentScriptDebug(cdp, launched.extensionId) : null;

    const before = await metrics(cdp);
    const beforeCpu = await metrics(cpu);
    const result = await withTimeout(
      tab.evaluate(`window.__benchMutator.start(${windowMs})`) as Promise<MutatorResult>,
      windowMs + 30_000,
      'the page mutator did not finish its window',
    );
    const after = await metrics(cdp);
    const afterCpu = await metrics(cpu);

    const debugAfter = launched.extensionId ? await readContentScriptDebug(cdp, launched.extensionId) : null;
    let panelShowsThread: boolean | null = null;
    if (config === 'extension') {
      const panel = tab.frames().find((f) => f.url().startsWith('chrome-extension://'));
      const text = panel ? await panel.textContent('body', { timeout: 5_000 }).catch(() => null) : null;
      panelShowsThread = text?.includes(page.subject) ?? false;
    }
    const domNodes = after.get('Nodes') ?? null;
    let trace: TraceAnalysis | null = null;
    if (tracing) {
      tracing = false;
      trace = analyseTrace(await stopTrace(cdp), `https://${GMAIL_HOST}`);
    }
    return {
      domNodes,
      trace,
      figures: {
        config,
        rep,
        traced,
        taskMs: deltaMs(before, after, 'TaskDuration'),
        scriptMs: deltaMs(before, after, 'ScriptDuration'),
        taskCpuMs: deltaMs(beforeCpu, afterCpu, 'TaskDuration'),
        scriptCpuMs: deltaMs(beforeCpu, afterCpu, 'ScriptDuration'),
        layoutMs: deltaMs(before, after, 'LayoutDuration'),
        recalcStyleMs: deltaMs(before, after, 'RecalcStyleDuration'),
        ticks: result.ticks,
        chats: result.chats,
        windowMs: result.endedAt - result.startedAt,
        hostAfterMs,
        debugBefore,
        debugAfter,
        scansInWindow: debugBefore && debugAfter ? debugAfter.scans - debugBefore.scans : null,
        panelShowsThread,
      },
    };
  } finally {
    if (tracing) await stopTrace(cdp).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await cpu.detach().catch(() => undefined);
  }
}

export async function measureHostOverhead(opts: HostOverheadOptions = {}): Promise<HostOverheadReport> {
  const repeats = opts.repeats ?? 3;
  const windowMs = opts.windowMs ?? 10_000;
  const timeZone = opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const log = opts.log ?? (() => {});
  const now = Date.now();
  const page = gmailLargePage({ now, timeZone, layout: opts.layout ?? 'cached-list' });
  const adapterCheck = checkPageWithAdapter(page, now);
  log(
    `  page: ${page.messageCount} messages (${page.expandedCount} expanded), ${page.inboxRows} inbox rows (${page.layout}), ` +
      `${(Buffer.byteLength(page.html) / 1024).toFixed(0)} KB; adapter: ${adapterCheck.ok ? 'ok' : `NOT OK (${adapterCheck.error})`}`,
  );
  const server = await startLoopbackServer([GMAIL_HOST], (_host, pathname) =>
    pathname === page.pathname ? { type: 'text/html; charset=utf-8', body: page.html } : null,
  );
  const runs: RunFigures[] = [];
  const trace: Record<Config, TraceAnalysis | null> = { baseline: null, extension: null };
  let domNodes: number | null = null;
  try {
    const plan: Array<{ config: Config; rep: number; traced: boolean }> = [];
    for (let rep = 1; rep <= repeats; rep++) {
      plan.push({ config: 'baseline', rep, traced: false }, { config: 'extension', rep, traced: false });
    }
    if (opts.trace ?? true) plan.push({ config: 'baseline', rep: 0, traced: true }, { config: 'extension', rep: 0, traced: true });

    for (const step of plan) {
      const launched = await launch(step.config, server, timeZone);
      try {
        const r = await runOnce(launched, step.config, page, windowMs, step.rep, step.traced);
        runs.push(r.figures);
        domNodes ??= r.domNodes;
        if (r.trace) trace[step.config] = r.trace;
        const f = r.figures;
        log(
          `  ${step.traced ? 'traced' : `rep ${step.rep}`} ${step.config.padEnd(9)} task ${f.taskMs.toFixed(0).padStart(5)} ms` +
            `  script ${f.scriptMs.toFixed(0).padStart(5)} ms  cpu task ${f.taskCpuMs.toFixed(0).padStart(5)} ms  ticks ${f.ticks}` +
            (f.hostAfterMs !== null ? `  host after ${f.hostAfterMs} ms` : '') +
            (f.scansInWindow !== null ? `  scans ${f.scansInWindow}` : '') +
            (f.panelShowsThread === null ? '' : `  panel shows thread: ${f.panelShowsThread ? 'yes' : 'NO'}`),
        );
      } finally {
        await launched.close();
      }
    }
  } finally {
    await server.close();
  }

  const measured = (c: Config) => runs.filter((r) => r.config === c && !r.traced);
  const med = (c: Config) => ({
    taskMs: median(measured(c).map((r) => r.taskMs)),
    scriptMs: median(measured(c).map((r) => r.scriptMs)),
    taskCpuMs: median(measured(c).map((r) => r.taskCpuMs)),
    scriptCpuMs: median(measured(c).map((r) => r.scriptCpuMs)),
    layoutMs: median(measured(c).map((r) => r.layoutMs)),
    recalcStyleMs: median(measured(c).map((r) => r.recalcStyleMs)),
  });
  const m = { baseline: med('baseline'), extension: med('extension') };
  const base = measured('baseline');
  const ext = measured('extension');
  const scans = ext.map((r) => r.scansInWindow).filter((n): n is number => n !== null);
  const { html, ...pageInfo } = page;
  return {
    page: { ...pageInfo, htmlBytes: Buffer.byteLength(html), domNodes },
    adapterCheck,
    windowMs,
    timeZone,
    runs,
    median: m,
    ratio: {
      task: m.extension.taskMs / m.baseline.taskMs,
      script: m.extension.scriptMs / m.baseline.scriptMs,
      taskCpu: m.extension.taskCpuMs / m.baseline.taskCpuMs,
      scriptCpu: m.extension.scriptCpuMs / m.baseline.scriptCpuMs,
    },
    pairRatios: ext.map((r, i) => r.taskMs / (base[i]?.taskMs ?? NaN)),
    pairRatiosCpu: ext.map((r, i) => r.taskCpuMs / (base[i]?.taskCpuMs ?? NaN)),
    baselineSpread: (Math.max(...base.map((r) => r.taskMs)) - Math.min(...base.map((r) => r.taskMs))) / m.baseline.taskMs,
    budget: HOST_BUDGET,
    trace,
    scansPerSecond: scans.length ? median(scans) / (windowMs / 1000) : null,
    traceEstimate: trace.extension?.window
      ? {
          extensionMsPerSecond: trace.extension.window.totalExtensionMs / (windowMs / 1000),
          ratio: 1 + trace.extension.window.totalExtensionMs / m.baseline.taskMs,
        }
      : null,
  };
}
