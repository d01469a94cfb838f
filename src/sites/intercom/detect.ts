/**
 * Intercom URL detection. The inbox is a single-page app under /a/ on the app host of each region
 * (app.intercom.com, app.eu.intercom.com, app.au.intercom.com; app.intercom.io redirects there).
 * An open conversation ends in /conversation/<number> (shapes seen 2026-11 in public tools and
 * scripts: /a/inbox/<app>/inbox/shared/all/conversation/<n>, /a/inbox/<app>/inbox/admin/<admin>/…,
 * and the older /a/apps/<app>/inbox/inbox/conversation/<n>, with #part_id=… for a single part).
 */

export const intercomExamples = {
  match: [
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/shared/all/conversation/215467892345678',
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/admin/4643910/conversation/215467892345678',
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/conversation/215467892345678?view=List',
    'https://app.eu.intercom.com/a/inbox/k2x9pl4q/inbox/shared/unassigned/conversation/215467893000111',
    'https://app.au.intercom.com/a/inbox/k2x9pl4q/inbox/team/5512/conversation/215467893000111',
    'https://app.intercom.com/a/apps/jeuow7ss/inbox/inbox/conversation/15929788631#part_id=user-message-15929788631-202241720',
    'https://app.intercom.io/a/apps/jeuow7ss/inbox/conversation/15929788631',
    // Lists and other parts of the app: the site matches, but no conversation is open.
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/shared/all',
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/admin/4643910?view=List',
    'https://app.intercom.com/a/apps/jeuow7ss/users/segments/all',
    'https://app.intercom.com/a/apps/jeuow7ss/knowledge-hub/all-content',
  ],
  noMatch: [
    'https://app.intercom.com.evil.test/a/inbox/jeuow7ss/inbox/shared/all/conversation/215467892345678',
    'https://evil.test/app.intercom.com/a/inbox/jeuow7ss/inbox/shared/all/conversation/1',
    'http://app.intercom.com/a/inbox/jeuow7ss/inbox/shared/all/conversation/215467892345678',
    'https://www.intercom.com/help/en/articles/6560715-manage-conversations',
    'https://intercom.com/',
    'https://acme.intercom.help/en/',
    'https://api.intercom.io/conversations/215467892345678',
    'https://widget.intercom.io/widget/jeuow7ss',
    'https://app.intercom.com/admins/sign_in',
    'https://app.frontapp.com/open/cnv_55c8c149',
  ],
} as const;

const HOST = /^app\.(?:(?:eu|au)\.)?intercom\.com$|^app\.intercom\.io$/;

export function isIntercomUrl(url: URL): boolean {
  return url.protocol === 'https:' && HOST.test(url.hostname) && url.pathname.startsWith('/a/');
}

/** The open conversation's number, or null for lists and the rest of the app. */
export function intercomConversationIdFromUrl(url: URL): string | null {
  if (!isIntercomUrl(url)) return null;
  return /\/conversation\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
}
