import { describe, expect, it } from 'vitest';
import { checkBackup, MAX_BACKUP_BYTES } from './backup';
import { formatProblem } from './settings-schema';

const TABLES = [
  { name: 'conversations', primKey: 'key' },
  { name: 'events', primKey: '++id' },
];
const opts = { databaseName: 'support-panel', databaseVersion: 3, tables: TABLES };

function backup(over: Record<string, unknown> = {}) {
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'support-panel',
      databaseVersion: 3,
      tables: [
        { name: 'conversations', schema: 'key,site', rowCount: 1 },
        { name: 'events', schema: '++id', rowCount: 2 },
      ],
      data: [
        { tableName: 'conversations', inbound: true, rows: [{ key: 'gmail:1', subject: '<b>not html to us</b>' }] },
        { tableName: 'events', inbound: true, rows: [{ id: 1, at: 1 }, { id: 2, at: 2 }] },
      ],
      ...over,
    },
  };
}

const problems = (value: unknown, size?: number) => {
  const r = checkBackup(JSON.stringify(value), { ...opts, byteLength: size });
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('checkBackup', () => {
  it('accepts a backup of this database and counts its rows', () => {
    expect(checkBackup(JSON.stringify(backup()), opts)).toEqual({ ok: true, summary: { databaseVersion: 3, rows: { conversations: 1, events: 2 } } });
  });

  it('refuses other files with the offending path, before importing anything', () => {
    expect(problems({ format: 'support-panel-rule-pack' })).toEqual(['not a backup made by this extension (expected formatName "dexie", formatVersion 1)']);
    expect(problems(backup({ databaseName: 'other' }))).toEqual(['data.databaseName: "other" is not this extension\'s database ("support-panel")']);
    expect(problems(backup({ databaseVersion: 9 }))[0]).toMatch(/^data\.databaseVersion: 9 comes from a newer version/);
    const b = backup();
    b.data.data[0]!.rows.push({ subject: 'no key' } as never);
    b.data.data.push({ tableName: 'secrets', inbound: true, rows: [] });
    expect(problems(b)).toEqual([
      'data.data[0].rows[1].key: is missing (the record\'s key)',
      'data.data[2].tableName: "secrets" is not a table of this database',
      'data.tables: conversations: the file says 1 rows but holds 2',
    ]);
    expect(problems({}, MAX_BACKUP_BYTES + 1)[0]).toMatch(/^the file is 48\.0 MB/);
    const polluted = JSON.stringify(backup()).replace('"subject"', '"__proto__"');
    const r = checkBackup(polluted, opts);
    expect(!r.ok && r.problems[0]!.path).toBe('data.data[0].rows[0].__proto__');
  });
});
