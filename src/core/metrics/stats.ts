/**
 * Mean and nearest-rank percentiles.
 *
 * Nearest rank: the p-th percentile of n values is the value at rank ⌈p·n⌉ (1-based) in ascending
 * order — always one of the values, never interpolated. So the median of an even count is the
 * lower of the two middle values (median of 10, 20, 30, 40 is 20), and p90 of 10 values is the
 * 9th smallest. Found by selection (average linear time), not by sorting.
 */
import type { Summary } from './types';

/** 1-based nearest rank of percentile p (0 < p ≤ 1) among n ≥ 1 values. */
export function nearestRank(p: number, n: number): number {
  return Math.min(n, Math.max(1, Math.ceil(p * n - 1e-9)));
}

/** Mean, median and p90 of values[from, until); reorders that range. null when it is empty. */
export function summarise(values: Float64Array, from: number, until: number): Summary | null {
  const n = until - from;
  if (n <= 0) return null;
  let sum = 0;
  for (let i = from; i < until; i++) sum += values[i]!;
  const mid = from + nearestRank(0.5, n) - 1;
  const p90 = from + nearestRank(0.9, n) - 1;
  select(values, from, until - 1, mid);
  // After selecting the median everything right of it is ≥ it, so p90 (≥ median's rank) is there.
  select(values, mid, until - 1, p90);
  return { meanMs: sum / n, medianMs: values[mid]!, p90Ms: values[p90]! };
}

/** The nearest-rank percentile p of a plain list (for tests and small inputs). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(p, sorted.length) - 1]!;
}

/** Puts the k-th smallest of a[lo..hi] at index k, smaller ones before it, larger after (Hoare). */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    if (hi - lo < 16) {
      insertionSort(a, lo, hi);
      return;
    }
    // Median of three as pivot keeps sorted and reversed input linear.
    const m = (lo + hi) >>> 1;
    if (a[m]! < a[lo]!) swap(a, m, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[m]!) swap(a, hi, m);
    const pivot = a[m]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
