import { describe, expect, it } from 'vitest';
import { mergeSynced, planSync, SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes } from './sync';
import { DEFAULTS, SETTINGS_VERSION } from './settings-schema';

describe('settings in storage.sync', () => {
  it('syncs each small section as its own item, never the sites', () => {
    const plan = planSync(DEFAULTS);
    expect(Object.keys(plan.items)).toEqual(['settings.agent', 'settings.sla', 'settings.privacy', 'settings.ui', 'settings.reminders', 'settings.listening']);
    expect(plan.items['settings.sla']).toEqual(DEFAULTS.sla);
    expect(plan.localOnly).toEqual([]);
  });

  it('keeps a section over the per-item quota on this browser only', () => {
    const big = structuredClone(DEFAULTS);
    big.sla.policies = Array.from({ length: 150 }, (_, i) => ({ name: `Rule ${i}`, when: { subjectWords: [`word${i}`] }, firstResponseMinutes: 30 }));
    expect(syncItemBytes('settings.sla', big.sla)).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    const plan = planSync(big);
    expect(plan.localOnly).toEqual(['sla']);
    expect(Object.keys(plan.items)).toEqual(['settings.agent', 'settings.privacy', 'settings.ui', 'settings.reminders', 'settings.listening']);
  });

  it('copies sections another browser changed, and nothing when all is the same', () => {
    const stored = { ...structuredClone(DEFAULTS), coaching: { x: 1 } };
    expect(mergeSynced(stored, planSync(DEFAULTS).items)).toBeNull();
    const merged = mergeSynced(stored, { 'settings.ui': { language: 'hi' }, 'settings.sla': { bogus: true } });
    expect(merged).toEqual({ ...stored, version: SETTINGS_VERSION, ui: { language: 'hi' } });
  });
});
