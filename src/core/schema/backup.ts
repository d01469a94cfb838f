/**
 * Checks a data backup (the JSON that dexie-export-import writes) before anything is imported:
 * size, nesting and names first (untrusted-json.ts), then that it is a backup of this extension's
 * database, of this version or older, holding only tables this build knows, each row a plain
 * record with its primary key, and row counts that match what the file claims.
 */
import type { Problem } from './settings-schema';
import { readUntrustedJson } from './untrusted-json';

/** A runtime message carries at most 64 MiB of JSON (Chrome); escaping inflates text a little. */
export const MAX_BACKUP_BYTES = 48 * 1024 * 1024;
export const MAX_BACKUP_DEPTH = 12;
const MAX_ROW_BYTES = 64 * 1024;

export interface KnownTable {
  name: string;
  /** The primary key's key path ("key", "id"); null for an outbound key. */
  primKey: string | null;
}

export interface BackupSummary {
  databaseVersion: number;
  /** Rows per table, in the file's order. */
  rows: Record<string, number>;
}

export type BackupCheck = { ok: true; summary: BackupSummary } | { ok: false; problems: Problem[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function checkBackup(text: string, opts: { databaseName: string; databaseVersion: number; tables: readonly KnownTable[]; byteLength?: number }): BackupCheck {
  // Subjects and names are the customers' own words: markup in them is data, not an attack here
  // (the UI renders text, never HTML). Names and nesting are still checked.
  const json = readUntrustedJson(text, { maxBytes: MAX_BACKUP_BYTES, maxDepth: MAX_BACKUP_DEPTH, checkMarkup: false }, opts.byteLength);
  if (!json.ok) return json;
  const problems: Problem[] = [];
  const root = json.value;
  if (!isRecord(root) || root.formatName !== 'dexie' || root.formatVersion !== 1 || !isRecord(root.data)) {
    return { ok: false, problems: [{ path: '', message: 'not a backup made by this extension (expected formatName "dexie", formatVersion 1)' }] };
  }
  const data = root.data;
  if (data.databaseName !== opts.databaseName) problems.push({ path: 'data.databaseName', message: `${JSON.stringify(data.databaseName)} is not this extension's database ("${opts.databaseName}")` });
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) problems.push({ path: 'data.databaseVersion', message: 'must be a whole number' });
  else if (version > opts.databaseVersion) problems.push({ path: 'data.databaseVersion', message: `${version} comes from a newer version of the extension (this one has ${opts.databaseVersion}): update it first` });
  if (!Array.isArray(data.tables) || !Array.isArray(data.data)) {
    problems.push({ path: 'data', message: 'must list tables and their data' });
    return { ok: false, problems };
  }
  const known = new Map(opts.tables.map((t) => [t.name, t]));
  const claimed = new Map<string, number>();
  data.tables.forEach((t: unknown, i) => {
    if (!isRecord(t) || typeof t.name !== 'string' || typeof t.rowCount !== 'number') problems.push({ path: `data.tables[${i}]`, message: 'must have a name and a rowCount' });
    else if (!known.has(t.name)) problems.push({ path: `data.tables[${i}].name`, message: `"${t.name.slice(0, 60)}" is not a table of this database` });
    else claimed.set(t.name, t.rowCount);
  });
  const rows: Record<string, number> = {};
  data.data.forEach((t: unknown, i) => {
    const at = `data.data[${i}]`;
    if (!isRecord(t) || typeof t.tableName !== 'string' || !Array.isArray(t.rows) || typeof t.inbound !== 'boolean') {
      problems.push({ path: at, message: 'must have a tableName, inbound and rows' });
      return;
    }
    const table = known.get(t.tableName);
    if (!table) {
      problems.push({ path: `${at}.tableName`, message: `"${t.tableName.slice(0, 60)}" is not a table of this database` });
      return;
    }
    if (t.inbound !== (table.primKey !== null)) problems.push({ path: `${at}.inbound`, message: `does not match the ${t.tableName} table` });
    for (let r = 0; r < t.rows.length && problems.length < 20; r++) {
      const row = t.rows[r];
      if (!isRecord(row)) {
        problems.push({ path: `${at}.rows[${r}]`, message: 'must be a record' });
        continue;
      }
      if (table.primKey && !table.primKey.startsWith('++') && row[table.primKey] === undefined) {
        problems.push({ path: `${at}.rows[${r}].${table.primKey}`, message: 'is missing (the record\'s key)' });
      }
      if (JSON.stringify(row).length > MAX_ROW_BYTES) problems.push({ path: `${at}.rows[${r}]`, message: 'is larger than any record this extension writes' });
    }
    rows[t.tableName] = (rows[t.tableName] ?? 0) + t.rows.length;
  });
  for (const [name, count] of claimed) {
    if ((rows[name] ?? 0) !== count) problems.push({ path: 'data.tables', message: `${name}: the file says ${count} rows but holds ${rows[name] ?? 0}` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, summary: { databaseVersion: version as number, rows } };
}
