/**
 * Reminder rules (src/core/rules): each shipped rule switchable and editable, the team's own
 * added; every edit validated with ReminderRuleSchema before it is stored; and a preview per rule
 * — "with this rule, these conversations would get reminders at these times" — computed on the
 * conversations already stored (read-only here; the background is the database's only writer).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { DEFAULT_REMINDER_RULES, DELAY_UNITS, PLACEHOLDERS, TRIGGER_DATES, TRIGGER_EVENTS, previewRule, type Preview, type PreviewData, type ReminderRule } from '../core/rules';
import { readReminderSettings } from '../core/schema/reminder-settings';
import { defaultCalendar } from '../core/schema/sla-defaults';
import type { Problem } from '../core/schema/settings-schema';
import { SupportDatabase } from '../db/database';
import { t, uiLanguage } from '../i18n';
import { CheckboxField, FieldError, LockedNote, NumberField, Section, splitList } from './fields';
import { locked, saveField, settings } from './state';

const SHIPPED = new Set(DEFAULT_REMINDER_RULES.map((r) => r.id));

type TriggerKey = `event:${(typeof TRIGGER_EVENTS)[number]}` | `date:${(typeof TRIGGER_DATES)[number]}`;

function triggerLabels(): Record<TriggerKey, string> {
  return {
    'event:resolved': t('optTriggerResolved'),
    'event:first_contact': t('optTriggerFirstContact'),
    'event:customer_message': t('optTriggerCustomerMessage'),
    'event:agent_reply': t('optTriggerAgentReply'),
    'event:reopened': t('optTriggerReopened'),
    'date:renewal': t('optTriggerRenewal'),
    'date:personal': t('optTriggerPersonal'),
  };
}

const triggerKey = (r: ReminderRule): TriggerKey => (r.trigger.type === 'event' ? `event:${r.trigger.event}` : `date:${r.trigger.date}`);

function withTrigger(rule: ReminderRule, key: TriggerKey): ReminderRule {
  const [type, what] = key.split(':') as ['event' | 'date', string];
  const next: ReminderRule = structuredClone(rule);
  if (type === 'event') {
    next.trigger = { type: 'event', event: what as (typeof TRIGGER_EVENTS)[number] };
  } else {
    next.trigger = { type: 'date', date: what as (typeof TRIGGER_DATES)[number], time: rule.trigger.type === 'date' ? rule.trigger.time : '09:00' };
    // Cancelling and re-triggering belong to conversation events only.
    delete next.cancelOn;
    delete next.retrigger;
  }
  return next;
}

/** The stored conversations (the latest 500) with their events, for previews. */
async function previewData(): Promise<Omit<PreviewData, 'calendar'>> {
  const db = new SupportDatabase();
  try {
    const conversations = await db.conversations.orderBy('updatedAt').reverse().limit(500).toArray();
    const withEvents = await Promise.all(
      conversations.map(async (c) => ({
        key: c.key,
        site: c.site,
        url: '',
        subject: c.subject,
        customerName: c.customerName,
        customerAddress: c.customerAddress,
        events: (await db.events.where('[conversationKey+at]').between([c.key, -Infinity], [c.key, Infinity]).toArray()).map((e) => ({ kind: e.kind, at: e.at, ...(e.status ? { status: e.status } : {}) })),
      })),
    );
    const customers = await db.customers.toArray();
    return { conversations: withEvents, customers };
  } finally {
    db.close();
  }
}

