import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type TargetBrowser = 'chrome' | 'firefox';

/**
 * The content script also runs on optional sites once granted (src/background/site-scripts.ts).
 * Its loader imports its chunks, and it frames the panel page, from the extension's origin, so
 * those resources must be web-accessible there too. crxjs derives the web_accessible_resources
 * matches from the manifest's content_scripts only (seen 2026-11, @crxjs/vite-plugin 2.7.1), so
 * the optional hosts are added to the written manifest. A page can only load them where the
 * content script runs, which needs the site's permission.
 */
function exposeToOptionalHosts(outDir: string): Plugin {
  return {
    name: 'support-panel:expose-to-optional-hosts',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const path = resolve(import.meta.dirname, outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
        optional_host_permissions?: string[];
        web_accessible_resources?: { matches?: string[] }[];
      };
      const optional = manifest.optional_host_permissions ?? [];
      for (const entry of manifest.web_accessible_resources ?? []) entry.matches = [...new Set([...(entry.matches ?? []), ...optional])];
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/** The gecko id under which the Firefox build is signed; stable so storage survives updates. */
const GECKO_ID = 'support-panel@acme-support.test';

function manifestFor(browser: TargetBrowser): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') {
    // Firefox MV3 runs the background as an event page (background.scripts), not a service worker.
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    delete manifest.minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '128.0',
        // Nothing leaves the browser: declared so Firefox shows no data-collection consent.
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser }), exposeToOptionalHosts(`dist/${browser}`)],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome116',
      // Extension stores reject minified-beyond-recognition code less often with readable names,
      // but size matters for the content script; keep default minification.
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input: {
          panel: 'src/panel/index.html',
          dashboard: 'src/dashboard/index.html',
          popup: 'src/popup/index.html',
          options: 'src/options/index.html',
        },
      },
    },
  };
});
