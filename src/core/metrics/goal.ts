/**
 * The year-on-year goal: cut an average (e.g. mean first-response time) by a share (0.2 = 20 %)
 * against the same period last year.
 *
 * - target = baseline × (1 − cut);
 * - progress = (baseline − current) / (baseline − target): the share of the wanted cut achieved so
 *   far — 0 means no better than last year, 1 means the goal is reached, above 1 beyond it,
 *   negative worse than last year;
 * - on track when current ≤ target.
 * With no baseline (no data for the same period last year yet) there is no target: the result
 * says so rather than inventing one.
 */
export type GoalProgress =
  | { baseline: null; reason: 'no-baseline' }
  | { baseline: number; target: number; current: number; progress: number; onTrack: boolean };

export function goalProgress(current: number, lastYearSamePeriod: number | null, goalCut: number): GoalProgress {
  if (!Number.isFinite(goalCut) || goalCut <= 0 || goalCut >= 1) throw new RangeError(`goal cut must be a share between 0 and 1, got ${goalCut}`);
  if (!Number.isFinite(current) || current < 0) throw new RangeError(`current value must be a number ≥ 0, got ${current}`);
  if (lastYearSamePeriod === null || !Number.isFinite(lastYearSamePeriod) || lastYearSamePeriod < 0) {
    return { baseline: null, reason: 'no-baseline' };
  }
  const baseline = lastYearSamePeriod;
  const target = baseline * (1 - goalCut);
  const wanted = baseline - target;
  const onTrack = current <= target;
  // A baseline of 0 leaves nothing to cut: the goal is met exactly when the figure stays at 0.
  const progress = wanted > 0 ? (baseline - current) / wanted : onTrack ? 1 : 0;
  return { baseline, target, current, progress, onTrack };
}
