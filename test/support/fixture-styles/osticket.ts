/**
 * How osTicket's staff panel renders thread times (thread-entry.tmpl.php, class.format.php; seen
 * 2026-11): <time datetime> holds date(DateTime::W3C) with the zone's offset, the title the full
 * "day date time", the text Format::datetime (the locale's short date and time) or, for agents who
 * chose relative times, Format::relativeTime ("47 minutes ago", "about an hour ago", "3 days ago").
 */
import { registerTimeStyle, type TimeStyleContext } from '../fixture-template';

function w3c(at: Date, { timeZone }: TimeStyleContext): string {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(at);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

function relative(at: Date, ctx: TimeStyleContext): string {
  const s = Math.floor((ctx.now.getTime() - at.getTime()) / 1000);
  if (s <= 2) return 'just now';
  if (s < 60) return `${s} seconds ago`;
  if (s < 120) return 'about a minute ago';
  if (s < 3600) return `${Math.floor(s / 60)} minutes ago`;
  if (s < 7200) return 'about an hour ago';
  if (s < 86_400) return `${Math.floor(s / 3600)} hours ago`;
  return `${Math.round(s / 86_400)} days ago`;
}

registerTimeStyle('osticket-w3c', w3c);
registerTimeStyle('osticket-datetime', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(at),
);
registerTimeStyle('osticket-daydatetime', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at),
);
registerTimeStyle('osticket-relative', relative);
