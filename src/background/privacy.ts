/**
 * Privacy and data settings, carried out by the background (the database's only writer):
 * conversations older than the retention period are deleted daily; with "store subjects" off no
 * subject is written, and those already stored are blanked; a backup is imported only after it
 * has been checked; "delete everything" empties the database and this browser's settings.
 */
import browser from 'webextension-polyfill';
import { importInto } from 'dexie-export-import';
import type { SupportDatabase } from '../db/database';
import type { ConversationSnapshot } from '../core/snapshot';
import { checkBackup, type BackupCheck } from '../core/schema/backup';
import { SETTINGS_KEY } from '../core/schema/settings';
import { SYNC_PREFIX } from '../core/schema/sync';
import { currentSettings, onSettingsChanged } from './settings';

export const RETENTION_ALARM = 'retention';
const DAY = 86_400_000;

/** The snapshot as it may be stored: without its subject when the agent chose so. */
export async function storableSnapshot(snapshot: ConversationSnapshot): Promise<ConversationSnapshot> {
  const { effective } = await currentSettings();
  return effective.settings.privacy.storeSubjects ? snapshot : { ...snapshot, subject: '' };
}

/** Deletes conversations not updated within the retention period, with everything kept about them. */
export async function applyRetention(db: SupportDatabase, now: number): Promise<number> {
  const days = (await currentSettings()).effective.settings.privacy.retentionDays;
  const before = now - days * DAY;
  const keys = (await db.conversations.where('updatedAt').below(before).primaryKeys()) as string[];
  if (!keys.length) return 0;
  const tables = db.tables.filter((t) => t.schema.indexes.some((i) => i.name === 'conversationKey') || ['conversations', 'histories'].includes(t.name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) {
      if (table.name === 'conversations' || table.name === 'histories') await table.bulkDelete(keys);
      else await table.where('conversationKey').anyOf(keys).delete();
    }
  });
  return keys.length;
}

async function blankSubjects(db: SupportDatabase): Promise<void> {
  await db.transaction('rw', db.conversations, db.alerts, async () => {
    await db.conversations.toCollection().modify({ subject: '' });
    await db.alerts.toCollection().modify({ subject: '' });
  });
}

export function knownTables(db: SupportDatabase) {
  return db.tables.map((t) => ({ name: t.name, primKey: t.schema.primKey.keyPath === undefined || t.schema.primKey.keyPath === null ? null : `${t.schema.primKey.auto ? '++' : ''}${String(t.schema.primKey.keyPath)}` }));
}

/** Checks the backup again here (never trust the page that sent it), then replaces the data with it. */
export async function importBackup(db: SupportDatabase, text: string): Promise<BackupCheck> {
  const checked = checkBackup(text, { databaseName: db.name, databaseVersion: db.verno, tables: knownTables(db) });
  if (!checked.ok) return checked;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  // An older backup lacks the newer tables; they stay empty.
  await importInto(db, new Blob([text], { type: 'application/json' }), { acceptVersionDiff: true, acceptMissingTables: true, clearTablesBeforeImport: true });
  return checked;
}

/** Empties every table and removes this browser's settings (policy, being the organisation's, stays). */
export async function deleteEverything(db: SupportDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await browser.storage.local.clear();
  const synced = Object.keys(await browser.storage.sync.get(null)).filter((k) => k.startsWith(SYNC_PREFIX) || k === SETTINGS_KEY);
  if (synced.length) await browser.storage.sync.remove(synced);
}

/** Once a day; created once, not on every service-worker start (that would keep postponing it). */
async function armRetention(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

export function watchPrivacy(db: SupportDatabase): void {
  armRetention().catch((error: unknown) => console.error('[support-panel] could not arm the retention alarm', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    applyRetention(db, Date.now()).catch((error: unknown) => console.error('[support-panel] retention clean-up failed', error));
  });
  onSettingsChanged((next, previous) => {
    const now = next.effective.settings.privacy;
    const was = previous.effective.settings.privacy;
    if (was.storeSubjects && !now.storeSubjects) blankSubjects(db).catch((error: unknown) => console.error('[support-panel] could not remove stored subjects', error));
    if (now.retentionDays < was.retentionDays) applyRetention(db, Date.now()).catch((error: unknown) => console.error('[support-panel] retention clean-up failed', error));
  });
}
