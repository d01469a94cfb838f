/**
 * Ordered migrations of stored settings and rule packs, as webext-options-sync keeps them: each
 * step takes the data of the version before it and returns the next version's, never touching a
 * shipped step. A stored object without a version is version 1 (the format documented before the
 * options page existed: `{agent, sla}`, read leniently).
 */
import { SETTINGS_VERSION } from './settings-schema';

type Json = Record<string, unknown>;

export interface Migration {
  /** The version this step produces (it runs on data of version `to - 1`). */
  to: number;
  why: string;
  /**
   * `whole` is true for stored settings (every section belongs to this browser) and false for a
   * rule pack's subset, where a section that is absent must stay absent.
   */
  run(data: Json, whole: boolean): Json;
}

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

function cleanList(input: unknown, pattern: RegExp): unknown {
  if (!Array.isArray(input)) return input;
  const out = new Set<string>();
  for (const item of input) {
    if (typeof item !== 'string') return input; // Not ours to guess: validation reports it.
    const value = item.trim().toLowerCase().replace(/^@/, '');
    if (pattern.test(value)) out.add(value);
  }
  return [...out];
}

const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    why:
      'Version 1 normalised addresses and domains each time it read them (" @Acme.Example" worked) and ran on every ' +
      'site it had a host permission for; version 2 stores them clean and lists the sites that are switched on.',
    run(data, whole) {
      const next: Json = { ...data };
      if (isRecord(data.agent)) {
        next.agent = {
          ...data.agent,
          ...(data.agent.addresses !== undefined && { addresses: cleanList(data.agent.addresses, ADDRESS) }),
          ...(data.agent.domains !== undefined && { domains: cleanList(data.agent.domains, DOMAIN) }),
        };
      }
      // Version 1 had Gmail and the demo helpdesk granted at install and always on.
      if (whole && next.sites === undefined) next.sites = { enabled: ['gmail', 'demo'], hosts: [], custom: [] };
      return next;
    },
  },
];

export type MigrationResult = { ok: true; data: Json; from: number } | { ok: false; message: string };

/** The version a stored object or pack claims; 1 when it has none. */
export function versionOf(data: Json): number | null {
  if (data.version === undefined) return 1;
  return typeof data.version === 'number' && Number.isInteger(data.version) && data.version >= 1 ? data.version : null;
}

/** Runs every step after `from` in order; returns the current version's sections (no `version` key). */
export function migrate(data: Json, from: number, whole: boolean): MigrationResult {
  if (from > SETTINGS_VERSION) {
    return { ok: false, message: `was made by a newer version of the extension (format ${from}; this one reads up to ${SETTINGS_VERSION}): update the extension first` };
  }
  let current: Json = { ...data };
  delete current.version;
  for (const step of MIGRATIONS) if (step.to > from) current = step.run(current, whole);
  return { ok: true, data: current, from };
}
