/**
 * Where each built-in site runs, as match patterns for host permissions and content scripts.
 * Gmail and the bundled demo helpdesk are granted at install; every other site is an optional host
 * permission, requested only when the agent or supervisor turns that site on in the options page
 * (the background then registers the content script there: src/background/site-scripts.ts).
 * Self-hosted helpdesks (Zammad, FreeScout, osTicket) and custom ones run on the team's own
 * hostname, so the options page requests exactly that origin (covered by `https://*\/*` in the
 * manifest's optional_host_permissions).
 */
import type { SiteId } from '../core/snapshot';

export const REQUIRED_SITE_MATCHES: Partial<Record<SiteId, readonly string[]>> = {
  gmail: ['https://mail.google.com/*'],
  demo: ['https://helpdesk.demo.example/*'],
};

export const OPTIONAL_SITE_MATCHES: Partial<Record<SiteId, readonly string[]>> = {
  outlook: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://outlook.cloud.microsoft/*'],
  zendesk: ['https://*.zendesk.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
  helpscout: ['https://secure.helpscout.net/*'],
  zohodesk: [
    'https://desk.zoho.com/*',
    'https://desk.zoho.eu/*',
    'https://desk.zoho.in/*',
    'https://desk.zoho.com.au/*',
    'https://desk.zoho.jp/*',
    'https://desk.zoho.com.cn/*',
    'https://desk.zoho.sa/*',
    'https://desk.zoho.uk/*',
    'https://desk.zohocloud.ca/*',
  ],
  front: ['https://app.frontapp.com/*'],
  intercom: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*', 'https://app.intercom.io/*'],
};

/** Sites that run on any hostname the team hosts them on (detected by page markers there). */
export const SELF_HOSTED_SITES: readonly SiteId[] = ['zammad', 'freescout', 'osticket'];

/** Covers the origins of self-hosted and custom helpdesks, requested one origin at a time. */
export const ANY_HTTPS_ORIGIN = 'https://*/*';

/**
 * True when a match pattern (as browsers use them) matches the URL. Supports the forms this
 * extension uses: scheme `https`, host `*`, `*.domain` or exact, any path glob with `*`.
 */
export function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(https|http|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}

/** The origin pattern a self-hosted or custom site needs: `https://support.acme.test/*`. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

const KNOWN = new Set([...Object.values(REQUIRED_SITE_MATCHES), ...Object.values(OPTIONAL_SITE_MATCHES)].flat());

/**
 * The match patterns the content script should run on, from the granted origins: each built-in
 * optional site's patterns that are granted, and every other single granted https origin
 * (`https://host/*`, a self-hosted or custom helpdesk). A grant of all https sites is not read as
 * "run everywhere".
 */
export function siteScriptMatches(granted: readonly string[]): string[] {
  const out = new Set<string>();
  for (const patterns of Object.values(OPTIONAL_SITE_MATCHES)) for (const p of patterns) if (granted.includes(p)) out.add(p);
  for (const origin of granted) {
    if (origin === ANY_HTTPS_ORIGIN || KNOWN.has(origin)) continue;
    if (/^https:\/\/[a-z0-9.-]+(:\d+)?\/\*$/i.test(origin)) out.add(origin);
  }
  return [...out].sort();
}
