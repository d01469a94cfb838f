import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANY_HTTPS_ORIGIN, OPTIONAL_SITE_MATCHES, REQUIRED_SITE_MATCHES, originPattern, patternMatches, siteScriptMatches } from './hosts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: { matches: string[] }[];
};

describe('site hosts', () => {
  it('asks at install only for the required sites; every other site is an optional permission', () => {
    const required = Object.values(REQUIRED_SITE_MATCHES).flat();
    expect([...manifest.host_permissions].sort()).toEqual([...required].sort());
    expect([...manifest.content_scripts[0]!.matches].sort()).toEqual([...required].sort());
    const optional = Object.values(OPTIONAL_SITE_MATCHES).flat();
    expect([...manifest.optional_host_permissions].sort()).toEqual([...optional, ANY_HTTPS_ORIGIN].sort());
  });

  it('matches URLs as browsers match patterns', () => {
    expect(patternMatches('https://*.zendesk.com/*', new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(patternMatches('https://*.zendesk.com/*', new URL('https://zendesk.com/'))).toBe(true);
    expect(patternMatches('https://*.zendesk.com/*', new URL('https://acme.zendesk.com.evil.test/'))).toBe(false);
    expect(patternMatches('https://*.zendesk.com/*', new URL('http://acme.zendesk.com/'))).toBe(false);
    expect(patternMatches('https://secure.helpscout.net/*', new URL('https://secure.helpscout.net/conversation/1/2'))).toBe(true);
    expect(patternMatches('https://secure.helpscout.net/*', new URL('https://evilsecure.helpscout.net/'))).toBe(false);
    expect(patternMatches('https://support.acme.test/tickets/*', new URL('https://support.acme.test/tickets/17?x=1'))).toBe(true);
    expect(patternMatches('https://support.acme.test/tickets/*', new URL('https://support.acme.test/admin'))).toBe(false);
    expect(patternMatches('not a pattern', new URL('https://a.test/'))).toBe(false);
    expect(originPattern(new URL('https://support.acme.test/#ticket/zoom/42'))).toBe('https://support.acme.test/*');
  });
});

describe('siteScriptMatches', () => {
  it('runs on granted built-in sites and on single granted origins, never on a blanket grant', () => {
    expect(
      siteScriptMatches([
        'https://mail.google.com/*',
        'https://*.zendesk.com/*',
        'https://outlook.office.com/*',
        'https://support.acme.test/*',
        'https://*/*',
        'https://*.acme.test/*',
        'http://plain.acme.test/*',
      ]),
    ).toEqual(['https://*.zendesk.com/*', 'https://outlook.office.com/*', 'https://support.acme.test/*']);
    expect(siteScriptMatches(['https://*/*'])).toEqual([]);
    expect(siteScriptMatches([])).toEqual([]);
  });
});