function PreviewList({ preview }: { preview: Preview }) {
  const format = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(uiLanguage());
  if (preview.total === 0) return <p role="status" data-testid="rule-preview">{t('optPreviewNone')}</p>;
  return (
    <div data-testid="rule-preview">
      <p role="status">{t('optPreviewCount', [number.format(preview.upcoming), number.format(preview.total)])}</p>
      <ul>
        {preview.items.slice(0, 10).map((item) => (
          <li key={`${item.conversationKey}@${item.dueAt}`} class={item.past ? 'muted' : ''}>
            {format.format(item.dueAt)} — <strong>{item.customerName || item.subject}</strong>: {item.title}
            {item.past && ` (${t('optPreviewPast')})`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RuleEditor({ rule, index, problems, onChange, onRemove }: { rule: ReminderRule; index: number; problems: Problem[]; onChange(rule: ReminderRule): void; onRemove?: () => void }) {
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState('');
  const labels = triggerLabels();
  const units: Record<(typeof DELAY_UNITS)[number], string> = { minutes: t('optUnitMinutes'), hours: t('optUnitHours'), days: t('optUnitDays') };
  const path = `reminders.rules[${index}]`;
  const mine = (sub: string) => problems.filter((p) => p.path === `${path}.${sub}` || p.path.startsWith(`${path}.${sub}.`) || p.path.startsWith(`${path}.${sub}[`));
  const rest = problems.filter((p) => p.path === path);
  const when = rule.when ?? {};
  const setWhen = (key: keyof NonNullable<ReminderRule['when']>, text: string) => {
    const next = { ...when, [key]: splitList(text) };
    if (!next[key]!.length) delete next[key];
    onChange({ ...rule, when: next });
  };
  const runPreview = async () => {
    setPreviewError('');
    try {
      const calendar = settings.value.sla.calendar ?? defaultCalendar(Intl.DateTimeFormat().resolvedOptions().timeZone);
      setPreview(previewRule(rule, { ...(await previewData()), calendar, agentName: settings.value.reminders.agentName ?? '' }, Date.now(), 50));
    } catch (error) {
      setPreviewError(String(error));
    }
  };
  const field = (sub: string, label: string, input: preact.JSX.Element) => (
    <div class="rule-field">
      <label for={`${id}-${sub}`}>{label}</label>
      {input}
      <FieldError id={`${id}-${sub}-error`} problems={mine(sub)} path={`${path}.${sub}`} />
    </div>
  );
  return (
    <li class="rule" aria-label={rule.name} data-rule={rule.id}>
      <label class="inline rule-on">
        <input type="checkbox" checked={rule.enabled} onChange={(e) => onChange({ ...rule, enabled: (e.target as HTMLInputElement).checked })} /> {t('optRuleOn')}
      </label>
      {field('name', t('optRuleName'), <input id={`${id}-name`} value={rule.name} onInput={(e) => onChange({ ...rule, name: (e.target as HTMLInputElement).value })} />)}
      {field(
        'trigger',
        t('optTrigger'),
        <select id={`${id}-trigger`} value={triggerKey(rule)} onChange={(e) => onChange(withTrigger(rule, (e.target as HTMLSelectElement).value as TriggerKey))}>
          {(Object.keys(labels) as TriggerKey[]).map((k) => (
            <option key={k} value={k}>{labels[k]}</option>
          ))}
        </select>,
      )}
      {field(
        'delay',
        t('optDelay'),
        <span class="delay">
          <input
            id={`${id}-delay`}
            class="time"
            inputMode="decimal"
            value={String(rule.delay.amount)}
            onInput={(e) => onChange({ ...rule, delay: { ...rule.delay, amount: Number((e.target as HTMLInputElement).value) } })}
          />
          <select aria-label={t('optDelayUnit')} value={rule.delay.unit} onChange={(e) => onChange({ ...rule, delay: { ...rule.delay, unit: (e.target as HTMLSelectElement).value as ReminderRule['delay']['unit'] } })}>
            {DELAY_UNITS.map((u) => (
              <option key={u} value={u}>{units[u]}</option>
            ))}
          </select>
          <label class="inline">
            <input type="checkbox" checked={rule.delay.business} onChange={(e) => onChange({ ...rule, delay: { ...rule.delay, business: (e.target as HTMLInputElement).checked } })} /> {t('optBusinessTime')}
          </label>
        </span>,
      )}
      {field('title', t('optReminderTitle'), <input id={`${id}-title`} value={rule.title} onInput={(e) => onChange({ ...rule, title: (e.target as HTMLInputElement).value })} />)}
      {field('message', t('optReminderMessage'), <textarea id={`${id}-message`} rows={2} value={rule.message} onInput={(e) => onChange({ ...rule, message: (e.target as HTMLTextAreaElement).value })} />)}
      {field('when', t('optRuleWords'), <input id={`${id}-when`} value={(when.subjectWords ?? []).join(', ')} onInput={(e) => setWhen('subjectWords', (e.target as HTMLInputElement).value)} />)}
      <div class="rule-field">
        <label for={`${id}-labels`}>{t('optRuleLabels')}</label>
        <input id={`${id}-labels`} value={(when.labels ?? []).join(', ')} onInput={(e) => setWhen('labels', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="rule-field">
        <label for={`${id}-domains`}>{t('optRuleDomains')}</label>
        <input id={`${id}-domains`} value={(when.customerDomains ?? []).join(', ')} onInput={(e) => setWhen('customerDomains', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="rule-actions">
        <button type="button" class="small" onClick={() => void runPreview()} data-testid="rule-preview-button">{t('optPreview')}</button>
        {onRemove && <button type="button" class="small" onClick={onRemove}>{t('optRemove')}</button>}
      </div>
      <FieldError id={`${id}-error`} problems={rest} path={path} />
      {previewError && <p class="field-error" role="alert">{previewError}</p>}
      {preview && <div class="rule-actions"><PreviewList preview={preview} /></div>}
    </li>
  );
}

function Rules() {
  const path = 'reminders.rules';
  const merged = readReminderSettings({ reminders: settings.value.reminders }).settings.rules;
  const [drafts, setDrafts] = useState<ReminderRule[]>(merged);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    if (!problems.length) setDrafts(merged);
  }, [JSON.stringify(settings.value.reminders.rules)]);
  const save = async (next: ReminderRule[]) => {
    setDrafts(next);
    setProblems(await saveField('reminders', 'rules', next));
  };
  const add = () => {
    let n = drafts.length + 1;
    while (drafts.some((r) => r.id === `team-rule-${n}`)) n++;
    void save([
      ...drafts,
      { id: `team-rule-${n}`, name: t('optNewRuleName'), enabled: true, trigger: { type: 'event', event: 'resolved' }, delay: { amount: 1, unit: 'days', business: true }, title: '{customer.firstName}: {subject}', message: '' },
    ]);
  };
  return (
    <fieldset class="field" disabled={locked(path)} data-testid="reminder-rules">
      <legend>{t('optReminderRules')}</legend>
      <p class="hint">{t('optPlaceholders', PLACEHOLDERS.map((p) => `{${p}}`).join(' '))}</p>
      <LockedNote path={path} />
      <ol class="rules">
        {drafts.map((rule, i) => (
          <RuleEditor
            key={rule.id}
            rule={rule}
            index={i}
            problems={problems.filter((p) => p.path.startsWith(`${path}[${i}]`))}
            onChange={(r) => void save(drafts.map((d, k) => (k === i ? r : d)))}
            onRemove={SHIPPED.has(rule.id) ? undefined : () => void save(drafts.filter((_, k) => k !== i))}
          />
        ))}
      </ol>
      <button type="button" onClick={add}>{t('optAddRule')}</button>
      <FieldError id="reminder-rules-error" problems={problems.filter((p) => !p.path.startsWith(`${path}[`))} path={path} />
    </fieldset>
  );
}

function AgentName() {
  const id = useId();
  const value = settings.value.reminders.agentName ?? '';
  const [text, setText] = useState(value);
  const [problems, setProblems] = useState<Problem[]>([]);
  return (
    <div class="field">
      <label for={id}>{t('optAgentName')}</label>
      <input id={id} value={text} disabled={locked('reminders.agentName')} aria-describedby={`${id}-error`} onInput={async (e) => {
        const next = (e.target as HTMLInputElement).value;
        setText(next);
        setProblems(await saveField('reminders', 'agentName', next));
      }} />
      <LockedNote path="reminders.agentName" />
      <FieldError id={`${id}-error`} problems={problems} path="reminders.agentName" />
    </div>
  );
}

export function Reminders() {
  const r = settings.value.reminders;
  return (
    <Section id="reminders" title={t('optRemindersTitle')} intro={t('optRemindersIntro')}>
      <CheckboxField path="reminders.enabled" label={t('optRemindersOn')} value={r.enabled ?? true} save={(v) => saveField('reminders', 'enabled', v)} />
      <NumberField path="reminders.snoozeMinutes" label={t('optSnooze')} value={r.snoozeMinutes ?? 60} min={1} save={(v) => saveField('reminders', 'snoozeMinutes', v)} />
      <AgentName />
      <Rules />
    </Section>
  );
}
