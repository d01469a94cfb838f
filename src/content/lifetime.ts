/**
 * Owns every observer, listener and timer the content script creates, so that none outlives its
 * purpose (the refined-github model: one AbortSignal ends them all). It also counts what is live,
 * which the browser tests read to prove that navigation leaves nothing behind.
 */
export interface LiveCounts {
  observers: number;
  timers: number;
  listeners: number;
}

export class Lifetime {
  readonly #controller = new AbortController();
  readonly live: LiveCounts = { observers: 0, timers: 0, listeners: 0 };

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  end(): void {
    this.#controller.abort();
  }

  observe(target: Node, options: MutationObserverInit, callback: MutationCallback): MutationObserver {
    const observer = new MutationObserver(callback);
    observer.observe(target, options);
    this.live.observers++;
    this.signal.addEventListener('abort', () => {
      observer.disconnect();
      this.live.observers--;
    }, { once: true });
    return observer;
  }

  listen<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
    this.live.listeners++;
    this.signal.addEventListener('abort', () => this.live.listeners--, { once: true });
  }

  /** A one-shot timer; returns a cancel function. Cleared when the lifetime ends. */
  timeout(callback: () => void, ms: number): () => void {
    if (this.signal.aborted) return () => {};
    let pending = true;
    const finish = () => {
      if (!pending) return;
      pending = false;
      this.live.timers--;
      this.signal.removeEventListener('abort', cancel);
    };
    const id = setTimeout(() => {
      finish();
      callback();
    }, ms);
    const cancel = () => {
      if (!pending) return;
      clearTimeout(id);
      finish();
    };
    this.live.timers++;
    this.signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  }
}
