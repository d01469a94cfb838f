import { describe, expect, it } from 'vitest';
import { applyPack, diffSettings, exportPack, MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION, readPack, type RulePack } from './rule-pack';
import { DEFAULTS, formatProblem, type AllSettings } from './settings-schema';
import { readStoredSettings } from './effective';

const NOW = new Date('2026-11-23T10:00:00.000Z');

function team(): AllSettings {
  const s = structuredClone(DEFAULTS);
  s.sla.firstResponseMinutes = 60;
  s.sla.calendar = { timeZone: 'Asia/Kolkata', week: { mon: [['09:00', '13:00'], ['14:00', '18:00']] }, holidays: ['2026-12-25'] };
  s.sla.policies = [
    { name: 'Outages', when: { subjectWords: ['outage'] }, firstResponseMinutes: 30 },
    { name: 'VIP', when: { labels: ['VIP'] }, nextResponseMinutes: 120 },
  ];
  s.agent.domains = ['acme.example'];
  s.ui.language = 'hi';
  return s;
}

const packText = (pack: unknown) => JSON.stringify(pack);

function problemsOf(text: string, size?: number): string[] {
  const read = readPack(text, size);
  if (read.ok) throw new Error('expected the pack to be refused');
  return read.problems.map(formatProblem);
}

