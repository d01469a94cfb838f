/**
 * "Test on the open tab": runs the supervisor's selectors once in the most recently used tab that
 * the custom helpdesk's URL pattern matches, and reports how many elements each finds and the
 * first one's text. Uses scripting.executeScript with the host permission just granted for that
 * helpdesk (no activeTab, no "tabs" permission, nothing added to the content script).
 */
import browser from 'webextension-polyfill';
import type { CustomSite } from '../core/schema/settings-schema';

export interface ProbeRow {
  key: string;
  count: number;
  sample: string;
  error?: boolean;
}
export type ProbeResult = { kind: 'found'; url: string; rows: ProbeRow[] } | { kind: 'no-tab' } | { kind: 'failed'; error: string };

/**
 * Runs in the page, so it is self-contained. Message-level selectors (author, time, body) are
 * looked for inside the first message, the rest in the whole document.
 */
function runInPage(selectors: Record<string, string>): ProbeRow[] {
  const insideMessage = ['author', 'time', 'body'];
  const conversation = (() => {
    try {
      return document.querySelector(selectors.conversation ?? '');
    } catch {
      return null;
    }
  })();
  let firstMessage: Element | null = null;
  try {
    firstMessage = (conversation ?? document).querySelector(selectors.message ?? '');
  } catch {
    firstMessage = null;
  }
  return Object.entries(selectors).map(([key, selector]) => {
    const root: ParentNode | null = insideMessage.includes(key) ? firstMessage : key === 'message' || key === 'agentMessage' ? (conversation ?? document) : document;
    try {
      const found = root ? root.querySelectorAll(selector) : [];
      const first = found[0] as HTMLElement | undefined;
      const text = first ? ('value' in first && typeof first.value === 'string' ? first.value : first.textContent ?? '') : '';
      return { key, count: found.length, sample: text.replace(/\s+/g, ' ').trim().slice(0, 80) };
    } catch {
      return { key, count: 0, sample: '', error: true };
    }
  });
}

export async function probeSelectors(site: CustomSite): Promise<ProbeResult> {
  try {
    const tabs = await browser.tabs.query({ url: site.urlPattern });
    const tab = tabs.filter((t) => typeof t.id === 'number').sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (!tab?.id) return { kind: 'no-tab' };
    const selectors = Object.fromEntries(Object.entries(site.selectors).filter(([, v]) => Boolean(v))) as Record<string, string>;
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: runInPage, args: [selectors] });
    return { kind: 'found', url: tab.url ?? site.urlPattern, rows: (result?.result as ProbeRow[] | undefined) ?? [] };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
