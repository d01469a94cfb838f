/**
 * The dashboard's state: the chosen period, grouping and site; what was read from the database;
 * and the figures computed from it (core/metrics) with the team's base targets and business
 * calendar from settings (the defaults, in the agent's own time zone, until a supervisor sets them).
 * Per-conversation target rules (by label, domain, priority words) are not applied here: the
 * stored histories keep no labels or addresses, so attainment is against the base targets.
 */
import { computed, signal } from '@preact/signals';
import { computeMetrics, goalProgress, type BucketUnit, type Figures, type GoalProgress, type Metrics } from '../core/metrics';
import { isTimeZone } from '../core/clock/zone';
import { DEFAULT_SLA_POLICY, defaultCalendar } from '../core/schema/sla-defaults';
import { readSlaSettings } from '../core/schema/sla-settings';
import type { Calendar, SlaPolicy } from '../core/clock';
import type { SupportDatabase } from '../db/database';
import { loadHistory, type History } from './data';
import { lastDays, sameTimeLastYear, type Period, type PeriodDays } from './period';

/** The goal: cut the average by this share against the same period last year. */
export const GOAL_CUT = 0.2;
export const ALL = 'all';

/** The agent's own zone (the browser's); UTC if the runtime reports one the clock does not know. */
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
export const timeZone = isTimeZone(browserZone) ? browserZone : 'UTC';
export const calendar = signal<Calendar>(defaultCalendar(timeZone));
export const policy = signal<SlaPolicy>(DEFAULT_SLA_POLICY);

/** Takes the team's targets and calendar from stored settings (invalid parts keep the defaults). */
export function applySettings(stored: unknown): void {
  const { settings } = readSlaSettings(stored);
  policy.value = settings.policy;
  calendar.value = settings.calendar ?? defaultCalendar(timeZone);
}

export const periodDays = signal<PeriodDays>(30);
export const bucket = signal<BucketUnit>('week');
export const site = signal<string>(ALL);

export type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; now: number; period: Period; lastYear: Period; current: History; previous: History };

export const loaded = signal<Loaded>({ kind: 'loading' });

let generation = 0;

/** Reads the chosen period and the same period last year; a newer call wins over an older one. */
export async function reload(db: SupportDatabase, now = Date.now()): Promise<void> {
  const mine = ++generation;
  const period = lastDays(periodDays.value, now);
  const lastYear = sameTimeLastYear(period);
  if (loaded.value.kind !== 'ready') loaded.value = { kind: 'loading' };
  try {
    const [current, previous] = await Promise.all([loadHistory(db, period.from, period.to), loadHistory(db, lastYear.from, lastYear.to)]);
    if (mine === generation) loaded.value = { kind: 'ready', now, period, lastYear, current, previous };
  } catch (error) {
    console.error('[support-panel] dashboard could not read the database', error);
    if (mine === generation) loaded.value = { kind: 'error', message: String(error) };
  }
}

export const metrics = computed((): Metrics | null => {
  const l = loaded.value;
  if (l.kind !== 'ready') return null;
  return computeMetrics({ ...l.current, calendar: calendar.value, policy: policy.value, from: l.period.from, to: l.period.to, bucket: bucket.value, timeZone, now: l.now });
});

/** Last year's totals (the goal's baseline), as of the end of that period. */
const lastYearMetrics = computed((): Metrics | null => {
  const l = loaded.value;
  if (l.kind !== 'ready') return null;
  return computeMetrics({ ...l.previous, calendar: calendar.value, policy: policy.value, from: l.lastYear.from, to: l.lastYear.to, bucket: 'month', timeZone, now: l.lastYear.to });
});

/** The chosen site's figures (or all sites'), per bucket and in total. */
export const selected = computed(() => {
  const m = metrics.value;
  if (!m) return null;
  const s = site.value;
  const pick = (all: Figures, bySite: Record<string, Figures>): Figures => (s === ALL ? all : bySite[s] ?? emptyFigures);
  return {
    buckets: m.buckets.map((b) => ({ label: b.label, start: b.start, figures: pick(b.all, b.bySite) })),
    total: pick(m.totals.all, m.totals.bySite),
  };
});

export interface Goal {
  kind: 'first' | 'next';
  progress: GoalProgress;
  /** This period's mean business time, or null without responses. */
  current: number | null;
}

/** The year-on-year goal for first and next responses (mean business time), for the chosen site. */
export const goals = computed((): Goal[] | null => {
  const now = selected.value;
  const before = lastYearMetrics.value;
  if (!now || !before) return null;
  const s = site.value;
  const last = s === ALL ? before.totals.all : before.totals.bySite[s];
  return (['first', 'next'] as const).map((kind) => {
    const current = now.total[kind].business?.meanMs ?? null;
    const baseline = last?.[kind].business?.meanMs ?? null;
    return { kind, current, progress: goalProgress(current ?? 0, baseline, GOAL_CUT) };
  });
});

const noResponses = { count: 0, business: null, calendar: null, met: 0, attainment: null };
const emptyFigures: Figures = { first: noResponses, next: noResponses, fcr: { resolved: 0, decided: 0, pending: 0, rate: null }, openWaits: 0 };
