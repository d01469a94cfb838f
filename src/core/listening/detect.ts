/**
 * Which language a message is in. Script decides for Bangla and Devanagari; Latin-script text is
 * English unless enough everyday Hindi or Bengali words show it is Hinglish or Banglish.
 */
import type { Lang, PromptLibrary } from './library';
import { Lexicon, scriptOf, tokenize } from './text';

export type WritingScript = 'latin' | 'bengali' | 'devanagari';

export interface LanguageGuess {
  lang: Lang;
  script: WritingScript;
  /** Code-mixed: Hindi/Bengali in Latin script, or Bangla/Devanagari with English words. */
  mixed: boolean;
}

const markerCache = new WeakMap<PromptLibrary, { hi: Lexicon; bn: Lexicon }>();

function markers(library: PromptLibrary) {
  let m = markerCache.get(library);
  if (!m) {
    m = { hi: new Lexicon(library.languages.hi.latinMarkers), bn: new Lexicon(library.languages.bn.latinMarkers) };
    markerCache.set(library, m);
  }
  return m;
}

export function detectLanguage(text: string, library: PromptLibrary): LanguageGuess {
  let bengali = 0;
  let devanagari = 0;
  let latin = 0;
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s === 'bengali') bengali++;
    else if (s === 'devanagari') devanagari++;
    else if (s === 'latin') latin++;
  }
  const indic = bengali + devanagari;
  const letters = indic + latin;
  // A Bengali or Hindi word or two inside an English message (a name, a place) does not make it Bengali.
  if (indic > 0 && indic >= letters * 0.25) {
    const lang: Lang = bengali >= devanagari ? 'bn' : 'hi';
    const latinWords = tokenize(text).filter((t) => /^[a-z]/i.test(t.raw) && t.raw.length > 1).length;
    return { lang, script: lang === 'bn' ? 'bengali' : 'devanagari', mixed: latinWords >= 3 || latin > indic * 0.2 };
  }
  const tokens = tokenize(text).filter((t) => /^[a-z]/i.test(t.raw));
  if (tokens.length === 0) return { lang: 'en', script: 'latin', mixed: false };
  const m = markers(library);
  const hi = m.hi.findAll(tokens).length;
  const bn = m.bn.findAll(tokens).length;
  const best = Math.max(hi, bn);
  // Three everyday words, or two in a short message, are not chance collisions with English.
  if (best >= 3 || (best >= 2 && best >= tokens.length * 0.2)) {
    return { lang: bn > hi ? 'bn' : 'hi', script: 'latin', mixed: true };
  }
  return { lang: 'en', script: 'latin', mixed: false };
}
