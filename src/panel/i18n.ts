import type { DurationWords } from '../core/clock/waiting';
import { t, uiLanguage } from '../i18n';

// The shared module loads the language chosen in the options page; the panel and the dashboard
// import these names from here.
export { t, uiLanguage };

let numberFormat: Intl.NumberFormat | undefined;
export const formatNumber = (n: number): string => (numberFormat ??= new Intl.NumberFormat(uiLanguage())).format(n);

export const durationWords: DurationWords = {
  minutes: (m) => t('durationMinutes', [m]),
  hoursMinutes: (h, m) => t('durationHoursMinutes', [h, m]),
  daysHours: (d, h) => t('durationDaysHours', [d, h]),
  number: formatNumber,
};

/** Clock time in the agent's own zone and language, with the date when it is not today. */
export function formatClock(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(uiLanguage(), sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
