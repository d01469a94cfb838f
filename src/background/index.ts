/**
 * Background service worker: the only writer of the database. Receives snapshots from content
 * scripts, checks sender and shape, stores metadata, and pushes state to the panel of that tab.
 */
import browser from 'webextension-polyfill';
import { SupportDatabase } from '../db/database';
import { upsertSnapshot } from '../db/conversations';
import { PANEL_PAGE, PANEL_PORT, type SlaInputs, type BackgroundToContent, type BackgroundToPanel, type ContentToBackground, type PanelState } from '../messaging/protocol';
import { checkContentMessage, checkPanelMessage } from '../messaging/validate';
import { UI_KEY } from '../core/schema/ui-prefs';
import { contentSender, panelSender, type ContentSender } from './senders';
import type { GenericSiteConfig } from '../sites/generic/config';
import { waitingState } from '../core/clock/waiting';
import { slaEvents } from '../db/alerts';
import { watchSitePermissions } from './site-scripts';
import { onSettingsChanged, startSettings, currentSettings } from './settings';
import { deleteEverything, importBackup, storableSnapshot, watchPrivacy } from './privacy';
import { isOptionsSender } from './senders';
import { checkOptionsMessage } from '../messaging/validate';
import { formatProblem } from '../core/schema/settings-schema';
import { OPTIONS_PAGE, type OptionsReply, type OptionsToBackground } from '../messaging/protocol';
import { ALARM, forConversation, targetConfig, deliverDueAlerts, openAlertConversation, rearm, updateTargetFor } from './sla-alerts';
import { startReminders } from './reminders';

const db = new SupportDatabase();
const reminders = startReminders(db);

/** Latest state per tab. Memory only: after a restart the content script is asked to resend. */
const tabStates = new Map<number, PanelState>();
const panelPorts = new Map<number, Set<browser.Runtime.Port>>();


/**
 * Per tab, the snapshot being handled (stored, then pushed). Send-pressed is relayed after it, so
 * the panel judges the draft that was sent, not the one before the agent's last keystrokes.
 */
const snapshotWork = new Map<number, Promise<void>>();

function push(tabId: number, state: PanelState): void {
  tabStates.set(tabId, state);
  post(tabId, { type: 'panel/state', state });
}

function post(tabId: number, message: BackgroundToPanel): void {
  for (const port of panelPorts.get(tabId) ?? []) {
    try {
      port.postMessage(message);
    } catch (error) {
      console.warn('[support-panel] panel port gone', tabId, error);
    }
  }
}

async function handleContent(message: ContentToBackground, { tabId, siteLabel }: ContentSender): Promise<void> {
  switch (message.type) {
    case 'page/snapshot': {
      const snapshot = message.snapshot;
      const waiting = waitingState(snapshot.messages);
      let sla: SlaInputs | null = null;
      try {
        const now = Date.now();
        const { events, record } = await upsertSnapshot(db, await storableSnapshot(snapshot), now, waiting);
        const ctx = forConversation(await targetConfig(), {
          site: snapshot.site,
          subject: snapshot.subject,
          customerAddress: snapshot.customer.address,
          labels: snapshot.labels ?? [],
        });
        sla = { policy: ctx.policy, rule: ctx.rule, calendar: ctx.configuredCalendar, events: slaEvents(events) };
        await updateTargetFor(db, { key: record.key, url: snapshot.url, subject: record.subject, customerName: record.customerName }, events, ctx, now);
        void reminders.onConversation({ key: record.key, site: record.site, url: snapshot.url, subject: record.subject, customerName: record.customerName, customerAddress: record.customerAddress, labels: snapshot.labels ?? [] }, now, events.length);
      } catch (error) {
        // The panel still shows the waiting time; the target clock needs the stored events.
        console.error('[support-panel] could not store snapshot', snapshot.site, error);
      }
      push(tabId, { kind: 'conversation', siteLabel, snapshot, waiting, sla });
      return;
    }
    case 'page/no-conversation':
      push(tabId, { kind: 'no-conversation', siteLabel: message.siteLabel });
      return;
    case 'page/send-pressed':
      await snapshotWork.get(tabId);
      post(tabId, { type: 'panel/send-pressed' });
      return;
    case 'page/layout-error':
      console.warn('[support-panel] layout not recognised', message.site, message.urlPattern, message.failedSelectors);
      push(tabId, {
        kind: 'layout-error',
        site: message.site,
        siteLabel: message.siteLabel,
        urlPattern: message.urlPattern,
        failedSelectors: message.failedSelectors,
      });
      return;
  }
}

async function handleOptions(message: OptionsToBackground): Promise<OptionsReply> {
  if (message.type === 'options/delete-everything') {
    await deleteEverything(db);
    return { ok: true };
  }
  const checked = await importBackup(db, message.text);
  return checked.ok ? { ok: true, rows: checked.summary.rows } : { ok: false, problems: checked.problems.map(formatProblem) };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (isOptionsSender(sender, browser.runtime.id, browser.runtime.getURL(OPTIONS_PAGE))) {
    const checked = checkOptionsMessage(raw);
    if (!checked.ok) return Promise.resolve({ ok: false, problems: [checked.error] } satisfies OptionsReply);
    return handleOptions(checked.value).catch((error: unknown) => {
      console.error('[support-panel] options request failed', error);
      return { ok: false, problems: [String(error)] } satisfies OptionsReply;
    });
  }
  // Content scripts write from a tab; anything else is for another listener (or nobody).
  if (!sender.tab || sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
  // A built-in site is known from its URL; only a custom helpdesk needs the settings read first.
  if (contentSender(sender, browser.runtime.id)) return fromContent(raw, sender, []);
  return currentSettings().then((settings) => fromContent(raw, sender, settings.effective.settings.sites.custom));
});

