import { describe, expect, it } from 'vitest';
import { goalProgress } from './goal';

describe('goalProgress (cut the average by 20 % against last year)', () => {
  it('target is 80 % of last year; progress is the share of the wanted cut achieved', () => {
    expect(goalProgress(80, 100, 0.2)).toEqual({ baseline: 100, target: 80, current: 80, progress: 1, onTrack: true });
    expect(goalProgress(90, 100, 0.2)).toMatchObject({ target: 80, progress: 0.5, onTrack: false });
    expect(goalProgress(60, 100, 0.2)).toMatchObject({ progress: 2, onTrack: true });
    expect(goalProgress(110, 100, 0.2)).toMatchObject({ progress: -0.5, onTrack: false });
    expect(goalProgress(100, 100, 0.2)).toMatchObject({ progress: 0, onTrack: false });
  });

  it('says when there is no data for last year yet', () => {
    expect(goalProgress(80, null, 0.2)).toEqual({ baseline: null, reason: 'no-baseline' });
  });

  it('a zero baseline leaves nothing to cut', () => {
    expect(goalProgress(0, 0, 0.2)).toMatchObject({ target: 0, progress: 1, onTrack: true });
    expect(goalProgress(5, 0, 0.2)).toMatchObject({ target: 0, progress: 0, onTrack: false });
  });

  it('refuses a cut outside (0, 1) and a negative figure', () => {
    expect(() => goalProgress(80, 100, 0)).toThrow(RangeError);
    expect(() => goalProgress(80, 100, 1.2)).toThrow(RangeError);
    expect(() => goalProgress(-1, 100, 0.2)).toThrow(RangeError);
  });
});
