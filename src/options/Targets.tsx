/**
 * Response targets and business calendars: base targets, warning time, pausing statuses, the
 * notification before a breach, the team's calendar (time zone, weekly hours with several
 * intervals a day, holidays, or around the clock) and per-site/label/domain/word policies.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { Calendar } from '../core/clock';
import { PAUSE_STATUSES, WEEKDAY_KEYS, type Problem, type StoredPolicyRule } from '../core/schema/settings-schema';
import { t, uiLanguage } from '../i18n';
import { CheckboxField, FieldError, LockedNote, NumberField, Section, splitList } from './fields';
import { locked, saveField, settings } from './state';

const STATUS_LABEL: Record<(typeof PAUSE_STATUSES)[number], () => string> = {
  pending: () => t('statusPending'),
  onhold: () => t('statusOnhold'),
  solved: () => t('statusSolved'),
};

function zones(): string[] {
  const all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.includes('UTC') ? all : ['UTC', ...all];
}

/** Weekday names in the page's language (2026-11-23 was a Monday). */
function weekdayName(index: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 23 + index));
}

function PauseStatuses() {
  const path = 'sla.pauseStatuses';
  const value = settings.value.sla.pauseStatuses;
  const [problems, setProblems] = useState<Problem[]>([]);
  const toggle = async (status: (typeof PAUSE_STATUSES)[number], on: boolean) => {
    const next = PAUSE_STATUSES.filter((s) => (s === status ? on : value.includes(s)));
    setProblems(await saveField('sla', 'pauseStatuses', next));
  };
  return (
    <fieldset class="field" disabled={locked(path)}>
      <legend>{t('optPauseStatuses')}</legend>
      {PAUSE_STATUSES.map((s) => (
        <label key={s} class="inline">
          <input type="checkbox" checked={value.includes(s)} onChange={(e) => void toggle(s, (e.target as HTMLInputElement).checked)} /> {STATUS_LABEL[s]()}
        </label>
      ))}
      <LockedNote path={path} />
      <FieldError id="pause-error" problems={problems} path={path} />
    </fieldset>
  );
}

type Week = NonNullable<Calendar['week']>;