describe('rule pack export and import', () => {
  it('round-trips the whole configuration and the chosen parts only', () => {
    const all = exportPack(team(), ['sla', 'agent', 'privacy', 'sites'], NOW);
    expect(all).toMatchObject({ format: PACK_FORMAT, version: PACK_VERSION, exportedAt: '2026-11-23T10:00:00.000Z' });
    // The UI language and switched-on sites stay each agent's own.
    expect(Object.keys(all.settings)).toEqual(['sla', 'agent', 'privacy', 'sites']);
    expect(all.settings.sites).toEqual({ custom: [] });
    const read = readPack(packText(all));
    expect(read).toEqual({ ok: true, pack: all, migratedFrom: null });

    const slaOnly = exportPack(team(), ['sla'], NOW);
    expect(Object.keys(slaOnly.settings)).toEqual(['sla']);
    const applied = applyPack(DEFAULTS, slaOnly);
    expect(applied.ok && applied.settings.sla).toEqual(team().sla);
    expect(applied.ok && applied.settings.agent).toEqual(DEFAULTS.agent);
  });

  it('describes added, changed and removed rules and changed values before applying', () => {
    const before = team();
    const pack: RulePack = exportPack(team(), ['sla', 'agent'], NOW);
    pack.settings.sla!.policies = [
      { name: 'Outages', when: { subjectWords: ['outage', 'down'] }, firstResponseMinutes: 30 },
      { name: 'Billing', when: { subjectWords: ['invoice'] }, nextResponseMinutes: 240 },
    ];
    pack.settings.sla!.warnBeforeMinutes = 30;
    pack.settings.agent!.domains = ['acme.example', 'acme-support.example'];
    const read = readPack(packText(pack));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const applied = applyPack(before, read.pack);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const diff = diffSettings(before, applied.settings, ['sla.warnBeforeMinutes']);
    expect(diff.rules).toEqual([
      { list: 'sla.policies', name: 'Outages', change: 'changed' },
      { list: 'sla.policies', name: 'Billing', change: 'added' },
      { list: 'sla.policies', name: 'VIP', change: 'removed' },
    ]);
    expect(diff.values).toEqual([
      { path: 'agent.domains', from: ['acme.example'], to: ['acme.example', 'acme-support.example'], locked: false },
      { path: 'sla.warnBeforeMinutes', from: 15, to: 30, locked: true },
    ]);
    // A pack that changes nothing shows an empty diff; reordering rules is a change.
    expect(diffSettings(applied.settings, applied.settings)).toEqual({ rules: [], values: [] });
    const reordered = structuredClone(before);
    reordered.sla.policies.reverse();
    expect(diffSettings(before, reordered).values.map((v) => v.path)).toEqual(['sla.policies']);
  });

  it('carries reminder rules (not the agent\'s own name) and diffs them by id', () => {
    const rule = (id: string, name: string, days = 1) => ({ id, name, enabled: true, trigger: { type: 'event' as const, event: 'resolved' as const }, delay: { amount: days, unit: 'days' as const, business: true }, title: 'Check in', message: '' });
    const before = structuredClone(DEFAULTS);
    before.reminders = { agentName: 'Asha', rules: [rule('thanks', 'Thank you'), rule('old', 'Old rule')] };
    const next = structuredClone(before);
    next.reminders = { agentName: 'Asha', snoozeMinutes: 30, rules: [rule('thanks', 'Thank you', 2), rule('renewal', 'Renewal')] };
    const pack = exportPack(next, ['reminders'], NOW);
    expect(pack.settings.reminders).toEqual({ snoozeMinutes: 30, rules: next.reminders.rules });
    const read = readPack(packText(pack));
    expect(read.ok).toBe(true);
    const applied = read.ok ? applyPack(before, read.pack) : null;
    expect(applied?.ok && applied.settings.reminders.agentName).toBe('Asha');
    expect(applied?.ok && diffSettings(before, applied.settings).rules).toEqual([
      { list: 'reminders.rules', name: 'Thank you', change: 'changed' },
      { list: 'reminders.rules', name: 'Renewal', change: 'added' },
      { list: 'reminders.rules', name: 'Old rule', change: 'removed' },
    ]);
    const bad = structuredClone(pack) as unknown as { settings: { reminders: { rules: { title: string }[] } } };
    bad.settings.reminders.rules[0]!.title = 'Hi {customer.shoeSize}';
    expect(problemsOf(packText(bad))[0]).toMatch(/^settings\.reminders\.rules\[0\]\.title: unknown placeholder \{customer\.shoeSize\}/);
  });

  it("leaves each agent's reminder on Send out of a pack, and refuses a pack that sets it", () => {
    const mine = structuredClone(DEFAULTS);
    mine.listening.remindOnSend = true;
    const pack = exportPack(mine, ['listening'], NOW);
    expect(pack.settings.listening).toEqual({});
    const read = readPack(packText(pack));
    const applied = read.ok ? applyPack(mine, read.pack) : null;
    expect(applied?.ok && applied.settings.listening.remindOnSend).toBe(true);
    const setting = JSON.parse(packText(pack));
    setting.settings.listening.remindOnSend = false;
    expect(problemsOf(JSON.stringify(setting))).toEqual(['settings.listening.remindOnSend: is not a known setting']);
  });

  it('carries the prompt library\'s changes and refuses a malformed one with its path', () => {
    const next = structuredClone(DEFAULTS);
    next.listening = { library: { version: 1, languages: { bn: { frustration: ['বিরক্ত*', 'হতাশ'], suggestions: { useName: '{customer.firstName}, ধন্যবাদ' } } } } };
    const pack = exportPack(next, ['listening'], NOW);
    const read = readPack(packText(pack));
    expect(read.ok && read.pack.settings.listening).toEqual(next.listening);
    const applied = read.ok ? applyPack(DEFAULTS, read.pack) : null;
    expect(applied?.ok && diffSettings(DEFAULTS, applied.settings).values.map((v) => v.path)).toEqual(['listening.library']);
    const bad = JSON.parse(packText(pack));
    bad.settings.listening.library.languages.bn.frustration = ['ok', 7];
    expect(problemsOf(JSON.stringify(bad))[0]).toMatch(/^settings\.listening\.library\.languages\.bn\.frustration\[1\]: /);
  });

  it('migrates a version-1 pack', () => {
    const v1 = { format: PACK_FORMAT, version: 1, exportedAt: '2026-01-05T08:00:00Z', settings: { agent: { domains: ['@Acme.Example'] }, sla: { firstResponseMinutes: 45 } } };
    const read = readPack(packText(v1));
    expect(read.ok && read.migratedFrom).toBe(1);
    expect(read.ok && read.pack.settings).toEqual({ agent: { domains: ['acme.example'] }, sla: { firstResponseMinutes: 45 } });
    // A pack never switches sites on: that needs each browser's permission.
    expect(read.ok && 'sites' in read.pack.settings).toBe(false);
  });
});

