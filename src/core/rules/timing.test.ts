import { describe, expect, it } from 'vitest';
import type { Calendar } from '../clock';
import { addBusinessDays, addCalendarDays, applyDelay, dateAt, localDate, yearlyDate } from './timing';

const weekdays = (timeZone: string, holidays: string[] = []): Calendar => {
  const day: [string, string][] = [['09:00', '17:00']];
  return { timeZone, week: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays };
};
/** Wall-clock text of an instant in a zone, to state expectations the way people read them. */
const wall = (timeZone: string, at: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

const IST = 'Asia/Kolkata';
const ist = (date: string, time: string) => dateAt(IST, date, time)!;

describe('business days', () => {
  const cal = weekdays(IST, ['2026-11-30']);

  it('keep the wall-clock time on the next open day', () => {
    // 2026-11-27 is a Friday; Monday 30 November is a holiday.
    expect(wall(IST, addBusinessDays(cal, ist('2026-11-26', '16:00'), 1))).toBe('Fri, 27/11/2026, 16:00');
    expect(wall(IST, addBusinessDays(cal, ist('2026-11-27', '16:00'), 1))).toBe('Tue, 01/12/2026, 16:00');
    expect(wall(IST, addBusinessDays(cal, ist('2026-11-27', '16:00'), 3))).toBe('Thu, 03/12/2026, 16:00');
  });

  it('count from the next opening when started outside hours', () => {
    // Friday 20:00 is closed: counting starts Tuesday 09:00 (Monday is the holiday), a whole day later is Wednesday 09:00.
    expect(wall(IST, addBusinessDays(cal, ist('2026-11-27', '20:00'), 1))).toBe('Wed, 02/12/2026, 09:00');
    expect(wall(IST, addBusinessDays(cal, ist('2026-11-28', '11:00'), 0))).toBe('Tue, 01/12/2026, 09:00');
  });

  it('step back over closed days for a date trigger ("3 business days before")', () => {
    // Sunday 6 December 09:00 − 3 open days = Wednesday 2 December 09:00.
    expect(wall(IST, addBusinessDays(cal, ist('2026-12-06', '09:00'), -3))).toBe('Wed, 02/12/2026, 09:00');
  });

  it('keep the wall-clock time across a daylight-saving change', () => {
    const ny = weekdays('America/New_York');
    // Clocks go forward on Sunday 8 March 2026: Friday 15:00 EST + 1 business day = Monday 15:00 EDT (71 real hours).
    const friday = dateAt('America/New_York', '2026-03-06', '15:00')!;
    const monday = addBusinessDays(ny, friday, 1);
    expect(wall('America/New_York', monday)).toBe('Mon, 09/03/2026, 15:00');
    expect(monday - friday).toBe(71 * 3_600_000);
    // And back on Sunday 1 November 2026: 73 real hours.
    const friday2 = dateAt('America/New_York', '2026-10-30', '15:00')!;
    expect(addBusinessDays(ny, friday2, 1) - friday2).toBe(73 * 3_600_000);
  });

  it('refuse fractions', () => {
    expect(() => addBusinessDays(cal, 0, 1.5)).toThrow(RangeError);
  });
});

describe('calendar days and delays', () => {
  it('keep the wall-clock time across daylight saving (23 and 25 hour days)', () => {
    const london = 'Europe/London';
    const before = dateAt(london, '2026-03-28', '10:00')!;
    expect(addCalendarDays(london, before, 1) - before).toBe(23 * 3_600_000);
    const autumn = dateAt(london, '2026-10-24', '10:00')!;
    expect(addCalendarDays(london, autumn, 1) - autumn).toBe(25 * 3_600_000);
    expect(wall(london, addCalendarDays(london, autumn, -14))).toBe('Sat, 10/10/2026, 10:00');
  });

  it('business hours count opening hours only; calendar hours are elapsed time', () => {
    const cal = weekdays(IST);
    const fri = ist('2026-11-27', '15:00');
    expect(wall(IST, applyDelay(cal, fri, { amount: 4, unit: 'hours', business: true }))).toBe('Mon, 30/11/2026, 11:00');
    expect(applyDelay(cal, fri, { amount: 4, unit: 'hours', business: false }) - fri).toBe(4 * 3_600_000);
    expect(applyDelay(cal, fri, { amount: -90, unit: 'minutes', business: false })).toBe(fri - 90 * 60_000);
    expect(() => applyDelay(cal, fri, { amount: -1, unit: 'hours', business: true })).toThrow(RangeError);
  });

  it('reads dates and yearly dates, 29 February on the 28th in other years', () => {
    expect(dateAt(IST, '2026-02-30', '09:00')).toBeNull();
    expect(localDate(IST, ist('2026-11-27', '23:59'))).toBe('2026-11-27');
    expect(yearlyDate('03-14', 2027)).toBe('2027-03-14');
    expect(yearlyDate('1990-03-14', 2027)).toBe('2027-03-14');
    expect(yearlyDate('02-29', 2027)).toBe('2027-02-28');
    expect(yearlyDate('02-29', 2028)).toBe('2028-02-29');
    expect(yearlyDate('02-30', 2028)).toBeNull();
    expect(yearlyDate('birthday', 2028)).toBeNull();
  });
});
