/**
 * Help Scout: the agent app lives on https://secure.helpscout.net/ (a single-page app). A
 * conversation is /conversation/<id>/<number>, where the id is stable and the number is what
 * agents see ("#1187").
 */

/** Every URL the detector must get right; adapter.test.ts checks each one. */
export const helpscoutExamples = {
  match: [
    'https://secure.helpscout.net/conversation/2715830942/1187',
    'https://secure.helpscout.net/conversation/2715830942/1187?folderId=6021234',
    'https://secure.helpscout.net/conversation/2715830942/1187/',
    'https://secure.helpscout.net/conversation/2715830942',
    'https://secure.helpscout.net/mailbox/3a1b2c3d4e5f6a7b/6021234/',
    'https://secure.helpscout.net/inboxes/3a1b2c3d4e5f6a7b/views/6021234',
    'https://secure.helpscout.net/dashboard/',
    'https://secure.helpscout.net/search/?query=refund',
  ],
  noMatch: [
    'https://secure.helpscout.net.evil.test/conversation/2715830942/1187',
    'https://evil.test/secure.helpscout.net/conversation/2715830942/1187',
    'http://secure.helpscout.net/conversation/2715830942/1187',
    'https://helpscout.net/conversation/2715830942/1187',
    'https://api.helpscout.net/v2/conversations/2715830942',
    'https://beacon-v2.helpscout.net/',
    'https://acme.helpscoutdocs.com/article/12-refunds',
    'https://www.helpscout.com/pricing/',
    'https://acme.zendesk.com/agent/tickets/1187',
  ],
} as const;

export function isHelpscoutUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'secure.helpscout.net';
}

/** The conversation id of a conversation view, or null for mailboxes, search and the dashboard. */
export function helpscoutConversationIdFromUrl(url: URL): string | null {
  return isHelpscoutUrl(url) ? (/^\/conversation\/(\d{1,20})(?:\/|$)/.exec(url.pathname)?.[1] ?? null) : null;
}