describe('a malformed or hostile pack is refused with the offending path', () => {
  const valid = () => exportPack(team(), ['sla', 'agent'], NOW) as unknown as Record<string, any>;

  it('wrong types', () => {
    const pack = valid();
    pack.settings.sla.firstResponseMinutes = '60';
    pack.settings.sla.policies[1].when.labels = 'VIP';
    pack.settings.agent.domains = [42];
    expect(problemsOf(packText(pack))).toEqual([
      'settings.sla.firstResponseMinutes: must be a number of minutes',
      'settings.sla.policies[1].when.labels: Invalid type: Expected Array but received "VIP"',
      'settings.agent.domains[0]: Invalid type: Expected string but received 42',
    ]);
  });

  it('an invalid calendar, with the path inside it', () => {
    const pack = valid();
    pack.settings.sla.calendar.week.mon[1] = ['18:00', '14:00:00'];
    expect(problemsOf(packText(pack))).toEqual(['settings.sla.calendar.week.mon[1][1]: is not a time HH:MM']);
    pack.settings.sla.calendar.week.mon[1] = ['18:00', '14:00'];
    pack.settings.sla.calendar.timeZone = 'Mars/Olympus';
    expect(problemsOf(packText(pack))).toEqual(["settings.sla.calendar: timeZone: 'Mars/Olympus' is not an IANA time zone"]);
  });

  it('unknown format, version from the future, missing fields, unknown settings', () => {
    expect(problemsOf(packText({ ...valid(), format: 'other-extension-options' }))).toEqual([
      'format: "other-extension-options" is not a rule pack format (expected "support-panel-rule-pack")',
    ]);
    expect(problemsOf(packText({ ...valid(), version: PACK_VERSION + 1 }))[0]).toMatch(/^version: was made by a newer version/);
    expect(problemsOf(packText({ format: PACK_FORMAT, settings: {} }))).toEqual([
      'version: must be a whole number from 1',
      'exportedAt: must be a date and time such as "2026-11-23T10:00:00.000Z"',
    ]);
    const pack = valid();
    pack.settings.sla.colour = 'red';
    pack.settings.ui = { language: 'bn' };
    expect(problemsOf(packText(pack))).toEqual(['settings.sla.colour: is not a known setting', 'settings.ui: is not a known setting']);
    expect(problemsOf('[1,2]')).toEqual(['a rule pack is a JSON object with format, version, exportedAt and settings']);
    expect(problemsOf('{"format": "support-panel-rule-pack",')[0]).toMatch(/^not valid JSON/);
  });

  it('files over 5 MB, and a 50 MB file, before reading them', () => {
    expect(problemsOf('{}', 50 * 1024 * 1024)).toEqual(['the file is 50.0 MB; at most 5.0 MB is accepted']);
    const padded = packText({ ...valid(), settings: { sla: { policies: [] } }, pad: 'x'.repeat(MAX_PACK_BYTES) });
    expect(problemsOf(padded)[0]).toMatch(/^the file is 5\.0 MB; at most 5\.0 MB/);
  });

  it('deep nesting, without building it', () => {
    const deep = `{"format":"${PACK_FORMAT}","version":2,"exportedAt":"2026-11-23T10:00:00Z","settings":{"sla":{"policies":${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`;
    // {pack {settings {sla then the 14th '[' is the 17th level.
    const column = deep.indexOf('[') + 13 + 1;
    expect(problemsOf(deep)).toEqual([`nested more than 16 levels deep (at line 1, column ${column})`]);
  });

  it('script or HTML in strings', () => {
    const pack = valid();
    pack.settings.sla.policies[0].name = '<img src=x onerror=alert(1)>';
    pack.settings.sla.policies[1].when.labels = ['VIP', 'javascript:alert(1)'];
    expect(problemsOf(packText(pack))).toEqual([
      'settings.sla.policies[0].name: contains HTML or script, which settings never need',
      'settings.sla.policies[1].when.labels[1]: contains HTML or script, which settings never need',
    ]);
    // Ordinary text with angle brackets is fine.
    const ok = valid();
    ok.settings.sla.policies[0].name = 'Replies < 5 min';
    expect(readPack(packText(ok)).ok).toBe(true);
  });

  it('prototype-pollution keys', () => {
    const text = `{"format":"${PACK_FORMAT}","version":2,"exportedAt":"2026-11-23T10:00:00Z","settings":{"sla":{"__proto__":{"polluted":true}},"agent":{"constructor":{"prototype":{"x":1}}}}}`;
    expect(problemsOf(text)).toEqual([
      'settings.sla.__proto__: "__proto__" is not allowed as a name (it could change how objects behave)',
      'settings.agent.constructor: "constructor" is not allowed as a name (it could change how objects behave)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('applying a refused pack is impossible: nothing but the reader produces a RulePack', () => {
    // The stored settings stay as they were: readPack never writes, and applyPack returns a copy.
    const stored = readStoredSettings({ version: 2, sla: { firstResponseMinutes: 61 } }).settings;
    const copy = structuredClone(stored);
    applyPack(stored, exportPack(team(), ['sla'], NOW));
    expect(stored).toEqual(copy);
  });
});
