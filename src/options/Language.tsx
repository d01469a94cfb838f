/** The UI language: the browser's, or one chosen here for the panel, options and dashboard. */
import { useId, useState } from 'preact/hooks';
import { UI_LANGUAGES, type Problem, type UiLanguage } from '../core/schema/settings-schema';
import { t } from '../i18n';
import { FieldError, LockedNote, Section } from './fields';
import { locked, saveField, settings } from './state';

/** Each language in its own script, as language pickers show them. */
const NATIVE: Record<Exclude<UiLanguage, 'auto'>, string> = { en: 'English', bn: 'বাংলা', hi: 'हिन्दी' };

export function Language() {
  const id = useId();
  const [problems, setProblems] = useState<Problem[]>([]);
  const value = settings.value.ui.language;
  return (
    <Section id="language" title={t('optLanguageTitle')}>
      <div class="field">
        <label for={id}>{t('optLanguage')}</label>
        <select
          id={id}
          value={value}
          disabled={locked('ui.language')}
          data-path="ui.language"
          onChange={async (e) => setProblems(await saveField('ui', 'language', (e.target as HTMLSelectElement).value))}
        >
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>
              {lang === 'auto' ? t('optLanguageAuto') : NATIVE[lang]}
            </option>
          ))}
        </select>
        <LockedNote path="ui.language" />
        <FieldError id={`${id}-error`} problems={problems} path="ui.language" />
      </div>
    </Section>
  );
}
