/**
 * The effective settings, kept in memory by the background: read once at start-up, then updated
 * from storage.onChanged (this browser's settings, the organisation's policy in
 * chrome.storage.managed, and sections synced from the agent's other browsers), instead of
 * reading storage on every snapshot. Listeners hear of every change, so open panels follow at once.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../core/schema/settings';
import { formatProblem } from '../core/schema/settings-schema';
import { readStoredSettings, resolveEffective, toStored, type Effective } from '../core/schema/effective';
import { mergeSynced, SYNC_PREFIX } from '../core/schema/sync';
import { readSlaSettings, type SlaSettings } from '../core/schema/sla-settings';

export interface SettingsState {
  effective: Effective;
  /** The response targets in the form the clock needs, derived once per change. */
  sla: SlaSettings;
}

type Listener = (next: SettingsState, previous: SettingsState) => void;

function derive(effective: Effective): SettingsState {
  const { settings, problems } = readSlaSettings({ sla: effective.settings.sla });
  if (problems.length) console.warn('[support-panel] response-target settings partly ignored:', problems);
  return { effective, sla: settings };
}

let state: SettingsState = derive(resolveEffective(undefined, undefined));
let local: unknown;
let managed: unknown;
let ready: Promise<void> | null = null;
const listeners = new Set<Listener>();

/** Firefox rejects when no policy is installed; Chrome returns {} then. */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

function recompute(): void {
  const effective = resolveEffective(local, managed);
  if (effective.problems.length) console.warn('[support-panel] stored settings partly ignored:', effective.problems.map(formatProblem));
  if (effective.policyProblems.length) console.warn('[support-panel] policy partly ignored:', effective.policyProblems.map(formatProblem));
  const previous = state;
  state = derive(effective);
  for (const listener of listeners) {
    try {
      listener(state, previous);
    } catch (error) {
      console.error('[support-panel] settings listener failed', error);
    }
  }
}

/** Copies sections another browser synced into this browser's settings (the source of truth). */
async function pullSynced(): Promise<void> {
  const synced = await browser.storage.sync.get(null);
  const read = readStoredSettings(local);
  const next = mergeSynced(toStored(read.settings, read.extra), synced);
  if (next) await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

/** Set when a change arrives while the first read is under way: the change is the newer value. */
const changedDuringLoad = { local: false, managed: false };

/**
 * Chrome answers the first storage.managed read of a service worker slowly: 2.5 s at browser start,
 * about 1 s at every later worker start (measured 2026-11-23, Chromium 156, no policy installed),
 * and everything that waits for settings would wait with it on every wake-up. So the policy last
 * read is kept in storage.local and used at once; the fresh read replaces it when it arrives
 * (listeners see that as a change, as for any policy update).
 */
export const POLICY_CACHE_KEY = 'policyCache';

async function load(): Promise<void> {
  const policyRead = readManaged();
  const stored = await browser.storage.local.get([SETTINGS_KEY, POLICY_CACHE_KEY]);
  if (!changedDuringLoad.local) local = stored[SETTINGS_KEY];
  if (!changedDuringLoad.managed) managed = stored[POLICY_CACHE_KEY] ?? {};
  recompute();
  void policyRead.then((fresh) => {
    if (changedDuringLoad.managed) return;
    if (JSON.stringify(fresh) === JSON.stringify(stored[POLICY_CACHE_KEY] ?? {})) return;
    managed = fresh;
    recompute();
    browser.storage.local.set({ [POLICY_CACHE_KEY]: fresh }).catch((error: unknown) => console.warn('[support-panel] could not keep the policy', error));
  });
  // A browser with no settings of its own takes what the agent's other browsers synced; that
  // arrives as a change of the local settings, so nothing waits for it here.
  if (local === undefined) void pullSynced().catch((error: unknown) => console.warn('[support-panel] synced settings unreadable', error));
}

export function startSettings(): Promise<void> {
  if (ready) return ready;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) {
      changedDuringLoad.local = true;
      local = changes[SETTINGS_KEY].newValue;
      recompute();
    } else if (area === 'managed') {
      changedDuringLoad.managed = true;
      // A change event carries only the changed policies; read them all.
      void readManaged().then((policy) => {
        managed = policy;
        browser.storage.local.set({ [POLICY_CACHE_KEY]: policy }).catch((error: unknown) => console.warn('[support-panel] could not keep the policy', error));
        recompute();
      });
    } else if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(SYNC_PREFIX))) {
      pullSynced().catch((error: unknown) => console.warn('[support-panel] could not apply synced settings', error));
    }
  });
  ready = load().catch((error: unknown) => console.error('[support-panel] settings unreadable; defaults in force', error));
  return ready;
}

/** The settings in force (waits for the first read after a service-worker start). */
export async function currentSettings(): Promise<SettingsState> {
  await startSettings();
  return state;
}

export function onSettingsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
