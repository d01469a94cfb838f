import { registerTimeStyle } from '../fixture-template';

/**
 * Help Scout (2026-11): each thread's time shows how long ago it was written ("47 minutes ago",
 * "2 hours ago", whole units rounded down) with the full date in its title, in the agent's locale
 * ("Monday, November 23, 2026 at 1:25 PM").
 */
registerTimeStyle('helpscout-title', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(at),
);

registerTimeStyle('helpscout-ago', (at, { now, locale }) => {
  const minutes = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 24 * 60) return rtf.format(-Math.floor(minutes / 60), 'hour');
  return rtf.format(-Math.floor(minutes / (24 * 60)), 'day');
});