function fromContent(raw: unknown, sender: browser.Runtime.MessageSender, custom: readonly GenericSiteConfig[]): Promise<unknown> | undefined {
  const from = contentSender(sender, browser.runtime.id, custom);
  if (!from) {
    console.warn('[support-panel] message from unexpected sender dropped', sender.url);
    return undefined;
  }
  const checked = checkContentMessage(raw);
  if (!checked.ok) {
    console.warn('[support-panel] malformed message dropped:', checked.error);
    return Promise.resolve({ ok: false, error: checked.error });
  }
  const claimed = checked.value.type === 'page/snapshot' ? checked.value.snapshot.site : checked.value.site;
  if (claimed !== from.site) {
    console.warn('[support-panel] message claims another site; dropped', claimed, from.site);
    return Promise.resolve({ ok: false, error: 'site mismatch' });
  }
  const work = handleContent(checked.value, from);
  if (checked.value.type === 'page/snapshot') {
    const settled = work.catch(() => undefined);
    snapshotWork.set(from.tabId, settled);
    void settled.then(() => {
      if (snapshotWork.get(from.tabId) === settled) snapshotWork.delete(from.tabId);
    });
  }
  return work.then(
    () => ({ ok: true }),
    (error: unknown) => {
      console.error('[support-panel] could not store snapshot', error);
      return { ok: false, error: String(error) };
    },
  );
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PANEL_PORT) return;
  const tabId = panelSender(port.sender, browser.runtime.id, browser.runtime.getURL(PANEL_PAGE));
  if (tabId === null) {
    port.disconnect();
    return;
  }
  let ports = panelPorts.get(tabId);
  if (!ports) panelPorts.set(tabId, (ports = new Set()));
  ports.add(port);
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    if (ports.size === 0) panelPorts.delete(tabId);
  });
  port.onMessage.addListener((raw: unknown) => {
    const checked = checkPanelMessage(raw);
    if (!checked.ok) {
      console.warn('[support-panel] malformed panel message dropped:', checked.error);
      return;
    }
    const message = checked.value;
    if (message.type === 'panel/set-collapsed') {
      browser.storage.local.set({ [UI_KEY]: { collapsed: message.collapsed } }).catch((error: unknown) => {
        console.error('[support-panel] could not save panel preference', error);
      });
    } else if (message.type === 'panel/insert-text') {
      const insert: BackgroundToContent = { type: 'page/insert-text', text: message.text };
      browser.tabs.sendMessage(tabId, insert, { frameId: 0 }).catch((error: unknown) => {
        console.warn('[support-panel] could not insert text in tab', tabId, error);
      });
    } else {
      const resize: BackgroundToContent = { type: 'page/panel-height', height: message.height };
      browser.tabs.sendMessage(tabId, resize, { frameId: 0 }).catch((error: unknown) => {
        console.warn('[support-panel] could not resize panel in tab', tabId, error);
      });
    }
  });

  const known = tabStates.get(tabId);
  const message: BackgroundToPanel = { type: 'panel/state', state: known ?? { kind: 'loading' } };
  port.postMessage(message);
  if (!known) {
    // After a service-worker restart we hold nothing: ask the page for a fresh snapshot.
    browser.tabs.sendMessage(tabId, { type: 'page/resend' }, { frameId: 0 }).catch((error: unknown) => {
      console.warn('[support-panel] content script not reachable in tab', tabId, error);
    });
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  tabStates.delete(tabId);
  snapshotWork.delete(tabId);
  panelPorts.delete(tabId);
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== ALARM) return;
  deliverDueAlerts(db, Date.now(), (key, subs) => browser.i18n.getMessage(key, subs)).catch((error: unknown) =>
    console.error('[support-panel] could not deliver target warnings', error),
  );
});

// The toolbar button opens its popup (src/popup/: due reminders, and the dashboard one click away).

browser.notifications.onClicked.addListener((id) => {
  openAlertConversation(db, id).catch((error: unknown) => console.error('[support-panel] could not open conversation', error));
});

// Open the database eagerly so a schema problem shows in the worker's log at start-up, and re-arm
// the warning alarm (alarms survive restarts in Chrome, not always in Firefox; this is cheap).
db.open()
  .then(() => rearm(db))
  .catch((error: unknown) => console.error('[support-panel] database failed to open', error));

// Optional sites run the content script once their host permission is granted.
watchSitePermissions();

// Settings live in memory; a change (options page, policy, another browser) reaches open panels
// at once: each tab's last snapshot is evaluated again under the new targets and pushed.
void startSettings();
watchPrivacy(db);
onSettingsChanged(() => {
  for (const [tabId, state] of tabStates) {
    if (state.kind !== 'conversation') continue;
    handleContent({ type: 'page/snapshot', snapshot: state.snapshot }, { tabId, site: state.snapshot.site, siteLabel: state.siteLabel }).catch((error: unknown) =>
      console.error('[support-panel] could not refresh panel after a settings change', tabId, error),
    );
  }
});
