import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween, isBusinessOpen } from './business-time';
import type { Calendar } from './calendar';

const MIN = 60_000;
const H = 60 * MIN;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const iso = (ms: number) => new Date(ms).toISOString();

type Hours = [string, string][];
const days = (names: readonly string[], hours: Hours) => Object.fromEntries(names.map((n) => [n, hours]));
const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const officeHours = (timeZone: string, holidays?: string[]): Calendar => ({
  timeZone,
  week: days(MON_FRI, [['09:00', '17:00']]),
  ...(holidays ? { holidays } : {}),
});
const everyDay = (timeZone: string, hours: Hours): Calendar => ({ timeZone, week: days(EVERY_DAY, hours) });
const sundays = (timeZone: string, hours: Hours): Calendar => ({ timeZone, week: { sun: hours } });

describe('the Friday example', () => {
  it('Friday 16:00 + 2 business hours on Mon–Fri 09:00–17:00 is Monday 10:00 local', () => {
    // 2026-01-16 is a Friday; New York is on EST (−5).
    expect(iso(addBusinessMs(officeHours('America/New_York'), utc(2026, 1, 16, 21), 2 * H))).toBe(iso(utc(2026, 1, 19, 15)));
    // Across the spring-forward weekend: Monday 10:00 is EDT (−4).
    expect(iso(addBusinessMs(officeHours('America/New_York'), utc(2026, 3, 6, 21), 2 * H))).toBe(iso(utc(2026, 3, 9, 14)));
  });

  it('lands on Friday 17:00, not Monday 09:00, when the hours run out exactly at closing', () => {
    expect(iso(addBusinessMs(officeHours('America/New_York'), utc(2026, 1, 16, 21), H))).toBe(iso(utc(2026, 1, 16, 22)));
  });
});

