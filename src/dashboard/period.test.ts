// Runs with TZ=Asia/Kolkata (vitest.config.ts), the zone the browser tests use too.
import { describe, expect, it } from 'vitest';
import { lastDays, localDate, sameTimeLastYear } from './period';

const H = 3_600_000;
const ist = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) - 5.5 * H;

describe('dashboard periods', () => {
  it('last N days start at local midnight N − 1 days ago and end now', () => {
    const now = ist(2026, 11, 23, 15, 20);
    expect(lastDays(7, now)).toEqual({ from: ist(2026, 11, 17), to: now });
    expect(lastDays(30, now)).toEqual({ from: ist(2026, 10, 25), to: now });
  });

  it('last year is 52 weeks back, same weekday and wall time', () => {
    const p = sameTimeLastYear({ from: ist(2026, 11, 17), to: ist(2026, 11, 23, 15, 20) });
    expect(p).toEqual({ from: ist(2025, 11, 18), to: ist(2025, 11, 24, 15, 20) });
    expect(new Date(p.from + 5.5 * H).getUTCDay()).toBe(new Date(ist(2026, 11, 17) + 5.5 * H).getUTCDay());
  });

  it('local date for file names', () => {
    // 23:30 UTC on 22 Nov is already 23 Nov in India.
    expect(localDate(Date.UTC(2026, 10, 22, 23, 30))).toBe('2026-11-23');
  });
});
