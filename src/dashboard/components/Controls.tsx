import type { BucketUnit } from '../../core/metrics';
import { formatNumber, t } from '../../panel/i18n';
import { siteName } from '../format';
import { ALL, bucket, periodDays, site } from '../model';
import { PERIOD_DAYS, type PeriodDays } from '../period';

const BUCKETS: BucketUnit[] = ['day', 'week', 'month'];
const bucketLabel = (b: BucketUnit) => (b === 'day' ? t('dashBucketDay') : b === 'week' ? t('dashBucketWeek') : t('dashBucketMonth'));

export function Controls({ sites, onPeriod }: { sites: string[]; onPeriod: () => void }) {
  return (
    <form class="controls" aria-label={t('dashControls')} onSubmit={(e) => e.preventDefault()}>
      <div class="control">
        <label for="control-period">{t('dashPeriodLabel')}</label>
        <select
          id="control-period"
          data-testid="period"
          value={String(periodDays.value)}
          onChange={(e) => {
            periodDays.value = Number((e.currentTarget as HTMLSelectElement).value) as PeriodDays;
            onPeriod();
          }}
        >
          {PERIOD_DAYS.map((d) => (
            <option key={d} value={String(d)}>
              {t('dashLastDays', formatNumber(d))}
            </option>
          ))}
        </select>
      </div>
      <div class="control">
        <label for="control-bucket">{t('dashBucketLabel')}</label>
        <select id="control-bucket" data-testid="bucket" value={bucket.value} onChange={(e) => (bucket.value = (e.currentTarget as HTMLSelectElement).value as BucketUnit)}>
          {BUCKETS.map((b) => (
            <option key={b} value={b}>
              {bucketLabel(b)}
            </option>
          ))}
        </select>
      </div>
      <div class="control">
        <label for="control-site">{t('dashSiteLabel')}</label>
        <select id="control-site" data-testid="site" value={site.value} onChange={(e) => (site.value = (e.currentTarget as HTMLSelectElement).value)}>
          <option value={ALL}>{t('dashAllSites')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {siteName(s)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
