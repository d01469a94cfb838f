import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween } from './business-time';
import { CalendarError, MAX_HOLIDAYS, MAX_INTERVALS_PER_DAY, validateCalendar, type CalendarIssue } from './calendar';

const errorsOf = (input: unknown): CalendarIssue[] => {
  const r = validateCalendar(input);
  if (r.ok) throw new Error(`expected errors for ${JSON.stringify(input)}`);
  return r.errors;
};
const lines = (input: unknown) => errorsOf(input).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));

describe('validateCalendar accepts', () => {
  it('a weekly calendar and returns a copy', () => {
    const input = {
      timeZone: 'Asia/Kolkata',
      week: { mon: [['09:00', '13:00'], ['14:00', '18:00']], sat: [['22:00', '06:00']], sun: [['00:00', '24:00']] },
      holidays: ['2026-01-26', '2028-02-29'],
    };
    const r = validateCalendar(input);
    expect(r).toEqual({ ok: true, calendar: input });
    if (r.ok) {
      expect(r.calendar).not.toBe(input);
      expect(r.calendar.week).not.toBe(input.week);
    }
  });

  it('no week at all (open 24/7) and an overnight interval ending at 00:00', () => {
    expect(validateCalendar({ timeZone: 'UTC' })).toEqual({ ok: true, calendar: { timeZone: 'UTC' } });
    expect(validateCalendar({ timeZone: 'Europe/London', week: { fri: [['18:00', '00:00']] } }).ok).toBe(true);
  });

  it('overlapping intervals (merged later)', () => {
    expect(validateCalendar({ timeZone: 'UTC', week: { mon: [['09:00', '12:00'], ['11:00', '17:00']] } }).ok).toBe(true);
  });
});

describe('validateCalendar refuses', () => {
  it('an unknown time zone, naming it', () => {
    expect(lines({ timeZone: 'Mars/Olympus' })).toEqual(["timeZone: 'Mars/Olympus' is not an IANA time zone"]);
    expect(lines({ timeZone: '+05:30' })).toEqual(["timeZone: '+05:30' is not an IANA time zone"]);
  });

  it('a missing or non-string time zone', () => {
    expect(errorsOf({})).toEqual([{ path: 'timeZone', message: "is required: an IANA time zone such as 'Europe/London'" }]);
    expect(errorsOf({ timeZone: 330 })[0]).toMatchObject({ path: 'timeZone', message: expect.stringContaining('number 330') });
  });

  it('a bad time with the path to it', () => {
    expect(lines({ timeZone: 'UTC', week: { mon: [['09:00', '12:00'], ['25:00', '26:00']] } })).toEqual([
      "week.mon[1][0]: '25:00' is not a time HH:MM",
      "week.mon[1][1]: '26:00' is not a time HH:MM",
    ]);
    expect(lines({ timeZone: 'UTC', week: { tue: [['9:00', '12:60']] } })).toEqual([
      "week.tue[0][0]: '9:00' is not a time HH:MM",
      "week.tue[0][1]: '12:60' is not a time HH:MM",
    ]);
    expect(lines({ timeZone: 'UTC', week: { wed: [[900, null]] } })).toEqual([
      'week.wed[0][0]: number 900 is not a time HH:MM',
      'week.wed[0][1]: null is not a time HH:MM',
    ]);
  });

  it("'24:00' as a start and an empty interval", () => {
    expect(lines({ timeZone: 'UTC', week: { mon: [['24:00', '06:00']] } })).toEqual([
      "week.mon[0][0]: '24:00' can only end an interval; start at '00:00'",
    ]);
    expect(lines({ timeZone: 'UTC', week: { mon: [['09:00', '09:00']] } })).toEqual(["week.mon[0]: '09:00'–'09:00' is empty"]);
  });

  it('a week with no hours on any day', () => {
    const message = ['week: no opening hours on any day (leave week out for a team open 24/7)'];
    expect(lines({ timeZone: 'UTC', week: {} })).toEqual(message);
    expect(lines({ timeZone: 'UTC', week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } })).toEqual(message);
  });

  it('malformed weeks, days and pairs', () => {
    expect(errorsOf({ timeZone: 'UTC', week: [] })[0]!.path).toBe('week');
    expect(errorsOf({ timeZone: 'UTC', week: null })[0]!.path).toBe('week');
    expect(lines({ timeZone: 'UTC', week: { monday: [['09:00', '17:00']] } })).toEqual([
      'week.monday: unknown day; use mon, tue, wed, thu, fri, sat or sun',
    ]);
    expect(errorsOf({ timeZone: 'UTC', week: { mon: '09:00-17:00' } })[0]!.path).toBe('week.mon');
    expect(errorsOf({ timeZone: 'UTC', week: { mon: [['09:00']] } })[0]!.path).toBe('week.mon[0]');
    expect(errorsOf({ timeZone: 'UTC', week: { mon: ['09:00', '17:00'] } }).map((e) => e.path)).toEqual(['week.mon[0]', 'week.mon[1]']);
    const many = Array.from({ length: MAX_INTERVALS_PER_DAY + 1 }, () => ['09:00', '10:00']);
    expect(lines({ timeZone: 'UTC', week: { mon: many } })).toEqual([`week.mon: has ${MAX_INTERVALS_PER_DAY + 1} intervals; at most 48 per day`]);
  });

  it('bad holidays with their index', () => {
    expect(lines({ timeZone: 'UTC', holidays: ['2026-01-01', '2026-12-25', '2026-02-30'] })).toEqual(["holidays[2]: '2026-02-30' is not a date"]);
    expect(lines({ timeZone: 'UTC', holidays: ['2027-02-29', '2026-13-01', '26-01-01', 20260101] })).toEqual([
      "holidays[0]: '2027-02-29' is not a date",
      "holidays[1]: '2026-13-01' is not a date",
      "holidays[2]: '26-01-01' is not a date",
      "holidays[3]: must be a date 'YYYY-MM-DD', got number 20260101",
    ]);
    expect(errorsOf({ timeZone: 'UTC', holidays: '2026-12-25' })[0]!.path).toBe('holidays');
    expect(validateCalendar({ timeZone: 'UTC', holidays: ['2028-02-29'] }).ok).toBe(true);
  });

  it('an unknown setting (a typo would otherwise be silently ignored)', () => {
    expect(lines({ timeZone: 'UTC', holiday: ['2026-12-25'] })).toEqual(['holiday: unknown setting; a calendar has timeZone, week and holidays']);
  });

  it('reports every error at once', () => {
    expect(errorsOf({ timeZone: 'Mars/Olympus', week: { mon: [['25:00', '17:00']] }, holidays: ['x'] }).map((e) => e.path)).toEqual([
      'timeZone',
      'week.mon[0][0]',
      'holidays[0]',
    ]);
  });
});

