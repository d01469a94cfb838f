/**
 * Runs the content script on the optional sites the browser has granted: a built-in hosted site
 * (Outlook, Zendesk, …) once its host permission is granted, and a self-hosted or custom helpdesk
 * on each origin granted for it. Gmail and the demo helpdesk are in the manifest's own
 * content_scripts. The registration persists across sessions; it is re-synced at start-up and on
 * every permission change, and pages already open on a newly granted site get the script at once.
 */
import browser from 'webextension-polyfill';
import { patternMatches, siteScriptMatches } from '../sites/hosts';

export const SITE_SCRIPT_ID = 'support-panel-sites';

function contentScriptFiles(): { js: string[]; css: string[] } {
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  return { js: declared?.js ?? [], css: declared?.css ?? [] };
}

/** Makes the registered content script match the granted origins. Returns the patterns in force. */
export async function syncSiteScripts(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = siteScriptMatches(granted);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    return matches;
  }
  const { js, css } = contentScriptFiles();
  if (js.length === 0) throw new Error('the manifest declares no content script to register');
  const script = { id: SITE_SCRIPT_ID, matches, js, ...(css.length ? { css } : {}), runAt: 'document_idle' as const, allFrames: false };
  if (registered.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return matches;
}

/** Puts the content script into already open tabs of newly granted origins (it guards against running twice). */
export async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  const patterns = siteScriptMatches(origins);
  if (!patterns.length) return;
  const { js } = contentScriptFiles();
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (typeof tab.id !== 'number' || !tab.url) return;
      let url: URL;
      try {
        url = new URL(tab.url);
      } catch {
        return;
      }
      if (!patterns.some((p) => patternMatches(p, url))) return;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: js }).catch((error: unknown) => {
        console.warn('[support-panel] could not start on open tab', tab.id, error);
      });
    }),
  );
}

export function watchSitePermissions(): void {
  const resync = () => syncSiteScripts().catch((error: unknown) => console.error('[support-panel] could not register site scripts', error));
  browser.permissions.onAdded.addListener((added) => {
    void resync().then(() => injectIntoOpenTabs(added.origins ?? []));
  });
  browser.permissions.onRemoved.addListener(() => void resync());
  void resync();
}
