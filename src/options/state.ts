/**
 * What the options page works with: this browser's stored settings, the organisation's policy,
 * and the effective settings (policy over stored) with the locked fields. Every change is
 * validated with the settings schema before it is written; an invalid one writes nothing.
 * Written to storage.local (the source of truth) and mirrored to storage.sync where it fits.
 */
import browser from 'webextension-polyfill';
import { computed, signal } from '@preact/signals';
import { SETTINGS_KEY } from '../core/schema/settings';
import { checkSection, formatProblem, type AllSettings, type Problem, type SectionName } from '../core/schema/settings-schema';
import { isLocked, readStoredSettings, resolveEffective, toStored, withField } from '../core/schema/effective';
import { planSync, SYNC_PREFIX, SYNCED_SECTIONS, type SyncedSection } from '../core/schema/sync';

export const rawLocal = signal<unknown>(undefined);
export const policy = signal<unknown>({});
export const loaded = signal(false);
/** Sections too large for storage.sync (kept on this browser only), from the last save. */
export const localOnly = signal<SyncedSection[]>([]);
/** Announced to screen readers after each save ("Saved", or why not). */
export const status = signal('');

export const stored = computed(() => readStoredSettings(rawLocal.value));
export const effective = computed(() => resolveEffective(rawLocal.value, policy.value));
export const settings = computed(() => effective.value.settings);

export const locked = (path: string): boolean => isLocked(effective.value.locked, path);

async function readPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<void> {
  // Listening first; a change that arrives while the first read is under way is the newer value.
  const changed = { local: false, managed: false };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) {
      changed.local = true;
      rawLocal.value = changes[SETTINGS_KEY].newValue;
    }
    if (area === 'managed') {
      changed.managed = true;
      void readPolicy().then((p) => (policy.value = p));
    }
  });
  const [local, managed] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), readPolicy()]);
  if (!changed.local) rawLocal.value = local[SETTINGS_KEY];
  if (!changed.managed) policy.value = managed;
  loaded.value = true;
}

async function write(next: Record<string, unknown>, settingsForSync: AllSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  rawLocal.value = next;
  const plan = planSync(settingsForSync);
  localOnly.value = plan.localOnly;
  try {
    await browser.storage.sync.set(plan.items);
    if (plan.localOnly.length) await browser.storage.sync.remove(plan.localOnly.map((s) => SYNC_PREFIX + s));
  } catch (error) {
    // Over quota or sync unavailable: this browser keeps them all the same.
    localOnly.value = [...SYNCED_SECTIONS];
    console.warn('[support-panel] settings not synced', error);
  }
}

/**
 * Validates one field's new value as part of its section; writes it when valid. Returns the
 * problems (empty when saved). The paths are the stored ones ("sla.policies[2].name").
 */
export async function saveField<S extends SectionName>(section: S, key: keyof AllSettings[S] & string, value: unknown): Promise<Problem[]> {
  if (locked(`${section}.${key}`)) return [{ path: `${section}.${key}`, message: 'set by your organisation' }];
  const current = stored.value;
  const candidate = { ...(current.settings[section] as Record<string, unknown>), [key]: value };
  const checked = checkSection(section, candidate);
  if (!checked.ok) return checked.problems;
  const next = withField(current, section, key, (checked.value as Record<string, unknown>)[key]);
  await write(next, readStoredSettings(next).settings);
  status.value = '';
  return [];
}

/** Stores complete settings (a rule pack after the user saw what changes). */
export async function saveAll(next: AllSettings): Promise<void> {
  await write(toStored(next, stored.value.extra), next);
}

export const problemText = (problems: readonly Problem[]): string => problems.map(formatProblem).join('\n');
