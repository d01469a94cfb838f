import { t } from '../i18n';
import { Agent } from './Agent';
import { Language } from './Language';
import { Privacy } from './Privacy';
import { Reminders } from './Reminders';
import { Listening } from './Listening';
import { RulePacks } from './RulePacks';
import { Sites } from './Sites';
import { Targets } from './Targets';
import { effective, loaded, localOnly, status } from './state';
import { formatProblem } from '../core/schema/settings-schema';

function PolicyBanner() {
  const { locked, policyProblems } = effective.value;
  if (!locked.length && !policyProblems.length) return null;
  return (
    <div class="banner" role="note" data-testid="policy-banner">
      <p>{t('optPolicyBanner')}</p>
      {policyProblems.length > 0 && (
        <details>
          <summary>{t('optPolicyProblems')}</summary>
          <ul>{policyProblems.map((p) => <li key={p.path}>{formatProblem(p)}</li>)}</ul>
        </details>
      )}
    </div>
  );
}

export function App() {
  const sections: [string, string][] = [
    ['targets', t('optTargetsTitle')],
    ['reminders', t('optRemindersTitle')],
    ['listening', t('optListeningTitle')],
    ['sites', t('optSitesTitle')],
    ['agent', t('optAgentTitle')],
    ['privacy', t('optPrivacyTitle')],
    ['packs', t('optPacksTitle')],
    ['language', t('optLanguageTitle')],
  ];
  return (
    <div class="layout">
      <nav aria-label={t('optSections')}>
        <ul>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <h1>{t('optTitle')}</h1>
        <PolicyBanner />
        <p class="status" role="status" aria-live="polite" data-testid="status">{status.value}</p>
        {localOnly.value.length > 0 && <p class="hint">{t('optNotSynced', localOnly.value.join(', '))}</p>}
        {loaded.value ? (
          <>
            <Targets />
            <Reminders />
            <Listening />
            <Sites />
            <Agent />
            <Privacy />
            <RulePacks />
            <Language />
          </>
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </main>
    </div>
  );
}