describe('validateCalendar on garbage', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Europe/London'],
    ['an array', [{ timeZone: 'UTC' }]],
    ['a function', () => 1],
    ['a Date', new Date(0)],
  ])('refuses %s', (_label, input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
  });

  it('survives deep nesting, cycles, throwing getters and proxies', () => {
    let deep: unknown = ['09:00', '17:00'];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(validateCalendar({ timeZone: 'UTC', week: { mon: deep } }).ok).toBe(false);
    const cyclic: Record<string, unknown> = { timeZone: 'UTC' };
    cyclic['week'] = { mon: [cyclic] };
    expect(validateCalendar(cyclic).ok).toBe(false);
    const trap = Object.defineProperty({}, 'timeZone', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(errorsOf(trap)).toEqual([{ path: '', message: 'could not be read as a calendar' }]);
    const proxy = Proxy.revocable({}, {});
    proxy.revoke();
    expect(validateCalendar(proxy.proxy).ok).toBe(false);
  });

  it('caps huge arrays, objects and messages', () => {
    const holidays = new Array<string>(1_000_000).fill('2026-01-01');
    expect(lines({ timeZone: 'UTC', holidays })).toEqual([`holidays: has 1000000 dates; at most ${MAX_HOLIDAYS}`]);
    const week = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`d${i}`, []]));
    expect(errorsOf({ timeZone: 'UTC', week })).toHaveLength(1);
    const bad = Array.from({ length: MAX_HOLIDAYS }, () => 'nope');
    const errors = errorsOf({ timeZone: 'UTC', holidays: bad });
    expect(errors).toHaveLength(51);
    expect(errors[50]).toEqual({ path: '', message: `and ${MAX_HOLIDAYS - 50} more errors` });
    const long = errorsOf({ timeZone: 'Z'.repeat(1_000_000) })[0]!.message;
    expect(long.length).toBeLessThan(100);
  });

  it('never throws, whatever it is given, and what it accepts the clock can use', () => {
    const calendarish = fc.record(
      {
        timeZone: fc.oneof(fc.constantFrom('UTC', 'Asia/Kolkata', 'Mars/Olympus', ''), fc.anything()),
        week: fc.oneof(
          fc.dictionary(
            fc.constantFrom('mon', 'tue', 'sun', 'xyz'),
            fc.array(fc.oneof(fc.tuple(fc.constantFrom('00:00', '09:00', '24:00', '17:30', '99:99'), fc.constantFrom('00:00', '06:00', '24:00')), fc.anything())),
          ),
          fc.anything(),
        ),
        holidays: fc.oneof(fc.array(fc.oneof(fc.constantFrom('2026-12-25', '2026-02-30'), fc.string())), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), calendarish), (input) => {
        const r = validateCalendar(input);
        if (r.ok) {
          const from = Date.UTC(2026, 0, 1);
          expect(businessMsBetween(r.calendar, from, from + 30 * 86_400_000)).toBeGreaterThan(0);
          expect(addBusinessMs(r.calendar, from, 3_600_000)).toBeGreaterThan(from);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('CalendarError', () => {
  it('is thrown by the clock functions for an invalid calendar, carrying the errors', () => {
    const bad = { timeZone: 'Mars/Olympus', week: {} };
    expect(() => businessMsBetween(bad, 0, 1)).toThrow(CalendarError);
    expect(() => addBusinessMs(bad, 0, 1)).toThrow(CalendarError);
    try {
      businessMsBetween(bad, 0, 1);
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarError);
      expect((e as CalendarError).name).toBe('CalendarError');
      expect((e as CalendarError).errors.map((x) => x.path)).toEqual(['timeZone', 'week']);
      expect((e as CalendarError).message).toContain("timeZone: 'Mars/Olympus' is not an IANA time zone");
    }
  });
});