describe('daylight-saving changes', () => {
  describe('America/New_York (2026-03-08 02:00→03:00, 2026-11-01 02:00→01:00)', () => {
    it('a 09:00–17:00 day is 8 h on both change days', () => {
      const cal = everyDay('America/New_York', [['09:00', '17:00']]);
      expect(businessMsBetween(cal, utc(2026, 3, 8, 5), utc(2026, 3, 9, 4))).toBe(8 * H);
      expect(businessMsBetween(cal, utc(2026, 11, 1, 4), utc(2026, 11, 2, 5))).toBe(8 * H);
      // Saturday 17:00 EST + 1 h = Sunday 10:00 EDT.
      expect(iso(addBusinessMs(cal, utc(2026, 3, 7, 22), H))).toBe(iso(utc(2026, 3, 8, 14)));
    });

    it('01:00–04:00 is 2 h when 02:00–03:00 is skipped and 4 h when 01:00–02:00 repeats', () => {
      const cal = sundays('America/New_York', [['01:00', '04:00']]);
      expect(businessMsBetween(cal, utc(2026, 3, 8), utc(2026, 3, 9))).toBe(2 * H);
      expect(businessMsBetween(cal, utc(2026, 11, 1), utc(2026, 11, 2))).toBe(4 * H);
      // 01:00 EST opens; an hour later the clock jumps to 03:00 EDT; 30 min more is 03:30 EDT.
      expect(iso(addBusinessMs(cal, utc(2026, 3, 8, 5), 90 * MIN))).toBe(iso(utc(2026, 3, 8, 7, 30)));
    });

    it('an interval wholly inside the skipped hour is empty that day', () => {
      const cal = sundays('America/New_York', [['02:00', '03:00']]);
      expect(businessMsBetween(cal, utc(2026, 3, 8), utc(2026, 3, 9))).toBe(0);
      expect(iso(addBusinessMs(cal, utc(2026, 3, 8, 5), 30 * MIN))).toBe(iso(utc(2026, 3, 15, 6, 30)));
    });

    it('open 24/7 is plain elapsed time: the spring-forward day is 23 h', () => {
      expect(businessMsBetween({ timeZone: 'America/New_York' }, utc(2026, 3, 8, 5), utc(2026, 3, 9, 4))).toBe(23 * H);
    });
  });

  describe('Europe/London (2026-03-29 01:00→02:00, 2026-10-25 02:00→01:00)', () => {
    it('a 09:00–17:00 day is 8 h on both change days', () => {
      const cal = everyDay('Europe/London', [['09:00', '17:00']]);
      expect(businessMsBetween(cal, utc(2026, 3, 29), utc(2026, 3, 29, 23))).toBe(8 * H);
      expect(businessMsBetween(cal, utc(2026, 10, 24, 23), utc(2026, 10, 26))).toBe(8 * H);
    });

    it('00:00–03:00 is 2 h in spring and 4 h in autumn', () => {
      const cal = sundays('Europe/London', [['00:00', '03:00']]);
      expect(businessMsBetween(cal, utc(2026, 3, 28), utc(2026, 3, 30))).toBe(2 * H);
      expect(businessMsBetween(cal, utc(2026, 10, 24), utc(2026, 10, 26))).toBe(4 * H);
    });

    it('a repeated start time means its first occurrence: 01:30–02:00 is 1 h 30 min', () => {
      const cal = sundays('Europe/London', [['01:30', '02:00']]);
      expect(businessMsBetween(cal, utc(2026, 10, 24), utc(2026, 10, 26))).toBe(90 * MIN);
      expect(isBusinessOpen(cal, utc(2026, 10, 25, 0, 30))).toBe(true); // 01:30 BST
      expect(isBusinessOpen(cal, utc(2026, 10, 25, 1, 59))).toBe(true); // 01:59 GMT
      expect(isBusinessOpen(cal, utc(2026, 10, 25, 2))).toBe(false); // 02:00 GMT
    });
  });

  describe('Australia/Adelaide, +09:30/+10:30 (2026-04-05 03:00→02:00, 2026-10-04 02:00→03:00)', () => {
    it('a 09:00–17:00 day is 8 h on both change days', () => {
      const cal = everyDay('Australia/Adelaide', [['09:00', '17:00']]);
      expect(businessMsBetween(cal, utc(2026, 4, 4, 13, 30), utc(2026, 4, 5, 14, 30))).toBe(8 * H);
      expect(businessMsBetween(cal, utc(2026, 10, 3, 14, 30), utc(2026, 10, 4, 13, 30))).toBe(8 * H);
      // 09:00 ACDT on the spring-forward day is 22:30Z the day before.
      expect(iso(addBusinessMs(cal, utc(2026, 10, 3, 12), 0))).toBe(iso(utc(2026, 10, 3, 22, 30)));
    });

    it('01:00–04:00 is 4 h in April and 2 h in October', () => {
      const cal = sundays('Australia/Adelaide', [['01:00', '04:00']]);
      expect(businessMsBetween(cal, utc(2026, 4, 4), utc(2026, 4, 6))).toBe(4 * H);
      expect(businessMsBetween(cal, utc(2026, 10, 3), utc(2026, 10, 5))).toBe(2 * H);
    });

    it('02:30–03:00 on the fall-back day starts at the first 02:30', () => {
      const cal = sundays('Australia/Adelaide', [['02:30', '03:00']]);
      expect(businessMsBetween(cal, utc(2026, 4, 4), utc(2026, 4, 6))).toBe(90 * MIN);
    });
  });
});

