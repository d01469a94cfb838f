/**
 * Follow-up reminders in the background: rules evaluated when a conversation's events arrive,
 * ONE alarm armed for the next due reminder (re-armed after every change and at every start),
 * notifications with Snooze and Done whose click opens the conversation (in a new tab or window
 * when no helpdesk tab is open), the toolbar badge with the number due, and the port the panel
 * and the toolbar popup talk to.
 *
 * Delivery survives service-worker stops and browser restarts: a reminder is claimed (marked
 * notified) in the database before its notification is shown, at the alarm and again at every
 * worker start. One due while the browser was closed is therefore shown once, at the next start,
 * as overdue; never lost (it stays in the due list and the badge until done), never twice.
 */
import browser from 'webextension-polyfill';
import type { SupportDatabase } from '../db/database';
import {
  addManualReminder,
  blankReminderSubjects,
  claimDue,
  conversationReminders,
  conversationsWithScheduled,
  countDue,
  dueReminders,
  evaluateConversation,
  evaluateCustomers,
  getCustomer,
  hasChanges,
  markDone,
  nextDueAt,
  setCustomerDates,
  snoozeReminder,
  type ReminderChanges,
  type ReminderRecord,
  type RuleContext,
} from '../db/reminders';
import { customerKey, dateAt, dueAtFor, yearlyDate, type RuleConversation } from '../core/rules';
import { readReminderSettings } from '../core/schema/reminder-settings';
import { defaultCalendar } from '../core/schema/sla-defaults';
import {
  PANEL_PAGE,
  POPUP_PAGE,
  REMINDERS_PORT,
  type CustomerDatesView,
  type ReminderAction,
  type ReminderView,
  type RemindersToBackground,
  type RemindersToPage,
} from '../messaging/protocol';
import { checkRemindersMessage } from '../messaging/validate';
import { currentSettings, onSettingsChanged, type SettingsState } from './settings';

export const REMINDER_ALARM = 'reminders';
const NOTIFICATION_PREFIX = 'reminder:';
/** Shown more than this after its time (the worker was asleep, the machine suspended): overdue. */
const LATE_MS = 60_000;
const SESSION_KEY = 'remindersSessionStartedAt';
/** Notifications shown one by one at a time; more due at once get one summary notification. */
const MAX_NOTIFICATIONS = 5;
const REEVALUATE_SLICE = 50;

type Translate = (key: string, substitutions?: string[]) => string;
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface ReminderSettingsState extends RuleContext {
  snoozeMinutes: number;
  storeSubjects: boolean;
}

const derived = new WeakMap<SettingsState, ReminderSettingsState>();

/** The reminder settings in force, derived once per settings change. */
export function reminderSettings(state: SettingsState): ReminderSettingsState {
  let hit = derived.get(state);
  if (hit) return hit;
  // The options page may keep reminders as a known section or, until then, as an extra one.
  const raw = (state.effective.settings as unknown as Record<string, unknown>).reminders ?? state.effective.extra.reminders;
  const { settings, problems } = readReminderSettings({ reminders: raw });
  if (problems.length) console.warn('[support-panel] reminder settings partly ignored:', problems);
  hit = {
    rules: settings.rules,
    enabled: settings.enabled,
    agentName: settings.agentName,
    snoozeMinutes: settings.snoozeMinutes,
    calendar: state.sla.calendar ?? defaultCalendar(localZone()),
    storeSubjects: state.effective.settings.privacy.storeSubjects,
  };
  derived.set(state, hit);
  return hit;
}

const ruleContext = async () => reminderSettings(await currentSettings());

/**
 * When this browser session began: the first worker start after the browser started (session
 * storage is emptied when the browser closes). A reminder due before then was missed while the
 * browser was closed.
 */
async function sessionStartedAt(now: number): Promise<number> {
  const area = browser.storage.session;
  const stored = (await area.get(SESSION_KEY))[SESSION_KEY];
  if (typeof stored === 'number') return stored;
  await area.set({ [SESSION_KEY]: now });
  return now;
}

