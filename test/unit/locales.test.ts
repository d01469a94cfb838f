/**
 * Every UI string lives in public/_locales/<lang>/messages.json. All three locales hold the same
 * keys with the same placeholders, every key the code uses exists, and no key goes unused.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LANGS = ['en', 'bn', 'hi'] as const;
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys the code asks for: t('key'), getMessage('key'), and __MSG_key__ in the manifest. */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  }
  for (const m of readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
  return used;
}

const placeholdersIn = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  const en = load('en');

  it.each(LANGS)('%s has exactly the English keys, each translated, with the same placeholders', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholdersIn(entry.message), `${lang}.${key} placeholders`).toEqual(placeholdersIn(en[key]!.message));
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}.${key} placeholder definitions`).toEqual(
        placeholdersIn(en[key]!.message).filter((v, i, a) => a.indexOf(v) === i),
      );
      // A message with no words of its own ("+$OVER$") reads the same in every language.
      const hasWords = /\p{L}/u.test(en[key]!.message.replace(/\$[A-Za-z0-9_]+\$/g, ''));
      if (lang !== 'en' && hasWords) {
        expect(entry.message, `${lang}.${key} is still English`).not.toBe(en[key]!.message);
      }
    }
  });

  it('every key the code uses exists, and every key is used', () => {
    const used = usedKeys();
    const defined = new Set(Object.keys(en));
    expect([...used].filter((k) => !defined.has(k)), 'used but missing').toEqual([]);
    expect([...defined].filter((k) => !used.has(k)), 'defined but unused').toEqual([]);
  });
});
