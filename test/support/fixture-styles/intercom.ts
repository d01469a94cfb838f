/**
 * How Intercom's inbox renders part times (2026-11): a compact age beside each part ("47m", "2h",
 * "3d", "2w"; "now" under a minute) and, where a tooltip is rendered, the full date in the page's
 * locale ("Nov 23, 2026, 9:13 AM").
 */
import { registerTimeStyle } from '../fixture-template';

registerTimeStyle('intercom-title', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at),
);

registerTimeStyle('intercom-short', (at, { now }) => {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h`;
  if (minutes < 7 * 24 * 60) return `${Math.floor(minutes / (24 * 60))}d`;
  return `${Math.floor(minutes / (7 * 24 * 60))}w`;
});
