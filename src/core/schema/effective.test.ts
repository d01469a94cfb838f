import { describe, expect, it } from 'vitest';
import { isLocked, readStoredSettings, resolveEffective, withField, toStored } from './effective';
import { DEFAULTS, SETTINGS_VERSION, checkSection, formatProblem } from './settings-schema';
import { readSlaSettings } from './sla-settings';
import { migrate, MIGRATIONS } from './migrations';

describe('readStoredSettings', () => {
  it('gives complete defaults for nothing, and says so for garbage', () => {
    expect(readStoredSettings(undefined)).toMatchObject({ settings: DEFAULTS, problems: [] });
    const bad = readStoredSettings('x');
    expect(bad.settings).toEqual(DEFAULTS);
    expect(bad.problems.map(formatProblem)).toEqual(['stored settings are not an object; defaults used']);
  });

  it('migrates the version-1 format documented before the options page', () => {
    const read = readStoredSettings({
      agent: { addresses: [' Team@Acme.test ', 'team@acme.test', 'not an address'], domains: ['@Acme-Support.test', 'bad domain'] },
      sla: { firstResponseMinutes: 60, calendar: { timeZone: 'Asia/Dhaka', week: { sun: [['10:00', '18:00']] } } },
    });
    expect(read.storedVersion).toBe(1);
    expect(read.problems).toEqual([]);
    expect(read.settings.version).toBe(SETTINGS_VERSION);
    expect(read.settings.agent).toEqual({ addresses: ['team@acme.test'], domains: ['acme-support.test'] });
    expect(read.settings.sla.firstResponseMinutes).toBe(60);
    expect(read.settings.sla.nextResponseMinutes).toBe(480);
    expect(read.settings.sla.calendar).toEqual({ timeZone: 'Asia/Dhaka', week: { sun: [['10:00', '18:00']] } });
    // Version 1 ran on Gmail and the demo helpdesk without asking.
    expect(read.settings.sites).toEqual({ enabled: ['gmail', 'demo'], hosts: [], custom: [] });
  });

  it('keeps the default for each invalid field and leaves out each invalid rule, with paths', () => {
    const read = readStoredSettings({
      version: 2,
      sla: {
        firstResponseMinutes: -5,
        warnBeforeMinutes: 0,
        pauseStatuses: ['open'],
        policies: [
          { name: 'Outages', when: { subjectWords: ['outage'] }, firstResponseMinutes: 30 },
          { name: 'No conditions', when: {}, firstResponseMinutes: 10 },
          { name: 'VIP', when: { labels: ['VIP'] }, nextResponseMinutes: 'soon' },
        ],
        colour: 'red',
      },
      privacy: { retentionDays: 3, storeSubjects: false },
    });
    const s = read.settings;
    expect(s.sla.firstResponseMinutes).toBe(240);
    expect(s.sla.warnBeforeMinutes).toBe(0);
    expect(s.sla.pauseStatuses).toEqual(DEFAULTS.sla.pauseStatuses);
    expect(s.sla.policies.map((p) => p.name)).toEqual(['Outages']);
    expect(s.privacy).toEqual({ retentionDays: 730, storeSubjects: false });
    expect(read.problems.map((p) => p.path)).toEqual([
      'sla.firstResponseMinutes',
      'sla.pauseStatuses[0]',
      'sla.policies[1].when',
      'sla.policies[2].nextResponseMinutes',
      'sla.colour',
      'privacy.retentionDays',
    ]);
  });

  it('keeps sections it does not know (a newer build wrote them) for the next save', () => {
    const read = readStoredSettings({ version: 2, coaching: { tips: [1] }, ui: { language: 'bn' } });
    expect(read.extra).toEqual({ coaching: { tips: [1] } });
    expect(read.settings.ui.language).toBe('bn');
    expect(withField(read, 'ui', 'language', 'hi')).toEqual({ ...DEFAULTS, coaching: { tips: [1] }, ui: { language: 'hi' } });
  });

  it('reads settings stored by a newer version as well as it can', () => {
    const read = readStoredSettings({ version: 9, ui: { language: 'hi' } });
    expect(read.settings.ui.language).toBe('hi');
    expect(read.problems[0]!.path).toBe('version');
  });

  it('gives the SLA reader the same targets it would read itself', () => {
    const raw = { sla: { firstResponseMinutes: 60, policies: [{ name: 'VIP', when: { labels: ['VIP'] }, nextResponseMinutes: 120 }] } };
    const stored = toStored(readStoredSettings(raw).settings);
    expect(readSlaSettings(stored)).toEqual(readSlaSettings(raw));
    expect(readSlaSettings(stored).problems).toEqual([]);
  });
});

