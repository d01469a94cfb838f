import { describe, expect, it } from 'vitest';
import { DAY_MS, MINUTE_MS, dayNumber } from './civil';
import { Zone, isTimeZone } from './zone';

/** Wall clock of an instant read straight from Intl, independent of the library: ms as if UTC. */
const formats = new Map<string, Intl.DateTimeFormat>();
function wallOf(zoneName: string, instant: number): number {
  let f = formats.get(zoneName);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zoneName,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(zoneName, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = Number(part.value);
  return Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!);
}

/** Local days in [fromDay, toDay) that are not 24 h long, found from Intl alone. */
function transitionDays(zoneName: string, fromDay: number, toDay: number): number[] {
  const days: number[] = [];
  for (let d = fromDay; d < toDay; d++) {
    const at = d * DAY_MS + 12 * 3_600_000;
    if (wallOf(zoneName, at + DAY_MS) - wallOf(zoneName, at) !== DAY_MS) days.push(d);
  }
  // The day containing the change is the later noon's day or the one before it.
  return [...new Set(days.flatMap((d) => [d, d + 1]))];
}

describe('isTimeZone', () => {
  it.each(['Asia/Kolkata', 'Asia/Calcutta', 'Asia/Kathmandu', 'Australia/Adelaide', 'Asia/Dhaka', 'America/New_York', 'Europe/London', 'UTC'])(
    'accepts %s',
    (name) => expect(isTimeZone(name)).toBe(true),
  );
  it.each(['Mars/Olympus', '', '+05:30', 'GMT+5:30', ' Europe/London', 'Europe/London\n', 'x'.repeat(200), '__proto__', 'constructor'])(
    'refuses %j',
    (name) => expect(isTimeZone(name)).toBe(false),
  );
});

describe('Zone.wallToInstant', () => {
  it('maps ordinary wall times by the day’s offset', () => {
    const kolkata = new Zone('Asia/Kolkata');
    expect(kolkata.wallToInstant(dayNumber(2026, 1, 5), 9 * 60)).toBe(Date.UTC(2026, 0, 5, 3, 30));
    const kathmandu = new Zone('Asia/Kathmandu');
    expect(kathmandu.wallToInstant(dayNumber(2026, 1, 5), 10 * 60)).toBe(Date.UTC(2026, 0, 5, 4, 15));
    const adelaide = new Zone('Australia/Adelaide');
    // January is summer time there: +10:30.
    expect(adelaide.wallToInstant(dayNumber(2026, 1, 5), 9 * 60)).toBe(Date.UTC(2026, 0, 4, 22, 30));
  });

  it('maps a skipped wall time to the instant of the jump', () => {
    const ny = new Zone('America/New_York');
    const day = dayNumber(2026, 3, 8);
    const jump = Date.UTC(2026, 2, 8, 7, 0); // 02:00 EST becomes 03:00 EDT
    expect(ny.wallToInstant(day, 2 * 60)).toBe(jump);
    expect(ny.wallToInstant(day, 2 * 60 + 30)).toBe(jump);
    expect(ny.wallToInstant(day, 3 * 60)).toBe(jump);
    expect(ny.wallToInstant(day, 60)).toBe(jump - 3_600_000);
  });

  it('maps a repeated wall time to its first occurrence', () => {
    const london = new Zone('Europe/London');
    // 2026-10-25 02:00 BST goes back to 01:00 GMT; 01:30 happens at 00:30Z and again at 01:30Z.
    expect(london.wallToInstant(dayNumber(2026, 10, 25), 90)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    const adelaide = new Zone('Australia/Adelaide');
    // 2026-04-05 03:00 ACDT goes back to 02:00 ACST; 02:30 first happens at 02:30 +10:30.
    expect(adelaide.wallToInstant(dayNumber(2026, 4, 5), 150)).toBe(Date.UTC(2026, 3, 4, 16, 0));
  });

  // Every 15 minutes of every transition day 2026–2027 against Intl read minute by minute:
  // the answer must be the first instant at which the wall clock reads that time or later.
  const zones = [
    'America/New_York',
    'Europe/London',
    'Australia/Adelaide',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Asia/Dhaka',
    'America/Santiago', // changes at midnight
    'Australia/Lord_Howe', // 30-minute DST
    'Africa/Casablanca', // Ramadan changes
  ];
  it.each(zones)('agrees with a minute-by-minute reading of Intl on transition days in %s', (zoneName) => {
    const z = new Zone(zoneName);
    const days = transitionDays(zoneName, dayNumber(2026, 1, 1), dayNumber(2028, 1, 1));
    for (const day of days) {
      const from = day * DAY_MS - 15 * 3_600_000;
      const walls: number[] = [];
      for (let t = from; t <= (day + 1) * DAY_MS + 15 * 3_600_000; t += MINUTE_MS) walls.push(wallOf(zoneName, t));
      for (let minute = 0; minute <= 1440; minute += 15) {
        const wall = day * DAY_MS + minute * MINUTE_MS;
        const first = walls.findIndex((w) => w >= wall);
        expect(z.wallToInstant(day, minute), `${zoneName} day ${day} minute ${minute}`).toBe(from + first * MINUTE_MS);
      }
    }
  });
});
