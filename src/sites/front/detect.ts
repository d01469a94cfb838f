/**
 * Front URL detection. The web app is app.frontapp.com; a view's path names the inbox or view and
 * the filter, then the open conversation's number, "0" when none is open (shapes seen 2026-11 in
 * public links: /inboxes/teams/folders/<inbox>/unassigned/<n>, /inboxes/teams/views/<view>/open/<n>,
 * /inboxes/teammates/<id>/inbox/all/<n>, /inboxes/shared/support/open/<n>). Deep links use the API id
 * (/open/cnv_55c8c149). The number is the API id in base 10 ("cnv_" + n in base 36, as public
 * Front tooling converts inbox ids), so both shapes give one conversation id.
 */

export const frontExamples = {
  match: [
    'https://app.frontapp.com/inboxes/teams/folders/4808209/unassigned/117421069338',
    'https://app.frontapp.com/inboxes/teams/views/15931074/open/7762260226',
    'https://app.frontapp.com/inboxes/teammates/20999898/inbox/all/117421079898',
    'https://app.frontapp.com/inboxes/shared/support/open/121516198',
    'https://app.frontapp.com/open/cnv_55c8c149',
    'https://app.frontapp.com/inboxes/teams/folders/4808209/unassigned/117421069338?q=refund',
    // Lists and settings: the site matches, but no conversation is open.
    'https://app.frontapp.com/inboxes/teams/folders/4808209/unassigned/0',
    'https://app.frontapp.com/inboxes/teams/folders/4808209',
    'https://app.frontapp.com/inboxes/teams/4808209/search/workspace/refund/0',
    'https://app.frontapp.com/inboxes/shared/intercom/open/latest',
    'https://app.frontapp.com/settings/developers',
    'https://app.frontapp.com/',
  ],
  noMatch: [
    'https://app.frontapp.com.evil.test/inboxes/teams/folders/4808209/unassigned/117421069338',
    'https://evil.test/app.frontapp.com/open/cnv_55c8c149',
    'http://app.frontapp.com/open/cnv_55c8c149',
    'https://frontapp.com/',
    'https://front.com/product/shared-inbox',
    'https://dev.frontapp.com/reference/conversations',
    'https://api2.frontapp.com/conversations/cnv_55c8c149',
    'https://app.intercom.com/a/inbox/jeuow7ss/inbox/shared/all/conversation/215467892345678',
  ],
} as const;

/** Path segments after which a number is an inbox, view or teammate, not a conversation. */
const CONTAINERS = new Set(['folders', 'views', 'teammates', 'teams', 'workspace', 'tags']);

export function isFrontUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'app.frontapp.com';
}

/** "cnv_<base 36>" for the open conversation, or null for lists, settings and other sites. */
export function frontConversationIdFromUrl(url: URL): string | null {
  if (!isFrontUrl(url)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (/^cnv_[0-9a-z]+$/.test(last)) return last;
  const before = segments[segments.length - 2] ?? '';
  return /^[1-9]\d{0,14}$/.test(last) && segments.length > 3 && !CONTAINERS.has(before)
    ? `cnv_${Number(last).toString(36)}`
    : null;
}
