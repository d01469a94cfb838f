/**
 * Real enterprise policy for the extension in Chromium: Chromium on Linux reads policy files from
 * /etc/chromium/policies/managed (Google Chrome: /etc/opt/chrome/policies/managed), and delivers
 * a "3rdparty" → extensions → <id> entry to that extension's chrome.storage.managed, validated
 * against the manifest's storage.managed_schema — also for an unpacked extension (seen 2026-11,
 * Chromium 156). The policy file is machine-wide, so the built extension is first copied to a
 * fresh directory: an unpacked extension's id derives from its path, so the policy reaches only
 * that copy, never another test's browser. The file is removed afterwards. Needs root (as CI and
 * this project's machines run).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: the path's SHA-256, first 32 hex digits as a–p. */
export function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function withManagedPolicy<T>(
  policy: Record<string, unknown>,
  launch: Omit<LaunchOptions, 'extensionDir'>,
  run: (browser: ExtensionBrowser) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'support-panel-policy-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const id = unpackedExtensionId(dir);
  const file = join(POLICY_DIR, `support-panel-test-${id}.json`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Cannot write Chromium policy to ${POLICY_DIR} (needs root, or set CHROMIUM_POLICY_DIR): ${String(error)}`);
  }
  let browser: ExtensionBrowser | null = null;
  try {
    browser = await launchWithExtension({ ...launch, extensionDir: dir });
    if (browser.extensionId !== id) throw new Error(`extension id ${browser.extensionId}, expected ${id}: the policy would not reach it`);
    return await run(browser);
  } finally {
    await browser?.close();
    rmSync(file, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
