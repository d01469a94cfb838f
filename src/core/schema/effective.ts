/**
 * The settings in force: defaults < this browser's stored settings < enterprise policy.
 *
 * Stored settings are read leniently (a damaged store never breaks the extension): each field
 * that does not validate keeps its default, each invalid rule in a list is left out, and every
 * such problem is reported with its path. Policy (chrome.storage.managed, same sections and
 * fields as the stored settings) overrides field by field; each field it sets is locked.
 */
import * as v from 'valibot';
import {
  DEFAULTS,
  SECTIONS,
  SECTION_SCHEMAS,
  SETTINGS_VERSION,
  issuesToProblems,
  type AllSettings,
  type Problem,
  type SectionName,
} from './settings-schema';
import { migrate, versionOf } from './migrations';

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

const entriesOf = (section: SectionName): Record<string, v.GenericSchema> =>
  (SECTION_SCHEMAS[section] as unknown as { entries: Record<string, v.GenericSchema> }).entries;

/** A list of objects (rules, custom sites): invalid items can be left out one by one. */
function listOfObjects(schema: v.GenericSchema): v.GenericSchema | null {
  let node = schema as unknown as SchemaNode;
  if (node.type === 'optional' && node.wrapped) node = node.wrapped;
  return node.type === 'array' && (node.item?.type === 'strict_object' || node.item?.type === 'object') ? (node as unknown as v.GenericSchema) : null;
}

function readField(schema: v.GenericSchema, value: unknown, path: string, problems: Problem[]): { ok: true; value: unknown } | { ok: false } {
  const whole = v.safeParse(schema, value);
  if (whole.success) return { ok: true, value: whole.output };
  const list = listOfObjects(schema);
  if (list && Array.isArray(value)) {
    const item = (list as unknown as { item: v.GenericSchema }).item;
    const kept: unknown[] = [];
    value.forEach((raw, i) => {
      const one = v.safeParse(item, raw);
      if (one.success) kept.push(one.output);
      else problems.push(...issuesToProblems(one.issues, `${path}[${i}]`));
    });
    const again = v.safeParse(schema, kept);
    if (again.success) return { ok: true, value: again.output };
  }
  problems.push(...issuesToProblems(whole.issues, path));
  return { ok: false };
}

function readSection<S extends SectionName>(section: S, raw: unknown, problems: Problem[]): AllSettings[S] {
  const fallback = structuredClone(DEFAULTS[section]);
  if (raw === undefined) return fallback;
  if (!isRecord(raw)) {
    problems.push({ path: section, message: 'expected an object; defaults used' });
    return fallback;
  }
  const entries = entriesOf(section);
  const out: Json = {};
  for (const [key, schema] of Object.entries(entries)) {
    const value = raw[key];
    const field = value === undefined ? null : readField(schema, value, `${section}.${key}`, problems);
    const chosen = field?.ok ? field.value : (fallback as Json)[key];
    // Optional fields left unset stay absent, not stored as undefined.
    if (chosen !== undefined) out[key] = chosen;
  }
  for (const key of Object.keys(raw)) if (!(key in entries)) problems.push({ path: `${section}.${safeKey(key)}`, message: 'is not a known setting; ignored' });
  const checked = v.safeParse(SECTION_SCHEMAS[section] as v.GenericSchema, out);
  if (checked.success) return checked.output as AllSettings[S];
  problems.push(...issuesToProblems(checked.issues, section));
  return fallback;
}

export const safeKey = (key: string): string => JSON.stringify(key.slice(0, 60)).slice(1, -1);

export interface StoredRead {
  settings: AllSettings;
  /** Top-level sections this build does not know (written by a newer build): kept as they are on save. */
  extra: Json;
  problems: Problem[];
  /** The version the stored object had (1 when it had none). */
  storedVersion: number;
}

