/**
 * Shared set-up for browser tests: the loopback server with the bundled pages, and Chromium with
 * the built extension. Times in the pages are rendered relative to the moment they are served.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startDemoSites, type DemoSites } from '../support/sites';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

export interface Harness {
  sites: DemoSites;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startHarness(opts: { userDataDir?: string } = {}): Promise<Harness> {
  const sites = await startDemoSites();
  try {
    const browser = await launchWithExtension({
      hostResolverRules: sites.server.hostResolverRules,
      timezoneId: sites.timeZone,
      userDataDir: opts.userDataDir,
    });
    return {
      sites,
      browser,
      async close() {
        await browser.close({ keepProfile: Boolean(opts.userDataDir) });
        await sites.server.close();
      },
    };
  } catch (error) {
    await sites.server.close();
    throw error;
  }
}

/** The panel frame: an extension page inside the host element. */
export async function panelFrame(page: Page, extensionId: string): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/src/panel/index.html`;
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`panel frame ${prefix} did not appear; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
}

/** Minutes shown by a timer text such as "Waiting 47 min" or "Waiting 2 h 05 min". */
export function shownMinutes(text: string): number {
  const d = /(\d+) d (\d+) h/.exec(text);
  if (d) return Number(d[1]) * 1440 + Number(d[2]) * 60;
  const hm = /(\d+) h (\d+) min/.exec(text);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  const m = /(\d+) min/.exec(text);
  if (m) return Number(m[1]);
  throw new Error(`no duration in "${text}"`);
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(process.env.E2E_STACKS ? String(error.stack) : String(error)));
  return errors;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in a frame (evaluated over CDP, so the extension page's CSP does not block it). */
export async function seriousAxeViolations(frame: Frame): Promise<AxeViolation[]> {
  await frame.evaluate(`${AXE_SOURCE};undefined`);
  const violations = await frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Stops the extension's service worker as Chrome does when it is idle, and waits until it has stopped. */
export async function stopServiceWorker(h: Harness, page: Page): Promise<void> {
  const cdp = await h.browser.context.newCDPSession(page);
  const statuses: string[] = [];
  let versionId: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${h.browser.extensionId}/`)) continue;
      versionId = v.versionId;
      statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('running');
  await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
  await expect.poll(() => statuses.includes('stopped'), { timeout: 10_000 }).toBe(true);
  await cdp.detach();
}


/**
 * Reads the extension's own database from its service worker (the extension origin): one record by
 * key, or every record of the store. Raw IndexedDB, so the test does not trust our Dexie code.
 */
export async function readExtensionStore<T>(h: Pick<Harness, 'browser'>, store: string, key?: string): Promise<T> {
  const sw = await h.browser.serviceWorker();
  return sw.evaluate(
    ({ store, key }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('support-panel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction(store, 'readonly').objectStore(store);
          const req = key === undefined ? objects.getAll() : objects.get(key);
          req.onsuccess = () => resolve((req.result ?? null) as T);
          req.onerror = () => reject(req.error);
        };
      }),
    { store, key },
  );
}
