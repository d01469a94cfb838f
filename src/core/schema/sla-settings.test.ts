import { describe, expect, it } from 'vitest';
import { readSlaSettings } from './sla-settings';
import { DEFAULT_SLA_POLICY } from './sla-defaults';

describe('readSlaSettings', () => {
  it('gives the defaults when nothing is set', () => {
    expect(readSlaSettings(undefined)).toEqual({ settings: { policy: DEFAULT_SLA_POLICY, rules: [], calendar: null, notifyBeforeBreach: true }, problems: [] });
    expect(readSlaSettings({ agent: {} }).problems).toEqual([]);
  });

  it('reads targets in minutes, a calendar and the notification switch', () => {
    const { settings, problems } = readSlaSettings({
      sla: {
        firstResponseMinutes: 60,
        nextResponseMinutes: 90.5,
        warnBeforeMinutes: 0,
        pauseStatuses: ['pending'],
        calendar: { timeZone: 'Asia/Dhaka', week: { sun: [['10:00', '18:00']] } },
        notifyBeforeBreach: false,
      },
    });
    expect(problems).toEqual([]);
    expect(settings.policy).toEqual({ firstResponseMs: 3_600_000, nextResponseMs: 5_430_000, warnBeforeMs: 0, pauseStatuses: ['pending'] });
    expect(settings.calendar).toEqual({ timeZone: 'Asia/Dhaka', week: { sun: [['10:00', '18:00']] } });
    expect(settings.notifyBeforeBreach).toBe(false);
  });

  it('keeps the default for each invalid field and says what was wrong', () => {
    const { settings, problems } = readSlaSettings({
      sla: { firstResponseMinutes: -5, nextResponseMinutes: 'soon', pauseStatuses: ['open'], calendar: { timeZone: 'Mars/Olympus' }, notifyBeforeBreach: 'yes' },
    });
    expect(settings).toEqual({ policy: DEFAULT_SLA_POLICY, rules: [], calendar: null, notifyBeforeBreach: true });
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^sla\.pauseStatuses/);
    expect(problems.some((p) => p.startsWith('sla.calendar.timeZone'))).toBe(true);
    expect(problems.some((p) => p.startsWith('sla.firstResponseMinutes: -5'))).toBe(true);
  });

  it('rejects an empty week', () => {
    const { settings, problems } = readSlaSettings({ sla: { calendar: { timeZone: 'Europe/London', week: {} } } });
    expect(settings.calendar).toBeNull();
    expect(problems.join()).toMatch(/sla\.calendar\.week/);
  });

  it('reads policy rules in order and leaves out each invalid one with its path', () => {
    const { settings, problems } = readSlaSettings({
      sla: {
        policies: [
          { name: 'Outages', when: { subjectWords: ['outage'] }, firstResponseMinutes: 30 },
          { name: 'No conditions', when: {}, firstResponseMinutes: 10 },
          { name: 'Bad list', when: { sites: 'gmail' }, firstResponseMinutes: 10 },
          { name: 'No target', when: { labels: ['VIP'] } },
          { name: 'Bad minutes', when: { labels: ['VIP'] }, nextResponseMinutes: -1 },
          'not a rule',
          { name: 'VIP', when: { labels: ['VIP'], customerDomains: ['bigcorp.com'] }, nextResponseMinutes: 120, warnBeforeMinutes: 5 },
        ],
      },
    });
    expect(settings.rules).toEqual([
      { name: 'Outages', when: { subjectWords: ['outage'] }, firstResponseMs: 1_800_000 },
      { name: 'VIP', when: { labels: ['VIP'], customerDomains: ['bigcorp.com'] }, nextResponseMs: 7_200_000, warnBeforeMs: 300_000 },
    ]);
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'sla.policies[1].when',
      'sla.policies[2].when.sites',
      'sla.policies[3]',
      'sla.policies[4].nextResponseMinutes',
      'sla.policies[5]',
    ]);
  });
});
