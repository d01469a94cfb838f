/**
 * Zendesk Support agent pages: https://<subdomain>.zendesk.com/agent/… (Agent Workspace, a
 * single-page app). The Help Center (/hc/…) is the customers' side and is left alone.
 */

/** Every URL the detector must get right; adapter.test.ts checks each one. */
export const zendeskExamples = {
  /** Agent pages: ticket views and the lists and dashboards the agent moves through. */
  match: [
    'https://acme.zendesk.com/agent/tickets/4217',
    'https://acme.zendesk.com/agent/tickets/4217/events',
    'https://acme.zendesk.com/agent/tickets/4217?comment=918273645',
    'https://acme-support.zendesk.com/agent/tickets/98',
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/agent/filters/360001234567',
    'https://acme.zendesk.com/agent/search/1?type=ticket&q=refund',
    'https://acme.zendesk.com/agent/users/381234/requested_tickets',
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com/agent',
  ],
  noMatch: [
    'https://acme.zendesk.com.evil.test/agent/tickets/4217',
    'https://evil.test/acme.zendesk.com/agent/tickets/4217',
    'https://acme.zendesk.com.example.net/agent/tickets/4217',
    'http://acme.zendesk.com/agent/tickets/4217',
    'https://acme.zendesk.com/hc/en-us/requests/4217',
    'https://acme.zendesk.com/agentx/tickets/4217',
    'https://zendesk.com/agent/tickets/4217',
    'https://www.zendesk.com/pricing/',
    'https://secure.helpscout.net/conversation/2715830942/4217',
    'https://acme.freshdesk.com/a/tickets/4217',
    'https://mail.google.com/mail/u/0/#inbox',
  ],
} as const;

export function isZendeskUrl(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    /^[a-z0-9][a-z0-9-]*\.zendesk\.com$/i.test(url.hostname) &&
    /^\/agent(?:\/|$)/.test(url.pathname)
  );
}

/** The ticket number of a ticket view ("/agent/tickets/4217[/events]"), or null for anything else. */
export function zendeskTicketIdFromUrl(url: URL): string | null {
  return isZendeskUrl(url) ? (/^\/agent\/tickets\/(\d{1,15})(?:\/|$)/.exec(url.pathname)?.[1] ?? null) : null;
}
