/**
 * How FreeScout renders times (app/User.php, seen 2026-11): the title of a thread date is PHP's
 * date('M j, Y H:i') in the agent's time zone ('h:ia' for 12-hour agents), so English month names
 * whatever the UI language; the text is Carbon's diffForHumans with "minutes" cut to "min"
 * ("47 min ago", "2 hours ago", "vor 2 Stunden"), "Just now" within a minute, 'M j' after 7 days.
 */
import { registerTimeStyle, type TimeStyleContext } from '../fixture-template';

function php(at: Date, { timeZone }: TimeStyleContext, hour12: boolean, withYear = true, withTime = true): string {
  const p = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: hour12 ? 'h12' : 'h23',
  }).formatToParts(at);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  const date = `${get('month')} ${get('day')}${withYear ? `, ${get('year')}` : ''}`;
  return withTime ? `${date} ${get('hour')}:${get('minute')}${hour12 ? get('dayPeriod').toLowerCase() : ''}` : date;
}

const UNITS: Array<[number, string, string, string, string]> = [
  // seconds, en one, en other, de one (dative), de other (dative)
  [7 * 86_400, 'week', 'weeks', 'Woche', 'Wochen'],
  [86_400, 'day', 'days', 'Tag', 'Tagen'],
  [3_600, 'hour', 'hours', 'Stunde', 'Stunden'],
  [60, 'min', 'min', 'Minute', 'Minuten'],
];

function ago(at: Date, ctx: TimeStyleContext): string {
  const s = Math.floor((ctx.now.getTime() - at.getTime()) / 1000);
  const de = ctx.locale.startsWith('de');
  if (s <= 60) return de ? 'Gerade eben' : 'Just now';
  if (s > 7 * 86_400 + 86_399) return php(at, ctx, false, false, false);
  const [size, one, other, deOne, deOther] = UNITS.find(([size]) => s >= size)!;
  const n = Math.floor(s / size);
  return de ? `vor ${n} ${n === 1 ? deOne : deOther}` : `${n} ${n === 1 ? one : other} ago`;
}

registerTimeStyle('freescout-title', (at, ctx) => php(at, ctx, false));
registerTimeStyle('freescout-title-12h', (at, ctx) => php(at, ctx, true));
registerTimeStyle('freescout-ago', ago);