describe('resolveEffective', () => {
  it('applies policy field by field over stored settings and locks those fields', () => {
    const eff = resolveEffective(
      { version: 2, sla: { firstResponseMinutes: 60, nextResponseMinutes: 90 }, ui: { language: 'bn' } },
      { sla: { firstResponseMinutes: 30, calendar: { timeZone: 'Europe/London' } }, agent: { domains: ['acme.example'] } },
    );
    expect(eff.settings.sla.firstResponseMinutes).toBe(30);
    expect(eff.settings.sla.nextResponseMinutes).toBe(90);
    expect(eff.settings.sla.calendar).toEqual({ timeZone: 'Europe/London' });
    expect(eff.settings.agent.domains).toEqual(['acme.example']);
    expect(eff.settings.ui.language).toBe('bn');
    expect(eff.locked.sort()).toEqual(['agent.domains', 'sla.calendar', 'sla.firstResponseMinutes']);
    expect(eff.policyProblems).toEqual([]);
  });

  it('ignores invalid policy fields and unknown names, reporting them', () => {
    const eff = resolveEffective(undefined, {
      sla: { firstResponseMinutes: 0, calendar: { timeZone: 'Mars/Olympus' }, warnBeforeMinutes: 5 },
      colour: { a: 1 },
      ui: 'bn',
    });
    expect(eff.settings.sla.firstResponseMinutes).toBe(240);
    expect(eff.settings.sla.calendar).toBeNull();
    expect(eff.settings.sla.warnBeforeMinutes).toBe(5);
    expect(eff.locked).toEqual(['sla.warnBeforeMinutes']);
    expect(eff.policyProblems.map((p) => p.path)).toEqual(['sla.firstResponseMinutes', 'sla.calendar', 'colour', 'ui']);
    expect(eff.policyProblems[1]!.message).toMatch(/Mars\/Olympus/);
  });

  it('reads the reminder on Send as off unless stored or set by policy, and locks it under policy', () => {
    expect(DEFAULTS.listening.remindOnSend).toBe(false);
    // Stored before the setting existed: read as off, nothing to report.
    const before = resolveEffective({ version: 2, listening: {} }, {});
    expect(before.settings.listening.remindOnSend).toBe(false);
    expect(before.problems).toEqual([]);
    expect(resolveEffective({ version: 2, listening: { remindOnSend: true } }, {}).settings.listening.remindOnSend).toBe(true);
    const bad = resolveEffective({ version: 2, listening: { remindOnSend: 'on' } }, {});
    expect(bad.settings.listening.remindOnSend).toBe(false);
    expect(bad.problems.map((p) => p.path)).toEqual(['listening.remindOnSend']);
    const policy = resolveEffective({ version: 2, listening: { remindOnSend: true } }, { listening: { remindOnSend: false } });
    expect(policy.settings.listening.remindOnSend).toBe(false);
    expect(policy.locked).toEqual(['listening.remindOnSend']);
    expect(checkSection('listening', { remindOnSend: 'yes' }).ok).toBe(false);
  });

  it('locks the parts inside a locked field', () => {
    expect(isLocked(['sla.policies'], 'sla.policies')).toBe(true);
    expect(isLocked(['sla.policies'], 'sla.policies[2].name')).toBe(true);
    expect(isLocked(['sla.policies'], 'sla.pauseStatuses')).toBe(false);
    expect(isLocked(['sla.calendar'], 'sla.calendarX')).toBe(false);
  });
});

describe('schema and migrations', () => {
  it('validates a section with messages at the offending path', () => {
    const checked = checkSection('sites', { enabled: ['gmail', 'myspace'], hosts: ['http://x.test/*'], custom: [{ id: 'Acme!', name: '', urlPattern: 'http://*/*', selectors: {} }] });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const paths = checked.problems.map((p) => p.path);
    expect(paths).toContain('sites.enabled[1]');
    expect(paths).toContain('sites.hosts[0]');
    expect(paths).toContain('sites.custom[0].id');
    expect(paths).toContain('sites.custom[0].name');
    expect(paths).toContain('sites.custom[0].urlPattern');
    expect(paths).toContain('sites.custom[0].selectors.conversation');
  });

  it('refuses a custom helpdesk pattern for every host and selectors carrying markup', () => {
    const base = { id: 'acme', name: 'Acme', urlPattern: 'https://support.acme.test/*', selectors: { conversation: '#t', message: '.m', author: '.a', time: 'time', agentMessage: '.agent' } };
    expect(checkSection('sites', { enabled: [], hosts: [], custom: [base] }).ok).toBe(true);
    expect(checkSection('sites', { enabled: [], hosts: [], custom: [{ ...base, urlPattern: 'https://*/*' }] }).ok).toBe(false);
    expect(checkSection('sites', { enabled: [], hosts: [], custom: [{ ...base, selectors: { ...base.selectors, message: '<img src=x onerror=alert(1)>' } }] }).ok).toBe(false);
    expect(checkSection('sites', { enabled: [], hosts: [], custom: [base, base] }).ok).toBe(false);
  });

  it('runs migrations in order, each once, and refuses data from a newer version', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual([...MIGRATIONS.map((m) => m.to)].sort((a, b) => a - b));
    expect(MIGRATIONS.at(-1)!.to).toBe(SETTINGS_VERSION);
    const pack = migrate({ agent: { domains: ['@ACME.example'] } }, 1, false);
    expect(pack).toEqual({ ok: true, from: 1, data: { agent: { domains: ['acme.example'] } } });
    const current = migrate({ agent: { domains: ['ACME.example'] } }, SETTINGS_VERSION, true);
    expect(current).toEqual({ ok: true, from: SETTINGS_VERSION, data: { agent: { domains: ['ACME.example'] } } });
    expect(migrate({}, SETTINGS_VERSION + 1, true).ok).toBe(false);
  });
  it('reads reminder settings rule by rule, leaving out an invalid rule with its path', () => {
    const rule = { id: 'thanks', name: 'Thank you', enabled: true, trigger: { type: 'event', event: 'resolved' }, delay: { amount: 1, unit: 'days', business: true }, title: 'Thank {customer.firstName}', message: '' };
    const read = readStoredSettings({ version: 2, reminders: { snoozeMinutes: 30, rules: [rule, { ...rule, id: 'Bad Id' }] } });
    expect(read.settings.reminders).toEqual({ snoozeMinutes: 30, rules: [rule] });
    expect(read.problems.map((p) => p.path)).toEqual(['reminders.rules[1].id']);
  });
});
