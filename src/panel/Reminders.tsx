/**
 * This conversation's follow-up reminders in the panel: those due (always shown), and behind one
 * disclosure button the upcoming and done ones, adding one in two clicks ("Reminders", then
 * "Tomorrow 9:00"), and the customer's dates (renewal, onboarding start, personal dates).
 * Everything goes through the background over the reminders port; the lists are what it sends.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { CustomerDatesView, ReminderAction, ReminderView, RemindersToPage, ReminderWhen } from '../messaging/protocol';
import { panelState } from './connection';
import { now } from './clock';
import { formatClock, t } from './i18n';
import { connectReminders, type RemindersPort } from './reminders-port';
import './reminders.css';

interface ConversationReminders {
  conversationKey: string;
  reminders: ReminderView[];
  customer: CustomerDatesView | null;
}

const listed = signal<ConversationReminders | null>(null);
/** What the last action did, for the polite live region. */
const status = signal('');
const expanded = signal(false);

const RESULT_TEXT: Record<ReminderAction, [ok: () => string, failed: () => string]> = {
  add: [() => t('reminderAdded'), () => t('reminderAddFailed')],
  done: [() => t('reminderMarkedDone'), () => t('reminderActionFailed')],
  snooze: [() => t('reminderSnoozed'), () => t('reminderActionFailed')],
  open: [() => '', () => t('reminderActionFailed')],
  'set-customer': [() => t('customerDatesSaved'), () => t('customerDatesFailed')],
};

let port: RemindersPort | null = null;
function remindersPort(): RemindersPort {
  port ??= connectReminders((message: RemindersToPage) => {
    if (message.type === 'reminders/conversation') {
      listed.value = { conversationKey: message.conversationKey, reminders: message.reminders, customer: message.customer };
    } else if (message.type === 'reminders/result') {
      const [ok, failed] = RESULT_TEXT[message.action];
      status.value = message.ok ? ok() : failed();
    }
  });
  return port;
}

/** The background's conversation key (db/database conversationKey), kept here so the panel does not load Dexie. */
const keyOf = (site: string, id: string) => `${site}:${id}`;

const SNOOZE: ReminderWhen = { kind: 'in', minutes: 60 };

