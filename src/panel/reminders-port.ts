/**
 * The reminders port to the background, for the panel and the toolbar popup. When the service
 * worker stops, the port closes; we reconnect (which wakes the worker) and say again what we
 * watch, so the lists come back by themselves.
 */
import browser from 'webextension-polyfill';
import { REMINDERS_PORT, type RemindersToBackground, type RemindersToPage } from '../messaging/protocol';
import { isRemindersPageMessage } from '../messaging/validate';
import { extensionAlive } from '../messaging/runtime';

export interface RemindersPort {
  send(message: RemindersToBackground): void;
  /** What to watch; sent now and after every reconnect. */
  watch(message: RemindersToBackground): void;
}

export function connectReminders(onMessage: (message: RemindersToPage) => void): RemindersPort {
  let port: browser.Runtime.Port | null = null;
  let watching: RemindersToBackground | null = null;
  let retryMs = 100;

  const post = (message: RemindersToBackground) => {
    try {
      port?.postMessage(message);
    } catch (error) {
      console.warn('[support-panel] reminders port gone', error);
    }
  };

  const open = () => {
    try {
      port = browser.runtime.connect({ name: REMINDERS_PORT });
    } catch (error) {
      console.debug('[support-panel] extension context gone', error);
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      retryMs = 100;
      if (isRemindersPageMessage(message)) onMessage(message);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (!extensionAlive()) return;
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 5_000);
    });
    if (watching) post(watching);
  };
  open();

  return {
    send: post,
    watch(message) {
      watching = message;
      post(message);
    },
  };
}
