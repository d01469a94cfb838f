import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../schema/sla-defaults';
import { computeMetrics } from './compute';
import { CSV_COLUMNS, csvField, toCsv } from './csv';
import type { EventLike } from './types';

const H = 3_600_000;
const ist = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) - 5.5 * H;

describe('csvField', () => {
  it('quotes by RFC 4180: commas, quotes (doubled) and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it("neutralises formulas: a leading = + - @ (or tab / CR) gets a '", () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+31 20')).toBe("'+31 20");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  const e = (conversationKey: string, kind: EventLike['kind'], at: number): EventLike => ({ conversationKey, kind, at });
  // A site whose name is a formula (sites can be supervisor-defined) and one with a comma.
  const evil = '=cmd|"/c calc"!A1';
  const metrics = computeMetrics({
    conversations: [
      { key: 'x:1', site: evil },
      { key: 'y:1', site: 'help,desk' },
    ],
    events: [
      // Mon 2 Nov 09:00 → 10:30: 90 min business and calendar; met.
      e('x:1', 'customer_message', ist(2026, 11, 2, 9)),
      e('x:1', 'agent_reply', ist(2026, 11, 2, 10, 30)),
      // Fri 6 Nov 16:00 → Mon 9 Nov 10:00: 120 min business, 3960 calendar; then a next response 10:00 → 10:01.5.
      e('y:1', 'customer_message', ist(2026, 11, 6, 16)),
      e('y:1', 'agent_reply', ist(2026, 11, 9, 10)),
      e('y:1', 'customer_message', ist(2026, 11, 9, 10, 0)),
      { conversationKey: 'y:1', kind: 'agent_reply', at: ist(2026, 11, 9, 10, 1) + 30_000 },
    ],
    calendar: defaultCalendar('Asia/Kolkata'),
    policy: { firstResponseMs: 4 * H, nextResponseMs: 8 * H },
    from: ist(2026, 11, 2),
    to: ist(2026, 11, 16),
    bucket: 'week',
    timeZone: 'Asia/Kolkata',
    now: ist(2026, 11, 10),
  });

  it('has a header, a row per bucket and site, an all-sites row per bucket, and totals; minutes with one decimal', () => {
    const lines = toCsv(metrics).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    const rest = lines.slice(1, -1);
    // Sites sort as strings: '=' (0x3D) before 'h'.
    // x:1 is resolved with one reply (8 quiet days by now); y:1 has two replies. y:1's replies are on
    // Monday 9 November, so they belong to the week starting that day.
    expect(rest).toEqual([
      `2026-11-02,"'=cmd|""/c calc""!A1",1,90.0,90.0,90.0,90.0,90.0,90.0,1,100.0,0,,,,,,,0,,1,1,0,100.0,0`,
      `2026-11-02,"help,desk",0,,,,,,,0,,0,,,,,,,0,,0,0,0,,0`,
      `2026-11-02,(all),1,90.0,90.0,90.0,90.0,90.0,90.0,1,100.0,0,,,,,,,0,,1,1,0,100.0,0`,
      `2026-11-09,"'=cmd|""/c calc""!A1",0,,,,,,,0,,0,,,,,,,0,,0,0,0,,0`,
      `2026-11-09,"help,desk",1,120.0,120.0,120.0,3960.0,3960.0,3960.0,1,100.0,1,1.5,1.5,1.5,1.5,1.5,1.5,1,100.0,0,1,0,0.0,0`,
      `2026-11-09,(all),1,120.0,120.0,120.0,3960.0,3960.0,3960.0,1,100.0,1,1.5,1.5,1.5,1.5,1.5,1.5,1,100.0,0,1,0,0.0,0`,
      `total,"'=cmd|""/c calc""!A1",1,90.0,90.0,90.0,90.0,90.0,90.0,1,100.0,0,,,,,,,0,,1,1,0,100.0,0`,
      `total,"help,desk",1,120.0,120.0,120.0,3960.0,3960.0,3960.0,1,100.0,1,1.5,1.5,1.5,1.5,1.5,1.5,1,100.0,0,1,0,0.0,0`,
      // first business [90, 120]: mean 105, median 90, p90 120; calendar [90, 3960]: mean 2025.
      `total,(all),2,105.0,90.0,120.0,2025.0,90.0,3960.0,2,100.0,1,1.5,1.5,1.5,1.5,1.5,1.5,1,100.0,1,2,0,50.0,0`,
    ]);
  });
});
