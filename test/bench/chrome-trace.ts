/**
 * Records a Chrome trace through CDP and finds the main-thread tasks of the page that ran
 * extension code. A task is attributed to the extension when an event inside it (FunctionCall,
 * EvaluateScript, TimerFire, …) names a chrome-extension:// script in args.data.url or in its stack.
 * Mutation-observer callbacks run as microtasks inside the page's own task; their FunctionCall
 * carries the extension URL, so the page task that triggered them is the one counted.
 */
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(cdp: CDPSession, timeoutMs = 60_000): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no Tracing.tracingComplete within ${timeoutMs} ms`)), timeoutMs);
    cdp.once('Tracing.tracingComplete', (e) => {
      clearTimeout(timer);
      if (e.stream) resolve(e.stream);
      else reject(new Error('Tracing.tracingComplete carried no stream'));
    });
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  // Bounded: a trace of a few hundred MB would be a bug of ours, not something to wait for.
  for (let i = 0; i < 10_000; i++) {
    const r = await cdp.send('IO.read', { handle, size: 4 << 20 });
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Event names that carry the script (or stack) that ran. */
const ATTRIBUTABLE = new Set([
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'V8.Execute',
  'EventDispatch',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
]);
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

type Loose = Record<string, unknown> | undefined;
const obj = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The script an event names, if any. */
export function eventUrl(e: TraceEvent): string | undefined {
  const args = obj(e.args);
  const data = obj(args?.data) ?? obj(args?.beginData);
  const stack = data?.stackTrace;
  const top = Array.isArray(stack) ? obj(stack[0]) : undefined;
  return str(data?.url) ?? str(data?.scriptName) ?? str(top?.url) ?? str(args?.fileName) ?? str(data?.fileName);
}

export interface AttributedTask {
  /** Microseconds, trace clock. */
  ts: number;
  durMs: number;
  /** The task's main-thread CPU time; much less than durMs means the thread was waiting for a core. */
  cpuMs: number | null;
  /** Time inside the task spent in extension-attributed events (union of their intervals). */
  extensionMs: number;
  events: string[];
  /** The longest extension event in the task: "FunctionCall onTimer index.ts-….js:1:4074". */
  where: string;
}

export interface TraceAttribution {
  rendererPid: number | null;
  mainThreadTid: number | null;
  /** Extension-attributed events on the page's renderer main thread. */
  attributedEvents: number;
  attributedByName: Record<string, number>;
  /** Extension-attributed events anywhere else (the panel's own process, the service worker). */
  attributedElsewhere: number;
  /** Top-level page tasks that contain extension work. */
  tasks: number;
  maxTaskMs: number;
  maxTaskExtensionMs: number;
  /** Largest extension share of one task. */
  maxExtensionMs: number;
  /** Longest task whose time is mostly (≥ half) extension code: a task the extension itself caused. */
  maxOwnTaskMs: number;
  totalExtensionMs: number;
  tasksOver50ms: number;
  /** All top-level main-thread tasks in range, extension or not, for context. */
  allTasks: number;
  allTasksMaxMs: number;
  longest: AttributedTask[];
}

export interface TraceAnalysis {
  /** Window between the page's bench-window-start/end marks, if both were found. */
  window: TraceAttribution | null;
  /** The whole trace: page load, content-script start and the window. */
  whole: TraceAttribution;
  windowFound: boolean;
}

function describe(e: TraceEvent): string {
  const data = obj(obj(e.args)?.data);
  const file = (eventUrl(e) ?? '').replace(/^.*\//, '');
  const fn = str(data?.functionName) ?? '';
  const line = typeof data?.lineNumber === 'number' ? `:${data.lineNumber}:${String(data.columnNumber ?? '')}` : '';
  return `${e.name}${fn ? ` ${fn}` : ''} ${file}${line} (${((e.dur ?? 0) / 1000).toFixed(1)} ms)`;
}

function markTs(events: TraceEvent[], name: string): number | null {
  for (const e of events) {
    if (e.name === name) return e.ts;
    if (e.name === 'TimeStamp' && obj(obj(e.args)?.data)?.message === name) return e.ts;
  }
  return null;
}

/** The renderer process that hosts the page at `origin`. */
export function pageRendererPid(events: TraceEvent[], origin: string): number | null {
  let pid: number | null = null;
  for (const e of events) {
    const data = obj(obj(e.args)?.data);
    if (e.name === 'FrameCommittedInBrowser' && str(data?.url)?.startsWith(origin) && typeof data?.processId === 'number') {
      pid = data.processId;
    }
    if (e.name === 'TracingStartedInBrowser' && pid === null && Array.isArray(data?.frames)) {
      for (const f of data.frames) {
        const frame = obj(f);
        if (str(frame?.url)?.startsWith(origin) && typeof frame?.processId === 'number') pid = frame.processId;
      }
    }
  }
  if (pid !== null) return pid;
  // Fallback: the process that parsed or ran the page's own document.
  for (const e of events) {
    if ((e.name === 'ParseHTML' || e.name === 'EvaluateScript' || e.name === 'CommitLoad') && eventUrl(e)?.startsWith(origin)) return e.pid;
  }
  return null;
}

function mainThreadOf(events: TraceEvent[], pid: number): number | null {
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && obj(e.args)?.name === 'CrRendererMain') return e.tid;
  }
  return null;
}

function unionMs(intervals: Array<[number, number]>): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [s, e] of intervals) {
    if (s > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else if (e > curEnd) curEnd = e;
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total / 1000;
}

function attribute(
  events: TraceEvent[],
  pid: number | null,
  tid: number | null,
  urlPrefix: string,
  from: number,
  to: number,
): TraceAttribution {
  const onMain = (e: TraceEvent) => pid !== null && tid !== null && e.pid === pid && e.tid === tid;
  const inRange = (e: TraceEvent) => e.ts >= from && e.ts <= to;

  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && onMain(e) && inRange(e))
    .sort((a, b) => a.ts - b.ts);
  const topLevel: TraceEvent[] = [];
  for (const t of tasks) {
    const last = topLevel[topLevel.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue; // nested run loop
    topLevel.push(t);
  }

  const byName: Record<string, number> = {};
  let attributed = 0;
  let elsewhere = 0;
  const perTask = new Map<TraceEvent, { intervals: Array<[number, number]>; names: Set<string>; longest: TraceEvent }>();
  const orphans: AttributedTask[] = [];
  for (const e of events) {
    if (!ATTRIBUTABLE.has(e.name) || !inRange(e)) continue;
    if (!eventUrl(e)?.startsWith(urlPrefix)) continue;
    if (!onMain(e)) {
      elsewhere++;
      continue;
    }
    attributed++;
    byName[e.name] = (byName[e.name] ?? 0) + 1;
    // Binary search for the last top-level task starting at or before the event.
    let lo = 0;
    let hi = topLevel.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (topLevel[mid]!.ts <= e.ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const task = found >= 0 ? topLevel[found]! : undefined;
    const interval: [number, number] = [e.ts, e.ts + (e.dur ?? 0)];
    if (task && e.ts <= task.ts + (task.dur ?? 0)) {
      const entry = perTask.get(task) ?? { intervals: [], names: new Set<string>(), longest: e };
      entry.intervals.push(interval);
      entry.names.add(e.name);
      if ((e.dur ?? 0) > (entry.longest.dur ?? 0)) entry.longest = e;
      perTask.set(task, entry);
    } else {
      // Not inside a RunTask (e.g. work the trace shows without a task wrapper): count it alone.
      orphans.push({ ts: e.ts, durMs: (e.dur ?? 0) / 1000, cpuMs: e.tdur === undefined ? null : e.tdur / 1000, extensionMs: (e.dur ?? 0) / 1000, events: [e.name], where: describe(e) });
    }
  }

  const found: AttributedTask[] = [
    ...[...perTask].map(([task, { intervals, names, longest }]) => ({
      ts: task.ts,
      durMs: (task.dur ?? 0) / 1000,
      cpuMs: task.tdur === undefined ? null : task.tdur / 1000,
      extensionMs: unionMs(intervals),
      events: [...names],
      where: describe(longest),
    })),
    ...orphans,
  ].sort((a, b) => b.durMs - a.durMs);

  return {
    rendererPid: pid,
    mainThreadTid: tid,
    attributedEvents: attributed,
    attributedByName: byName,
    attributedElsewhere: elsewhere,
    tasks: found.length,
    maxTaskMs: found[0]?.durMs ?? 0,
    maxTaskExtensionMs: found[0]?.extensionMs ?? 0,
    maxExtensionMs: found.reduce((m, t) => Math.max(m, t.extensionMs), 0),
    maxOwnTaskMs: found.reduce((m, t) => (t.extensionMs >= t.durMs / 2 ? Math.max(m, t.durMs) : m), 0),
    totalExtensionMs: found.reduce((s, t) => s + t.extensionMs, 0),
    tasksOver50ms: found.filter((t) => t.durMs >= 50).length,
    allTasks: topLevel.length,
    allTasksMaxMs: topLevel.reduce((m, t) => Math.max(m, (t.dur ?? 0) / 1000), 0),
    longest: found.slice(0, 5),
  };
}

export function analyseTrace(events: TraceEvent[], pageOrigin: string, urlPrefix = 'chrome-extension://'): TraceAnalysis {
  const pid = pageRendererPid(events, pageOrigin);
  const tid = pid === null ? null : mainThreadOf(events, pid);
  const start = markTs(events, 'bench-window-start');
  const end = markTs(events, 'bench-window-end');
  const windowFound = start !== null && end !== null && end > start;
  return {
    windowFound,
    window: windowFound ? attribute(events, pid, tid, urlPrefix, start, end) : null,
    whole: attribute(events, pid, tid, urlPrefix, -Infinity, Infinity),
  };
}
