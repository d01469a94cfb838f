import browser from 'webextension-polyfill';
import { formatNumber, t } from '../panel/i18n';
import type { SupportDatabase } from '../db/database';
import { Controls } from './components/Controls';
import { FiguresTable } from './components/FiguresTable';
import { Goals } from './components/Goals';
import { SummaryCards } from './components/Summary';
import { Trends } from './components/Trends';
import { downloadCsv } from './download';
import { dateOnly, dateTime, siteName } from './format';
import { ALL, bucket, goals, loaded, metrics, periodDays, reload, selected, site, timeZone } from './model';

function Empty() {
  return (
    <section class="empty" aria-labelledby="empty-h" data-testid="empty">
      <h2 id="empty-h">{t('dashEmptyTitle')}</h2>
      <p>{t('dashEmptyText')}</p>
    </section>
  );
}

export function App({ db }: { db: SupportDatabase }) {
  const l = loaded.value;
  const m = metrics.value;
  const sel = selected.value;
  const g = goals.value;
  const responses = m ? m.totals.all.first.count + m.totals.all.next.count : 0;
  const state = l.kind === 'ready' ? (responses === 0 ? 'empty' : 'ready') : l.kind;
  const siteLabel = site.value === ALL ? t('dashAllSites') : siteName(site.value);
  return (
    <main
      class="dashboard"
      data-state={state}
      data-time-zone={timeZone}
      {...(l.kind === 'ready'
        ? {
            'data-from': String(l.period.from),
            'data-to': String(l.period.to),
            'data-now': String(l.now),
            'data-last-year-from': String(l.lastYear.from),
            'data-last-year-to': String(l.lastYear.to),
          }
        : {})}
      data-bucket={bucket.value}
    >
      <header class="page-head">
        <h1>{t('dashTitle')}</h1>
        <p class="muted">{t('dashIntro', timeZone)}</p>
        <button type="button" class="link-button" data-testid="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('optionsLink')}
        </button>
      </header>
      <Controls sites={m?.sites ?? []} onPeriod={() => void reload(db)} />
      {l.kind === 'loading' && (
        <p role="status" class="muted">
          {t('dashLoading')}
        </p>
      )}
      {l.kind === 'error' && (
        <p role="alert" class="error" data-testid="error">
          {t('dashError', l.message)}
        </p>
      )}
      {l.kind === 'ready' && (
        <p class="muted" role="status" data-testid="as-of">
          {t('dashAsOf', [dateOnly(l.period.from), dateTime(l.now)])}
        </p>
      )}
      {state === 'empty' && <Empty />}
      {state === 'ready' && m && sel && g && l.kind === 'ready' && (
        <>
          <SummaryCards total={sel.total} />
          <Goals goals={g} />
          <Trends buckets={sel.buckets} unit={m.bucket} goals={g} />
          <FiguresTable
            buckets={sel.buckets}
            total={sel.total}
            unit={m.bucket}
            caption={t('dashTableCaption', [siteLabel, t('dashLastDays', formatNumber(periodDays.value))])}
            onDownload={() => downloadCsv(m, l.now)}
          />
        </>
      )}
    </main>
  );
}
