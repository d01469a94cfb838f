/**
 * A library compiled for one language: each word list joined with the English one (customers
 * writing Bengali or Hindi mix in English words) and turned into a Lexicon. Cached per library
 * object, so the panel compiles once per library, not once per keystroke.
 */
import { LIST_NAMES, type Lang, type LanguageLists, type LanguagePack, type PromptLibrary } from './library';
import { Lexicon, normalise, tokenize } from './text';

export type Lexicons = Record<keyof LanguageLists, Lexicon>;

export interface Compiled {
  lang: Lang;
  lex: Lexicons;
  /** The language's own lists only (no English), for rules that must not mix languages. */
  own: Lexicons;
  pack: LanguagePack;
  /** The English pack (its self-introductions and suggestions apply to code-mixed text too). */
  en: LanguagePack;
  /** Single words that appear anywhere in the vocabulary: such a word is not taken for a name. */
  knownWords: Set<string>;
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
  const knownWords = new Set<string>();
  for (const name of LIST_NAMES) {
    const mine = pack[name];
    own[name] = new Lexicon(mine);
    lex[name] = lang === 'en' ? own[name] : new Lexicon([...en[name], ...mine]);
  }
  // Lists whose single words could also be someone's name are left out.
  for (const name of LIST_NAMES) {
    if (name === 'selfIntro' || name === 'titles' || name === 'honorifics') continue;
    for (const list of [en[name], pack[name]]) {
      for (const entry of list) {
        const words = tokenize(entry.replace(/\*/g, ''));
        if (words.length === 1 && !entry.includes('*')) knownWords.add(normalise(words[0]!.raw));
      }
    }
  }
  const compiled: Compiled = { lang, lex, own, pack, en, knownWords };
  perLang.set(lang, compiled);
  return compiled;
}
