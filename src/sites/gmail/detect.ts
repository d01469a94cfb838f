/**
 * Gmail URL detection. Gmail is a single-page app: the view lives in the hash
 * ("#inbox", "#label/Support", "#inbox/<thread id>"), so a thread is recognised by the hash alone.
 */

/** Every URL the detectors must get right; detect.test.ts checks each one. */
export const gmailExamples = {
  /** Gmail pages (thread views and lists alike). */
  match: [
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#all/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#sent/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#label/Support/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#label/Support%2FTier+2/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#search/refund/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#category/updates/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#inbox/18c3f0a2b4d5e6f7',
    'https://mail.google.com/mail/u/0/?#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk?compose=new',
    'https://mail.google.com/mail/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    // Lists: the site matches, but there is no thread open.
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/?#inbox',
    'https://mail.google.com/mail/u/1/#inbox',
    'https://mail.google.com/mail/u/0/#inbox/p2',
    'https://mail.google.com/mail/u/0/#label/Support',
    'https://mail.google.com/mail/u/0/#search/refund',
    'https://mail.google.com/mail/u/0/#search/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://mail.google.com/mail/u/0/#settings/general',
    'https://mail.google.com/mail/u/0/',
  ],
  noMatch: [
    'https://google.com/mail/u/0/#inbox',
    'https://www.google.com/search?q=mail.google.com',
    'https://calendar.google.com/calendar/u/0/r',
    'https://drive.google.com/drive/u/0/my-drive',
    'https://accounts.google.com/ServiceLogin?service=mail',
    'https://mail.google.com.evil.test/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk',
    'https://evil.test/mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com.evil.test/',
    'http://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/chat/u/0/',
    'https://outlook.office.com/mail/inbox',
  ],
} as const;

/** Thread ids seen so far: 16 hex digits (legacy) or the longer opaque ids ("FMfcgz…"). */
const THREAD_ID = /^(?:[0-9a-f]{16}|[A-Za-z0-9_-]{20,})$/;

/** Views whose first hash segment is an argument, so the thread id comes one segment later. */
const VIEWS_WITH_ARGUMENT = new Set(['label', 'search', 'category', 'advanced-search', 'section_query']);

export function isGmailUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/');
}

/** The thread id shown in the URL, or null for lists, settings and non-Gmail pages. */
export function gmailThreadIdFromUrl(url: URL): string | null {
  if (!isGmailUrl(url)) return null;
  // "#inbox/<id>?compose=new": the hash has its own query part.
  const path = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const segments = path.split('/').filter(Boolean);
  const view = segments[0];
  if (!view) return null;
  const minSegments = VIEWS_WITH_ARGUMENT.has(view) ? 3 : 2;
  const last = segments[segments.length - 1] ?? '';
  return segments.length >= minSegments && THREAD_ID.test(last) ? last : null;
}
