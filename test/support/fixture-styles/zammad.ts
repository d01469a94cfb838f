/**
 * How Zammad renders times (lib/app_post/pretty_date.coffee, i18n timestamp formats; seen 2026-11):
 * the title of a <time> is the locale's date and time ("11/23/2026 9:03 am", "23.11.2026 09:03"),
 * the text is relative with up to two units ("2 hours 5 minutes ago", "vor 47 Minuten") and a
 * plain date after seven days.
 */
import { registerTimeStyle, type TimeStyleContext } from '../fixture-template';

const WORDS: Record<string, { ago: (s: string) => string; units: [string, string][]; now: string }> = {
  en: { ago: (s) => `${s} ago`, units: [['day', 'days'], ['hour', 'hours'], ['minute', 'minutes']], now: 'just now' },
  de: { ago: (s) => `vor ${s}`, units: [['Tag', 'Tagen'], ['Stunde', 'Stunden'], ['Minute', 'Minuten']], now: 'gerade eben' },
};

function date(at: Date, { locale, timeZone }: TimeStyleContext): string {
  return new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function title(at: Date, ctx: TimeStyleContext): string {
  const h12 = new Intl.DateTimeFormat(ctx.locale, { hour: 'numeric' }).resolvedOptions().hour12;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ctx.timeZone,
    hour: h12 ? 'numeric' : '2-digit',
    minute: '2-digit',
    hour12: !!h12,
    hourCycle: h12 ? 'h12' : 'h23',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}${h12 ? ` ${get('dayPeriod').toLowerCase()}` : ''}`;
  return `${date(at, ctx)} ${time}`;
}

function ago(at: Date, ctx: TimeStyleContext): string {
  const w = WORDS[ctx.locale.slice(0, 2)] ?? WORDS.en!;
  let s = Math.floor((ctx.now.getTime() - at.getTime()) / 1000);
  if (s < 60) return w.now;
  if (s > 7 * 86_400) return date(at, ctx);
  const out: string[] = [];
  for (const [i, size] of [86_400, 3_600, 60].entries()) {
    if (s < size && !(i === 2)) continue;
    const n = Math.floor(s / size);
    s -= n * size;
    out.push(`${n} ${w.units[i]![n === 1 ? 0 : 1]}`);
    // Zammad stops after two units, or after one when it is large or the rest is under the next unit.
    if (out.length === 2 || n >= 9 || (i === 0 && s < 3_600) || (i === 1 && s < 60) || i === 2) break;
  }
  return w.ago(out.join(' '));
}

registerTimeStyle('zammad-title', title);
registerTimeStyle('zammad-ago', ago);
