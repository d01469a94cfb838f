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

const markerCache = new WeakMap<PromptLibrary, { hi: Lexicon; bn: Lexicon; enFunction: Lexicon }>();

function markers(library: PromptLibrary) {
  let m = markerCache.get(library);
  if (!m) {
    m = {
      hi: new Lexicon(library.languages.hi.latinMarkers),
      bn: new Lexicon(library.languages.bn.latinMarkers),
      enFunction: new Lexicon(library.languages.en.stopwords),
    };
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
  // Words, not letters: "मेरी gas booking का status क्या है?" is Hindi with English nouns, while a
  // Bengali or Hindi name inside an English message does not make it Bengali or Hindi.
  const words = tokenize(text).filter((t) => /\p{L}/u.test(t.raw));
  const indicWords = words.filter((t) => /[\u0980-\u09ff\u0900-\u097f]/.test(t.raw));
  if (indicWords.length >= 2 && indicWords.length >= words.length * 0.2 || (indicWords.length > 0 && indicWords.length === words.length)) {
    const lang: Lang = bengali >= devanagari ? 'bn' : 'hi';
    const latinWords = words.length - indicWords.length;
    return { lang, script: lang === 'bn' ? 'bengali' : 'devanagari', mixed: latinWords >= 3 || latin > (bengali + devanagari) * 0.2 };
  }
  const tokens = tokenize(text).filter((t) => /^[a-z]/i.test(t.raw));
  if (tokens.length === 0) return { lang: 'en', script: 'latin', mixed: false };
  const m = markers(library);
  const hi = m.hi.findAll(tokens).length;
  const bn = m.bn.findAll(tokens).length;
  const best = Math.max(hi, bn);
  const english = m.enFunction.findAll(tokens).length;
  // Three everyday words, or two in a short message or among few English function words, are not
  // chance collisions with English.
  if (best >= 3 || (best >= 2 && (best >= tokens.length * 0.2 || best > english))) {
    return { lang: bn > hi ? 'bn' : 'hi', script: 'latin', mixed: true };
  }
  return { lang: 'en', script: 'latin', mixed: false };
}
