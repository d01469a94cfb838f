/**
 * Content-script size: everything the content script loads before the panel. Starts from the
 * loader files the manifest lists under content_scripts, follows the `chrome.runtime.getURL(...)`
 * dynamic import the loader makes, then every static import of each chunk, recursively. Dynamic
 * `import("./x.js")` inside a chunk is lazy: each site's adapter is such a chunk, loaded only on
 * that site's pages. So the budget applies to the base plus the largest site's lazy chunk (with the
 * static imports it adds), and each site's figure is listed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_GZIP = 20 * 1024;

export interface BundleFile {
  /** Path relative to the extension directory ("assets/index.ts-….js"). */
  path: string;
  raw: number;
  gzip: number;
  /** How the file is reached: the manifest, the loader's getURL import, or a static import of `from`. */
  via: 'manifest' | 'loader-dynamic-import' | 'static-import';
  from?: string;
}

export interface BundleSizeReport {
  extensionDir: string;
  files: BundleFile[];
  totalRaw: number;
  totalGzip: number;
  budgetGzip: number;
  /** Chunks that a counted file imports lazily (`import("./x.js")`): loaded later, if ever. */
  lazy: string[];
  /** Per lazy chunk (a site's adapter): what it adds on that site's pages, with its own static imports. */
  perSite: Array<{ site: string; chunk: string; addedGzip: number; totalGzip: number }>;
  /** Base plus the largest site's addition: what the budget is checked against. */
  worstGzip: number;
}

// Rollup's minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
// Only relative specifiers count, which keeps a `from"` inside a string literal from matching.
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+))?)?\s*(?:from\s*)?(["'])(\.{1,2}\/[^"'\s]+)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'])(\.{1,2}\/[^"'\s]+)\1\s*\)/g;
const GET_URL_IMPORT = /getURL\(\s*(["'])([^"']+\.m?js)\1\s*\)/g;

export function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((m) => m[2]!);
}

export function dynamicImports(source: string): string[] {
  return [...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[2]!);
}

export function loaderImports(source: string): string[] {
  return [...source.matchAll(GET_URL_IMPORT)].map((m) => m[2]!.replace(/^\//, ''));
}

function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
}

interface ManifestShape {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

export function measureContentScript(extensionDir: string): BundleSizeReport {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No manifest at ${manifestPath}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestShape;
  const entries = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  if (entries.length === 0) throw new Error(`${manifestPath} lists no content scripts`);

  const files: BundleFile[] = [];
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue: Array<Omit<BundleFile, 'raw' | 'gzip'>> = entries.map((path) => ({ path, via: 'manifest' }));

  while (queue.length > 0) {
    const item = queue.shift()!;
    const path = posix.normalize(item.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const full = join(extensionDir, path);
    if (!existsSync(full)) throw new Error(`${path} (reached via ${item.via}${item.from ? ` from ${item.from}` : ''}) is missing`);
    const data = readFileSync(full);
    files.push({ ...item, path, raw: data.length, gzip: gzipSize(data) });
    if (!path.endsWith('.js')) continue;
    const source = data.toString('utf8');
    const here = posix.dirname(path);
    if (item.via === 'manifest') {
      for (const target of loaderImports(source)) queue.push({ path: target, via: 'loader-dynamic-import', from: path });
    }
    for (const spec of staticImports(source)) queue.push({ path: posix.join(here, spec), via: 'static-import', from: path });
    for (const spec of dynamicImports(source)) lazy.add(posix.join(here, spec));
  }
  if (!files.some((f) => f.via === 'loader-dynamic-import')) {
    throw new Error('The content-script loader imports no module through chrome.runtime.getURL: the loader format changed?');
  }
  for (const f of files) lazy.delete(f.path);
  const base = new Set(files.map((f) => f.path));
  const totalGzip = files.reduce((s, f) => s + f.gzip, 0);
  const perSite = [...lazy].map((chunk) => {
    const added = new Set<string>();
    const todo = [chunk];
    let site = '?';
    while (todo.length) {
      const path = posix.normalize(todo.shift()!);
      if (base.has(path) || added.has(path)) continue;
      added.add(path);
      const source = readFileSync(join(extensionDir, path), 'utf8');
      if (path === chunk) site = /\bsite:\s*["'](\w+)["']/.exec(source)?.[1] ?? '?';
      for (const spec of staticImports(source)) todo.push(posix.join(posix.dirname(path), spec));
    }
    const addedGzip = [...added].reduce((s, p) => s + gzipSize(readFileSync(join(extensionDir, p))), 0);
    return { site, chunk, addedGzip, totalGzip: totalGzip + addedGzip };
  });
  perSite.sort((a, b) => b.totalGzip - a.totalGzip);
  return {
    extensionDir: relative(process.cwd(), extensionDir) || extensionDir,
    files,
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    totalGzip,
    budgetGzip: CONTENT_SCRIPT_BUDGET_GZIP,
    lazy: [...lazy],
    perSite,
    worstGzip: perSite[0]?.totalGzip ?? totalGzip,
  };
}
