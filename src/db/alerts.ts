import { slaState, type Calendar, type SlaEvent, type SlaPolicy, type SlaState } from '../core/clock';
import { waitingState } from '../core/clock/waiting';
import type { AlertRecord, EventRecord, SupportDatabase } from './database';

export interface AlertContext {
  policy: SlaPolicy;
  calendar: Calendar;
  enabled: boolean;
}

export function slaEvents(events: EventRecord[]): SlaEvent[] {
  return events.map((e): SlaEvent =>
    e.kind === 'status' ? { kind: 'status', at: e.at, status: e.status ?? 'open' } : { kind: e.kind, at: e.at },
  );
}

export interface TargetPlan {
  /** When the running target falls due; null when none runs or a status pauses it. */
  dueAt: number | null;
  /** The warning the conversation should have now, or null. */
  alert: AlertRecord | null;
}

/** Evaluates a conversation's target once: its due time, and the warning it should have. */
export function planTarget(
  conversation: { key: string; url: string; subject: string; customerName: string },
  events: EventRecord[],
  ctx: AlertContext,
  now: number,
): TargetPlan {
  const sla = slaState(ctx.policy, ctx.calendar, { events: slaEvents(events) }, now);
  const running = sla.state === 'ok' || sla.state === 'warn' || sla.state === 'breached' || (sla.state === 'paused' && sla.pausedReason === 'outside_hours');
  return { dueAt: running ? sla.dueMs : null, alert: ctx.enabled ? alertFor(conversation, events, sla) : null };
}

/** The alert a conversation should have now, or null when no target is running towards a warning. */
export function plannedAlert(
  conversation: { key: string; url: string; subject: string; customerName: string },
  events: EventRecord[],
  ctx: AlertContext,
  now: number,
): AlertRecord | null {
  return planTarget(conversation, events, ctx, now).alert;
}

function alertFor(
  conversation: { key: string; url: string; subject: string; customerName: string },
  events: EventRecord[],
  sla: SlaState,
): AlertRecord | null {
  if (sla.target === null || sla.warnMs === null) return null;
  if (sla.state !== 'ok' && sla.state !== 'warn' && !(sla.state === 'paused' && sla.pausedReason === 'outside_hours')) return null;
  const waiting = waitingState(
    events.filter((e) => e.kind !== 'status').map((e) => ({ author: e.kind === 'agent_reply' ? 'agent' : 'customer', at: e.at }) as const),
  );
  if (waiting.kind !== 'waiting') return null;
  return {
    id: `${conversation.key}|${sla.target}|${waiting.since}`,
    conversationKey: conversation.key,
    target: sla.target,
    warnAt: sla.warnMs,
    state: 'pending',
    url: conversation.url,
    subject: conversation.subject,
    customerName: conversation.customerName,
  };
}

/**
 * Brings a conversation's alerts in line with its events: the running wait gets a pending alert
 * (unless one was already sent for it), any other pending alert of the conversation is cancelled.
 * One transaction, so two tabs on the same conversation cannot create two.
 */
export async function syncAlert(db: SupportDatabase, planned: AlertRecord | null, conversationKey: string): Promise<void> {
  await db.transaction('rw', db.alerts, async () => {
    const existing = await db.alerts.where('conversationKey').equals(conversationKey).toArray();
    for (const alert of existing) {
      if (alert.state === 'pending' && alert.id !== planned?.id) await db.alerts.update(alert.id, { state: 'cancelled' });
    }
    if (!planned) return;
    const same = existing.find((a) => a.id === planned.id);
    if (same?.state === 'sent') return;
    if (!same || same.warnAt !== planned.warnAt || same.state !== 'pending') await db.alerts.put(planned);
  });
}

/** The earliest pending warning, for the one alarm the background keeps armed. */
export async function nextAlertAt(db: SupportDatabase): Promise<number | null> {
  const first = await db.alerts.where('[state+warnAt]').between(['pending', -Infinity], ['pending', Infinity]).first();
  return first?.warnAt ?? null;
}

/** Pending alerts whose time has come. */
export function dueAlerts(db: SupportDatabase, now: number): Promise<AlertRecord[]> {
  return db.alerts.where('[state+warnAt]').between(['pending', -Infinity], ['pending', now], true, true).toArray();
}
