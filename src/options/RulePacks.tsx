/**
 * Rule packs: export the team's configuration (or parts of it) as one file; import one, see what
 * it would change, then apply it — or see exactly what is wrong with it, with nothing changed.
 */
import { useState } from 'preact/hooks';
import { applyPack, diffSettings, exportPack, isEmptyDiff, MAX_PACK_BYTES, PACK_PARTS, readPack, type PackPart, type RulePack, type SettingsDiff } from '../core/schema/rule-pack';
import { formatProblem, type AllSettings } from '../core/schema/settings-schema';
import { t } from '../i18n';
import { Section } from './fields';
import { effective, saveAll, settings, status, stored } from './state';
import { saveFile, today } from './download';

const PART_LABEL: Record<PackPart, () => string> = {
  sla: () => t('optTargetsTitle'),
  reminders: () => t('optRemindersTitle'),
  listening: () => t('optListeningTitle'),
  agent: () => t('optAgentTitle'),
  privacy: () => t('optPrivacyTitle'),
  sites: () => t('optCustomHelpdesks'),
};

function ExportPack() {
  const [parts, setParts] = useState<PackPart[]>([...PACK_PARTS]);
  const run = () => {
    const pack = exportPack(settings.value, parts, new Date());
    saveFile(new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' }), `support-panel-rule-pack-${today()}.json`);
    status.value = t('optPackSaved');
  };
  return (
    <fieldset class="field">
      <legend>{t('optExportPack')}</legend>
      {PACK_PARTS.map((part) => (
        <label key={part} class="inline">
          <input type="checkbox" checked={parts.includes(part)} onChange={(e) => setParts((e.target as HTMLInputElement).checked ? [...parts, part] : parts.filter((p) => p !== part))} /> {PART_LABEL[part]()}
        </label>
      ))}
      <button type="button" disabled={parts.length === 0} onClick={run}>{t('optExportPackButton')}</button>
    </fieldset>
  );
}

const shown = (value: unknown): string => {
  const text = value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
};

function Diff({ diff }: { diff: SettingsDiff }) {
  if (isEmptyDiff(diff)) return <p data-testid="pack-diff-empty">{t('optPackNoChanges')}</p>;
  const change = { added: t('optRuleAdded'), changed: t('optRuleChanged'), removed: t('optRuleRemoved') };
  return (
    <div data-testid="pack-diff">
      {diff.rules.length > 0 && (
        <>
          <h4>{t('optPackRules')}</h4>
          <ul>
            {diff.rules.map((r) => (
              <li key={r.list + r.name + r.change} data-change={r.change}>
                {change[r.change]}: <strong>{r.name}</strong> <span class="muted">({r.list})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.values.length > 0 && (
        <>
          <h4>{t('optPackValues')}</h4>
          <ul>
            {diff.values.map((v) => (
              <li key={v.path} data-path={v.path}>
                <code>{v.path}</code>: {shown(v.from)} → {shown(v.to)}
                {v.locked && <span class="locked"> {t('optPackLockedValue')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ImportPack() {
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<{ pack: RulePack; next: AllSettings; diff: SettingsDiff; migratedFrom: number | null } | null>(null);
  const choose = async (file: File | undefined) => {
    setProblems([]);
    setPending(null);
    if (!file) return;
    // An oversized file is refused by its size alone, never read into memory.
    const read = readPack(file.size > MAX_PACK_BYTES ? '' : await file.text(), file.size);
    if (!read.ok) return setProblems(read.problems.map(formatProblem));
    const applied = applyPack(stored.value.settings, read.pack);
    if (!applied.ok) return setProblems(applied.problems.map(formatProblem));
    setPending({ pack: read.pack, next: applied.settings, diff: diffSettings(stored.value.settings, applied.settings, effective.value.locked), migratedFrom: read.migratedFrom });
  };
  const apply = async () => {
    if (!pending) return;
    await saveAll(pending.next);
    setPending(null);
    status.value = t('optPackApplied');
  };
  return (
    <fieldset class="field">
      <legend>{t('optImportPack')}</legend>
      <label for="pack-file">{t('optChoosePack')}</label>
      <input id="pack-file" type="file" accept="application/json,.json" aria-describedby="pack-error" onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      {problems.length > 0 && (
        <div id="pack-error" class="field-error" role="alert" data-testid="pack-error">
          <p>{t('optPackRefused')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {pending && (
        <div class="confirm" role="group" aria-labelledby="pack-review">
          <h3 id="pack-review">{t('optPackReview', pending.pack.exportedAt)}</h3>
          {pending.migratedFrom !== null && <p class="hint">{t('optPackMigrated', String(pending.migratedFrom))}</p>}
          <Diff diff={pending.diff} />
          <button type="button" data-testid="pack-apply" onClick={() => void apply()}>{t('optPackApply')}</button>{' '}
          <button type="button" onClick={() => setPending(null)}>{t('optCancel')}</button>
        </div>
      )}
    </fieldset>
  );
}

export function RulePacks() {
  return (
    <Section id="packs" title={t('optPacksTitle')} intro={t('optPacksIntro')}>
      <ExportPack />
      <ImportPack />
    </Section>
  );
}
