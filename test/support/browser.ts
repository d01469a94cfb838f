/**
 * Launches Debian's Chromium (or CHROME_PATH) with the built extension loaded, through
 * playwright-core. No browser is downloaded: if none is installed, this fails with the command
 * that installs one.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get update && sudo apt-get install -y chromium` ' +
        'or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

/** Flags for every Chromium we start, with or without the extension. */
export function chromiumArgs(hostResolverRules: string): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules}`,
    // This machine has no network beyond loopback: stop Chromium from trying.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
    // Root cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  hostResolverRules: string;
  headless?: boolean;
  /** Reuse a profile (to test restarts); a fresh temporary one otherwise. */
  userDataDir?: string;
  timezoneId?: string;
  locale?: string;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  /**
   * Optional host permissions to hold as if the user had granted them (a browser test cannot click
   * Chrome's permission prompt): the extension is loaded from a copy whose manifest lists them as
   * host_permissions, which an unpacked extension is granted at install. Everything else about the
   * build is unchanged; the background registers the content script for them as after a grant.
   */
  grantOrigins?: string[];
}

/** A copy of the built extension that holds these origins from install (see grantOrigins). */
function extensionWithGrants(dir: string, origins: readonly string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'support-panel-ext-'));
  cpSync(dir, copy, { recursive: true });
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  const optional = manifest.optional_host_permissions ?? [];
  for (const o of origins) {
    // Only what a user could grant: each origin must be covered by the optional permissions.
    if (!optional.includes(o) && !optional.includes('https://*/*')) throw new Error(`${o} is not an optional host permission`);
  }
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...origins])];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return copy;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const builtDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(builtDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${builtDir}: run \`npm run build\` first.`);
  }
  const extensionDir = opts.grantOrigins?.length ? extensionWithGrants(builtDir, opts.grantOrigins) : builtDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'support-panel-profile-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...chromiumArgs(opts.hostResolverRules),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    args,
    timezoneId: opts.timezoneId,
    locale: opts.locale ?? 'en-US',
    viewport: opts.viewport ?? { width: 1400, height: 900 },
  });
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      if (extensionDir !== builtDir && !keepProfile) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** Writes extension settings the way the options page will: into storage.local, from the extension. */
export async function writeSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  const sw = await browser.serviceWorker();
  await sw.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}
