/**
 * Every site's saved pages with the URL each is served at and what the panel must show there,
 * collected from `src/sites/<site>/fixtures/expected.ts` (exports ending in `Fixtures`), with each
 * site's time styles from `test/support/fixture-styles/<site>.ts`. Used by the shared browser test
 * (test/e2e/sites.test.ts) and the demo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FixtureCase } from './fixture-case';
import type { SiteId } from '../../src/core/snapshot';
import { OPTIONAL_SITE_MATCHES, originPattern, patternMatches } from '../../src/sites/hosts';
import { renderFixture } from './fixture-template';
import { startLoopbackServer, type LoopbackServer } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES_DIR = join(ROOT, 'src/sites');

export interface SiteFixture extends FixtureCase {
  site: string;
  /** Absolute path of the saved page. */
  path: string;
}

/** All sites' fixture cases (sites without fixtures/expected.ts, like gmail and demo, have their own tests). */
export async function loadSiteFixtures(): Promise<SiteFixture[]> {
  const stylesDir = join(ROOT, 'test/support/fixture-styles');
  if (existsSync(stylesDir)) {
    for (const f of readdirSync(stylesDir).filter((f) => f.endsWith('.ts')).sort()) await import(pathToFileURL(join(stylesDir, f)).href);
  }
  const out: SiteFixture[] = [];
  for (const site of readdirSync(SITES_DIR).sort()) {
    const expected = join(SITES_DIR, site, 'fixtures/expected.ts');
    if (!existsSync(expected)) continue;
    const mod = (await import(pathToFileURL(expected).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!name.endsWith('Fixtures') || !Array.isArray(value)) continue;
      for (const c of value as FixtureCase[]) out.push({ ...c, site, path: join(SITES_DIR, site, 'fixtures', c.file) });
    }
  }
  return out;
}

export interface FixtureSites {
  server: LoopbackServer;
  /** Serves this fixture at its URL from now on (fixtures may share a host and path, e.g. a hash route). */
  show(fixture: SiteFixture): void;
  hosts: string[];
}

/** A loopback server for every fixture host; each request renders the fixture shown at that host and path. */
export async function startFixtureSites(fixtures: readonly SiteFixture[], timeZone: string): Promise<FixtureSites> {
  const hosts = [...new Set(fixtures.map((f) => new URL(f.url).hostname))].sort();
  const shown = new Map<string, SiteFixture>();
  const keyOf = (host: string, pathname: string) => `${host}${pathname}`;
  // Until told otherwise, each URL serves the first fixture declared for it.
  for (const f of [...fixtures].reverse()) {
    const u = new URL(f.url);
    shown.set(keyOf(u.hostname, u.pathname), f);
  }
  const server = await startLoopbackServer(hosts, (host, pathname) => {
    const f = shown.get(keyOf(host, pathname));
    if (!f) return null;
    return { type: 'text/html; charset=utf-8', body: renderFixture(readFileSync(f.path, 'utf8'), { now: Date.now(), timeZone }) };
  });
  return {
    server,
    hosts,
    show(f) {
      const u = new URL(f.url);
      shown.set(keyOf(u.hostname, u.pathname), f);
    },
  };
}

/** The permission a user grants for a fixture's page: its site's own pattern, or the self-hosted origin. */
export function grantFor(f: SiteFixture): string {
  const url = new URL(f.url);
  return OPTIONAL_SITE_MATCHES[f.site as SiteId]?.find((p) => patternMatches(p, url)) ?? originPattern(url);
}

/** One --host-resolver-rules value for several loopback servers. */
export function combinedResolverRules(...rules: string[]): string {
  return [...rules.map((r) => r.replace(/,?\s*EXCLUDE localhost/, '')), 'EXCLUDE localhost'].join(', ');
}