export function toView(r: ReminderRecord): ReminderView {
  return {
    id: r.id,
    source: r.source,
    conversationKey: r.conversationKey,
    title: r.title,
    message: r.message,
    url: r.url,
    subject: r.subject,
    customerName: r.customerName,
    dueAt: r.dueAt,
    status: r.status === 'cancelled' ? 'done' : r.status,
    overdue: r.overdue,
  };
}

/** What a reminder's notification says (Chrome adds the buttons; Firefox shows the rest). */
export function notificationFor(r: ReminderRecord, t: Translate): { title: string; message: string } {
  const who = [r.customerName, r.subject].filter(Boolean).join(' · ');
  const title = r.overdue ? t('reminderOverdueTitle', [r.title]) : r.title;
  const note = r.source === 'manual' && r.message && r.message !== r.title ? r.message : '';
  const message = [who, note].filter(Boolean).join('\n') || r.title;
  return { title: cut(title, 200), message: cut(message, 400) };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

async function showNotification(r: ReminderRecord): Promise<void> {
  const id = NOTIFICATION_PREFIX + r.id;
  const { title, message } = notificationFor(r, t);
  const basic = { type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message, priority: 2 };
  try {
    // Buttons and staying on screen are Chrome's; Firefox refuses the unknown fields.
    const extras = { buttons: [{ title: t('reminderSnooze') }, { title: t('reminderDone') }], requireInteraction: true };
    await browser.notifications.create(id, { ...basic, ...extras } as typeof basic);
  } catch {
    await browser.notifications.create(id, basic);
  }
}

const SUMMARY_ID = `${NOTIFICATION_PREFIX}summary`;

async function showSummary(more: number): Promise<void> {
  await browser.notifications.create(SUMMARY_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('reminderMoreDue', [String(more)]),
    message: t('reminderMoreDueHelp'),
    priority: 2,
  });
}

function clearNotification(id: string): void {
  browser.notifications.clear(NOTIFICATION_PREFIX + id).catch((error: unknown) => console.warn('[support-panel] could not clear notification', id, error));
}

/** Opens a conversation: the tab already showing it, else a new tab, else (no window open) a new window. */
export async function openConversation(url: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url === url && tab.id !== undefined);
  if (open) {
    await browser.tabs.update(open.id!, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  try {
    await browser.tabs.create({ url });
  } catch {
    await browser.windows.create({ url, focused: true });
  }
}

/** Arms the one alarm for the next scheduled reminder, or clears it when none is left. */
export async function rearmReminders(db: SupportDatabase): Promise<number | null> {
  const at = await nextDueAt(db);
  if (at === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: Math.max(at, Date.now() + 100) });
  return at;
}

interface Watcher {
  port: browser.Runtime.Port;
  kind: 'panel' | 'popup';
  scope: { conversationKey: string; customerAddress: string | null } | 'due' | null;
}

export interface ReminderHooks {
  /**
   * After a snapshot was stored: evaluates the conversation's rules (never throws). `eventCount`:
   * how many events the conversation has now (it only grows, so an unchanged count means no new event).
   */
  onConversation(conversation: Omit<RuleConversation, 'events'>, now: number, eventCount: number): Promise<void>;
}

/**
 * Registers the listeners (synchronously, so a worker woken by the alarm or a notification click
 * hears it) and reconciles at start. Call once from the worker's top level.
 */
