/**
 * Rule packs: a team's configuration in one JSON file that a supervisor exports and every agent
 * imports.
 *
 *   { "format": "support-panel-rule-pack", "version": 2, "exportedAt": "2026-11-23T10:00:00.000Z",
 *     "settings": { "sla": {…}, "agent": {…}, "privacy": {…}, "sites": { "custom": […] } } }
 *
 * A pack holds any subset of the team's sections (the UI language and which sites are switched
 * on stay each agent's own: turning a site on needs that browser's permission). Import checks
 * size, nesting, names and markup before parsing means anything, migrates older versions,
 * validates every field with the settings schema, and describes what applying it would change.
 * Nothing is written here: the caller applies the result only after the user has seen the diff.
 */
import * as v from 'valibot';
import {
  AgentSchema,
  ListeningSchema,
  PrivacySchema,
  SETTINGS_VERSION,
  SitesSchema,
  SlaSchema,
  issuesToProblems,
  type AllSettings,
  type Problem,
} from './settings-schema';
import { ReminderSettingsSchema } from '../rules/schema';
import { migrate, versionOf } from './migrations';
import { readUntrustedJson } from './untrusted-json';
import { isLocked } from './effective';

export const PACK_FORMAT = 'support-panel-rule-pack';
/** Packs follow the settings' versions: a pack of version N holds settings of version N. */
export const PACK_VERSION = SETTINGS_VERSION;
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_DEPTH = 16;

/** The sections (and, for sites, the fields) a pack may carry. */
export const PACK_PARTS = ['sla', 'reminders', 'listening', 'agent', 'privacy', 'sites'] as const;
export type PackPart = (typeof PACK_PARTS)[number];

export const PackSettingsSchema = v.strictObject({
  sla: v.optional(v.partial(SlaSchema)),
  agent: v.optional(v.partial(AgentSchema)),
  privacy: v.optional(v.partial(PrivacySchema)),
  sites: v.optional(v.partial(v.pick(SitesSchema, ['custom']))),
  // The agent's own name (for {agent.name}) is not the team's.
  reminders: v.optional(v.omit(ReminderSettingsSchema, ['agentName'])),
  // Whether Send brings a reminder is each agent's own choice (or the organisation's, by policy).
  listening: v.optional(v.omit(ListeningSchema, ['remindOnSend'])),
});
export type PackSettings = v.InferOutput<typeof PackSettingsSchema>;

export interface RulePack {
  format: typeof PACK_FORMAT;
  version: number;
  exportedAt: string;
  settings: PackSettings;
}

/** A pack with the chosen parts of the settings (the effective ones: what this team works with). */
export function exportPack(settings: AllSettings, parts: readonly PackPart[], now: Date): RulePack {
  const out: PackSettings = {};
  for (const part of PACK_PARTS) {
    if (!parts.includes(part)) continue;
    if (part === 'sites') out.sites = { custom: structuredClone(settings.sites.custom) };
    else if (part === 'reminders') {
      const { agentName: _own, ...team } = structuredClone(settings.reminders);
      out.reminders = team;
    } else if (part === 'listening') {
      const { remindOnSend: _own, ...team } = structuredClone(settings.listening);
      out.listening = team;
    }
    else (out as Record<string, unknown>)[part] = structuredClone(settings[part]);
  }
  return { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), settings: out };
}

export type PackRead =
  | { ok: true; pack: RulePack; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

const TOP_KEYS = ['format', 'version', 'exportedAt', 'settings'];

/**
 * Reads a pack file's text. `byteLength` is the file's size when known (a File's size), so that
 * an oversized file is refused before its text is examined.
 */
export function readPack(text: string, byteLength?: number): PackRead {
  const json = readUntrustedJson(text, { maxBytes: MAX_PACK_BYTES, maxDepth: MAX_PACK_DEPTH }, byteLength);
  if (!json.ok) return json;
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '', message: 'a rule pack is a JSON object with format, version, exportedAt and settings' }] };
  }
  const pack = raw as Record<string, unknown>;
  const problems: Problem[] = [];
  if (pack.format !== PACK_FORMAT) {
    problems.push({ path: 'format', message: `${JSON.stringify(pack.format ?? null)} is not a rule pack format (expected "${PACK_FORMAT}")` });
    return { ok: false, problems };
  }
  for (const key of Object.keys(pack)) if (!TOP_KEYS.includes(key)) problems.push({ path: key, message: 'is not part of a rule pack' });
  const version = pack.version === undefined ? null : versionOf(pack);
  if (version === null) problems.push({ path: 'version', message: 'must be a whole number from 1' });
  if (typeof pack.exportedAt !== 'string' || Number.isNaN(Date.parse(pack.exportedAt))) {
    problems.push({ path: 'exportedAt', message: 'must be a date and time such as "2026-11-23T10:00:00.000Z"' });
  }
  if (typeof pack.settings !== 'object' || pack.settings === null || Array.isArray(pack.settings)) {
    problems.push({ path: 'settings', message: 'must be an object of settings sections' });
  }
  if (problems.length || version === null) return { ok: false, problems };
  const migrated = migrate(pack.settings as Record<string, unknown>, version, false);
  if (!migrated.ok) return { ok: false, problems: [{ path: 'version', message: migrated.message }] };
  const checked = v.safeParse(PackSettingsSchema, migrated.data);
  if (!checked.success) return { ok: false, problems: issuesToProblems(checked.issues, 'settings') };
  return {
    ok: true,
    pack: { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: pack.exportedAt as string, settings: checked.output },
    migratedFrom: version < PACK_VERSION ? version : null,
  };
}

