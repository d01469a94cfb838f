import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupportDatabase, type EventRecord } from './database';
import { dueAlerts, nextAlertAt, plannedAlert, syncAlert, type AlertContext } from './alerts';

const MIN = 60_000;
const now = Date.UTC(2026, 10, 23, 10, 0); // a Monday
const key = 'demo:42';
const conv = { key, url: 'https://helpdesk.demo.example/tickets/42', subject: 'Invoice', customerName: 'Meera' };
const ctx: AlertContext = {
  policy: { firstResponseMs: 60 * MIN, nextResponseMs: 30 * MIN, warnBeforeMs: 10 * MIN, pauseStatuses: ['pending'] },
  calendar: { timeZone: 'UTC' }, // open around the clock
  enabled: true,
};
const ev = (kind: EventRecord['kind'], at: number, status?: EventRecord['status']): EventRecord => ({ conversationKey: key, kind, at, ...(status ? { status } : {}) });

let db: SupportDatabase;
let n = 0;
beforeEach(async () => {
  db = new SupportDatabase(`alerts-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('plannedAlert', () => {
  it('plans the warning of the running wait', () => {
    const alert = plannedAlert(conv, [ev('customer_message', now - 5 * MIN)], ctx, now);
    expect(alert).toMatchObject({ id: `${key}|first|${now - 5 * MIN}`, target: 'first', warnAt: now + 45 * MIN, state: 'pending' });
  });
  it('plans nothing once answered, while paused by status, or when switched off', () => {
    expect(plannedAlert(conv, [ev('customer_message', now - 5 * MIN), ev('agent_reply', now - MIN)], ctx, now)).toBeNull();
    expect(plannedAlert(conv, [ev('customer_message', now - 5 * MIN), ev('status', now - MIN, 'pending')], ctx, now)).toBeNull();
    expect(plannedAlert(conv, [ev('customer_message', now - 5 * MIN)], { ...ctx, enabled: false }, now)).toBeNull();
  });
  it('moves to the next target after a reply and a new customer message', () => {
    const events = [ev('customer_message', now - 50 * MIN), ev('agent_reply', now - 40 * MIN), ev('customer_message', now - 2 * MIN)];
    expect(plannedAlert(conv, events, ctx, now)).toMatchObject({ target: 'next', warnAt: now - 2 * MIN + 20 * MIN });
  });
});

describe('syncAlert', () => {
  it('keeps one alert per wait however often (or from however many tabs) it is synced', async () => {
    const planned = plannedAlert(conv, [ev('customer_message', now - 5 * MIN)], ctx, now);
    await Promise.all([syncAlert(db, planned, key), syncAlert(db, planned, key), syncAlert(db, planned, key)]);
    expect(await db.alerts.count()).toBe(1);
    expect(await nextAlertAt(db)).toBe(now + 45 * MIN);
    expect(await dueAlerts(db, now)).toEqual([]);
    expect((await dueAlerts(db, now + 45 * MIN)).map((a) => a.id)).toEqual([planned!.id]);
  });

  it('never re-arms an alert that was sent, and cancels a pending one when the wait ends', async () => {
    const planned = plannedAlert(conv, [ev('customer_message', now - 5 * MIN)], ctx, now)!;
    await syncAlert(db, planned, key);
    await db.alerts.update(planned.id, { state: 'sent' });
    await syncAlert(db, planned, key);
    expect((await db.alerts.get(planned.id))?.state).toBe('sent');
    expect(await nextAlertAt(db)).toBeNull();

    const second = plannedAlert(conv, [ev('customer_message', now - 5 * MIN), ev('agent_reply', now - 4 * MIN), ev('customer_message', now - MIN)], ctx, now)!;
    await syncAlert(db, second, key);
    expect(await nextAlertAt(db)).toBe(second.warnAt);
    await syncAlert(db, null, key); // the agent replied
    expect((await db.alerts.get(second.id))?.state).toBe('cancelled');
    expect(await nextAlertAt(db)).toBeNull();
  });
});
