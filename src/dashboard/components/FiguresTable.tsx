import type { BucketUnit, Figures, Summary } from '../../core/metrics';
import { formatNumber, t } from '../../panel/i18n';
import { bucketName, duration, percent } from '../format';

interface Props {
  buckets: { label: string; figures: Figures }[];
  total: Figures;
  unit: BucketUnit;
  caption: string;
  onDownload: () => void;
}

const ms = (s: Summary | null, k: keyof Summary) => ({ text: duration(s?.[k]), ms: s ? String(s[k]) : '' });

/** The cells of one row after the period: each with text and, for tests and tools, its raw value. */
function cells(f: Figures): { text: string; raw: string; col: string }[] {
  const d = (col: string, s: Summary | null, k: keyof Summary) => {
    const v = ms(s, k);
    return { text: v.text, raw: v.ms, col };
  };
  const n = (col: string, v: number) => ({ text: formatNumber(v), raw: String(v), col });
  const p = (col: string, v: number | null) => ({ text: percent(v), raw: v === null ? '' : String(v), col });
  return [
    n('first-count', f.first.count),
    d('first-mean', f.first.business, 'meanMs'),
    d('first-median', f.first.business, 'medianMs'),
    d('first-p90', f.first.business, 'p90Ms'),
    d('first-mean-calendar', f.first.calendar, 'meanMs'),
    p('first-met', f.first.attainment),
    n('next-count', f.next.count),
    d('next-mean', f.next.business, 'meanMs'),
    d('next-p90', f.next.business, 'p90Ms'),
    p('next-met', f.next.attainment),
    p('fcr', f.fcr.rate),
    n('open', f.openWaits),
  ];
}

export function FiguresTable({ buckets, total, unit, caption, onDownload }: Props) {
  const headers = [
    t('dashColFirstCount'),
    t('dashColFirstMean'),
    t('dashColFirstMedian'),
    t('dashColFirstP90'),
    t('dashColFirstMeanCalendar'),
    t('dashColFirstMet'),
    t('dashColNextCount'),
    t('dashColNextMean'),
    t('dashColNextP90'),
    t('dashColNextMet'),
    t('dashFcr'),
    t('dashColOpen'),
  ];
  const row = (name: string, f: Figures, key: string, testid: string) => (
    <tr key={key} data-testid={testid}>
      <th scope="row">{name}</th>
      {cells(f).map((c) => (
        <td key={c.col} data-col={c.col} data-raw={c.raw}>
          {c.text}
        </td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="table-h">
      <div class="section-head">
        <h2 id="table-h">{t('dashTableHeading')}</h2>
        <button type="button" class="button" onClick={onDownload} data-testid="download-csv">
          {t('dashDownloadCsv')}
        </button>
      </div>
      <p class="muted">{t('dashCsvNote')}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="figures-caption">
        <table class="figures" data-testid="figures">
          <caption id="figures-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashPeriodLabel')}</th>
              {headers.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{buckets.map((b) => row(bucketName(b.label, unit), b.figures, b.label, `row-${b.label}`))}</tbody>
          <tfoot>{row(t('dashTotal'), total, 'total', 'row-total')}</tfoot>
        </table>
      </div>
    </section>
  );
}
