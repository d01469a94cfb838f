import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestRank, percentile, summarise } from './stats';

describe('nearest-rank percentiles', () => {
  it('median of an even count is the lower middle value; p90 is the value at rank ⌈0.9·n⌉', () => {
    expect(percentile([40, 10, 30, 20], 0.5)).toBe(20);
    expect(percentile([40, 10, 30, 20], 0.9)).toBe(40);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
    // 0.9 × 30 is 27.000000000000004 in floating point: still rank 27.
    expect(nearestRank(0.9, 30)).toBe(27);
    expect(nearestRank(0.5, 3)).toBe(2);
  });

  it('summarise (selection) agrees with sorting, on any values including ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }), (values) => {
        const s = summarise(Float64Array.from(values), 0, values.length)!;
        expect(s.medianMs).toBe(percentile(values, 0.5));
        expect(s.p90Ms).toBe(percentile(values, 0.9));
        expect(s.meanMs).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      }),
    );
  });

  it('works on a sub-range and is null for an empty one', () => {
    const a = Float64Array.from([100, 3, 1, 2, 100]);
    expect(summarise(a, 1, 4)).toEqual({ meanMs: 2, medianMs: 2, p90Ms: 3 });
    expect(summarise(a, 2, 2)).toBeNull();
  });
});
