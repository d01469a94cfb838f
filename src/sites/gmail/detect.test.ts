import { describe, expect, it } from 'vitest';
import { gmailExamples, gmailThreadIdFromUrl, isGmailUrl } from './detect';

const ID = 'FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk';

/** The thread id each matching example must give (null: a list or settings view). */
const expectedThread: Record<string, string | null> = {
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#all/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#sent/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#label/Support/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#label/Support%2FTier+2/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#search/refund/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#category/updates/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#inbox/18c3f0a2b4d5e6f7': '18c3f0a2b4d5e6f7',
  'https://mail.google.com/mail/u/0/?#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk?compose=new': ID,
  'https://mail.google.com/mail/#inbox/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': ID,
  'https://mail.google.com/mail/u/0/#inbox': null,
  'https://mail.google.com/mail/u/0/?#inbox': null,
  'https://mail.google.com/mail/u/1/#inbox': null,
  'https://mail.google.com/mail/u/0/#inbox/p2': null,
  'https://mail.google.com/mail/u/0/#label/Support': null,
  'https://mail.google.com/mail/u/0/#search/refund': null,
  'https://mail.google.com/mail/u/0/#search/FMfcgzQXJWDsKmDpRtBzKmrsBgHVnLxk': null,
  'https://mail.google.com/mail/u/0/#settings/general': null,
  'https://mail.google.com/mail/u/0/': null,
};

describe('gmail URL detection', () => {
  it.each(gmailExamples.match)('matches %s', (url) => {
    expect(isGmailUrl(new URL(url))).toBe(true);
  });

  it.each(gmailExamples.noMatch)('does not match %s', (url) => {
    expect(isGmailUrl(new URL(url))).toBe(false);
    expect(gmailThreadIdFromUrl(new URL(url))).toBeNull();
  });

  it('has an expected thread id for every matching example', () => {
    expect(Object.keys(expectedThread).sort()).toEqual([...gmailExamples.match].sort());
  });

  it.each(Object.entries(expectedThread))('reads the thread id of %s', (url, id) => {
    expect(gmailThreadIdFromUrl(new URL(url))).toBe(id);
  });
});
