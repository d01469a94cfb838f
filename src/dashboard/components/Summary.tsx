import type { Figures, Summary as Stats } from '../../core/metrics';
import { formatNumber, t } from '../../panel/i18n';
import { duration, percent } from '../format';
import { policy } from '../model';

function StatCard({ id, title, stats, count }: { id: string; title: string; stats: Stats | null; count: number }) {
  const row = (name: string, key: keyof Stats, label: string) => (
    <div class="stat">
      <dt>{label}</dt>
      <dd data-testid={`${id}-${name}`} data-ms={stats ? String(stats[key]) : ''}>
        {duration(stats?.[key])}
      </dd>
    </div>
  );
  return (
    <section class="card" aria-labelledby={`${id}-h`} data-testid={id}>
      <h3 id={`${id}-h`}>{title}</h3>
      <dl class="stats">
        {row('mean', 'meanMs', t('dashMean'))}
        {row('median', 'medianMs', t('dashMedian'))}
        {row('p90', 'p90Ms', t('dashP90'))}
      </dl>
      <p class="card-note" data-testid={`${id}-count`}>
        {t('dashResponsesCount', formatNumber(count))}
      </p>
    </section>
  );
}

export function SummaryCards({ total }: { total: Figures }) {
  const { first, next, fcr } = total;
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h">{t('dashSummaryHeading')}</h2>
      <div class="cards">
        <StatCard id="first-business" title={t('dashFirstBusiness')} stats={first.business} count={first.count} />
        <StatCard id="first-calendar" title={t('dashFirstCalendar')} stats={first.calendar} count={first.count} />
        <StatCard id="next-business" title={t('dashNextBusiness')} stats={next.business} count={next.count} />
        <section class="card" aria-labelledby="attainment-h" data-testid="attainment">
          <h3 id="attainment-h">{t('dashAttainment')}</h3>
          <dl class="stats">
            <div class="stat">
              <dt>{t('dashAttainmentFirst', duration(policy.value.firstResponseMs))}</dt>
              <dd data-testid="attainment-first" data-share={String(first.attainment ?? '')}>
                {percent(first.attainment)}
              </dd>
            </div>
            <div class="stat">
              <dt>{t('dashAttainmentNext', duration(policy.value.nextResponseMs))}</dt>
              <dd data-testid="attainment-next" data-share={String(next.attainment ?? '')}>
                {percent(next.attainment)}
              </dd>
            </div>
          </dl>
          <p class="card-note">{t('dashAttainmentNote')}</p>
        </section>
        <section class="card" aria-labelledby="fcr-h" data-testid="fcr">
          <h3 id="fcr-h">{t('dashFcr')}</h3>
          <p class="big" data-testid="fcr-rate" data-share={String(fcr.rate ?? '')}>
            {percent(fcr.rate)}
          </p>
          <p class="card-note">{t('dashFcrDetail', [formatNumber(fcr.resolved), formatNumber(fcr.decided)])}</p>
          {fcr.pending > 0 && <p class="card-note">{t('dashFcrPending', formatNumber(fcr.pending))}</p>}
        </section>
      </div>
    </section>
  );
}
