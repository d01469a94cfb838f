/**
 * Settings that follow the agent across their own browsers through storage.sync, within its
 * quotas (8 KB per item, 100 KB in all, in Chrome; Firefox's are the same or larger). Each
 * synced section is one item `settings.<section>`; a section that does not fit stays on this
 * browser only, and the options page says so. Which sites are switched on never syncs: that
 * depends on the permissions granted in each browser.
 *
 * storage.local stays the source of truth: the options page writes both, and the background
 * copies sections that another browser changed into storage.local.
 */
import { SETTINGS_VERSION, checkSection, type AllSettings, type SectionName } from './settings-schema';

export const SYNCED_SECTIONS = ['agent', 'sla', 'privacy', 'ui', 'reminders', 'listening'] as const satisfies readonly SectionName[];
export type SyncedSection = (typeof SYNCED_SECTIONS)[number];
export const SYNC_PREFIX = 'settings.';
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_QUOTA_BYTES = 102_400;

/** How Chrome counts an item against the quotas: its key plus its value as JSON. */
export const syncItemBytes = (key: string, value: unknown): number => key.length + JSON.stringify(value).length;

export interface SyncPlan {
  /** Items to write to storage.sync. */
  items: Record<string, unknown>;
  /** Sections too large for sync: their items are removed from sync and they stay local. */
  localOnly: SyncedSection[];
}

export function planSync(settings: AllSettings): SyncPlan {
  const items: Record<string, unknown> = {};
  const localOnly: SyncedSection[] = [];
  let total = 0;
  for (const section of SYNCED_SECTIONS) {
    const key = SYNC_PREFIX + section;
    const bytes = syncItemBytes(key, settings[section]);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM || total + bytes > SYNC_QUOTA_BYTES) {
      localOnly.push(section);
      continue;
    }
    total += bytes;
    items[key] = settings[section];
  }
  return { items, localOnly };
}

/**
 * The stored settings with the sections another browser synced, or null when nothing differs.
 * A synced section that does not validate (written by a newer build) is left alone.
 */
export function mergeSynced(stored: Record<string, unknown>, synced: Record<string, unknown>): Record<string, unknown> | null {
  let next: Record<string, unknown> | null = null;
  for (const section of SYNCED_SECTIONS) {
    const value = synced[SYNC_PREFIX + section];
    if (value === undefined) continue;
    const checked = checkSection(section, value);
    if (!checked.ok) continue;
    if (JSON.stringify(stored[section]) === JSON.stringify(checked.value)) continue;
    next ??= { ...stored, version: SETTINGS_VERSION };
    next[section] = checked.value;
  }
  return next;
}
