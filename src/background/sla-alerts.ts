/**
 * "Target due soon" notifications. Each running wait has at most one pending alert in the
 * database; one alarm is armed for the earliest. The alarm wakes the service worker even when no
 * helpdesk tab is open or the tab is in the background; the target is checked again at that time
 * so a reply, a pause or a solved ticket in between cancels it.
 */
import browser from 'webextension-polyfill';
import type { EventRecord, SupportDatabase } from '../db/database';
import { setDueAt } from '../db/conversations';
import { dueAlerts, nextAlertAt, planTarget, plannedAlert, syncAlert, type AlertContext } from '../db/alerts';
import { currentSettings } from './settings';
import { defaultCalendar } from '../core/schema/sla-defaults';
import { selectPolicy, type Calendar, type PolicyRule, type PolicySubject } from '../core/clock';

export const ALARM = 'sla-warnings';

export interface TargetConfig extends AlertContext {
  /** The supervisor's calendar, or null for the default one (the panel resolves it in its own zone). */
  configuredCalendar: Calendar | null;
  rules: PolicyRule[];
}

/** The targets for one conversation: the first matching rule's, else the team's base targets. */
export function forConversation(config: TargetConfig, conversation: PolicySubject): TargetConfig & { rule: string | null } {
  const { policy, rule } = selectPolicy(config.rules, config.policy, conversation);
  return { ...config, policy, rule };
}

/** The effective targets (policy over this browser's settings), held in memory by ./settings. */
export async function targetConfig(): Promise<TargetConfig> {
  const settings = (await currentSettings()).sla;
  return {
    policy: settings.policy,
    calendar: settings.calendar ?? defaultCalendar(Intl.DateTimeFormat().resolvedOptions().timeZone),
    configuredCalendar: settings.calendar,
    rules: settings.rules,
    enabled: settings.notifyBeforeBreach,
  };
}

/** Arms the one alarm for the earliest pending alert (or clears it when there is none). */
export async function rearm(db: SupportDatabase): Promise<void> {
  const at = await nextAlertAt(db);
  if (at === null) await browser.alarms.clear(ALARM);
  else browser.alarms.create(ALARM, { when: Math.max(at, Date.now() + 100) });
}

/** After a conversation changed: record when its target falls due, plan its alert, re-arm. */
export async function updateTargetFor(
  db: SupportDatabase,
  conversation: { key: string; url: string; subject: string; customerName: string },
  events: EventRecord[],
  ctx: AlertContext,
  now: number,
): Promise<void> {
  const plan = planTarget(conversation, events, ctx, now);
  await setDueAt(db, conversation.key, plan.dueAt);
  await syncAlert(db, plan.alert, conversation.key);
  await rearm(db);
}

/** The alarm fired: notify for every alert whose time has come and whose target still runs. */
export async function deliverDueAlerts(db: SupportDatabase, now: number, t: (key: string, subs?: string[]) => string): Promise<number> {
  const config = await targetConfig();
  let shown = 0;
  for (const alert of await dueAlerts(db, now + 1_000)) {
    const events = await db.events.where('[conversationKey+at]').between([alert.conversationKey, -Infinity], [alert.conversationKey, Infinity]).toArray();
    const record = await db.conversations.get(alert.conversationKey);
    const ctx = record
      ? forConversation(config, { site: record.site, subject: record.subject, customerAddress: record.customerAddress })
      : config;
    const still = plannedAlert({ key: alert.conversationKey, url: alert.url, subject: alert.subject, customerName: alert.customerName }, events, ctx, now);
    // Claim it first, so a second wake-up (or a second worker) cannot show it again.
    const claimed = await db.transaction('rw', db.alerts, async () => {
      const current = await db.alerts.get(alert.id);
      if (current?.state !== 'pending') return false;
      await db.alerts.update(alert.id, { state: still?.id === alert.id ? 'sent' : 'cancelled' });
      return still?.id === alert.id;
    });
    if (!claimed) continue;
    const who = [alert.customerName || alert.subject];
    await browser.notifications.create(alert.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: alert.target === 'first' ? t('notifyFirstDueSoon', who) : t('notifyNextDueSoon', who),
      message: alert.subject,
      priority: 2,
    });
    shown++;
  }
  await rearm(db);
  return shown;
}

export async function openAlertConversation(db: SupportDatabase, notificationId: string): Promise<void> {
  const alert = await db.alerts.get(notificationId);
  if (!alert) return;
  await browser.tabs.create({ url: alert.url });
  await browser.notifications.clear(notificationId);
}
