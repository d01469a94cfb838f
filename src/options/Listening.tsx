/**
 * Listening prompts: per language, the suggestions offered for each open checklist item and the
 * word lists that drive detection (src/core/listening's PromptLibrary). Only what the supervisor
 * changes is stored (settings.listening.library, a PromptLibraryOverride); a "try a message" box
 * runs analyzeMessage with the library as edited, so the effect of a word shows at once. Above
 * them, whether the panel reminds the agent of unanswered questions after Send (off by default).
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { analyzeMessage, CHECKLIST_ITEMS, DEFAULT_LIBRARY, LANGS, mergeLibrary, type ChecklistItem, type Lang, type PromptLibraryOverride } from '../core/listening';
import { LIST_NAMES } from '../core/listening/library';
import type { Problem } from '../core/schema/settings-schema';
import { t } from '../i18n';
import { CheckboxField, FieldError, LockedNote, Section } from './fields';
import { locked, saveField, settings } from './state';

const NATIVE: Record<Lang, string> = { en: 'English', bn: 'বাংলা', hi: 'हिन्दी' };
type ListName = (typeof LIST_NAMES)[number];

function overrideOf(): PromptLibraryOverride {
  return structuredClone(settings.value.listening.library) ?? { version: 1 };
}

function TryMessage({ lang }: { lang: Lang | 'auto' }) {
  const id = useId();
  const [text, setText] = useState('');
  const library = useMemo(() => mergeLibrary(DEFAULT_LIBRARY, settings.value.listening.library), [JSON.stringify(settings.value.listening.library)]);
  const analysis = useMemo(() => (text.trim() ? analyzeMessage(text, { library, ...(lang === 'auto' ? {} : { lang }) }) : null), [text, library, lang]);
  const flags = analysis ? [analysis.frustrated && t('optFlagFrustrated'), analysis.urgent && t('optFlagUrgent'), analysis.repeatContact && t('optFlagRepeat')].filter(Boolean) : [];
  // The message with the words that set a flag marked: text pieces only, never HTML.
  const pieces: { text: string; mark: boolean }[] = [];
  if (analysis) {
    let at = 0;
    for (const cue of [...analysis.cues].sort((a, b) => a.start - b.start)) {
      if (cue.start < at) continue;
      pieces.push({ text: text.slice(at, cue.start), mark: false }, { text: text.slice(cue.start, cue.end), mark: true });
      at = cue.end;
    }
    pieces.push({ text: text.slice(at), mark: false });
  }
  return (
    <div class="field try">
      <label for={id}>{t('optTryMessage')}</label>
      <textarea id={id} rows={4} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} data-testid="try-message" />
      {analysis && (
        <div role="status" aria-live="polite" data-testid="try-result">
          <p>
            {t('optDetectedLang', NATIVE[analysis.lang])} · {flags.length ? flags.join(' · ') : t('optNoFlags')}
            {analysis.name && ` · ${t('optNameFound', analysis.name)}`}
          </p>
          {analysis.cues.length > 0 && (
            <p class="cued">
              {pieces.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
            </p>
          )}
          {analysis.questions.length ? (
            <>
              <p>{t('optQuestionsFound')}</p>
              <ul data-testid="try-questions">{analysis.questions.map((q, i) => <li key={i}>{q}</li>)}</ul>
            </>
          ) : (
            <p>{t('optNoQuestions')}</p>
          )}
        </div>
      )}
    </div>
  );
}

export function Listening() {
  const path = 'listening.library';
  const [lang, setLang] = useState<Lang>('en');
  const [list, setList] = useState<ListName>('frustration');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [listText, setListText] = useState<string | null>(null);
  const id = useId();
  const library = mergeLibrary(DEFAULT_LIBRARY, settings.value.listening.library);
  const pack = library.languages[lang];
  const isLocked = locked(path);
  const labels: Record<ChecklistItem, string> = {
    answerQuestions: t('optSugAnswer'),
    useName: t('optSugName'),
    acknowledgeFeeling: t('optSugFeeling'),
    setExpectation: t('optSugExpectation'),
    nextStep: t('optSugNextStep'),
  };
  const save = async (change: (o: PromptLibraryOverride) => void) => {
    const next = overrideOf();
    change(next);
    setProblems(await saveField('listening', 'library', next));
  };
  const langOverride = (o: PromptLibraryOverride) => ((o.languages ??= {}), (o.languages[lang] ??= {}));
  const setSuggestion = (item: ChecklistItem, value: string) =>
    save((o) => {
      const l = langOverride(o);
      l.suggestions = { ...l.suggestions, [item]: value };
    });
  const setWords = (text: string) => {
    setListText(text);
    void save((o) => {
      langOverride(o)[list] = text.split('\n').map((w) => w.trim()).filter(Boolean);
    });
  };
  const resetList = () => {
    setListText(null);
    void save((o) => {
      delete langOverride(o)[list];
    });
  };
  const overridden = settings.value.listening.library?.languages?.[lang]?.[list] !== undefined;
  return (
    <Section id="listening" title={t('optListeningTitle')} intro={t('optListeningIntro')}>
      <CheckboxField
        path="listening.remindOnSend"
        label={t('optRemindOnSend')}
        hint={t('optRemindOnSendHint')}
        value={settings.value.listening.remindOnSend === true}
        save={(v) => saveField('listening', 'remindOnSend', v)}
      />
      <div class="field">
        <label for={`${id}-lang`}>{t('optEditLanguage')}</label>
        <select id={`${id}-lang`} value={lang} onChange={(e) => ((setLang((e.target as HTMLSelectElement).value as Lang), setListText(null)))}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>{NATIVE[l]}</option>
          ))}
        </select>
      </div>
      <LockedNote path={path} />
      <fieldset class="field" disabled={isLocked}>
        <legend>{t('optSuggestions')}</legend>
        {CHECKLIST_ITEMS.map((item) => (
          <div class="field" key={`${lang}-${item}`}>
            <label for={`${id}-${item}`}>{labels[item]}</label>
            <textarea id={`${id}-${item}`} lang={lang} rows={2} value={pack.suggestions[item]} onInput={(e) => void setSuggestion(item, (e.target as HTMLTextAreaElement).value)} />
            <FieldError id={`${id}-${item}-error`} problems={problems.filter((p) => p.path.includes(`.${lang}.suggestions.${item}`))} path={`${path}.languages.${lang}.suggestions.${item}`} />
          </div>
        ))}
      </fieldset>
      <fieldset class="field" disabled={isLocked}>
        <legend>{t('optWordLists')}</legend>
        <label for={`${id}-list`}>{t('optWordList')}</label>
        <select id={`${id}-list`} value={list} onChange={(e) => ((setList((e.target as HTMLSelectElement).value as ListName), setListText(null)))}>
          {LIST_NAMES.map((name) => (
            <option key={name} value={name}>{name}</option>
          ))}
        </select>
        <label for={`${id}-words`}>{t('optListEntries')}</label>
        <textarea id={`${id}-words`} lang={lang} rows={6} value={listText ?? pack[list].join('\n')} onInput={(e) => setWords((e.target as HTMLTextAreaElement).value)} data-testid="word-list" />
        {overridden && <button type="button" class="small" onClick={resetList}>{t('optResetList')}</button>}
        <FieldError id={`${id}-words-error`} problems={problems.filter((p) => !/\.suggestions\./.test(p.path))} path={path} />
      </fieldset>
      <TryMessage lang="auto" />
    </Section>
  );
}
