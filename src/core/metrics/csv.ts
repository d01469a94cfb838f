/**
 * The figures as CSV (RFC 4180: comma-separated, CRLF line ends, a field holding a comma, quote or
 * line break is quoted with its quotes doubled).
 *
 * One header row, then per bucket one row per site and one for all sites ("(all)"), then the
 * period's totals ("total") per site and for all sites. Durations are minutes with one decimal
 * (ms / 60,000), shares are percentages with one decimal; an empty field means "no data" (e.g. a
 * median of no responses). Column names are fixed English identifiers so spreadsheets and scripts
 * can rely on them in every UI language.
 *
 * Spreadsheet formula injection: a field beginning with =, +, -, @ (or tab / carriage return,
 * which some spreadsheets strip before reading a formula) is prefixed with ' so it is shown as text.
 * Site names come from the database and could be anything.
 */
import type { Figures, Metrics, ResponseFigures, Summary } from './types';

export const ALL_SITES = '(all)';
export const TOTAL_PERIOD = 'total';

const responseColumns = (t: 'first' | 'next') => [
  `${t}_count`,
  `${t}_mean_business_min`,
  `${t}_median_business_min`,
  `${t}_p90_business_min`,
  `${t}_mean_calendar_min`,
  `${t}_median_calendar_min`,
  `${t}_p90_calendar_min`,
  `${t}_met`,
  `${t}_attainment_pct`,
];

export const CSV_COLUMNS = [
  'period_start',
  'site',
  ...responseColumns('first'),
  ...responseColumns('next'),
  'fcr_resolved',
  'fcr_decided',
  'fcr_pending',
  'fcr_rate_pct',
  'open_waits',
] as const;

export function toCsv(metrics: Metrics): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const bucket of metrics.buckets) {
    for (const site of metrics.sites) rows.push(row(bucket.label, site, bucket.bySite[site]!));
    rows.push(row(bucket.label, ALL_SITES, bucket.all));
  }
  for (const site of metrics.sites) rows.push(row(TOTAL_PERIOD, site, metrics.totals.bySite[site]!));
  rows.push(row(TOTAL_PERIOD, ALL_SITES, metrics.totals.all));
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function row(period: string, site: string, f: Figures): string[] {
  return [
    period,
    site,
    ...responseFields(f.first),
    ...responseFields(f.next),
    String(f.fcr.resolved),
    String(f.fcr.decided),
    String(f.fcr.pending),
    percent(f.fcr.rate),
    String(f.openWaits),
  ];
}

function responseFields(r: ResponseFigures): string[] {
  const s = (summary: Summary | null, k: keyof Summary) => (summary ? minutes(summary[k]) : '');
  return [
    String(r.count),
    s(r.business, 'meanMs'),
    s(r.business, 'medianMs'),
    s(r.business, 'p90Ms'),
    s(r.calendar, 'meanMs'),
    s(r.calendar, 'medianMs'),
    s(r.calendar, 'p90Ms'),
    String(r.met),
    percent(r.attainment),
  ];
}

/** Minutes with one decimal, "." as the decimal mark whatever the UI language. */
export const minutes = (ms: number): string => (ms / 60_000).toFixed(1);
const percent = (share: number | null): string => (share === null ? '' : (share * 100).toFixed(1));

/** One field: neutralised if a spreadsheet would read it as a formula, quoted if it must be. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
