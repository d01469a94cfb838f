// Builds the unpacked extension for Chrome (dist/chrome) and Firefox (dist/firefox).
import { build } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The content script also runs on optional sites once granted (src/background/site-scripts.ts).
 * Its loader imports its chunks, and it frames the panel page, from the extension's origin, so
 * those resources must be web-accessible there too. crxjs derives the web_accessible_resources
 * matches from the manifest's content_scripts only (seen 2026-11, @crxjs/vite-plugin 2.7.1), so
 * the optional hosts are added here. A page can only load them where the extension was granted
 * access or the content script runs.
 */
function exposeToOptionalHosts(dir) {
  const path = `${dir}/manifest.json`;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const optional = manifest.optional_host_permissions ?? [];
  for (const entry of manifest.web_accessible_resources ?? []) {
    entry.matches = [...new Set([...(entry.matches ?? []), ...optional])];
  }
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn' });
  exposeToOptionalHosts(`dist/${mode}`);
  console.log(`built dist/${mode}`);
}
