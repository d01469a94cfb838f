/**
 * A line chart drawn with uPlot (canvas). The canvas is one image to assistive technology, named
 * by a short summary (aria-label); the figures table below is its accessible alternative. The
 * legend is plain HTML (uPlot's own legend is mouse-driven).
 */
import uPlot from 'uplot';
import { useEffect, useRef } from 'preact/hooks';

export interface ChartSeries {
  label: string;
  /** One value per x label; null leaves a gap. */
  values: (number | null)[];
  /** Colour name: CSS custom property --series-<color> and legend class swatch-<color>. */
  color: 'mean' | 'p90' | 'goal' | 'first' | 'next';
  dashed?: boolean;
}

interface Props {
  id: string;
  title: string;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  /** Names of the x positions (buckets). */
  xLabels: string[];
  series: ChartSeries[];
  /** Formats a y value for the axis. */
  yFormat: (v: number) => string;
  /** Steps the y axis may use between grid lines (in y units). */
  yIncrs: number[];
  /** Fixed y range, e.g. [0, 100] for shares; otherwise 0 to the largest value. */
  yRange?: [number, number];
}

const HEIGHT = 240;

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#444';
}

export function Chart({ id, title, summary, xLabels, series, yFormat, yIncrs, yRange }: Props) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current!;
    const n = xLabels.length;
    const fg = cssVar('--muted');
    const grid = cssVar('--grid');
    let max = 0;
    for (const s of series) for (const v of s.values) if (v !== null && v > max) max = v;
    const axisFont = '12px system-ui, "Noto Sans", "Noto Sans Bengali", "Noto Sans Devanagari", sans-serif';
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: () => [-0.5, Math.max(0.5, n - 0.5)] },
        y: { range: () => yRange ?? [0, max > 0 ? max * 1.15 : 1] },
      },
      axes: [
        {
          stroke: fg,
          font: axisFont,
          grid: { show: false },
          ticks: { stroke: grid },
          // Whole positions only, thinned so labels do not collide.
          splits: (u) => {
            const room = Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 64));
            const step = Math.max(1, Math.ceil(n / room));
            const out: number[] = [];
            for (let i = 0; i < n; i += step) out.push(i);
            return out;
          },
          values: (_u, splits) => splits.map((i) => xLabels[i] ?? ''),
        },
        {
          stroke: fg,
          font: axisFont,
          size: 72,
          incrs: yIncrs,
          grid: { stroke: grid, width: 1 },
          ticks: { stroke: grid },
          values: (_u, splits) => splits.map((v) => yFormat(v)),
        },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: cssVar(`--series-${s.color}`),
          width: 2,
          ...(s.dashed ? { dash: [6, 4] } : {}),
          points: { show: !s.dashed, size: 6 },
          spanGaps: false,
        })),
      ],
    };
    const data: uPlot.AlignedData = [xLabels.map((_, i) => i), ...series.map((s) => s.values)];
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => {
      const width = Math.max(280, el.clientWidth);
      if (width !== plot.width) plot.setSize({ width, height: HEIGHT });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [xLabels, series, yFormat, yIncrs, yRange]);

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart-title">
        {title}
      </figcaption>
      <div class="chart-canvas" ref={host} role="img" aria-label={summary} data-testid={`chart-${id}`} />
      <ul class="legend">
        {series.map((s) => (
          <li key={s.label}>
            <span class={`swatch swatch-${s.color}${s.dashed ? ' dashed' : ''}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
