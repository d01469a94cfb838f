/**
 * The toolbar popup: every due and overdue reminder across all sites, each opening its
 * conversation, with Done and Snooze; the response-time dashboard one click away.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ReminderView } from '../messaging/protocol';
import { connectReminders, type RemindersPort } from '../panel/reminders-port';
import { formatClock, t } from '../panel/i18n';

const due = signal<ReminderView[] | null>(null);
const status = signal('');

let port: RemindersPort | null = null;
function remindersPort(): RemindersPort {
  port ??= connectReminders((message) => {
    if (message.type === 'reminders/due') due.value = message.reminders;
    else if (message.type === 'reminders/result' && !message.ok) status.value = t('reminderActionFailed');
  });
  return port;
}

function openDashboard() {
  browser.tabs
    .create({ url: browser.runtime.getURL('src/dashboard/index.html') })
    .then(() => window.close())
    .catch((error: unknown) => console.error('[support-panel] could not open the dashboard', error));
}

function Item({ r, at }: { r: ReminderView; at: number }) {
  const send = remindersPort().send;
  const who = [r.customerName, r.subject].filter(Boolean).join(' · ');
  return (
    <li class="popup-item" data-testid="popup-reminder" data-id={r.id} data-overdue={String(r.overdue)}>
      <button type="button" class="popup-open" data-testid="popup-open" onClick={() => send({ type: 'reminders/open', id: r.id })}>
        <span class="popup-item-title">{r.title}</span>
        {who && <span class="popup-item-who">{who}</span>}
        <span class="visually-hidden"> ({t('popupOpenHint')})</span>
      </button>
      <p class="popup-item-when">
        {t('reminderDueAt', formatClock(r.dueAt, at))}
        {r.overdue && <span class="reminder-flag"> · {t('reminderOverdue')}</span>}
      </p>
      <div class="reminder-actions">
        <button type="button" class="small-button" data-testid="popup-done" onClick={() => send({ type: 'reminders/done', id: r.id })}>
          {t('reminderDone')}
          <span class="visually-hidden">: {r.title}</span>
        </button>
        <button type="button" class="small-button" data-testid="popup-snooze" onClick={() => send({ type: 'reminders/snooze', id: r.id, when: { kind: 'in', minutes: 60 } })}>
          {t('reminderSnoozeHour')}
          <span class="visually-hidden">: {r.title}</span>
        </button>
      </div>
    </li>
  );
}

export function Popup() {
  useEffect(() => remindersPort().watch({ type: 'reminders/watch-due' }), []);
  const list = due.value;
  const at = Date.now();
  return (
    <main class="popup" aria-labelledby="popup-title" data-state={list === null ? 'loading' : list.length ? 'due' : 'empty'}>
      <h1 id="popup-title" class="popup-title">{t('popupTitle')}</h1>
      {list === null ? (
        <p class="muted" role="status">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p class="muted" data-testid="popup-empty">{t('popupEmpty')}</p>
      ) : (
        <ul class="popup-list" aria-labelledby="popup-title" data-testid="popup-reminders">
          {list.map((r) => (
            <Item key={r.id} r={r} at={at} />
          ))}
        </ul>
      )}
      <p class="reminders-status" role="status">{status.value}</p>
      <footer class="panel-footer">
        <button type="button" class="link-button" data-testid="popup-metrics" onClick={openDashboard}>
          {t('metricsLink')}
        </button>
      </footer>
    </main>
  );
}
