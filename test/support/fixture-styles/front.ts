/**
 * How Front renders message times (2026-11): a short date beside the sender ("09:13" today,
 * "20 Nov" before, in the page's locale) and the full date in its tooltip
 * ("Monday, 23 November 2026 at 09:13").
 */
import { registerTimeStyle } from '../fixture-template';

const day = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);

registerTimeStyle('front-title', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(at),
);

registerTimeStyle('front-short', (at, { now, locale, timeZone }) =>
  day(at, timeZone) === day(now, timeZone)
    ? new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(at)
    : new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(at),
);