/** Never throws: whatever is stored comes back as complete, valid settings plus what was wrong. */
export function readStoredSettings(raw: unknown): StoredRead {
  const problems: Problem[] = [];
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULTS), extra: {}, problems, storedVersion: SETTINGS_VERSION };
  if (!isRecord(raw)) {
    problems.push({ path: '', message: 'stored settings are not an object; defaults used' });
    return { settings: structuredClone(DEFAULTS), extra: {}, problems, storedVersion: SETTINGS_VERSION };
  }
  let version = versionOf(raw);
  if (version === null) {
    problems.push({ path: 'version', message: `${JSON.stringify(raw.version)} is not a version number; read as version ${SETTINGS_VERSION}` });
    version = SETTINGS_VERSION;
  }
  let data: Json = raw;
  const migrated = migrate(raw, Math.min(version, SETTINGS_VERSION), true);
  if (version > SETTINGS_VERSION) problems.push({ path: 'version', message: `stored by a newer version (${version}); read as version ${SETTINGS_VERSION}` });
  if (migrated.ok) data = migrated.data;
  const settings = { version: SETTINGS_VERSION } as AllSettings;
  for (const section of SECTIONS) (settings as Json)[section] = readSection(section, data[section], problems);
  const extra: Json = {};
  for (const [key, value] of Object.entries(data)) if (key !== 'version' && !(SECTIONS as string[]).includes(key)) extra[key] = value;
  return { settings, extra, problems, storedVersion: version };
}

export interface Effective {
  settings: AllSettings;
  /** "section.field" paths set by the organisation's policy: shown locked, never overridden. */
  locked: string[];
  /** Problems in the stored settings (paths as stored). */
  problems: Problem[];
  /** Problems in the policy (paths as in the policy); those fields are not applied. */
  policyProblems: Problem[];
  extra: Json;
}

/** True when the policy sets `path` or a part containing it. */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => path === l || path.startsWith(`${l}.`) || path.startsWith(`${l}[`));
}

/** Applies the policy (the whole chrome.storage.managed object) over the stored settings. */
export function resolveEffective(local: unknown, policy: unknown): Effective {
  const read = readStoredSettings(local);
  const settings = structuredClone(read.settings);
  const locked: string[] = [];
  const policyProblems: Problem[] = [];
  if (isRecord(policy)) {
    for (const [section, raw] of Object.entries(policy)) {
      if (!(SECTIONS as string[]).includes(section)) {
        policyProblems.push({ path: safeKey(section), message: 'is not a known setting; ignored' });
        continue;
      }
      const name = section as SectionName;
      if (!isRecord(raw)) {
        policyProblems.push({ path: name, message: 'expected an object; ignored' });
        continue;
      }
      const entries = entriesOf(name);
      const merged: Json = { ...(settings[name] as Json) };
      const lockedHere: string[] = [];
      for (const [key, value] of Object.entries(raw)) {
        if (!(key in entries)) {
          policyProblems.push({ path: `${name}.${safeKey(key)}`, message: 'is not a known setting; ignored' });
          continue;
        }
        const field = readField(entries[key]!, value, `${name}.${key}`, policyProblems);
        if (field.ok) {
          merged[key] = field.value;
          lockedHere.push(`${name}.${key}`);
        }
      }
      const checked = v.safeParse(SECTION_SCHEMAS[name] as v.GenericSchema, merged);
      if (checked.success) {
        (settings as Json)[name] = checked.output;
        locked.push(...lockedHere);
      } else {
        policyProblems.push(...issuesToProblems(checked.issues, name));
      }
    }
  } else if (policy !== undefined && policy !== null) {
    policyProblems.push({ path: '', message: 'policy is not an object; ignored' });
  }
  return { settings, locked, problems: read.problems, policyProblems, extra: read.extra };
}

/**
 * What the options page stores after one field changed: that field's new value on top of what
 * this browser had stored (not the effective value: a field locked by policy keeps its own stored
 * value, so lifting the policy later brings it back), everything else, including sections of
 * newer builds, as it was.
 */
export function withField<S extends SectionName>(stored: StoredRead, section: S, key: keyof AllSettings[S] & string, value: unknown): Json {
  const next = { ...(stored.settings[section] as Json), [key]: value };
  return { ...stored.extra, ...stored.settings, version: SETTINGS_VERSION, [section]: next };
}

/** The stored object for complete settings (e.g. after a rule pack was applied). */
export function toStored(settings: AllSettings, extra: Json = {}): Json {
  return { ...extra, ...settings, version: SETTINGS_VERSION };
}
