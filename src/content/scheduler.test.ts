import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lifetime } from './lifetime';
import { createScanScheduler } from './scheduler';

describe('createScanScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces requests into one scan per gap', () => {
    const life = new Lifetime();
    const scan = vi.fn();
    const scheduler = createScanScheduler(life, scan, 300);
    scheduler.request();
    scheduler.request();
    vi.advanceTimersByTime(0);
    expect(scan).toHaveBeenCalledTimes(1);
    scheduler.request();
    vi.advanceTimersByTime(299);
    expect(scan).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(scan).toHaveBeenCalledTimes(2);
    life.end();
  });

  it('runs a waiting scan at once on flush, once, and does nothing when none waits', () => {
    const life = new Lifetime();
    const scan = vi.fn();
    const scheduler = createScanScheduler(life, scan, 300);
    scheduler.flush();
    expect(scan).not.toHaveBeenCalled();
    scheduler.request();
    vi.advanceTimersByTime(0);
    scheduler.request(); // waits out the gap
    scheduler.flush();
    expect(scan).toHaveBeenCalledTimes(2);
    expect(life.live.timers).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(scan).toHaveBeenCalledTimes(2);
    life.end();
  });
});
