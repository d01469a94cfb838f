import { registerTimeStyle } from '../fixture-template';

/**
 * Freshdesk (2026-11): each conversation's header shows a live relative time ("47 minutes ago",
 * livestamp.js on <abbr data-livestamp="<epoch seconds>">) with the full date in its title, in
 * Freshdesk's own pattern "Mon, 23 Nov, 2026 at 1:25 PM" (helpkit formated_date).
 */
registerTimeStyle('freshdesk-epoch', (at) => String(Math.floor(at.getTime() / 1000)));

registerTimeStyle('freshdesk-title', (at, { locale, timeZone }) => {
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(at);
  const time = part({ hour: 'numeric', minute: '2-digit', hour12: true });
  return `${part({ weekday: 'short' })}, ${part({ day: 'numeric' })} ${part({ month: 'short' })}, ${part({ year: 'numeric' })} at ${time}`;
});

/** livestamp.js (moment's fromNow) rounds: "an hour ago", "2 hours ago", "3 days ago"; minutes below 45. */
registerTimeStyle('freshdesk-ago', (at, { now, locale }) => {
  const minutes = Math.max(0, Math.round((now.getTime() - at.getTime()) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (minutes < 45) return rtf.format(-minutes, 'minute');
  if (minutes < 21 * 60) return rtf.format(-Math.round(minutes / 60), 'hour');
  return rtf.format(-Math.round(minutes / (24 * 60)), 'day');
});
