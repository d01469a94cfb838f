import type { Runtime } from 'webextension-polyfill';
import { adapterFor } from '../sites/registry';
import { matchPattern } from '../sites/generic/detect';
import type { GenericSiteConfig } from '../sites/generic/config';
import type { SiteId } from '../core/snapshot';

export interface ContentSender {
  tabId: number;
  site: SiteId;
  siteLabel: string;
}

/**
 * A message counts as from our content script only if it comes from this extension, from the
 * top frame of a tab, on a page one of our adapters handles. Returns the tab and the site the
 * sender's own URL belongs to, so a page cannot report itself as another site.
 */
export function contentSender(
  sender: Runtime.MessageSender,
  extensionId: string,
  /** The supervisor's custom helpdesks (settings.sites.custom): their URL patterns count as sites too. */
  custom: readonly Pick<GenericSiteConfig, 'name' | 'urlPattern'>[] = [],
): ContentSender | null {
  if (sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (sender.frameId !== 0) return null;
  if (typeof sender.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const adapter = adapterFor(url);
  if (adapter) return { tabId, site: adapter.site, siteLabel: adapter.label };
  const mine = custom.find((c) => matchPattern(c.urlPattern)?.(url));
  return mine ? { tabId, site: 'generic', siteLabel: mine.name } : null;
}

/** The panel port must come from our own panel page shown inside a tab. */
export function panelSender(sender: Runtime.MessageSender | undefined, extensionId: string, panelUrl: string): number | null {
  if (!sender || sender.id !== extensionId) return null;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(panelUrl)) return null;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/** A message from our own options page (shown in a tab, or embedded by the browser's add-ons page). */
export function isOptionsSender(sender: Runtime.MessageSender, extensionId: string, optionsUrl: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(optionsUrl);
}
