/**
 * FreeScout URL detection. FreeScout is self-hosted on any hostname, at the root or in a
 * subdirectory: "/conversation/<id>" (optionally "?folder_id=…", "#thread-…") is a conversation,
 * "/mailbox/<id>[/<folder id>]" a list. Hosted products with the same path endings (Help Scout,
 * whose URLs FreeScout imitates, and Intercom's ".../conversation/<id>", seen 2026-11) are
 * excluded by host.
 */
export const freescoutExamples = {
  match: [
    'https://help.example.test/conversation/1042',
    'https://help.example.test/conversation/1042?folder_id=3',
    'https://help.example.test/conversation/1042#thread-5531',
    'https://support.acme.example/helpdesk/conversation/88',
    // Lists: the site matches, read() returns null.
    'https://help.example.test/mailbox/3',
    'https://help.example.test/mailbox/3/17',
    'https://help.example.test/mailbox/3?page=2',
  ],
  noMatch: [
    'http://help.example.test/conversation/1042',
    'https://help.example.test/conversation/new',
    'https://help.example.test/users/3',
    'https://secure.helpscout.net/conversation/2412345678/1234',
    'https://secure.helpscout.net/mailbox/7c3b5a/',
    'https://secure.helpscout.net/conversation/2412345678',
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/shared/all/conversation/215467892345678',
    'https://app.intercom.io/a/apps/jeuow7ss/inbox/conversation/15929788631',
    'https://support.example.test/#ticket/zoom/42',
    'https://helpdesk.example.test/scp/tickets.php?id=5',
    'https://acme.zendesk.com/agent/tickets/123',
  ],
} as const;

const PATH = /\/(?:conversation\/(\d+)|mailbox\/\d+(?:\/\d+)?)\/?$/;

export function isFreescoutUrl(url: URL): boolean {
  return url.protocol === 'https:' && !/(?:^|\.)(?:helpscout\.net|intercom\.(?:com|io))$/.test(url.hostname) && PATH.test(url.pathname);
}

/** The conversation id in "/conversation/<id>", or null on lists and other pages. */
export function freescoutConversationIdFromUrl(url: URL): string | null {
  return isFreescoutUrl(url) ? (PATH.exec(url.pathname)?.[1] ?? null) : null;
}