export type ApplyResult = { ok: true; settings: AllSettings } | { ok: false; problems: Problem[] };

/** The stored settings with every field the pack sets replaced; checked as a whole again. */
export function applyPack(stored: AllSettings, pack: RulePack): ApplyResult {
  const next = structuredClone(stored) as AllSettings & Record<string, Record<string, unknown>>;
  for (const [section, fields] of Object.entries(pack.settings)) {
    if (!fields) continue;
    next[section] = { ...next[section], ...structuredClone(fields) };
  }
  const problems: Problem[] = [];
  for (const [section, schema] of Object.entries({ sla: SlaSchema, agent: AgentSchema, privacy: PrivacySchema, sites: SitesSchema, reminders: ReminderSettingsSchema, listening: ListeningSchema })) {
    const checked = v.safeParse(schema as v.GenericSchema, next[section]);
    if (!checked.success) problems.push(...issuesToProblems(checked.issues, `settings.${section}`));
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: next };
}

export interface RuleChange {
  /** The list: "sla.policies" or "sites.custom". */
  list: string;
  /** The rule's name (policies) or the custom helpdesk's name. */
  name: string;
  change: 'added' | 'changed' | 'removed';
}

export interface ValueChange {
  path: string;
  from: unknown;
  to: unknown;
  /** Set by the organisation's policy: stored, but the policy's value stays in force. */
  locked: boolean;
}

export interface SettingsDiff {
  rules: RuleChange[];
  values: ValueChange[];
}

/** Lists whose entries are shown one by one, identified by a key. */
const RULE_LISTS: Record<string, { key: (item: Record<string, unknown>) => string; label: (item: Record<string, unknown>) => string }> = {
  'sla.policies': { key: (r) => String(r.name), label: (r) => String(r.name) },
  'sites.custom': { key: (s) => String(s.id), label: (s) => String(s.name) },
  'reminders.rules': { key: (r) => String(r.id), label: (r) => String(r.name) },
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffList(list: string, before: Record<string, unknown>[], after: Record<string, unknown>[], out: RuleChange[]): void {
  const { key, label } = RULE_LISTS[list]!;
  const keyed = (items: Record<string, unknown>[]) => {
    const seen = new Map<string, number>();
    return new Map(items.map((item) => {
      const k = key(item);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return [`${k}#${n}`, item] as const;
    }));
  };
  const b = keyed(before);
  const a = keyed(after);
  for (const [k, item] of a) {
    const old = b.get(k);
    if (!old) out.push({ list, name: label(item), change: 'added' });
    else if (!same(old, item)) out.push({ list, name: label(item), change: 'changed' });
  }
  for (const [k, item] of b) if (!a.has(k)) out.push({ list, name: label(item), change: 'removed' });
}

/** What changes from `before` to `after`, field by field, rule lists rule by rule. */
export function diffSettings(before: AllSettings, after: AllSettings, locked: readonly string[] = []): SettingsDiff {
  const diff: SettingsDiff = { rules: [], values: [] };
  for (const section of Object.keys(after) as (keyof AllSettings)[]) {
    if (section === 'version') continue;
    const b = before[section] as Record<string, unknown>;
    const a = after[section] as Record<string, unknown>;
    for (const field of Object.keys(a)) {
      const path = `${section}.${field}`;
      if (same(b?.[field], a[field])) continue;
      if (RULE_LISTS[path]) {
        const rulesBefore = diff.rules.length;
        diffList(path, (b?.[field] ?? []) as Record<string, unknown>[], a[field] as Record<string, unknown>[], diff.rules);
        // Same rules in another order still matter: the first matching rule wins.
        if (diff.rules.length === rulesBefore) diff.values.push({ path, from: 'order', to: 'new order', locked: isLocked(locked, path) });
        continue;
      }
      diff.values.push({ path, from: b?.[field], to: a[field], locked: isLocked(locked, path) });
    }
  }
  return diff;
}

export const isEmptyDiff = (d: SettingsDiff): boolean => d.rules.length === 0 && d.values.length === 0;
