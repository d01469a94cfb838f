/**
 * Match patterns as browsers use them for host permissions and content scripts
 * (`<scheme>://<host><path>`, or `<all_urls>`), so a supervisor's custom helpdesk is matched exactly
 * as the permission they grant: scheme `*` means http or https; host `*`, `*.acme.test` (the
 * domain itself and its subdomains) or an exact host, optionally with a port; the path may hold `*`
 * anywhere and is matched against the URL's path and query, never the fragment.
 */

export type UrlTest = (url: URL) => boolean;

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::(\d{1,5}))?(\/.*)$/;
const escapeRe = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The test for a match pattern, or null when the pattern is not one a browser would accept. */
export function matchPattern(pattern: string): UrlTest | null {
  if (pattern === '<all_urls>') return (url) => url.protocol === 'https:' || url.protocol === 'http:';
  const m = PATTERN.exec(pattern);
  if (!m) return null;
  const [, scheme, host, port, path] = m as unknown as [string, string, string, string | undefined, string];
  const hostLower = host.toLowerCase();
  if (/\s/.test(pattern) || (hostLower !== '*' && !/^(?:\*\.)?[a-z0-9.-]+$/.test(hostLower))) return null;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRe).join('.*')}$`, 's');
  return (url) => {
    const protocol = url.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
    const h = url.hostname.toLowerCase();
    if (hostLower.startsWith('*.')) {
      const domain = hostLower.slice(2);
      if (h !== domain && !h.endsWith(`.${domain}`)) return false;
    } else if (hostLower !== '*' && h !== hostLower) return false;
    if (port !== undefined && (url.port || (protocol === 'https' ? '443' : '80')) !== port) return false;
    return pathRe.test(url.pathname + url.search);
  };
}

/**
 * The conversation's id on a custom helpdesk: the last number in its path or hash route
 * ("/tickets/17", "#/ticket/17"), else the path itself, prefixed with the helpdesk's own id so two
 * helpdesks' ticket 17 stay apart.
 */
export function genericConversationId(siteId: string, url: URL): string {
  const route = url.pathname + url.hash;
  const numbers = route.match(/\d+/g);
  return `${siteId}:${numbers ? numbers[numbers.length - 1] : route}`;
}
