import browser from 'webextension-polyfill';
import { signal } from '@preact/signals';
import { PANEL_PORT, type PanelState, type PanelToBackground } from '../messaging/protocol';
import { isSendPressedMessage, isStateMessage } from '../messaging/validate';
import { UI_KEY, readUiPrefs } from '../core/schema/ui-prefs';
import { extensionAlive } from '../messaging/runtime';

export const panelState = signal<PanelState>({ kind: 'loading' });
/** Counts the times Send was pressed in this tab's page (settings.listening.remindOnSend on). */
export const sendPresses = signal(0);
export const collapsed = signal(false);

let port: browser.Runtime.Port | null = null;

let retryMs = 100;

/**
 * One port to the background for this tab. When the service worker stops (Chrome ends idle workers
 * after ~30 s), the port closes; we reconnect, which wakes the worker, and it asks the page to resend.
 */
export function connect(): void {
  try {
    port = browser.runtime.connect({ name: PANEL_PORT });
  } catch (error) {
    // The extension was reloaded or removed: this frame is orphaned and the page's content
    // script removes it. Nothing to reconnect to.
    console.debug('[support-panel] extension context gone', error);
    return;
  }
  port.onMessage.addListener((message: unknown) => {
    retryMs = 100;
    if (isSendPressedMessage(message)) {
      sendPresses.value++;
      return;
    }
    if (!isStateMessage(message)) return;
    panelState.value = message.state;
    // Benchmarks read this: time from the panel page's start to its first conversation on screen.
    if (message.state.kind === 'conversation' && performance.getEntriesByName('panel-first-conversation').length === 0) {
      requestAnimationFrame(() => performance.mark('panel-first-conversation'));
    }
  });
  port.onDisconnect.addListener(() => {
    port = null;
    if (!extensionAlive()) return;
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5_000);
  });
}

export function send(message: PanelToBackground): void {
  port?.postMessage(message);
}

export function setCollapsed(next: boolean): void {
  collapsed.value = next;
  send({ type: 'panel/set-collapsed', collapsed: next });
}

export async function loadPrefs(): Promise<void> {
  const stored = await browser.storage.local.get(UI_KEY);
  collapsed.value = readUiPrefs(stored[UI_KEY]).collapsed;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[UI_KEY]) collapsed.value = readUiPrefs(changes[UI_KEY].newValue).collapsed;
  });
}

/**
 * Tells the page how tall the panel's content is, so the host fits it; only real changes are sent.
 * Returns the function that stops observing.
 */
export function reportHeight(element: HTMLElement, padding: number): () => void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height) + padding;
    if (height === last) return;
    last = height;
    send({ type: 'panel/resize', height });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
