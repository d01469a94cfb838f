import browser from 'webextension-polyfill';
import type { DurationWords } from '../core/clock/waiting';

/** Every UI string comes from public/_locales/<lang>/messages.json. */
export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  if (!text) console.warn('[support-panel] missing message', key);
  return text || key;
}

export const uiLanguage = (): string => browser.i18n.getUILanguage() || 'en';

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
