/**
 * Which site a page belongs to, and its adapter, loaded only there: the content script carries
 * the URL detectors of every site, but a page fetches just its own site's adapter (a chunk of
 * its own), so Gmail never parses Zendesk's code.
 */
import { SITE_LABELS, type SiteId } from '../core/snapshot';
import type { SiteAdapter } from './types';
import type { GenericSiteConfig } from './generic/config';
import { matchPattern } from './generic/detect';
import { isGmailUrl } from './gmail/detect';
import { isDemoUrl } from './demo/detect';
import { isOutlookUrl } from './outlook/detect';
import { isZendeskUrl } from './zendesk/detect';
import { isFreshdeskUrl } from './freshdesk/detect';
import { isZohodeskUrl } from './zohodesk/detect';
import { isHelpscoutUrl } from './helpscout/detect';
import { isFrontUrl } from './front/detect';
import { isIntercomUrl } from './intercom/detect';
import { isZammadUrl } from './zammad/detect';
import { isFreescoutUrl } from './freescout/detect';
import { isOsticketUrl } from './osticket/detect';

export interface SiteEntry {
  site: SiteId;
  label: string;
  /** The URL test of the site's detect.ts. */
  matches(url: URL): boolean;
  load(): Promise<SiteAdapter>;
}

const entry = (site: SiteId, matches: (url: URL) => boolean, load: () => Promise<SiteAdapter>): SiteEntry => ({
  site,
  label: SITE_LABELS[site],
  matches,
  load,
});

/** Sites on their own fixed hostnames: the URL alone decides. */
export const hostedSites: readonly SiteEntry[] = [
  entry('gmail', isGmailUrl, () => import('./gmail/adapter').then((m) => m.gmailAdapter)),
  entry('outlook', isOutlookUrl, () => import('./outlook/adapter').then((m) => m.outlookAdapter)),
  entry('zendesk', isZendeskUrl, () => import('./zendesk/adapter').then((m) => m.zendeskAdapter)),
  entry('freshdesk', isFreshdeskUrl, () => import('./freshdesk/adapter').then((m) => m.freshdeskAdapter)),
  entry('zohodesk', isZohodeskUrl, () => import('./zohodesk/adapter').then((m) => m.zohodeskAdapter)),
  entry('helpscout', isHelpscoutUrl, () => import('./helpscout/adapter').then((m) => m.helpscoutAdapter)),
  entry('front', isFrontUrl, () => import('./front/adapter').then((m) => m.frontAdapter)),
  entry('intercom', isIntercomUrl, () => import('./intercom/adapter').then((m) => m.intercomAdapter)),
  entry('demo', isDemoUrl, () => import('./demo/adapter').then((m) => m.demoAdapter)),
];

/**
 * Self-hosted helpdesks run on any hostname: their URL shape only makes them candidates, and the
 * page's own markers (the adapter's recognises) decide. They are never considered on a hosted
 * site's hostname.
 */
export const selfHostedSites: readonly SiteEntry[] = [
  entry('zammad', isZammadUrl, () => import('./zammad/adapter').then((m) => m.zammadAdapter)),
  entry('freescout', isFreescoutUrl, () => import('./freescout/adapter').then((m) => m.freescoutAdapter)),
  entry('osticket', isOsticketUrl, () => import('./osticket/adapter').then((m) => m.osticketAdapter)),
];

export const sites: readonly SiteEntry[] = [...hostedSites, ...selfHostedSites];

/** The site of a URL as far as the URL can tell (a self-hosted one still needs its page markers). */
export function adapterFor(url: URL): SiteEntry | undefined {
  return hostedSites.find((s) => s.matches(url)) ?? selfHostedSites.find((s) => s.matches(url));
}

/** The adapter for a page: its hosted site's, or the first self-hosted one whose markers the page has. */
export async function adapterForPage(url: URL, doc: Document): Promise<SiteAdapter | undefined> {
  const hosted = hostedSites.find((s) => s.matches(url));
  if (hosted) return hosted.load();
  for (const s of selfHostedSites) {
    if (!s.matches(url)) continue;
    const adapter = await s.load();
    if (adapter.recognises?.(doc) ?? true) return adapter;
  }
  return undefined;
}

/**
 * A custom helpdesk the supervisor described (settings.sites.custom) whose URL pattern takes this
 * URL, read by the generic adapter; a configuration that does not validate is passed over.
 */
export async function customAdapterFor(url: URL, configs: readonly unknown[]): Promise<SiteAdapter | undefined> {
  for (const config of configs) {
    const pattern = typeof config === 'object' && config !== null ? (config as { urlPattern?: unknown }).urlPattern : undefined;
    if (typeof pattern !== 'string' || !matchPattern(pattern)?.(url)) continue;
    const { genericAdapter, validateGenericConfig } = await import('./generic/adapter');
    const problems = validateGenericConfig(config);
    if (problems.length === 0) return genericAdapter(config as GenericSiteConfig);
    console.warn('[support-panel] custom helpdesk settings not usable', problems);
  }
  return undefined;
}