function ReminderItem({ r, at }: { r: ReminderView; at: number }) {
  const send = (message: Parameters<RemindersPort['send']>[0]) => remindersPort().send(message);
  const due = r.status !== 'done' && r.dueAt <= at;
  return (
    <li class={`reminder${due ? ' reminder-due' : ''}`} data-testid="reminder" data-id={r.id} data-status={r.status} data-overdue={String(r.overdue)}>
      <p class="reminder-title">{r.title}</p>
      <p class="reminder-when">
        {t('reminderDueAt', formatClock(r.dueAt, at))}
        {r.overdue && r.status !== 'done' && <span class="reminder-flag"> · {t('reminderOverdue')}</span>}
      </p>
      {r.source === 'manual' && r.message && r.message !== r.title && <p class="reminder-note">{r.message}</p>}
      {r.source === 'rule' && r.message && (
        <details class="reminder-message">
          <summary>{t('reminderSuggested')}</summary>
          <p>{r.message}</p>
        </details>
      )}
      {r.status !== 'done' && (
        <div class="reminder-actions">
          <button type="button" class="small-button" data-testid="reminder-done" onClick={() => send({ type: 'reminders/done', id: r.id })}>
            {t('reminderDone')}
            <span class="visually-hidden">: {r.title}</span>
          </button>
          <button type="button" class="small-button" data-testid="reminder-snooze" onClick={() => send({ type: 'reminders/snooze', id: r.id, when: SNOOZE })}>
            {t('reminderSnoozeHour')}
            <span class="visually-hidden">: {r.title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function List({ label, items, testid, at }: { label: string; items: ReminderView[]; testid: string; at: number }) {
  if (!items.length) return null;
  return (
    <>
      <h3 class="reminders-subheading">{label}</h3>
      <ul class="reminder-list" aria-label={label} data-testid={testid}>
        {items.map((r) => (
          <ReminderItem key={r.id} r={r} at={at} />
        ))}
      </ul>
    </>
  );
}

function AddReminder({ conversationKey, url }: { conversationKey: string; url: string }) {
  const [note, setNote] = useState('');
  const [at, setAt] = useState('');
  const add = (when: ReminderWhen) => {
    remindersPort().send({ type: 'reminders/add', conversationKey, url, when, note });
    setNote('');
  };
  const addAt = () => {
    // datetime-local is the agent's own wall-clock time; Date reads it so.
    const ms = at ? new Date(at).getTime() : NaN;
    if (!Number.isFinite(ms)) {
      status.value = t('reminderPickInvalid');
      return;
    }
    add({ kind: 'at', at: ms });
    setAt('');
  };
  return (
    <div class="reminder-add" role="group" aria-labelledby="reminder-add-heading">
      <h3 id="reminder-add-heading" class="reminders-subheading">{t('reminderAddHeading')}</h3>
      <label class="field-label" for="reminder-note">{t('reminderNoteLabel')}</label>
      <input id="reminder-note" class="field" type="text" maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} data-testid="reminder-note" />
      <div class="reminder-quick">
        <button type="button" class="small-button" data-testid="remind-tomorrow" onClick={() => add({ kind: 'tomorrow', time: '09:00' })}>
          {t('reminderTomorrow')}
        </button>
        <button type="button" class="small-button" data-testid="remind-business-days" onClick={() => add({ kind: 'business-days', days: 2 })}>
          {t('reminderInBusinessDays')}
        </button>
      </div>
      <label class="field-label" for="reminder-at">{t('reminderPickLabel')}</label>
      <div class="reminder-pick">
        <input id="reminder-at" class="field" type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} data-testid="reminder-at" />
        <button type="button" class="small-button" data-testid="remind-at" onClick={addAt}>
          {t('reminderAddAt')}
        </button>
      </div>
    </div>
  );
}

interface DateRow {
  label: string;
  date: string;
}

/** A yearly "MM-DD" shows in a date field in the current year; a full date stays as it is. */
const asDateField = (d: string) => (/^\d{2}-\d{2}$/.test(d) ? `${new Date().getFullYear()}-${d}` : d);

function CustomerDates({ conversationKey, customer }: { conversationKey: string; customer: CustomerDatesView }) {
  const [renewal, setRenewal] = useState(customer.renewalDate ?? '');
  const [onboarding, setOnboarding] = useState(customer.onboardingStart ?? '');
  const [rows, setRows] = useState<DateRow[]>(customer.personalDates.map((p) => ({ label: p.label, date: asDateField(p.date) })));
  // Fresh values when the background sends the customer again (saved here or in another tab).
  useEffect(() => {
    setRenewal(customer.renewalDate ?? '');
    setOnboarding(customer.onboardingStart ?? '');
    setRows(customer.personalDates.map((p) => ({ label: p.label, date: asDateField(p.date) })));
  }, [JSON.stringify(customer)]);
  const save = (e: Event) => {
    e.preventDefault();
    const personalDates = rows.filter((r) => r.label.trim() && r.date).map((r) => ({ label: r.label.trim(), date: r.date }));
    remindersPort().send({
      type: 'reminders/set-customer',
      conversationKey,
      address: customer.address,
      renewalDate: renewal || null,
      onboardingStart: onboarding || null,
      personalDates,
    });
  };
  const update = (i: number, change: Partial<DateRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <details class="customer-dates" data-testid="customer-dates">
      <summary>{t('customerDatesHeading')}</summary>
      <form onSubmit={save}>
        <label class="field-label" for="customer-renewal">{t('customerRenewal')}</label>
        <input id="customer-renewal" class="field" type="date" value={renewal} onInput={(e) => setRenewal(e.currentTarget.value)} data-testid="customer-renewal" />
        <label class="field-label" for="customer-onboarding">{t('customerOnboarding')}</label>
        <input id="customer-onboarding" class="field" type="date" value={onboarding} onInput={(e) => setOnboarding(e.currentTarget.value)} data-testid="customer-onboarding" />
        <fieldset class="personal-dates">
          <legend class="field-label">{t('customerPersonalDates')}</legend>
          {rows.map((row, i) => (
            <div class="personal-date" key={i}>
              <label class="visually-hidden" for={`personal-label-${i}`}>{t('customerDateLabel')}</label>
              <input id={`personal-label-${i}`} class="field" type="text" maxLength={60} placeholder={t('customerDateLabel')} value={row.label} onInput={(e) => update(i, { label: e.currentTarget.value })} />
              <label class="visually-hidden" for={`personal-date-${i}`}>{t('customerDateDate')}</label>
              <input id={`personal-date-${i}`} class="field" type="date" value={row.date} onInput={(e) => update(i, { date: e.currentTarget.value })} />
              <button type="button" class="small-button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                {t('customerRemoveDate')}
                <span class="visually-hidden">: {row.label}</span>
              </button>
            </div>
          ))}
          {rows.length < 20 && (
            <button type="button" class="small-button" onClick={() => setRows([...rows, { label: '', date: '' }])}>
              {t('customerAddDate')}
            </button>
          )}
        </fieldset>
        <button type="submit" class="small-button primary" data-testid="customer-save">
          {t('customerSave')}
        </button>
      </form>
    </details>
  );
}

export function Reminders() {
  const state = panelState.value;
  const conversation = state.kind === 'conversation' ? state.snapshot : null;
  const key = conversation ? keyOf(conversation.site, conversation.conversationId) : null;
  const address = conversation?.customer.address ?? null;
  useEffect(() => {
    if (key) remindersPort().watch({ type: 'reminders/watch-conversation', conversationKey: key, customerAddress: address });
  }, [key, address]);
  if (!conversation || !key) return null;

  const at = now.value;
  const mine = listed.value?.conversationKey === key ? listed.value : null;
  const all = mine?.reminders ?? [];
  const due = all.filter((r) => r.status !== 'done' && (r.status === 'notified' || r.dueAt <= at));
  const upcoming = all.filter((r) => r.status === 'scheduled' && r.dueAt > at);
  const done = all.filter((r) => r.status === 'done').slice(-5);
  const summary = [due.length ? t('remindersDueCount', String(due.length)) : '', upcoming.length ? t('remindersUpcomingCount', String(upcoming.length)) : '']
    .filter(Boolean)
    .join(' · ') || t('remindersNone');

  return (
    <section class="reminders" aria-labelledby="reminders-heading" data-testid="reminders">
      <h2 id="reminders-heading" class="reminders-heading">
        <button
          type="button"
          class="reminders-toggle"
          aria-expanded={expanded.value ? 'true' : 'false'}
          aria-controls="reminders-body"
          data-testid="reminders-toggle"
          onClick={() => (expanded.value = !expanded.value)}
        >
          <span class="reminders-label">{t('remindersHeading')}</span>
          <span class="reminders-summary" data-testid="reminders-summary">{summary}</span>
        </button>
      </h2>
      <List label={t('remindersDue')} items={due} testid="reminders-due" at={at} />
      <div id="reminders-body" hidden={!expanded.value}>
        {expanded.value && (
          <>
            <AddReminder conversationKey={key} url={conversation.url} />
            <List label={t('remindersUpcoming')} items={upcoming} testid="reminders-upcoming" at={at} />
            <List label={t('remindersDoneList')} items={done} testid="reminders-done" at={at} />
            {mine && (mine.customer ? <CustomerDates conversationKey={key} customer={mine.customer} /> : <p class="muted">{t('customerNoAddress')}</p>)}
          </>
        )}
      </div>
      <p class="reminders-status" role="status" data-testid="reminders-status">{status.value}</p>
    </section>
  );
}
