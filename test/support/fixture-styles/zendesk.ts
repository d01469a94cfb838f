import { registerTimeStyle, type TimeStyleContext } from '../fixture-template';

/**
 * Zendesk Agent Workspace (2026-11): each comment's <time data-test-id="timestamp-relative"> holds
 * the instant in datetime and shows "47 minutes ago", "Today at 9:13 AM", "Yesterday at 4:02 PM",
 * or "Nov 20, 9:40 AM" for older days, in the agent's locale.
 */
const DAY = 86_400_000;

function dayKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function clock(at: Date, { locale, timeZone }: TimeStyleContext): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(at);
}

registerTimeStyle('zendesk-relative', (at, ctx) => {
  const minutes = Math.floor((ctx.now.getTime() - at.getTime()) / 60_000);
  if (minutes >= 0 && minutes < 60) {
    return new Intl.RelativeTimeFormat(ctx.locale, { numeric: 'always' }).format(-minutes, 'minute');
  }
  const day = new Intl.RelativeTimeFormat(ctx.locale, { numeric: 'auto' });
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase(ctx.locale) + s.slice(1);
  if (dayKey(at, ctx.timeZone) === dayKey(ctx.now, ctx.timeZone)) return `${capital(day.format(0, 'day'))} at ${clock(at, ctx)}`;
  if (dayKey(at, ctx.timeZone) === dayKey(new Date(ctx.now.getTime() - DAY), ctx.timeZone)) {
    return `${capital(day.format(-1, 'day'))} at ${clock(at, ctx)}`;
  }
  return new Intl.DateTimeFormat(ctx.locale, {
    timeZone: ctx.timeZone,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
});
