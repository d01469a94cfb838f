import type { Lifetime } from './lifetime';

/**
 * Coalesces bursts of page mutations into at most one scan per `minGapMs`. A heavy web app
 * mutates its DOM constantly; the observer callback only flips a flag, and the scan runs later,
 * off the mutation's own task.
 */
export interface ScanScheduler {
  /** Something changed: scan soon (after the gap since the previous scan). */
  request(): void;
  /** Navigation: scan on the next tick. */
  urgent(): void;
  /** A scan is waiting: run it now, so what was last sent is what the page shows. */
  flush(): void;
}

export function createScanScheduler(life: Lifetime, scan: () => void, minGapMs: number): ScanScheduler {
  let lastScan = -Infinity;
  let cancelPending: (() => void) | null = null;
  let pendingDue = Infinity;

  const run = () => {
    cancelPending = null;
    pendingDue = Infinity;
    lastScan = performance.now();
    scan();
  };

  const schedule = (delay: number) => {
    const due = performance.now() + delay;
    if (cancelPending && pendingDue <= due) return;
    cancelPending?.();
    pendingDue = due;
    cancelPending = life.timeout(run, delay);
  };

  return {
    request() {
      schedule(Math.max(0, lastScan + minGapMs - performance.now()));
    },
    urgent() {
      schedule(0);
    },
    flush() {
      if (!cancelPending) return;
      cancelPending();
      run();
    },
  };
}
