/**
 * How Zoho Desk renders times (2026-11): each thread header shows a relative time ("47 minutes
 * ago") with the full date in its tooltip. The tooltip uses Desk's own pattern "dd MMM yyyy hh:mm a"
 * ("23 Nov 2026 09:13 AM"), the same shape Zoho documents for displayTime in its extension events
 * (zoho.com/desk/extensions/guide/events.html: "09 Jun 2021 06:34 PM").
 */
import { registerTimeStyle, type TimeStyleContext } from '../fixture-template';

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

registerTimeStyle('zohodesk-title', (at, { locale, timeZone }) => {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h12',
  }).formatToParts(at);
  const p = (t: Intl.DateTimeFormatPartTypes) => part(parts, t);
  return `${p('day')} ${p('month')} ${p('year')} ${p('hour')}:${p('minute')} ${p('dayPeriod').toUpperCase()}`;
});

/** "47 minutes ago" / "2 hours ago" / "3 days ago" in the page's language, whole units rounded down. */
export function zohodeskAgo(at: Date, { now, locale }: TimeStyleContext): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 24 * 60) return rtf.format(-Math.floor(minutes / 60), 'hour');
  return rtf.format(-Math.floor(minutes / (24 * 60)), 'day');
}

registerTimeStyle('zohodesk-ago', zohodeskAgo);
