/**
 * Content script: picks the site adapter for this page, follows the page's own navigation,
 * sends snapshots to the background and mounts the panel host. It renders no UI itself, loads
 * no UI framework and never opens IndexedDB (that would live in the host page's origin).
 */
import browser from 'webextension-polyfill';
import { adapterForPage, customAdapterFor } from '../sites/registry';
import { LayoutNotRecognisedError, type AdapterContext, type SiteAdapter } from '../sites/types';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, type Settings } from '../core/schema/settings';
import type { BackgroundToContent, ContentToBackground } from '../messaging/protocol';
import { Lifetime } from './lifetime';
import { createScanScheduler } from './scheduler';
import { mountPanelHost } from './panel-host';
import { insertAtCaret } from './insert-text';
import { UI_KEY, readUiPrefs } from '../core/schema/ui-prefs';
import { extensionAlive } from '../messaging/runtime';

// Guard against double injection into one page (e.g. a script injected again after an update).
const marker = '__supportPanelStarted';

/** Least time between two scans while the agent types (the draft checklist should feel live). */
const TYPING_GAP_MS = 300;
/** Least time between two scans while the conversation's DOM keeps changing. */
const SCAN_GAP_MS = 1_000;
/** Changes outside the conversation (inbox lists, chat, tooltips) are looked at this lazily. */
const OUTSIDE_SCOPE_GAP_MS = 5_000;
/** After a navigation every change counts: the new view may render anywhere. */
const NAVIGATION_WINDOW_MS = 3_000;
/** Message bodies sent to the panel are capped; listening needs the latest message, not an archive. */
const MAX_TEXT = 20_000;
/**
 * Single-page apps change the URL before they render the new view (Gmail, seen 2026-11), so a
 * layout that fails to match is reported only if it still fails this long after it first did.
 */
const LAYOUT_GRACE_MS = 1_500;

/** The organisation's policy; Firefox rejects when none is installed. */
const readPolicy = (): Promise<Record<string, unknown>> => browser.storage.managed.get().catch(() => ({}));

