import { signal } from '@preact/signals';
import { extensionAlive } from '../messaging/runtime';

/** The panel's one ticking timer. Text bound to derived signals changes only when a minute turns. */
export const now = signal(Date.now());

export function startClock(): void {
  const tick = () => {
    // An orphaned panel (extension reloaded) stops: rendering would call extension APIs that throw.
    if (!extensionAlive()) return;
    now.value = Date.now();
    // Wake just after the next whole second so minute boundaries show without drift.
    setTimeout(tick, 1000 - (now.value % 1000) + 5);
  };
  tick();
}
