/**
 * Parses a date/time as a site renders it ("Mon, Nov 23, 2026, 9:03 AM", "23 नव॰ 2026, 9:03 am",
 * "(47 minutes ago)") into epoch ms, reading wall-clock values in the runtime's local time zone.
 *
 * Month names, weekday names, AM/PM words and "N minutes ago" phrases come from Intl for the page's
 * locale plus English, so no per-language tables ship in the content script (its budget is 20 KB
 * gzip). Never throws: anything it cannot read confidently gives null.
 */

export interface ParseDateOptions {
  /** BCP 47 tag of the page (document.documentElement.lang); English is always understood too. */
  locale?: string;
  /** Current time (epoch ms): resolves relative text, missing years and time-only values. */
  now: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Site clocks and ours disagree by a little; a time this far "in the future" is still today. */
const SKEW = 5 * MINUTE;

/** Bengali (U+09E6) and Devanagari (U+0966) digits to ASCII, so one number grammar serves all. */
export function normaliseDigits(text: string): string {
  return text.replace(/[\u09e6-\u09ef\u0966-\u096f]/g, (d) =>
    String((d.charCodeAt(0) - 0x0966) % 0x80),
  );
}

function normalise(text: string): string {
  return normaliseDigits(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Key for comparing names: case-, dot- and space-insensitive (Hindi abbreviates with "॰"). */
function key(word: string): string {
  return normalise(word).replace(/[.\u0970\s]/g, '');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = '\\p{L}\\p{M}';

interface Relative {
  re: RegExp;
  /** ms per counted unit; 0 with a fixed day offset means "today"/"yesterday". */
  unit: number;
  dayOffset?: number;
}

interface LocaleData {
  months: Map<string, number>;
  weekdays: Set<string>;
  am: RegExp[];
  pm: RegExp[];
  relatives: Relative[];
  /** Order of day/month/year in an all-numeric date ("11/23/2026" vs "23.11.2026"). */
  numericOrder: Array<'day' | 'month' | 'year'>;
}

/**
 * The one hand-written pair: Hindi pages rendered with older CLDR data write AM/PM as
 * पूर्वाह्न/अपराह्न, but the Intl data of current runtimes says am/pm for "hi", so Intl cannot supply them.
 */
const LEGACY_DAY_PERIODS: [string, string] = ['पूर्वाह्न', 'अपराह्न'];

const cache = new Map<string, LocaleData>();

function part(fmt: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes): string {
  return fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '';
}

/** Matches a day-period word with optional dots/spaces between letters ("a. m.", "p.m."). */
function periodRe(word: string): RegExp {
  const body = [...key(word)].map(escapeRe).join('[.\\s]*');
  return new RegExp(`(?<![${LETTER}])${body}\\.?(?![${LETTER}])`, 'u');
}

function buildLocale(locale: string | undefined): LocaleData {
  const tags = [...new Set([locale, 'en'].filter((t): t is string => !!t))];
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const am = new Set<string>([LEGACY_DAY_PERIODS[0]]);
  const pm = new Set<string>([LEGACY_DAY_PERIODS[1]]);
  const relatives: Relative[] = [];

  for (const tag of tags) {
    for (const month of ['long', 'short'] as const) {
      // Stand-alone and in-date forms differ in some languages (bn "নভেম্বর" vs "নভে").
      const alone = new Intl.DateTimeFormat(tag, { month });
      const inDate = new Intl.DateTimeFormat(tag, { month, day: 'numeric' });
      for (let m = 0; m < 12; m++) {
        const d = new Date(2026, m, 15);
        for (const name of [alone.format(d), part(inDate, d, 'month')]) {
          const k = key(name);
          if (k && !months.has(k)) months.set(k, m);
        }
      }
    }
    for (const weekday of ['long', 'short'] as const) {
      const fmt = new Intl.DateTimeFormat(tag, { weekday });
      for (let d = 1; d <= 7; d++) weekdays.add(key(fmt.format(new Date(2026, 10, d))));
    }
    const h12 = new Intl.DateTimeFormat(tag, { hour: 'numeric', hour12: true });
    am.add(part(h12, new Date(2026, 0, 1, 9), 'dayPeriod'));
    pm.add(part(h12, new Date(2026, 0, 1, 21), 'dayPeriod'));

    const always = new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
    const units = [
      ['minute', MINUTE],
      ['hour', HOUR],
      ['day', DAY],
      ['week', 7 * DAY],
    ] as const;
    for (const [unit, ms] of units) {
      // 1, 2 and 5 cover the plural forms of the languages we serve (one/two/few/other).
      for (const n of [1, 2, 5]) {
        const parts = always.formatToParts(-n, unit);
        const i = parts.findIndex((p) => p.type === 'integer');
        if (i < 0) continue;
        // Spaces (kept, not trimmed: "il y a 47") become optional so "47minutes ago" still reads.
        const text = (ps: typeof parts) =>
          escapeRe(normalise(`<${ps.map((p) => p.value).join('')}>`).slice(1, -1)).replace(/ /g, '\\s*');
        const before = text(parts.slice(0, i));
        const after = text(parts.slice(i + 1).filter((p) => p.type === 'literal'));
        relatives.push({ re: new RegExp(`${before}(\\d+)${after}`, 'u'), unit: ms });
      }
    }
    const auto = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    for (const dayOffset of [0, -1]) {
      const word = escapeRe(normalise(auto.format(dayOffset, 'day')));
      relatives.push({ re: new RegExp(`(?<![${LETTER}])${word}(?![${LETTER}])`, 'u'), unit: 0, dayOffset });
    }
  }

  const order = new Intl.DateTimeFormat(locale ?? 'en', { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(2026, 10, 23))
    .map((p) => p.type)
    .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');

  return {
    months,
    weekdays,
    am: [...am].filter(Boolean).map(periodRe),
    pm: [...pm].filter(Boolean).map(periodRe),
    relatives,
    numericOrder: order.length === 3 ? order : ['month', 'day', 'year'],
  };
}

function localeData(locale: string | undefined): LocaleData {
  const id = locale ?? '';
  let data = cache.get(id);
  if (!data) {
    let tag: string | undefined;
    try {
      tag = locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
    } catch {
      // A page with a malformed lang attribute still gets English.
    }
    data = buildLocale(tag);
    cache.set(id, data);
  }
  return data;
}

/** Month index for a word, by exact name or unambiguous prefix ("sept" / "sep" / "september"). */
function monthOf(word: string, data: LocaleData): number | undefined {
  const k = key(word);
  const exact = data.months.get(k);
  if (exact !== undefined || k.length < 3) return exact;
  const found = new Set<number>();
  for (const [name, m] of data.months) {
    if (name.startsWith(k)) found.add(m);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Local wall-clock time to epoch ms; null when a field is out of range (31 Feb, 25:00). */
function local(y: number, mo: number, d: number, h: number, mi: number, s = 0): number | null {
  const date = new Date(y, mo, d, h, mi, s);
  // Hours are not compared: in a DST gap the clock skips ahead, which is still the right moment.
  const ok = date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d;
  return ok && h < 24 && mi < 60 && s < 60 ? date.getTime() : null;
}

function parseIso(text: string): number | null | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!m) return undefined;
  if (m[7]) {
    const t = Date.parse(text.replace(' ', 'T').toUpperCase());
    return Number.isNaN(t) ? null : t;
  }
  return local(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

function parse(raw: string, { locale, now }: ParseDateOptions): number | null {
  const iso = parseIso(raw.trim());
  if (iso !== undefined) return iso;

  const data = localeData(locale);
  let rest = normalise(raw);
  if (!rest) return null;

  // Relative phrases first, and cut out, so "(47 minutes ago)" is not read as a day of month.
  let relative: number | null = null;
  let dayOffset: number | null = null;
  for (const r of data.relatives) {
    const m = r.re.exec(rest);
    if (!m) continue;
    if (r.unit) relative ??= now - Number(m[1]) * r.unit;
    else dayOffset ??= r.dayOffset ?? 0;
    rest = rest.replace(m[0], ' ');
  }

  let hour: number | null = null;
  let minute = 0;
  const time = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/.exec(rest);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    rest = rest.replace(time[0], ' ');
    // An AM/PM word only applies to a 12-hour clock value; next to "21:03" it is a stray word.
    if (hour >= 1 && hour <= 12) {
      if (data.pm.some((re) => re.test(rest))) hour = (hour % 12) + 12;
      else if (data.am.some((re) => re.test(rest))) hour %= 12;
    }
    if (hour > 23 || minute > 59) return null;
  }

  // A word that is both a weekday and a month (es/fr "mar") counts as the month only if no other month is there.
  let month: number | undefined;
  let weekdayMonth: number | undefined;
  for (const word of rest.match(new RegExp(`[${LETTER}]+`, 'gu')) ?? []) {
    const m = monthOf(word, data);
    if (m === undefined) continue;
    if (data.weekdays.has(key(word))) weekdayMonth ??= m;
    else month ??= m;
  }
  month ??= weekdayMonth;

  const numbers = (rest.match(/\d+/g) ?? []).map(Number);
  let year: number | undefined;
  let day: number | undefined;
  if (month !== undefined) {
    year = numbers.find((n) => n >= 1000);
    day = numbers.find((n) => n >= 1 && n <= 31);
  } else if (numbers.length >= 2 && numbers.length <= 3) {
    const order = numbers.length === 3 ? data.numericOrder : data.numericOrder.filter((p) => p !== 'year');
    const f: Partial<Record<'day' | 'month' | 'year', number>> = {};
    order.forEach((p, i) => (f[p] = numbers[i]));
    if (f.month === undefined || f.day === undefined) return null;
    month = f.month - 1;
    day = f.day;
    year = f.year !== undefined && f.year < 100 ? 2000 + f.year : f.year;
  } else if (numbers.length > 0) {
    // A lone number, or more than a date holds: not something we can read with confidence.
    return null;
  }

  const today = new Date(now);
  if (month !== undefined) {
    if (day === undefined) return null;
    const at = (y: number) => local(y, month!, day!, hour ?? 0, minute);
    if (year !== undefined) return at(year);
    // Rendered without a year: the most recent such date that is not in the future.
    const thisYear = at(today.getFullYear());
    if (thisYear !== null && thisYear <= now + DAY) return thisYear;
    return at(today.getFullYear() - 1);
  }

  if (hour !== null) {
    const base = new Date(now + (dayOffset ?? 0) * DAY);
    const at = local(base.getFullYear(), base.getMonth(), base.getDate(), hour, minute);
    if (at === null) return null;
    // Time only: today, unless that is still ahead of us, in which case it was yesterday.
    if (dayOffset === null && at > now + SKEW) {
      const y = new Date(now - DAY);
      return local(y.getFullYear(), y.getMonth(), y.getDate(), hour, minute);
    }
    return at;
  }

  if (relative !== null) return relative;
  // "yesterday" with no time: the same time of day, one day back.
  if (dayOffset !== null) return now + dayOffset * DAY;
  return null;
}

export function parseRenderedDate(text: string, opts: ParseDateOptions): number | null {
  try {
    if (typeof text !== 'string' || !Number.isFinite(opts.now)) return null;
    return parse(text, opts);
  } catch {
    // An unknown or malformed locale tag makes Intl throw; that is "cannot read", not a bug.
    return null;
  }
}

/** Builds the tables for a locale now (they are otherwise built on the first parse). */
export function prepareDateParser(locale: string | undefined): void {
  try {
    localeData(locale);
  } catch {
    // As in parseRenderedDate: a malformed locale tag is the page's problem, not ours.
  }
}