export function startReminders(db: SupportDatabase): ReminderHooks {
  const watchers = new Set<Watcher>();
  /** What each conversation was last evaluated with, in this worker's life. */
  const evaluated = new Map<string, { signature: string; settings: SettingsState }>();
  // One change at a time: deliveries, evaluations and user actions never interleave their re-arming.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(what: string, job: () => Promise<T>): Promise<T | undefined> => {
    const run = queue.then(job).catch((error: unknown) => {
      console.error(`[support-panel] reminders: ${what} failed`, error);
      return undefined;
    });
    queue = run;
    return run;
  };

  const rearm = () => rearmReminders(db);

  async function updateBadge(now: number): Promise<void> {
    const n = await countDue(db, now);
    await browser.action.setBadgeText({ text: n === 0 ? '' : n > 99 ? '99+' : String(n) });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    await browser.action.setTitle({ title: n === 0 ? t('actionTitle') : t('actionTitleDue', [String(n)]) });
  }

  function post(port: browser.Runtime.Port, message: RemindersToPage): void {
    try {
      port.postMessage(message);
    } catch (error) {
      console.warn('[support-panel] reminders port gone', error);
    }
  }

  async function customerView(address: string | null): Promise<CustomerDatesView | null> {
    const key = customerKey(address);
    if (!key) return null;
    const c = await getCustomer(db, key);
    return { address: key, renewalDate: c?.renewalDate ?? null, onboardingStart: c?.onboardingStart ?? null, personalDates: c?.personalDates ?? [] };
  }

  async function sendTo(w: Watcher): Promise<void> {
    if (w.scope === 'due') {
      post(w.port, { type: 'reminders/due', reminders: (await dueReminders(db, Date.now())).map(toView) });
    } else if (w.scope) {
      const { conversationKey, customerAddress } = w.scope;
      const reminders = (await conversationReminders(db, conversationKey, customerAddress)).map(toView);
      post(w.port, { type: 'reminders/conversation', conversationKey, reminders, customer: await customerView(customerAddress) });
    }
  }

  /** After anything changed: notifications of cancelled reminders go, the alarm and badge follow, open lists refresh. */
  async function afterChange(changes?: ReminderChanges): Promise<void> {
    for (const r of changes?.cancelled ?? []) clearNotification(r.id);
    await rearm();
    await updateBadge(Date.now());
    await Promise.all([...watchers].map((w) => sendTo(w)));
  }

  /** The alarm fired or the worker started: shows every reminder whose time has come, once. */
  async function deliver(): Promise<number> {
    const now = Date.now();
    const session = await sessionStartedAt(now);
    const ctx = await ruleContext();
    performance.mark('reminders-settings');
    const wanted = new Set(ctx.enabled ? ctx.rules.filter((r) => r.enabled).map((r) => r.id) : []);
    // A little ahead: alarms may fire a moment early.
    const claimed = await claimDue(
      db,
      now + 500,
      (r) => r.dueAt < session || now - r.dueAt > LATE_MS,
      (r) => r.ruleId === null || wanted.has(r.ruleId),
    );
    performance.mark('reminders-claimed');
    const shown = claimed.filter((r) => r.status === 'notified');
    // A handful each; beyond that (a long absence) one notification says how many more are due.
    for (const r of shown.slice(0, MAX_NOTIFICATIONS)) {
      await showNotification(r).catch((error: unknown) => console.error('[support-panel] could not show reminder', r.id, error));
    }
    if (shown.length > MAX_NOTIFICATIONS) await showSummary(shown.length - MAX_NOTIFICATIONS).catch((error: unknown) => console.error('[support-panel] could not show the reminder summary', error));
    performance.mark('reminders-shown');
    await afterChange();
    return shown.length;
  }

  async function handle(w: Watcher, message: RemindersToBackground): Promise<void> {
    const now = Date.now();
    const reply = (action: ReminderAction, ok: boolean) => post(w.port, { type: 'reminders/result', action, ok });
    switch (message.type) {
      case 'reminders/watch-conversation':
        if (w.kind !== 'panel') return;
        w.scope = { conversationKey: message.conversationKey, customerAddress: message.customerAddress };
        await sendTo(w);
        return;
      case 'reminders/watch-due':
        w.scope = 'due';
        await sendTo(w);
        return;
      case 'reminders/add': {
        const conversation = w.kind === 'panel' ? await db.conversations.get(message.conversationKey) : undefined;
        const ctx = await ruleContext();
        let dueAt: number;
        try {
          dueAt = dueAtFor(message.when, { calendar: ctx.calendar, timeZone: localZone() }, now);
        } catch {
          return reply('add', false);
        }
        // Not for a conversation we never stored, nor for a time already past.
        if (!conversation || dueAt < now - LATE_MS) return reply('add', false);
        const note = message.note.trim();
        const name = conversation.customerName || conversation.customerAddress || conversation.subject;
        const title = note.split('\n')[0]!.slice(0, 120) || t('reminderManualTitle', [name]);
        await addManualReminder(db, { conversationKey: conversation.key, url: message.url, subject: conversation.subject, customerName: conversation.customerName, dueAt, note, title }, now);
        reply('add', true);
        await afterChange();
        return;
      }
      case 'reminders/done': {
        const done = await markDone(db, message.id, now);
        clearNotification(message.id);
        reply('done', done !== null);
        await afterChange();
        return;
      }
      case 'reminders/snooze': {
        const ctx = await ruleContext();
        let until: number;
        try {
          until = dueAtFor(message.when, { calendar: ctx.calendar, timeZone: localZone() }, now);
        } catch {
          return reply('snooze', false);
        }
        const moved = until > now ? await snoozeReminder(db, message.id, until) : null;
        if (moved) clearNotification(message.id);
        reply('snooze', moved !== null);
        await afterChange();
        return;
      }
      case 'reminders/open': {
        const r = await db.reminders.get(message.id);
        if (!r) return reply('open', false);
        await openConversation(r.url);
        clearNotification(r.id);
        reply('open', true);
        return;
      }
      case 'reminders/set-customer': {
        const conversation = w.kind === 'panel' ? await db.conversations.get(message.conversationKey) : undefined;
        const key = customerKey(message.address);
        const valid =
          (message.renewalDate === null || dateAt('UTC', message.renewalDate, '00:00') !== null) &&
          (message.onboardingStart === null || dateAt('UTC', message.onboardingStart, '00:00') !== null) &&
          message.personalDates.every((p) => yearlyDate(p.date, 2000) !== null);
        // Only the customer of a conversation we stored, and only real dates.
        if (!conversation || !key || customerKey(conversation.customerAddress) !== key || !valid) return reply('set-customer', false);
        await setCustomerDates(db, key, message, now);
        const ctx = await ruleContext();
        const customer = await getCustomer(db, key);
        const last = customer?.last?.key === conversation.key ? customer.last : null;
        const changes = last
          ? await evaluateConversation(db, { ...last, customerAddress: conversation.customerAddress }, ctx, now)
          : await evaluateCustomers(db, [key], ctx, now);
        reply('set-customer', true);
        await afterChange(changes);
        return;
      }
    }
  }

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REMINDERS_PORT) return;
    const sender = port.sender;
    const url = sender?.id === browser.runtime.id && typeof sender.url === 'string' ? sender.url : '';
    const kind = url.startsWith(browser.runtime.getURL(PANEL_PAGE)) ? 'panel' : url.startsWith(browser.runtime.getURL(POPUP_PAGE)) ? 'popup' : null;
    if (!kind) {
      console.warn('[support-panel] reminders port from unexpected sender refused', url);
      port.disconnect();
      return;
    }
    const w: Watcher = { port, kind, scope: null };
    watchers.add(w);
    port.onDisconnect.addListener(() => watchers.delete(w));
    port.onMessage.addListener((raw: unknown) => {
      const checked = checkRemindersMessage(raw);
      if (!checked.ok) {
        console.warn('[support-panel] malformed reminders message dropped:', checked.error);
        return;
      }
      void serial(checked.value.type, () => handle(w, checked.value));
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void serial('delivery', deliver);
  });

  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    if (id === SUMMARY_ID) {
      // The list of everything due: the toolbar popup's page, in a tab.
      void serial('open the due list', async () => {
        await browser.tabs.create({ url: browser.runtime.getURL(POPUP_PAGE) });
        clearNotification('summary');
      });
      return;
    }
    const reminderId = id.slice(NOTIFICATION_PREFIX.length);
    void serial('open from notification', async () => {
      const r = await db.reminders.get(reminderId);
      if (r) await openConversation(r.url);
      clearNotification(reminderId);
    });
  });

  browser.notifications.onButtonClicked.addListener((id, index) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const reminderId = id.slice(NOTIFICATION_PREFIX.length);
    void serial(index === 0 ? 'snooze from notification' : 'done from notification', async () => {
      const now = Date.now();
      if (index === 0) {
        const ctx = await ruleContext();
        await snoozeReminder(db, reminderId, dueAtFor({ kind: 'in', minutes: ctx.snoozeMinutes }, { calendar: ctx.calendar, timeZone: localZone() }, now));
      }
      else await markDone(db, reminderId, now);
      clearNotification(reminderId);
      await afterChange();
    });
  });

  // A new browser session (or a fresh install): customers' dates may have come round (a new year's
  // personal dates); evaluate them, then deliver what is due.
  const evaluateDated = () =>
    serial('start-up evaluation', async () => {
      await afterChange(await evaluateCustomers(db, 'dated', await ruleContext(), Date.now()));
    });
  browser.runtime.onStartup.addListener(() => void evaluateDated());
  browser.runtime.onInstalled.addListener(() => void evaluateDated());

  onSettingsChanged((next, previous) => {
    const a = reminderSettings(next);
    const b = reminderSettings(previous);
    if (b.storeSubjects && !a.storeSubjects) void serial('blank subjects', () => blankReminderSubjects(db).then(() => afterChange()));
    const same = JSON.stringify([a.rules, a.enabled, a.calendar]) === JSON.stringify([b.rules, b.enabled, b.calendar]);
    if (same) return;
    // Rules or calendar changed: every conversation with a scheduled rule reminder is judged again
    // (cancel what no rule asks for, move what the calendar moved); open tabs are re-evaluated
    // with their labels by the snapshot refresh in index.ts.
    // In slices of 50 conversations, each its own job queued after the previous one ran, so a
    // reminder falling due meanwhile is delivered between slices rather than after the whole pass.
    const slice = (keys: string[], from: number): void =>
      void serial('re-evaluation after a settings change', async () => {
        const cancelled: ReminderRecord[] = [];
        for (const key of keys.slice(from, from + REEVALUATE_SLICE)) {
          const [conversation, any] = await Promise.all([db.conversations.get(key), db.reminders.where('conversationKey').equals(key).first()]);
          if (!conversation || !any) continue;
          const meta = { key, site: conversation.site, url: any.url, subject: conversation.subject, customerName: conversation.customerName, customerAddress: conversation.customerAddress };
          cancelled.push(...(await evaluateConversation(db, meta, a, Date.now())).cancelled);
        }
        await afterChange({ created: [], cancelled, rescheduled: [] });
        if (from + REEVALUATE_SLICE < keys.length) slice(keys, from + REEVALUATE_SLICE);
      });
    void serial('re-evaluation of customer dates', async () => {
      await afterChange(await evaluateCustomers(db, 'dated', a, Date.now()));
      slice(await conversationsWithScheduled(db), 0);
    });
  });

  // Every worker start: deliver what fell due while it (or the browser) was not running, re-arm, badge.
  // Marks (read by test/bench/reminders.ts) time the start-up reconciliation from the worker's start.
  void serial('start-up delivery', async () => {
    await db.open();
    performance.mark('reminders-db-open');
    const claimed = await deliver();
    performance.mark('reminders-reconciled', { detail: { claimed } });
  });

  return {
    async onConversation(conversation, now, eventCount) {
      await serial('evaluation', async () => {
        const settings = await currentSettings();
        // Snapshots come often (a draft being typed); the answer changes only with new events,
        // other conversation details or other settings.
        const signature = JSON.stringify([conversation, eventCount]);
        const last = evaluated.get(conversation.key);
        if (last && last.signature === signature && last.settings === settings) return;
        const changes = await evaluateConversation(db, conversation, reminderSettings(settings), now);
        if (evaluated.size > 1_000) evaluated.clear();
        evaluated.set(conversation.key, { signature, settings });
        if (hasChanges(changes)) await afterChange(changes);
      });
    },
  };
}
