/** Numbers, durations, shares and bucket names in the UI language (Intl), for the dashboard. */
import { formatDuration } from '../core/clock/waiting';
import type { BucketUnit } from '../core/metrics';
import { SITE_LABELS } from '../core/snapshot';
import { durationWords, t, uiLanguage } from '../panel/i18n';

export const NO_VALUE = '—';

/** "2 h 05 min", or — when there is no figure. */
export const duration = (ms: number | null | undefined): string => (ms === null || ms === undefined ? NO_VALUE : formatDuration(ms, durationWords));

let percentFormat: Intl.NumberFormat | undefined;
/** A share 0–1 as "66.7%" in the UI language, or — . */
export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? NO_VALUE : (percentFormat ??= new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 1 })).format(share);

/** A chart axis for minutes: labelled as minutes below two hours, else as hours, at round steps. */
export function minutesAxis(maxMinutes: number): { format: (minutes: number) => string; incrs: number[] } {
  const lang = uiLanguage();
  if (maxMinutes < 120) {
    const f = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 });
    return { format: (m) => f.format(m), incrs: [1, 2, 5, 10, 15, 20, 30, 60] };
  }
  const f = new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
  return { format: (m) => f.format(m / 60), incrs: [30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 7200, 14400] };
}

/** A bucket's name from its first local date (YYYY-MM-DD): "23 Nov", "Week of 17 Nov", "November 2026". */
export function bucketName(label: string, unit: BucketUnit, short = false): string {
  const [y, m, d] = label.split('-').map(Number) as [number, number, number];
  // Noon UTC of that date, formatted in UTC: the same date everywhere.
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  const lang = uiLanguage();
  if (unit === 'month') return new Intl.DateTimeFormat(lang, { month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  const dayMonth = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  return unit === 'week' && !short ? t('dashWeekOf', dayMonth) : dayMonth;
}

/** Date and time in the UI language, in the agent's zone. */
export const dateTime = (at: number): string => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
export const dateOnly = (at: number): string => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(at);

export const siteName = (site: string): string =>
  site === 'generic' ? t('dashSiteGeneric') : (SITE_LABELS as Record<string, string>)[site] ?? site;
