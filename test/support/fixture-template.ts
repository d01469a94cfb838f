/**
 * Fills the time tokens of a saved-page fixture at the moment it is served or tested.
 *
 * Fixtures cannot hold fixed dates: the e2e tests measure waiting times against the real clock.
 * So a fixture writes every time as `{{time:<offset>:<style>}}`, e.g. `{{time:-47m:gmail-title}}`
 * or `{{time:-2h5m:gmail-short}}`, and this module renders it in the page's locale and the given
 * time zone. Each site registers the styles its pages use; an unknown style or a malformed token
 * throws with the token text, so a typo cannot silently ship a literal "{{…}}" into a page.
 */

export interface RenderFixtureOptions {
  /** The moment the page is served (epoch ms); offsets count from here. */
  now: number;
  /** IANA zone the browser under test runs in, e.g. Intl.DateTimeFormat().resolvedOptions().timeZone. */
  timeZone: string;
  /** Overrides the <html lang> of the fixture. */
  locale?: string;
}

export interface TimeStyleContext {
  now: Date;
  timeZone: string;
  locale: string;
}

/** Renders one moment as a site shows it. */
export type TimeStyle = (at: Date, ctx: TimeStyleContext) => string;

const styles = new Map<string, TimeStyle>();

export function registerTimeStyle(name: string, style: TimeStyle): void {
  if (styles.has(name)) throw new Error(`time style "${name}" is already registered`);
  styles.set(name, style);
}

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

/** "-2h5m" → -7_500_000; null when it is not a sequence of <number><d|h|m|s>. */
export function parseOffset(offset: string): number | null {
  const m = /^([+-]?)((?:\d+[dhms])+)$/.exec(offset);
  if (!m) return null;
  let ms = 0;
  for (const [, n, unit] of m[2]!.matchAll(/(\d+)([dhms])/g)) ms += Number(n) * UNIT_MS[unit!]!;
  return m[1] === '-' ? -ms : ms;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fixtureLocale(html: string): string | undefined {
  return /<html\b[^>]*\blang\s*=\s*["']?([^"'\s>]+)/i.exec(html)?.[1];
}

export function renderFixture(html: string, opts: RenderFixtureOptions): string {
  const locale = opts.locale ?? fixtureLocale(html) ?? 'en-US';
  const ctx: TimeStyleContext = { now: new Date(opts.now), timeZone: opts.timeZone, locale };
  const out = html.replace(/\{\{([^{}]*)\}\}/g, (token, inner: string) => {
    const m = /^time:([^:]+):([^:]+)$/.exec(inner.trim());
    const offset = m ? parseOffset(m[1]!) : null;
    if (!m || offset === null) throw new Error(`malformed fixture token ${token}`);
    const style = styles.get(m[2]!);
    if (!style) throw new Error(`unknown time style in fixture token ${token}`);
    return escapeHtml(style(new Date(opts.now + offset), ctx));
  });
  const stray = /\{\{[^]{0,40}/.exec(out);
  if (stray) throw new Error(`malformed fixture token ${stray[0]}`);
  return out;
}

// ---- Built-in styles -------------------------------------------------------------------------

/** 24-hour locales pad the hour ("09:03", as Gmail shows in en-GB); 12-hour ones do not ("9:03 AM"). */
function hourStyle(locale: string): 'numeric' | '2-digit' {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
}

function sameDay(a: Date, b: Date, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(a) === day.format(b);
}

/** "47 minutes ago" / "2 hours ago" / "3 days ago", whole units rounded down as Gmail does. */
function ago(at: Date, ctx: TimeStyleContext): string {
  const minutes = Math.max(0, Math.floor((ctx.now.getTime() - at.getTime()) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(ctx.locale, { numeric: 'always' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 24 * 60) return rtf.format(-Math.floor(minutes / 60), 'hour');
  return rtf.format(-Math.floor(minutes / (24 * 60)), 'day');
}

/** A machine-readable instant, for datetime attributes. */
registerTimeStyle('iso', (at) => at.toISOString());

/** The full date Gmail puts in a message's date title: "Mon, Nov 23, 2026, 9:03 AM" / "Mon, 23 Nov 2026, 09:03". */
registerTimeStyle('gmail-title', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: hourStyle(locale),
    minute: '2-digit',
  }).format(at),
);

/** The visible date beside a message: "9:03 AM (47 minutes ago)" today, "Nov 20" before. */
registerTimeStyle('gmail-short', (at, ctx) => {
  const { locale, timeZone } = ctx;
  if (sameDay(at, ctx.now, timeZone)) {
    const time = new Intl.DateTimeFormat(locale, { timeZone, hour: hourStyle(locale), minute: '2-digit' }).format(at);
    return `${time} (${ago(at, ctx)})`;
  }
  return new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(at);
});

/** The date column of an inbox row: "9:03 AM" today, "Nov 20" before. */
registerTimeStyle('gmail-row', (at, { now, locale, timeZone }) =>
  sameDay(at, now, timeZone)
    ? new Intl.DateTimeFormat(locale, { timeZone, hour: hourStyle(locale), minute: '2-digit' }).format(at)
    : new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(at),
);