function start(adapter: SiteAdapter): void {
  const life = new Lifetime();
  let settings: Settings = DEFAULT_SETTINGS;
  let lastSent = '';
  let scans = 0;
  let failingSince: number | null = null;
  let cancelRetry: (() => void) | null = null;
  /** The conversation's element as of the last scan; mutations elsewhere wait for a lazy scan. */
  let scope: Element | null = null;
  let navigatedAt = -Infinity;

  const context = (): AdapterContext => ({
    agentAddresses: settings.agent.addresses,
    agentDomains: settings.agent.domains,
    now: Date.now(),
  });

  let adapterErrorLogged = false;
  const readPage = (): ContentToBackground => {
    const url = new URL(location.href);
    try {
      const snapshot = adapter.read(document, url, context());
      if (!snapshot) return { type: 'page/no-conversation', site: adapter.site, siteLabel: adapter.label };
      for (const m of snapshot.messages) if (m.text.length > MAX_TEXT) m.text = m.text.slice(0, MAX_TEXT);
      if (snapshot.draft && snapshot.draft.length > MAX_TEXT) snapshot.draft = snapshot.draft.slice(0, MAX_TEXT);
      return { type: 'page/snapshot', snapshot };
    } catch (error) {
      const failed = error instanceof LayoutNotRecognisedError ? error.failedSelectors : ['adapter'];
      if (!(error instanceof LayoutNotRecognisedError) && !adapterErrorLogged) {
        // A bug of ours, not the page's: log it once, not on every scan.
        adapterErrorLogged = true;
        console.error('[support-panel] adapter failed', adapter.site, error);
      }
      return {
        type: 'page/layout-error',
        site: adapter.site,
        siteLabel: adapter.label,
        urlPattern: url.origin + url.pathname,
        failedSelectors: failed,
      };
    }
  };

  const deliver = (message: ContentToBackground): Promise<unknown> => {
    try {
      return browser.runtime.sendMessage(message);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const scan = () => {
    scans++;
    const message = readPage();
    scope = adapter.scope?.(document) ?? null;
    if (message.type === 'page/layout-error') {
      const t = performance.now();
      failingSince ??= t;
      if (t - failingSince < LAYOUT_GRACE_MS) {
        cancelRetry?.();
        cancelRetry = life.timeout(() => scheduler.urgent(), LAYOUT_GRACE_MS - (t - failingSince));
        return;
      }
    } else {
      failingSince = null;
    }
    // capturedAt changes every scan; compare everything else so an unchanged page sends nothing.
    const signature = JSON.stringify(message, (k, v) => (k === 'capturedAt' ? undefined : v));
    if (signature === lastSent) return;
    lastSent = signature;
    deliver(message).catch((error: unknown) => {
      if (!extensionAlive()) {
        retire();
        return;
      }
      // The background may be restarting; the next change or its own resend request recovers.
      lastSent = '';
      console.debug('[support-panel] snapshot not delivered', error);
    });
  };

  /**
   * After the extension is updated, reloaded or removed, this script is orphaned: its extension
   * context is gone and the panel frame can no longer load. It then removes everything it added
   * and stops, instead of throwing on every change of the page.
   */
  const retire = () => {
    life.end();
    host.element.remove();
    delete (globalThis as Record<string, unknown>)[marker];
  };

  const scheduler = createScanScheduler(life, scan, SCAN_GAP_MS);
  const lazyScheduler = createScanScheduler(life, scan, OUTSIDE_SCOPE_GAP_MS);
  const typingScheduler = createScanScheduler(life, scan, TYPING_GAP_MS);

  const onMutations = (records: MutationRecord[]) => {
    const watching = scope;
    if (!watching || !watching.isConnected || performance.now() - navigatedAt < NAVIGATION_WINDOW_MS) {
      scheduler.request();
      return;
    }
    for (const record of records) {
      const target = record.target;
      if (watching.contains(target) || target.contains(watching)) {
        scheduler.request();
        return;
      }
    }
    lazyScheduler.request();
  };
  const onNavigation = () => {
    navigatedAt = performance.now();
    scheduler.urgent();
  };
  const host = mountPanelHost(life, browser.i18n.getMessage('panelFrameTitle') || 'Support panel');

  // Mutations only flip a scheduler; the scan runs later, once per burst.
  life.observe(document.body ?? document.documentElement, { childList: true, subtree: true }, onMutations);
  life.listen(window, 'hashchange', onNavigation);
  life.listen(window, 'popstate', onNavigation);
  // Typing in a reply box changes text nodes, which the childList observer does not report.
  life.listen(window, 'input', () => typingScheduler.request(), { capture: true, passive: true });

  // Send pressed in the open reply box, with settings.listening.remindOnSend on: the panel may
  // remind the agent of a question the reply left open. Only noticed, passively and in the
  // capture phase: nothing is prevented or stopped, and the work waits until the page's own
  // handlers have run, so sending is never delayed either.
  const sendPressed = (via: 'click' | 'keyboard') => {
    life.timeout(() => {
      // A scan still waiting out the typing gap runs first, so the panel judges the draft as sent.
      typingScheduler.flush();
      scheduler.flush();
      deliver({ type: 'page/send-pressed', site: adapter.site, via }).catch((error: unknown) => {
        if (!extensionAlive()) retire();
        else console.debug('[support-panel] send-pressed not delivered', error);
      });
    }, 0);
  };
  const insideSendButton = (target: EventTarget | null): boolean =>
    target instanceof Node && Boolean(adapter.sendButton?.(document)?.contains(target));
  life.listen(window, 'click', (event) => {
    if (settings.remindOnSend && insideSendButton(event.target)) sendPressed('click');
  }, { capture: true, passive: true });
  life.listen(window, 'keydown', (event) => {
    if (!settings.remindOnSend || event.repeat || event.isComposing || event.altKey || event.shiftKey) return;
    const target = event.target;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Ctrl/Cmd+Enter sends from the reply box on the sites that have a Send button.
      if (target instanceof Node && adapter.replyBox?.(document)?.contains(target) && adapter.sendButton?.(document)) sendPressed('keyboard');
    } else if ((event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey) {
      // Gmail's Send is a div[role=button] that acts on Enter and Space without a click event
      // (a real <button> fires one itself).
      const button = adapter.sendButton?.(document);
      if (button && button.tagName !== 'BUTTON' && target instanceof Node && button.contains(target)) sendPressed('keyboard');
    }
  }, { capture: true, passive: true });

  // This browser's settings and the organisation's policy (which wins for what it sets).
  let stored: unknown;
  let policy: unknown;
  const useSettings = () => {
    settings = readSettings(stored, policy);
    lastSent = '';
    scheduler.urgent();
  };
  const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'managed') void readPolicy().then((p) => ((policy = p), useSettings()));
    if (area !== 'local') return;
    if (changes[UI_KEY]) host.setCollapsed(readUiPrefs(changes[UI_KEY].newValue).collapsed);
    if (changes[SETTINGS_KEY]) {
      stored = changes[SETTINGS_KEY].newValue;
      useSettings();
    }
  };
  browser.storage.onChanged.addListener(onStorage);

  // Only our own background can send here (pages and other extensions cannot reach runtime.onMessage).
  const onMessage = (raw: unknown) => {
    const message = raw as Partial<BackgroundToContent> | null;
    if (message?.type === 'page/resend') {
      lastSent = '';
      scheduler.urgent();
    } else if (message?.type === 'page/panel-height' && typeof message.height === 'number' && Number.isFinite(message.height)) {
      host.setContentHeight(message.height);
    } else if (message?.type === 'page/insert-text' && typeof message.text === 'string' && message.text.length > 0 && message.text.length <= 2_000) {
      const box = adapter.replyBox?.(document);
      if (box) insertAtCaret(box, message.text);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  life.signal.addEventListener('abort', () => {
    // An orphaned script (extension reloaded) has lost its extension APIs, and with them these
    // listeners; only a live one has anything to remove (seen 2026-11, Chromium 156: `storage`
    // is gone from the orphan's API object).
    if (!extensionAlive()) return;
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
  });

  // The first scan waits for this browser's settings only: Chrome can take seconds to answer
  // storage.managed at browser start (2.5 s measured 2026-11-23, Chromium 156, no policy), and the
  // panel would wait with it. The policy is applied when it arrives, with a fresh scan.
  browser.storage.local
    .get([SETTINGS_KEY, UI_KEY])
    .then((local) => {
      stored = local[SETTINGS_KEY];
      settings = readSettings(stored, policy);
      host.setCollapsed(readUiPrefs(local[UI_KEY]).collapsed);
    })
    .catch((error: unknown) => console.error('[support-panel] settings unreadable', error))
    .finally(() => {
      // Warm the adapter in a task of its own, then read: two short tasks instead of one long one.
      if (adapter.prepare) life.timeout(() => adapter.prepare!(document), 0);
      scheduler.urgent();
    });
  void readPolicy().then((managed) => {
    if (life.signal.aborted || JSON.stringify(managed) === '{}') return;
    policy = managed;
    useSettings();
  });

  // Visible only in this isolated world (the page cannot see it): lets browser tests check that
  // navigation leaves no observers or timers behind.
  (globalThis as { __supportPanelDebug?: unknown }).__supportPanelDebug = {
    live: life.live,
    get scans() {
      return scans;
    },
  };
}

/** The supervisor's custom helpdesks; a list set by policy replaces this browser's. */
async function readCustomSites(): Promise<unknown[]> {
  const listOf = (settings: unknown): unknown[] | null => {
    const custom = (settings as { sites?: { custom?: unknown } } | undefined)?.sites?.custom;
    return Array.isArray(custom) ? custom : null;
  };
  const [local, managed] = await Promise.all([browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>), readPolicy()]);
  return listOf(managed) ?? listOf((local as Record<string, unknown>)[SETTINGS_KEY]) ?? [];
}

/**
 * Read once while the content script looks for its adapter (every half second at first), and again
 * only after the settings or the policy change.
 */
let customSites: Promise<unknown[]> | null = null;
const customSitesNow = () => (customSites ??= readCustomSites());

const pick = async () => {
  const url = new URL(location.href);
  return (await adapterForPage(url, document)) ?? (await customAdapterFor(url, await customSitesNow()));
};

/**
 * Starts on the page's adapter. A single-page helpdesk may open on a view no adapter takes yet
 * (a self-hosted one before its app has rendered its markers, seen 2026-11 with Zammad's boot
 * screen): then the page is looked at again every half second for ten seconds, and after that
 * whenever its URL changes.
 */
async function boot(): Promise<void> {
  const forget = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) customSites = null;
  };
  browser.storage.onChanged.addListener(forget);
  try {
    await lookForAdapter();
  } finally {
    if (extensionAlive()) browser.storage.onChanged.removeListener(forget);
  }
}

async function lookForAdapter(): Promise<void> {
  let lastUrl = '';
  for (let checks = 0; extensionAlive(); checks++) {
    if (checks > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    const changed = location.href !== lastUrl;
    lastUrl = location.href;
    if (!changed && checks > 20) continue;
    const adapter = await pick();
    if ((globalThis as Record<string, unknown>)[marker]) return;
    if (adapter) {
      (globalThis as Record<string, unknown>)[marker] = true;
      start(adapter);
      return;
    }
  }
}

if (!(globalThis as Record<string, unknown>)[marker]) {
  boot().catch((error: unknown) => console.error('[support-panel] could not start', error));
}
