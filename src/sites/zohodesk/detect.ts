/**
 * Zoho Desk URL detection. The agent app lives under /agent/<portal>/<department>/ on the desk host
 * of each Zoho data centre; an open ticket is /tickets/details/<record id> (seen 2026-11 in public
 * userscripts and integrations that link to tickets, e.g. ivanovichko/MWR_New_Booking_Server
 * "MWR Zoho Tools.user.js": "/agent/{portal}/{department}/tickets/details/{ticketId}").
 * /portal/ on the same host is the customer-facing help centre, not the agent app.
 */

export const zohodeskExamples = {
  match: [
    'https://desk.zoho.com/agent/acme/support/tickets/details/123456000001234567',
    'https://desk.zoho.com/agent/acme/support/tickets/details/123456000001234567/',
    'https://desk.zoho.com/agent/acme/all/tickets/details/123456000001234567',
    'https://desk.zoho.eu/agent/acme/soporte/tickets/details/123456000001234567',
    'https://desk.zoho.in/agent/acme/support/tickets/details/123456000001234567?token=abc#thread',
    'https://desk.zoho.com.au/agent/acme/support/tickets/details/123456000001234567',
    'https://desk.zoho.jp/agent/acme/support/tickets/details/123456000001234567',
    'https://desk.zohocloud.ca/agent/acme/support/tickets/details/123456000001234567',
    // Lists and other modules: the site matches, but no ticket is open.
    'https://desk.zoho.com/agent/acme/support/tickets/list/all-cases',
    'https://desk.zoho.com/agent/acme/support/all-modules/search?searchDept=currentDept&searchWord=1042',
    'https://desk.zoho.com/agent/acme/support/whatsapp/page#IM/-1/sessions/mine-all',
    'https://desk.zoho.com/agent/acme/support/contacts/details/123456000000456001',
    'https://desk.zoho.com/agent/acme/support/home',
  ],
  noMatch: [
    'https://desk.zoho.com.evil.test/agent/acme/support/tickets/details/123456000001234567',
    'https://evil.test/desk.zoho.com/agent/acme/support/tickets/details/123456000001234567',
    'http://desk.zoho.com/agent/acme/support/tickets/details/123456000001234567',
    'https://desk.zoho.com/portal/acme/en/home',
    'https://desk.zoho.com/portal/acme/en/myarea',
    'https://crm.zoho.com/crm/org123/tab/Cases/123456000001234567',
    'https://help.zoho.com/portal/en/kb/desk',
    'https://acme.zendesk.com/agent/tickets/123',
    'https://app.frontapp.com/inboxes/teams/folders/4808209/unassigned/117421069338',
  ],
} as const;

const HOST = /^desk\.(?:zoho\.(?:com|eu|in|com\.au|jp|com\.cn|sa|uk)|zohocloud\.ca)$/;

export function isZohodeskUrl(url: URL): boolean {
  return url.protocol === 'https:' && HOST.test(url.hostname) && url.pathname.startsWith('/agent/');
}

/** The ticket's record id (the long number in the URL), or null off a ticket page. */
export function zohodeskTicketIdFromUrl(url: URL): string | null {
  if (!isZohodeskUrl(url)) return null;
  return /^\/agent\/[^/]+\/[^/]+\/tickets\/details\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
}
