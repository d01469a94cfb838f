/**
 * A library compiled for one language: each word list joined with the English one (customers
 * writing Bengali or Hindi mix in English words) and turned into a Lexicon. Cached per library
 * object, so the panel compiles once per library, not once per keystroke.
 */
import { LIST_NAMES, type Lang, type LanguageLists, type LanguagePack, type PromptLibrary } from './library';
import { Lexicon } from './text';

export type Lexicons = Record<keyof LanguageLists, Lexicon>;

export interface Compiled {
  lang: Lang;
  lex: Lexicons;
  /** The language's own lists only (no English), for rules that must not mix languages. */
  own: Lexicons;
  pack: LanguagePack;
  /** The English pack (its self-introductions and suggestions apply to code-mixed text too). */
  en: LanguagePack;
  /**
   * Every one-word entry of the vocabulary (with its * patterns): such a word is not taken for a
   * name. Latin-script names are checked against the English vocabulary only, since romanised
   * Hindi and Bengali words collide with names ("karan" is "reason", Karan a name).
   */
  vocabulary: Lexicon;
  englishVocabulary: Lexicon;
}

const cache = new WeakMap<PromptLibrary, Map<Lang, Compiled>>();

export function compile(library: PromptLibrary, lang: Lang): Compiled {
  let perLang = cache.get(library);
  if (!perLang) {
    perLang = new Map();
    cache.set(library, perLang);
  }
  const hit = perLang.get(lang);
  if (hit) return hit;

  const pack = library.languages[lang];
  const en = library.languages.en;
  const lex = {} as Lexicons;
  const own = {} as Lexicons;
  for (const name of LIST_NAMES) {
    const mine = pack[name];
    own[name] = new Lexicon(mine);
    lex[name] = lang === 'en' ? own[name] : new Lexicon([...en[name], ...mine]);
  }
  // Lists whose single words could also be someone's name are left out.
  const single = (packs: LanguagePack[]) => {
    const words: string[] = [];
    for (const name of LIST_NAMES) {
      // Verb stems ("सुन*" listen) would swallow names (सुनीता); name-related lists are not vocabulary.
      if (name === 'selfIntro' || name === 'titles' || name === 'honorifics' || name === 'latinMarkers' || name === 'nonAction') continue;
      for (const p of packs) for (const entry of p[name]) if (!/\s/.test(entry.trim()) && !entry.includes('...')) words.push(entry);
    }
    return new Lexicon(words);
  };
  const vocabulary = single(lang === 'en' ? [en] : [en, pack]);
  const englishVocabulary = lang === 'en' ? vocabulary : single([en]);
  const compiled: Compiled = { lang, lex, own, pack, en, vocabulary, englishVocabulary };
  perLang.set(lang, compiled);
  return compiled;
}
