/**
 * Zammad URL detection. Zammad is self-hosted on any hostname (or *.zammad.com) and routes in the
 * hash: "#ticket/zoom/<ticket id>[/<article id>]" for a ticket, "#ticket/view/<overview>" and
 * "#dashboard" for lists (not "#search/…", which Gmail uses as well). The Vue "desktop view" beta (/desktop/tickets/<id>, 2026-11)
 * is not read yet.
 */
export const zammadExamples = {
  match: [
    'https://support.example.test/#ticket/zoom/42',
    'https://support.example.test/#ticket/zoom/42/1337',
    'https://helpdesk.acme.example/#ticket/zoom/7',
    'https://acme.zammad.com/#ticket/zoom/31001',
    'https://support.example.test/zammad/#ticket/zoom/42',
    // Lists and other views: the site matches, read() returns null.
    'https://support.example.test/#ticket/view/my_assigned',
    'https://support.example.test/#ticket/view/all_unassigned',
    'https://support.example.test/#ticket/create',
    'https://support.example.test/#dashboard',
  ],
  noMatch: [
    'http://support.example.test/#ticket/zoom/42',
    'https://support.example.test/',
    'https://support.example.test/#manage/users',
    // Zammad's search view is left out: Gmail routes "#search/…" too.
    'https://support.example.test/#search/refund',
    'https://mail.google.com/mail/u/0/#search/refund',
    'https://support.example.test/ticket/zoom/42',
    'https://help.example.test/conversation/1042',
    'https://helpdesk.example.test/scp/tickets.php?id=5',
    'https://acme.zendesk.com/agent/tickets/123',
    'https://mail.google.com/mail/u/0/#inbox',
  ],
} as const;

const ROUTE = /^#(?:ticket\/|dashboard$)/;

export function isZammadUrl(url: URL): boolean {
  return url.protocol === 'https:' && ROUTE.test(url.hash);
}

/** The ticket id in "#ticket/zoom/<id>[/<article id>]", or null on every other view. */
export function zammadTicketIdFromUrl(url: URL): string | null {
  return isZammadUrl(url) ? (/^#ticket\/zoom\/(\d+)(?:\/\d+)?\/?$/.exec(url.hash)?.[1] ?? null) : null;
}