describe('zones with 30- and 45-minute offsets', () => {
  it('Asia/Kolkata (+05:30)', () => {
    const cal = officeHours('Asia/Kolkata');
    // Monday 2026-01-05 is open 03:30Z–11:30Z.
    expect(businessMsBetween(cal, utc(2026, 1, 5), utc(2026, 1, 6))).toBe(8 * H);
    expect(businessMsBetween(cal, utc(2026, 1, 5, 5), utc(2026, 1, 5, 12))).toBe(6.5 * H);
    // Monday 15:30 + 2 h: 1 h 30 min on Monday, 30 min on Tuesday → Tuesday 09:30 IST.
    expect(iso(addBusinessMs(cal, utc(2026, 1, 5, 10), 2 * H))).toBe(iso(utc(2026, 1, 6, 4)));
  });

  it('Asia/Kathmandu (+05:45), open Sunday–Friday 10:00–18:00', () => {
    const cal: Calendar = { timeZone: 'Asia/Kathmandu', week: days(['sun', 'mon', 'tue', 'wed', 'thu', 'fri'], [['10:00', '18:00']]) };
    // Friday 2026-01-09 opens at 04:15Z.
    expect(businessMsBetween(cal, utc(2026, 1, 9), utc(2026, 1, 9, 12))).toBe(7 * H + 45 * MIN);
    // Friday 17:00 + 3 h: 1 h on Friday, Saturday closed, 2 h on Sunday → Sunday 12:00 NPT.
    expect(iso(addBusinessMs(cal, utc(2026, 1, 9, 11, 15), 3 * H))).toBe(iso(utc(2026, 1, 11, 6, 15)));
  });

  it('Asia/Dhaka (+06:00), open Sunday–Thursday', () => {
    const cal: Calendar = { timeZone: 'Asia/Dhaka', week: days(['sun', 'mon', 'tue', 'wed', 'thu'], [['09:00', '17:00']]) };
    // Thursday 2026-01-08 16:00 + 2 h → Sunday 10:00.
    expect(iso(addBusinessMs(cal, utc(2026, 1, 8, 10), 2 * H))).toBe(iso(utc(2026, 1, 11, 4)));
  });
});

describe('holidays', () => {
  it('skips a holiday', () => {
    const plain = officeHours('America/New_York');
    const christmas = officeHours('America/New_York', ['2026-12-25']);
    expect(businessMsBetween(plain, utc(2026, 12, 21, 5), utc(2026, 12, 28, 5))).toBe(40 * H);
    expect(businessMsBetween(christmas, utc(2026, 12, 21, 5), utc(2026, 12, 28, 5))).toBe(32 * H);
    // Thursday 24 Dec 16:00 + 2 h: 1 h on Thursday, Friday is the holiday → Monday 10:00.
    expect(iso(addBusinessMs(christmas, utc(2026, 12, 24, 21), 2 * H))).toBe(iso(utc(2026, 12, 28, 15)));
    expect(isBusinessOpen(christmas, utc(2026, 12, 25, 15))).toBe(false);
  });

  it('closes a whole local day on a 24/7 calendar', () => {
    const cal: Calendar = { timeZone: 'Asia/Kolkata', holidays: ['2026-08-15'] };
    // 2026-08-15 00:00 IST is 2026-08-14 18:30Z.
    expect(businessMsBetween(cal, utc(2026, 8, 14, 18, 30), utc(2026, 8, 16, 18, 30))).toBe(24 * H);
    expect(iso(addBusinessMs(cal, utc(2026, 8, 14, 18), 31 * MIN))).toBe(iso(utc(2026, 8, 15, 18, 31)));
  });

  it('29 February 2028 is a working Tuesday, or a holiday', () => {
    const plain = officeHours('America/New_York');
    const leap = officeHours('America/New_York', ['2028-02-29']);
    expect(businessMsBetween(plain, utc(2028, 2, 28, 5), utc(2028, 3, 2, 5))).toBe(24 * H);
    expect(businessMsBetween(leap, utc(2028, 2, 28, 5), utc(2028, 3, 2, 5))).toBe(16 * H);
    // Monday 28 Feb 16:00 + 2 h.
    expect(iso(addBusinessMs(plain, utc(2028, 2, 28, 21), 2 * H))).toBe(iso(utc(2028, 2, 29, 15)));
    expect(iso(addBusinessMs(leap, utc(2028, 2, 28, 21), 2 * H))).toBe(iso(utc(2028, 3, 1, 15)));
  });
});