function CalendarEditor() {
  const path = 'sla.calendar';
  const configured = settings.value.sla.calendar;
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const start = (): Calendar => configured ?? { timeZone: browserZone, week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } };
  const [custom, setCustom] = useState(configured !== null);
  const [draft, setDraft] = useState<Calendar>(start);
  const [problems, setProblems] = useState<Problem[]>([]);
  const isLocked = locked(path);
  useEffect(() => {
    setCustom(configured !== null);
    if (configured) setDraft(configured);
  }, [JSON.stringify(configured)]);
  const idBase = useId();

  const save = async (next: Calendar | null) => {
    if (next) setDraft(next);
    setProblems(await saveField('sla', 'calendar', next));
  };
  const alwaysOpen = draft.week === undefined;
  const week: Week = draft.week ?? {};
  const setDay = (day: (typeof WEEKDAY_KEYS)[number], intervals: [string, string][]) => {
    const nextWeek: Week = { ...week };
    if (intervals.length) nextWeek[day] = intervals;
    else delete nextWeek[day];
    void save({ ...draft, week: nextWeek });
  };
  const holidays = draft.holidays ?? [];

  return (
    <fieldset class="field calendar" disabled={isLocked} data-testid="calendar">
      <legend>{t('optCalendar')}</legend>
      <LockedNote path={path} />
      <label class="inline">
        <input type="radio" name="calendar-mode" checked={!custom} onChange={() => ((setCustom(false), void save(null)))} /> {t('optCalendarDefault')}
      </label>
      <label class="inline">
        <input type="radio" name="calendar-mode" checked={custom} onChange={() => ((setCustom(true), void save(draft)))} /> {t('optCalendarCustom')}
      </label>
      {custom && (
        <div class="calendar-body">
          <div class="field">
            <label for={`${idBase}-zone`}>{t('optTimeZone')}</label>
            <select id={`${idBase}-zone`} value={draft.timeZone} onChange={(e) => void save({ ...draft, timeZone: (e.target as HTMLSelectElement).value })}>
              {zones().map((z) => (
                <option key={z} value={z}>{z}</option>
              ))}
            </select>
          </div>
          <label class="inline">
            <input
              type="checkbox"
              checked={alwaysOpen}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const { week: _drop, ...rest } = draft;
                void save(on ? rest : { ...rest, week: { mon: [['09:00', '17:00']] } });
              }}
            />{' '}
            {t('optAlwaysOpen')}
          </label>
          {!alwaysOpen && (
            <table class="week">
              <caption>{t('optWeeklyHours')}</caption>
              <tbody>
                {WEEKDAY_KEYS.map((day, i) => {
                  const intervals = week[day] ?? [];
                  const name = weekdayName(i);
                  return (
                    <tr key={day}>
                      <th scope="row">{name}</th>
                      <td>
                        {intervals.length === 0 && <span class="muted">{t('optClosed')}</span>}
                        {intervals.map(([from, to], j) => (
                          <span class="interval" key={j}>
                            <input
                              class="time"
                              aria-label={t('optOpensAt', [name, String(j + 1)])}
                              value={from}
                              placeholder="09:00"
                              size={5}
                              onChange={(e) => setDay(day, intervals.map((p, k) => (k === j ? [(e.target as HTMLInputElement).value.trim(), p[1]] : p)))}
                            />
                            –
                            <input
                              class="time"
                              aria-label={t('optClosesAt', [name, String(j + 1)])}
                              value={to}
                              placeholder="17:00"
                              size={5}
                              onChange={(e) => setDay(day, intervals.map((p, k) => (k === j ? [p[0], (e.target as HTMLInputElement).value.trim()] : p)))}
                            />
                            <button type="button" class="small" aria-label={t('optRemoveHours', [name, String(j + 1)])} onClick={() => setDay(day, intervals.filter((_, k) => k !== j))}>
                              ✕
                            </button>
                          </span>
                        ))}
                        <button type="button" class="small" onClick={() => setDay(day, [...intervals, ['09:00', '17:00']])}>
                          {t('optAddHours', name)}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <div class="field">
            <p class="label" id={`${idBase}-holidays`}>{t('optHolidays')}</p>
            <ul class="plain" aria-labelledby={`${idBase}-holidays`}>
              {holidays.map((date, i) => (
                <li key={i}>
                  <input
                    type="date"
                    aria-label={t('optHoliday', String(i + 1))}
                    value={date}
                    onChange={(e) => void save({ ...draft, holidays: holidays.map((d, k) => (k === i ? (e.target as HTMLInputElement).value : d)) })}
                  />
                  <button type="button" class="small" aria-label={t('optRemoveHoliday', date)} onClick={() => void save({ ...draft, holidays: holidays.filter((_, k) => k !== i) })}>
                    ✕
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" class="small" onClick={() => void save({ ...draft, holidays: [...holidays, new Date().toISOString().slice(0, 10)] })}>
              {t('optAddHoliday')}
            </button>
          </div>
        </div>
      )}
      <FieldError id={`${idBase}-error`} problems={problems} path={path} />
    </fieldset>
  );
}

type RuleDraft = { name: string; sites: string; labels: string; customerDomains: string; subjectWords: string; first: string; next: string; warn: string };

const toDraft = (r: StoredPolicyRule): RuleDraft => ({
  name: r.name,
  sites: (r.when.sites ?? []).join(', '),
  labels: (r.when.labels ?? []).join(', '),
  customerDomains: (r.when.customerDomains ?? []).join(', '),
  subjectWords: (r.when.subjectWords ?? []).join(', '),
  first: r.firstResponseMinutes?.toString() ?? '',
  next: r.nextResponseMinutes?.toString() ?? '',
  warn: r.warnBeforeMinutes?.toString() ?? '',
});

function fromDraft(d: RuleDraft): unknown {
  const when: Record<string, string[]> = {};
  for (const key of ['sites', 'labels', 'customerDomains', 'subjectWords'] as const) {
    const list = splitList(d[key]);
    if (list.length) when[key] = list;
  }
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  return { name: d.name, when, firstResponseMinutes: num(d.first), nextResponseMinutes: num(d.next), warnBeforeMinutes: num(d.warn) };
}

function Policies() {
  const path = 'sla.policies';
  const stored = settings.value.sla.policies;
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => stored.map(toDraft));
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    if (!problems.length) setDrafts(stored.map(toDraft));
  }, [JSON.stringify(stored)]);
  const isLocked = locked(path);
  const save = async (next: RuleDraft[]) => {
    setDrafts(next);
    // Unset numbers are left out, not stored as undefined.
    const rules = next.map(fromDraft).map((r) => JSON.parse(JSON.stringify(r)));
    setProblems(await saveField('sla', 'policies', rules));
  };
  const edit = (i: number, key: keyof RuleDraft, value: string) => void save(drafts.map((d, k) => (k === i ? { ...d, [key]: value } : d)));
  const move = (i: number, by: number) => {
    const next = [...drafts];
    const [rule] = next.splice(i, 1);
    next.splice(i + by, 0, rule!);
    void save(next);
  };
  const fields: [keyof RuleDraft, string][] = [
    ['name', t('optRuleName')],
    ['sites', t('optRuleSites')],
    ['labels', t('optRuleLabels')],
    ['customerDomains', t('optRuleDomains')],
    ['subjectWords', t('optRuleWords')],
    ['first', t('optFirstResponse')],
    ['next', t('optNextResponse')],
    ['warn', t('optWarnBefore')],
  ];
  return (
    <fieldset class="field" disabled={isLocked} data-testid="policies">
      <legend>{t('optPolicies')}</legend>
      <p class="hint">{t('optPoliciesHint')}</p>
      <LockedNote path={path} />
      <ol class="rules">
        {drafts.map((d, i) => {
          const mine = problems.filter((p) => p.path.startsWith(`${path}[${i}]`));
          return (
            <li key={i} class="rule" aria-label={d.name || t('optRuleUnnamed', String(i + 1))}>
              {fields.map(([key, label]) => (
                <label key={key} class="rule-field">
                  <span>{label}</span>
                  <input value={d[key]} inputMode={['first', 'next', 'warn'].includes(key) ? 'decimal' : undefined} onInput={(e) => edit(i, key, (e.target as HTMLInputElement).value)} />
                </label>
              ))}
              <div class="rule-actions">
                <button type="button" class="small" disabled={i === 0} onClick={() => move(i, -1)}>{t('optMoveUp')}</button>
                <button type="button" class="small" disabled={i === drafts.length - 1} onClick={() => move(i, 1)}>{t('optMoveDown')}</button>
                <button type="button" class="small" onClick={() => void save(drafts.filter((_, k) => k !== i))}>{t('optRemove')}</button>
              </div>
              <FieldError id={`rule-${i}-error`} problems={mine} path={`${path}[${i}]`} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => void save([...drafts, { name: '', sites: '', labels: '', customerDomains: '', subjectWords: '', first: '', next: '', warn: '' }])}>
        {t('optAddRule')}
      </button>
      <FieldError id="policies-error" problems={problems.filter((p) => !/^sla\.policies\[/.test(p.path))} path={path} />
    </fieldset>
  );
}

export function Targets() {
  const sla = settings.value.sla;
  return (
    <Section id="targets" title={t('optTargetsTitle')} intro={t('optTargetsIntro')}>
      <NumberField path="sla.firstResponseMinutes" label={t('optFirstResponse')} value={sla.firstResponseMinutes} min={1} save={(v) => saveField('sla', 'firstResponseMinutes', v)} />
      <NumberField path="sla.nextResponseMinutes" label={t('optNextResponse')} value={sla.nextResponseMinutes} min={1} save={(v) => saveField('sla', 'nextResponseMinutes', v)} />
      <NumberField path="sla.warnBeforeMinutes" label={t('optWarnBefore')} value={sla.warnBeforeMinutes} min={0} save={(v) => saveField('sla', 'warnBeforeMinutes', v)} />
      <CheckboxField path="sla.notifyBeforeBreach" label={t('optNotify')} value={sla.notifyBeforeBreach} save={(v) => saveField('sla', 'notifyBeforeBreach', v)} />
      <PauseStatuses />
      <CalendarEditor />
      <Policies />
    </Section>
  );
}
