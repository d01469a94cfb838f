import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { managedSchema, type ChromeSchema } from './managed-schema';
import { DEFAULTS, SECTIONS } from './settings-schema';
import { resolveEffective } from './effective';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The checks Chrome applies to a policy value (types, enums, integer ranges, known properties). */
function conforms(schema: ChromeSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) &&
        Object.entries(value).every(([k, v]) => schema.properties?.[k] !== undefined && conforms(schema.properties[k]!, v));
    case 'array':
      return Array.isArray(value) && value.every((v) => conforms(schema.items!, v));
    case 'string':
      return typeof value === 'string' && (!schema.enum || schema.enum.includes(value));
    case 'integer':
      return Number.isInteger(value) && (schema.minimum === undefined || (value as number) >= schema.minimum) && (schema.maximum === undefined || (value as number) <= schema.maximum);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
  }
}

describe('managed-storage schema', () => {
  it('is the file the manifest declares, generated from the settings schema (npx tsx scripts/write-managed-schema.ts)', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as { storage?: { managed_schema?: string } };
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
    const file = JSON.parse(readFileSync(resolve(ROOT, 'public/managed-schema.json'), 'utf8'));
    expect(file).toEqual(managedSchema());
  });

  it('has one policy per settings section and accepts every default value', () => {
    const schema = managedSchema();
    expect(Object.keys(schema.properties!)).toEqual(SECTIONS);
    // A policy has no null: it leaves the field out instead (the default calendar).
    const withoutNulls = (x: unknown) => JSON.parse(JSON.stringify(x, (_k, v: unknown) => (v === null ? undefined : v)));
    for (const section of SECTIONS) expect(conforms(schema.properties![section]!, withoutNulls(DEFAULTS[section])), section).toBe(true);
  });

  it('accepts a full example policy that the settings schema also accepts', () => {
    const policy = {
      agent: { domains: ['acme.example'] },
      sla: {
        firstResponseMinutes: 60,
        calendar: { timeZone: 'Asia/Kolkata', week: { mon: [['09:00', '17:00']], sat: [['10:00', '14:00']] }, holidays: ['2026-12-25'] },
        policies: [{ name: 'VIP', when: { labels: ['VIP'] }, firstResponseMinutes: 30 }],
      },
      privacy: { retentionDays: 365, storeSubjects: false },
      ui: { language: 'bn' },
    };
    expect(conforms(managedSchema(), policy)).toBe(true);
    const eff = resolveEffective(undefined, policy);
    expect(eff.policyProblems).toEqual([]);
    expect(eff.locked).toHaveLength(7);
    // What Chrome lets through that only our schema refuses (a made-up zone) is still ignored.
    expect(conforms(managedSchema(), { privacy: { retentionDays: 2.5 } })).toBe(false);
  });
});