describe('overnight and overlapping intervals', () => {
  // London in January is on GMT, so local time reads as UTC.
  const night = { timeZone: 'Europe/London', week: days(MON_FRI, [['22:00', '06:00']]) } satisfies Calendar;

  it('an overnight shift runs into the next morning', () => {
    expect(businessMsBetween(night, utc(2026, 1, 5), utc(2026, 1, 12))).toBe(40 * H);
    expect(iso(addBusinessMs(night, utc(2026, 1, 5, 23), 3 * H))).toBe(iso(utc(2026, 1, 6, 2)));
    expect(iso(addBusinessMs(night, utc(2026, 1, 6, 5), 2 * H))).toBe(iso(utc(2026, 1, 6, 23)));
    expect(isBusinessOpen(night, utc(2026, 1, 10, 5))).toBe(true); // Saturday morning, Friday's shift
    expect(isBusinessOpen(night, utc(2026, 1, 10, 7))).toBe(false);
    expect(isBusinessOpen(night, utc(2026, 1, 5, 3))).toBe(false); // Monday morning: no Sunday shift
  });

  it('a holiday closes its date, including the morning part of the previous night’s shift', () => {
    const cal: Calendar = { ...night, holidays: ['2026-01-06'] };
    // Loses Tuesday 00:00–06:00 and Tuesday 22:00–24:00.
    expect(businessMsBetween(cal, utc(2026, 1, 5), utc(2026, 1, 12))).toBe(32 * H);
  });

  it('merges overlapping intervals', () => {
    const cal: Calendar = { timeZone: 'UTC', week: { mon: [['16:00', '18:00'], ['09:00', '12:00'], ['11:00', '17:00']] } };
    expect(businessMsBetween(cal, utc(2026, 1, 5), utc(2026, 1, 6))).toBe(9 * H);
  });

  it('an overnight interval overlapping the next day’s hours is merged with them', () => {
    const cal: Calendar = { timeZone: 'UTC', week: { sun: [['20:00', '10:00']], mon: [['08:00', '12:00']] } };
    expect(businessMsBetween(cal, utc(2026, 1, 4), utc(2026, 1, 6))).toBe(16 * H);
  });
});

describe('edges', () => {
  const cal = officeHours('America/New_York');

  it('adding nothing gives the moment itself when open, else the next opening', () => {
    expect(addBusinessMs(cal, utc(2026, 1, 16, 15), 0)).toBe(utc(2026, 1, 16, 15));
    expect(iso(addBusinessMs(cal, utc(2026, 1, 17, 15), 0))).toBe(iso(utc(2026, 1, 19, 14)));
    // Closing time itself is closed.
    expect(iso(addBusinessMs(cal, utc(2026, 1, 16, 22), 0))).toBe(iso(utc(2026, 1, 19, 14)));
  });

  it('opening is inclusive, closing exclusive', () => {
    expect(isBusinessOpen(cal, utc(2026, 1, 16, 14))).toBe(true);
    expect(isBusinessOpen(cal, utc(2026, 1, 16, 22) - 1)).toBe(true);
    expect(isBusinessOpen(cal, utc(2026, 1, 16, 22))).toBe(false);
  });

  it('a span ending before it starts is 0', () => {
    expect(businessMsBetween(cal, utc(2026, 1, 16, 16), utc(2026, 1, 16, 15))).toBe(0);
    expect(businessMsBetween(cal, utc(2026, 1, 16, 16), utc(2026, 1, 16, 16))).toBe(0);
  });

  it('refuses negative amounts and non-instants', () => {
    expect(() => addBusinessMs(cal, 0, -1)).toThrow(RangeError);
    expect(() => addBusinessMs(cal, Number.NaN, 1)).toThrow(RangeError);
    expect(() => businessMsBetween(cal, 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('a year takes as long as its days: 2026 holds 261 weekdays', () => {
    expect(businessMsBetween(cal, utc(2026, 1, 1, 5), utc(2027, 1, 1, 5))).toBe(261 * 8 * H);
  });
});
