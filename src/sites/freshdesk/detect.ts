/**
 * Freshdesk agent pages: https://<account>.freshdesk.com/a/… (the current agent app, an Ember
 * single-page app since 2018). The customer portal (/support/…) and the retired classic agent
 * views (/helpdesk/…) are left alone.
 */

/** Every URL the detector must get right; adapter.test.ts checks each one. */
export const freshdeskExamples = {
  match: [
    'https://acme.freshdesk.com/a/tickets/1042',
    'https://acme.freshdesk.com/a/tickets/1042?tab=activities',
    'https://acme-help.freshdesk.com/a/tickets/7',
    'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
    'https://acme.freshdesk.com/a/tickets/filters/new_and_my_open',
    'https://acme.freshdesk.com/a/dashboard/default',
    'https://acme.freshdesk.com/a/contacts/77000123456',
    'https://acme.freshdesk.com/a/search/tickets?term=refund',
  ],
  noMatch: [
    'https://acme.freshdesk.com.evil.test/a/tickets/1042',
    'https://evil.test/acme.freshdesk.com/a/tickets/1042',
    'http://acme.freshdesk.com/a/tickets/1042',
    'https://acme.freshdesk.com/support/tickets/1042',
    'https://acme.freshdesk.com/helpdesk/tickets/1042',
    'https://acme.freshdesk.com/ab/tickets/1042',
    'https://freshdesk.com/a/tickets/1042',
    'https://acme.freshservice.com/a/tickets/1042',
    'https://www.freshworks.com/freshdesk/',
    'https://acme.zendesk.com/agent/tickets/1042',
  ],
} as const;

export function isFreshdeskUrl(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    /^[a-z0-9][a-z0-9-]*\.freshdesk\.com$/i.test(url.hostname) &&
    url.pathname.startsWith('/a/')
  );
}

/** The ticket number of a ticket view ("/a/tickets/1042"), or null for lists and other pages. */
export function freshdeskTicketIdFromUrl(url: URL): string | null {
  return isFreshdeskUrl(url) ? (/^\/a\/tickets\/(\d{1,15})(?:\/|$)/.exec(url.pathname)?.[1] ?? null) : null;
}
