/**
 * Every detector's example URLs against every detector (after github-url-detection): each example
 * of a site is taken by that site's adapter and by no other, as the registry picks them; the
 * counter-examples are taken by none of that site's detectors.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { adapterFor, sites as adapters, selfHostedSites as selfHostedAdapters } from '../../src/sites/registry';
import { OPTIONAL_SITE_MATCHES, REQUIRED_SITE_MATCHES, patternMatches } from '../../src/sites/hosts';

const SITES = resolve(import.meta.dirname, '../../src/sites');

interface Examples {
  match: string[];
  noMatch: string[];
}

const examples: [string, Examples][] = [];
for (const site of readdirSync(SITES).sort()) {
  const detect = join(SITES, site, 'detect.ts');
  if (!existsSync(detect)) continue;
  const mod = (await import(pathToFileURL(detect).href)) as Record<string, unknown>;
  const found = Object.entries(mod).find(([name]) => name.endsWith('Examples'));
  if (found) examples.push([site, found[1] as Examples]);
}

describe('URL detection across all sites', () => {
  it('has examples for every built-in adapter', () => {
    expect(examples.map(([site]) => site).sort()).toEqual(expect.arrayContaining(adapters.map((a) => a.site)));
  });

  for (const [site, ex] of examples) {
    it(`${site}: each example is taken by ${site} alone`, () => {
      expect(ex.match.length).toBeGreaterThan(0);
      for (const u of ex.match) {
        const url = new URL(u);
        expect(adapterFor(url)?.site, u).toBe(site);
        // A self-hosted helpdesk's URL shape can appear on a hosted site's hostname too; there the
        // registry gives the hosted site priority (checked just above), so only the hosted
        // detectors, and for a self-hosted example all detectors, must leave it alone.
        const selfHosted = selfHostedAdapters.some((a) => a.site === site);
        const others = adapters.filter((a) => a.site !== site && a.matches(url) && (selfHosted || !selfHostedAdapters.includes(a)));
        expect(others.map((a) => a.site), `${u} also matched by`).toEqual([]);
      }
      const own = adapters.find((a) => a.site === site);
      for (const u of ex.noMatch) expect(own?.matches(new URL(u)) ?? false, u).toBe(false);
    });
  }

  it('asks for host permissions that cover every URL a hosted site is detected on', () => {
    for (const [site, ex] of examples) {
      if (selfHostedAdapters.some((a) => a.site === site)) continue;
      const patterns = REQUIRED_SITE_MATCHES[site as keyof typeof REQUIRED_SITE_MATCHES] ?? OPTIONAL_SITE_MATCHES[site as keyof typeof OPTIONAL_SITE_MATCHES] ?? [];
      for (const u of ex.match) expect(patterns.some((p) => patternMatches(p, new URL(u))), `${site}: ${u}`).toBe(true);
    }
  });
});
