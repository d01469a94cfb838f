import { useSignal } from '@preact/signals';
import browser from 'webextension-polyfill';
import type { PanelState } from '../messaging/protocol';
import { t } from './i18n';

type LayoutErrorState = Extract<PanelState, { kind: 'layout-error' }>;

/**
 * What a support engineer needs to fix an adapter, and nothing from the conversation: the site,
 * the page's address without query or hash, the selector keys that found nothing, the version.
 */
export function diagnosticsOf(state: LayoutErrorState): Record<string, unknown> {
  return {
    site: state.site,
    urlPattern: state.urlPattern,
    failedSelectors: state.failedSelectors,
    version: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    at: new Date().toISOString(),
  };
}

/** "This Zendesk page layout is not recognised yet", what was missing, and a copy-diagnostics button. */
export function LayoutError({ state }: { state: LayoutErrorState }) {
  const status = useSignal<'idle' | 'copied' | 'failed'>('idle');
  const diagnostics = diagnosticsOf(state);
  const text = JSON.stringify(diagnostics, null, 2);
  const copy = () => {
    // The panel frame may be denied the clipboard (the host page's permissions policy); then the
    // text is shown selected, for the agent to copy by hand.
    navigator.clipboard
      .writeText(text)
      .then(() => (status.value = 'copied'))
      .catch(() => (status.value = 'failed'));
  };
  return (
    <div class="error" role="alert" data-testid="layout-error">
      <p class="error-title">{t('layoutError', state.siteLabel)}</p>
      <p>{t('layoutErrorHelp')}</p>
      <p class="muted" data-testid="layout-error-missing">{t('layoutErrorMissing', state.failedSelectors.join(', '))}</p>
      <button type="button" class="link-button" data-testid="diagnostics" data-diagnostics={JSON.stringify({ ...diagnostics, browser: undefined, at: undefined })} onClick={copy}>
        {t('copyDiagnostics')}
      </button>
      <p role="status" class="muted">
        {status.value === 'copied' && t('diagnosticsCopied')}
        {status.value === 'failed' && t('diagnosticsCopyFailed')}
      </p>
      {status.value === 'failed' && (
        <textarea class="diagnostics-text" readOnly rows={6} aria-label={t('copyDiagnostics')} value={text} ref={(el) => el?.select()} />
      )}
    </div>
  );
}
