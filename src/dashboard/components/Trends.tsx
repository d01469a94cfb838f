import { useMemo } from 'preact/hooks';
import type { BucketUnit, Figures } from '../../core/metrics';
import { formatNumber, t } from '../../panel/i18n';
import { bucketName, duration, minutesAxis, percent } from '../format';
import type { Goal } from '../model';
import { Chart, type ChartSeries } from './Chart';

interface Props {
  buckets: { label: string; figures: Figures }[];
  unit: BucketUnit;
  goals: Goal[];
}

const toMinutes = (ms: number | null | undefined): number | null => (ms === null || ms === undefined ? null : ms / 60_000);

function range(values: (number | null)[]): { min: number; max: number } | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? { min: Math.min(...present), max: Math.max(...present) } : null;
}

function ResponseChart({ kind, buckets, xLabels, goal }: { kind: 'first' | 'next'; buckets: Props['buckets']; xLabels: string[]; goal: Goal | undefined }) {
  const chart = useMemo(() => {
    const mean = buckets.map((b) => toMinutes(b.figures[kind].business?.meanMs));
    const p90 = buckets.map((b) => toMinutes(b.figures[kind].business?.p90Ms));
    const target = goal && goal.progress.baseline !== null ? goal.progress.target : null;
    const series: ChartSeries[] = [
      { label: t('dashMean'), values: mean, color: 'mean' },
      { label: t('dashP90'), values: p90, color: 'p90' },
    ];
    if (target !== null) series.push({ label: t('dashSeriesGoal'), values: buckets.map(() => target / 60_000), color: 'goal', dashed: true });
    const means = range(mean);
    let summary = means
      ? t('dashChartSummary', [duration(means.min * 60_000), duration(means.max * 60_000), formatNumber(mean.filter((v) => v !== null).length)])
      : t('dashChartNoData');
    if (target !== null) summary += ' ' + t('dashChartGoal', duration(target));
    const top = Math.max(range(p90)?.max ?? 0, target !== null ? target / 60_000 : 0);
    return { series, summary, axis: minutesAxis(top) };
  }, [buckets, kind, goal]);
  return (
    <div class="chart-block">
      <Chart
        id={`${kind}-chart`}
        title={kind === 'first' ? t('dashChartFirstTitle') : t('dashChartNextTitle')}
        summary={chart.summary}
        xLabels={xLabels}
        series={chart.series}
        yFormat={chart.axis.format}
        yIncrs={chart.axis.incrs}
      />
      {goal && goal.progress.baseline === null && (
        <p class="chart-note" data-testid={`${kind}-chart-no-goal`}>
          {t('dashGoalNoBaseline')}
        </p>
      )}
    </div>
  );
}

const ATTAINMENT_RANGE: [number, number] = [0, 100];
const ATTAINMENT_INCRS = [10, 20, 25, 50];
const percentAxis = (v: number) => percent(v / 100);

export function Trends({ buckets, unit, goals }: Props) {
  const xLabels = useMemo(() => buckets.map((b) => bucketName(b.label, unit, true)), [buckets, unit]);
  const attainment = useMemo(() => {
    const share = (kind: 'first' | 'next') => buckets.map((b) => (b.figures[kind].attainment === null ? null : b.figures[kind].attainment! * 100));
    const first = share('first');
    const next = share('next');
    const series: ChartSeries[] = [
      { label: t('dashFirstResponse'), values: first, color: 'first' },
      { label: t('dashNextResponses'), values: next, color: 'next' },
    ];
    const r = range(first);
    const summary = r
      ? t('dashChartAttainmentSummary', [percent(r.min / 100), percent(r.max / 100), formatNumber(first.filter((v) => v !== null).length)])
      : t('dashChartNoData');
    return { series, summary };
  }, [buckets]);
  return (
    <section aria-labelledby="trends-h">
      <h2 id="trends-h">{t('dashTrendsHeading')}</h2>
      <div class="charts">
        <ResponseChart kind="first" buckets={buckets} xLabels={xLabels} goal={goals.find((g) => g.kind === 'first')} />
        <ResponseChart kind="next" buckets={buckets} xLabels={xLabels} goal={goals.find((g) => g.kind === 'next')} />
        <div class="chart-block">
          <Chart
            id="attainment-chart"
            title={t('dashChartAttainmentTitle')}
            summary={attainment.summary}
            xLabels={xLabels}
            series={attainment.series}
            yFormat={percentAxis}
            yIncrs={ATTAINMENT_INCRS}
            yRange={ATTAINMENT_RANGE}
          />
        </div>
      </div>
    </section>
  );
}
