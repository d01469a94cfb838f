/**
 * Time styles of the made-up "Acme Helpdesk" that the generic adapter's saved pages stand for
 * (2026-11): a medium date and short time ("23 Nov 2026, 9:03 am") in titles and beside older
 * entries, and a relative phrase in the page's language ("2 hours ago", "2 घंटे पहले") beside recent ones.
 */
import { registerTimeStyle } from '../fixture-template';

registerTimeStyle('generic-short', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at),
);

registerTimeStyle('generic-ago', (at, { now, locale }) => {
  const minutes = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 24 * 60) return rtf.format(-Math.floor(minutes / 60), 'hour');
  return rtf.format(-Math.floor(minutes / (24 * 60)), 'day');
});

/** Epoch seconds, as the helpdesk's own script reads them from data-timestamp. */
registerTimeStyle('generic-epoch', (at) => String(Math.floor(at.getTime() / 1000)));
