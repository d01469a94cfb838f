import { describe, expect, it } from 'vitest';
import { normaliseDigits, parseRenderedDate } from './parse-date';

// Wall-clock values in the runtime's zone, which is how the parser reads them.
const at = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo, d, h, mi).getTime();
const now = at(2026, 10, 23, 15, 30); // Mon 23 Nov 2026, 15:30 local
const MIN = 60_000;

function expectParsed(text: string, locale: string | undefined, expected: number | null) {
  expect(parseRenderedDate(text, { locale, now }), `${locale ?? '-'}: ${text}`).toBe(expected);
}

describe('parseRenderedDate: locales as Gmail renders them', () => {
  it.each([
    ['en-US', 'Mon, Nov 23, 2026, 9:03 AM', at(2026, 10, 23, 9, 3)],
    ['en-US', 'Mon, Nov 23, 2026 at 9:03 PM', at(2026, 10, 23, 21, 3)],
    ['en-US', 'Mon, Nov 23, 2026, 9:03\u202fAM', at(2026, 10, 23, 9, 3)],
    ['en-GB', 'Mon, 23 Nov 2026, 09:03', at(2026, 10, 23, 9, 3)],
    ['en-GB', '23 Nov 2026, 21:03', at(2026, 10, 23, 21, 3)],
    ['en-GB', 'Mon 23 Sept 2026, 21:03', at(2026, 8, 23, 21, 3)],
    ['de', 'Mo., 23. Nov. 2026, 09:03', at(2026, 10, 23, 9, 3)],
    ['de', '23. März 2026, 18:45', at(2026, 2, 23, 18, 45)],
    ['fr', 'lun. 23 nov. 2026, 09:03', at(2026, 10, 23, 9, 3)],
    // "mar." is Tuesday here, not March.
    ['fr', 'mar. 24 nov. 2026, 21:03', at(2026, 10, 24, 21, 3)],
    ['es', 'lun, 23 nov 2026, 9:03 p. m.', at(2026, 10, 23, 21, 3)],
    ['es', 'mar, 24 mar 2026, 9:03 a. m.', at(2026, 2, 24, 9, 3)],
    ['hi', 'सोम, 23 नव॰ 2026, 9:03 am', at(2026, 10, 23, 9, 3)],
    ['hi', 'सोम, २३ नव॰ २०२६, ९:०३ pm', at(2026, 10, 23, 21, 3)],
    ['hi', '23 नवंबर 2026, 9:03 पूर्वाह्न', at(2026, 10, 23, 9, 3)],
    ['hi', '23 नवंबर 2026, 9:03 अपराह्न', at(2026, 10, 23, 21, 3)],
    ['bn', 'সোম, ২৩ নভে, ২০২৬ ৯:০৩ PM', at(2026, 10, 23, 21, 3)],
    ['bn', '২৩ নভেম্বর, ২০২৬, ৯:০৩ AM', at(2026, 10, 23, 9, 3)],
    ['bn', '23 নভেম্বর 2026, 9:03 PM', at(2026, 10, 23, 21, 3)],
  ])('%s %s', (locale, text, expected) => expectParsed(text, locale, expected));

  it('understands English on a page of any locale', () => {
    expectParsed('Mon, Nov 23, 2026, 9:03 AM', 'de', at(2026, 10, 23, 9, 3));
    expectParsed('Mon, Nov 23, 2026, 9:03 AM', undefined, at(2026, 10, 23, 9, 3));
  });

  it('round-trips what Intl itself renders for every supported locale', () => {
    const when = new Date(2026, 1, 7, 21, 3);
    const styles: Intl.DateTimeFormatOptions[] = [
      { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
      { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true },
      { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ];
    for (const locale of ['en-US', 'en-GB', 'de', 'fr', 'es', 'hi', 'bn']) {
      for (const style of styles) {
        const text = new Intl.DateTimeFormat(locale, style).format(when);
        expectParsed(text, locale, when.getTime());
      }
    }
  });
});

describe('parseRenderedDate: 12- and 24-hour edge cases', () => {
  it.each([
    ['Nov 23, 2026, 12:00 AM', at(2026, 10, 23, 0, 0)],
    ['Nov 23, 2026, 12:59 AM', at(2026, 10, 23, 0, 59)],
    ['Nov 23, 2026, 12:00 PM', at(2026, 10, 23, 12, 0)],
    ['Nov 23, 2026, 12:30 PM', at(2026, 10, 23, 12, 30)],
    ['Nov 23, 2026, 1:00 AM', at(2026, 10, 23, 1, 0)],
    ['Nov 23, 2026, 11:59 PM', at(2026, 10, 23, 23, 59)],
    ['Nov 23, 2026, 00:00', at(2026, 10, 23, 0, 0)],
    ['Nov 23, 2026, 12:00', at(2026, 10, 23, 12, 0)],
    ['Nov 23, 2026, 23:59', at(2026, 10, 23, 23, 59)],
    ['Nov 23, 2026, 9:03 a.m.', at(2026, 10, 23, 9, 3)],
    ['Nov 23, 2026, 9:03 P.M.', at(2026, 10, 23, 21, 3)],
  ])('%s', (text, expected) => expectParsed(text, 'en-US', expected));

  it('ignores an AM/PM word next to a 24-hour value', () => {
    expectParsed('Nov 23, 2026, 21:03 am', 'en-US', at(2026, 10, 23, 21, 3));
  });
});

describe('parseRenderedDate: partial and relative text', () => {
  it('reads ISO strings, with a zone as absolute and without one as local', () => {
    expectParsed('2026-11-23T09:03:00Z', undefined, Date.UTC(2026, 10, 23, 9, 3));
    expectParsed('2026-11-23T09:03:00+05:30', undefined, Date.UTC(2026, 10, 23, 3, 33));
    expectParsed('2026-11-23 09:03', undefined, at(2026, 10, 23, 9, 3));
    expectParsed('2026-11-23', undefined, at(2026, 10, 23));
  });

  it('puts a time alone on today, or on yesterday when today would be in the future', () => {
    expectParsed('9:03 AM', 'en-US', at(2026, 10, 23, 9, 3));
    expectParsed('3:30 PM', 'en-US', at(2026, 10, 23, 15, 30));
    expectParsed('4:03 PM', 'en-US', at(2026, 10, 22, 16, 3));
    expectParsed('21:03', 'en-GB', at(2026, 10, 22, 21, 3));
  });

  it('prefers the absolute time over the rounded relative text beside it', () => {
    expectParsed('9:03 AM (6 hours ago)', 'en-US', at(2026, 10, 23, 9, 3));
    expectParsed('3:00 PM (30 minutes ago)', 'en-US', at(2026, 10, 23, 15, 0));
  });

  it.each([
    ['47 minutes ago', 'en-US', now - 47 * MIN],
    ['(47 minutes ago)', 'en-US', now - 47 * MIN],
    ['1 minute ago', 'en-US', now - MIN],
    ['2 hours ago', 'en-US', now - 120 * MIN],
    ['(3 days ago)', 'en-US', now - 3 * 24 * 60 * MIN],
    ['vor 2 Stunden', 'de', now - 120 * MIN],
    ['il y a 47 minutes', 'fr', now - 47 * MIN],
    ['hace 3 días', 'es', now - 3 * 24 * 60 * MIN],
    ['47 मिनट पहले', 'hi', now - 47 * MIN],
    ['৪৭ মিনিট আগে', 'bn', now - 47 * MIN],
  ])('relative %s (%s)', (text, locale, expected) => expectParsed(text, locale, expected));

  it('reads today and yesterday, with or without a time', () => {
    expectParsed('yesterday', 'en-US', now - 24 * 60 * MIN);
    expectParsed('Yesterday, 9:03 PM', 'en-US', at(2026, 10, 22, 21, 3));
    expectParsed('gestern, 21:03', 'de', at(2026, 10, 22, 21, 3));
    expectParsed('Today at 9:03 AM', 'en-US', at(2026, 10, 23, 9, 3));
  });

  it('gives a date without a year the most recent such date', () => {
    expectParsed('Nov 20', 'en-US', at(2026, 10, 20));
    expectParsed('20 Nov', 'en-GB', at(2026, 10, 20));
    expectParsed('Dec 20', 'en-US', at(2025, 11, 20));
    expectParsed('Nov 20, 4:12 PM', 'en-US', at(2026, 10, 20, 16, 12));
  });

  it('reads all-numeric dates in the locale order', () => {
    expectParsed('11/23/2026, 9:03 AM', 'en-US', at(2026, 10, 23, 9, 3));
    expectParsed('23/11/2026, 09:03', 'en-GB', at(2026, 10, 23, 9, 3));
    expectParsed('23.11.26, 09:03', 'de', at(2026, 10, 23, 9, 3));
  });
});

describe('parseRenderedDate: garbage', () => {
  it.each([
    '',
    '   ',
    'hello world',
    'Inbox',
    '12345',
    '99:99',
    '25:00',
    'Nov 31, 2026, 9:00 AM',
    'Nov 2026',
    '1 2 3 4 5',
    '2026-13-45',
    '2026-02-30T10:00',
  ])('%j → null', (text) => expectParsed(text, 'en-US', null));

  it('never throws, whatever it is given', () => {
    expect(parseRenderedDate('Mon, Nov 23, 2026, 9:03 AM', { locale: 'not a locale!!', now })).toBe(
      at(2026, 10, 23, 9, 3),
    );
    expect(parseRenderedDate('9:03 AM', { now: Number.NaN })).toBeNull();
    expect(parseRenderedDate(undefined as unknown as string, { now })).toBeNull();
  });
});

describe('normaliseDigits', () => {
  it('maps Bengali and Devanagari digits to ASCII', () => {
    expect(normaliseDigits('২০২৬ / २०२६ / 2026')).toBe('2026 / 2026 / 2026');
  });
});
