import { registerTimeStyle } from '../fixture-template';

/**
 * Outlook on the web (2026-11): each message header has a [data-testid="SentReceivedSavedTime"]
 * whose title holds the full date ("Mon 11/23/2026 1:25 PM", "Mon 23/11/2026 13:25") and whose
 * text is short: the time today ("1:25 PM"), else weekday and date ("Fri 11/20").
 */
function parts(at: Date, locale: string, timeZone: string) {
  const f = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(at);
  return {
    weekday: f({ weekday: 'short' }),
    date: f({ year: 'numeric', month: 'numeric', day: 'numeric' }),
    shortDate: f({ month: 'numeric', day: 'numeric' }),
    time: f({ hour: 'numeric', minute: '2-digit' }),
    day: f({ year: 'numeric', month: '2-digit', day: '2-digit' }),
  };
}

registerTimeStyle('outlook-title', (at, { locale, timeZone }) => {
  const p = parts(at, locale, timeZone);
  return `${p.weekday} ${p.date} ${p.time}`;
});

registerTimeStyle('outlook-short', (at, { now, locale, timeZone }) => {
  const p = parts(at, locale, timeZone);
  return p.day === parts(now, locale, timeZone).day ? p.time : `${p.weekday} ${p.shortDate}`;
});
