/**
 * Privacy and data: how long conversations are kept, whether subjects are stored, a backup of all
 * data (export here, read-only; import checked here and again by the background, which alone
 * writes the database), and deleting everything after a confirmation.
 */
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { exportDB } from 'dexie-export-import';
import { SupportDatabase } from '../db/database';
import { checkBackup, MAX_BACKUP_BYTES, type BackupSummary } from '../core/schema/backup';
import { formatProblem } from '../core/schema/settings-schema';
import type { OptionsReply, OptionsToBackground } from '../messaging/protocol';
import { formatNumber } from '../panel/i18n';
import { t } from '../i18n';
import { CheckboxField, NumberField, Section } from './fields';
import { saveField, settings, status } from './state';
import { saveFile, today } from './download';

async function ask(message: OptionsToBackground): Promise<OptionsReply> {
  return (await browser.runtime.sendMessage(message)) as OptionsReply;
}

function tables(db: SupportDatabase) {
  return db.tables.map((t) => ({ name: t.name, primKey: t.schema.primKey.keyPath == null ? null : `${t.schema.primKey.auto ? '++' : ''}${String(t.schema.primKey.keyPath)}` }));
}

function Backup() {
  const [pending, setPending] = useState<{ text: string; summary: BackupSummary } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const exportAll = async () => {
    const db = new SupportDatabase();
    try {
      saveFile(await exportDB(db), `support-panel-backup-${today()}.json`);
      status.value = t('optBackupSaved');
    } finally {
      db.close();
    }
  };
  const choose = async (file: File | undefined) => {
    setPending(null);
    setProblems([]);
    if (!file) return;
    const db = new SupportDatabase();
    try {
      await db.open();
      // A file too large is refused by its size, before it is read.
      const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
      const checked = checkBackup(text, { databaseName: db.name, databaseVersion: db.verno, tables: tables(db), byteLength: file.size });
      if (checked.ok) setPending({ text, summary: checked.summary });
      else setProblems(checked.problems.map(formatProblem));
    } finally {
      db.close();
    }
  };
  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    const reply = await ask({ type: 'options/import-backup', text: pending.text });
    setBusy(false);
    setPending(null);
    if (reply.ok) status.value = t('optBackupRestored');
    else setProblems(reply.problems);
  };
  return (
    <fieldset class="field">
      <legend>{t('optBackup')}</legend>
      <button type="button" onClick={() => void exportAll()}>{t('optExportData')}</button>
      <div class="field">
        <label for="backup-file">{t('optImportBackup')}</label>
        <input id="backup-file" type="file" accept="application/json,.json" aria-describedby="backup-error" onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      </div>
      {problems.length > 0 && (
        <div id="backup-error" class="field-error" role="alert" data-testid="backup-error">
          <p>{t('optBackupRefused')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {pending && (
        <div class="confirm" role="group" aria-label={t('optImportBackup')}>
          <p>{t('optBackupSummary', formatNumber(Object.values(pending.summary.rows).reduce((a, b) => a + b, 0)))}</p>
          <button type="button" disabled={busy} onClick={() => void restore()}>{t('optRestore')}</button>{' '}
          <button type="button" onClick={() => setPending(null)}>{t('optCancel')}</button>
        </div>
      )}
    </fieldset>
  );
}

function DeleteEverything() {
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    const reply = await ask({ type: 'options/delete-everything' });
    setConfirming(false);
    status.value = reply.ok ? t('optDeleted') : reply.problems.join('\n');
  };
  return (
    <fieldset class="field danger">
      <legend>{t('optDeleteTitle')}</legend>
      <p class="hint">{t('optDeleteHint')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-q" class="confirm">
          <p id="delete-q">{t('optDeleteConfirm')}</p>
          <button type="button" class="danger" onClick={() => void remove()}>{t('optDeleteYes')}</button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>{t('optCancel')}</button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>{t('optDeleteAll')}</button>
      )}
    </fieldset>
  );
}

export function Privacy() {
  const privacy = settings.value.privacy;
  return (
    <Section id="privacy" title={t('optPrivacyTitle')} intro={t('optPrivacyIntro')}>
      <NumberField path="privacy.retentionDays" label={t('optRetention')} hint={t('optRetentionHint')} value={privacy.retentionDays} min={7} save={(v) => saveField('privacy', 'retentionDays', v)} />
      <CheckboxField path="privacy.storeSubjects" label={t('optStoreSubjects')} hint={t('optStoreSubjectsHint')} value={privacy.storeSubjects} save={(v) => saveField('privacy', 'storeSubjects', v)} />
      <Backup />
      <DeleteEverything />
    </Section>
  );
}
