/**
 * Tokens with their character offsets in the original text, and matching of vocabulary phrases
 * against them. Offsets always refer to the text as the caller gave it: normalisation happens
 * per token, never on the whole string, so spans stay exact.
 */

export interface Token {
  /** Normalised form used for matching (lower case, NFC, no nukta, no zero-width joiners). */
  norm: string;
  /** The token as written. */
  raw: string;
  start: number;
  end: number;
}

export type Script = 'latin' | 'bengali' | 'devanagari' | 'other';

// Letters, combining marks and digits of any script; an apostrophe or a dot inside a Latin word
// ("don't", "e.g") stays part of the word.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Folds spelling variants that writers use interchangeably: Devanagari/Bengali nukta forms
 * (फ़ोन/फोन), chandrabindu for anusvara in Hindi (हूँ/हूं), zero-width (non-)joiners, curly
 * apostrophes, Bengali and Devanagari digits.
 */
export function normalise(word: string): string {
  let s = word.normalize('NFC').toLowerCase();
  if (/[^\u0000-\u007f]/.test(s)) {
    s = fold(s)
      .replace(/’/g, "'")
      .replace(/[\u09e6-\u09ef]/g, (d) => String(d.charCodeAt(0) - 0x09e6))
      .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966))
      // A final virama is an optional spelling (বাহ্/বাহ, ठीक्/ठीक).
      .replace(/[\u09cd\u094d]$/, '');
  }
  return s;
}

/**
 * The Indic part of normalise, without lower-casing: code that compares tokens with literal
 * Bengali or Hindi words folds its literals (and regular-expression sources) through this.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u093c\u09bc\u200c\u200d]/g, '')
    .replace(/\u0901/g, '\u0902')
    .normalize('NFC');
}

export const foldSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => fold(w)));
export const foldRe = (re: RegExp): RegExp => new RegExp(fold(re.source), re.flags);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const end = Math.min(m.index + raw.length, to);
    out.push({ raw: raw.slice(0, end - m.index), norm: normalise(raw.slice(0, end - m.index)), start: m.index, end });
  }
  return out;
}

export function scriptOf(ch: string): Script {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x0980 && c <= 0x09ff) return 'bengali';
  if (c >= 0x0900 && c <= 0x097f) return 'devanagari';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  return 'other';
}

export const isLatinWord = (w: string): boolean => /^[a-z0-9'’.\-]+$/i.test(w) && /[a-z]/i.test(w);

/** One token of a compiled phrase: exact, prefix ("annoy*"), suffix ("*বার") or any one token ("_"). */
interface PatternToken {
  kind: 'exact' | 'prefix' | 'suffix' | 'any';
  value: string;
}

export interface Phrase {
  source: string;
  tokens: PatternToken[];
}

export interface Hit {
  phrase: string;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/**
 * A list of phrases compiled for matching against tokens, indexed by their first token. An entry
 * with " ... " between parts ("आप लोग ... क्यों नहीं") matches its parts in order anywhere within
 * the range searched (callers search one sentence at a time).
 */
export class Lexicon {
  private readonly exact = new Map<string, Phrase[]>();
  /** Entries whose first word is a prefix ("annoy*") or suffix ("*বার") pattern, by its first or last character. */
  private readonly byFirstChar = new Map<string, Phrase[]>();
  private readonly byLastChar = new Map<string, Phrase[]>();
  private readonly loose: Phrase[] = [];
  private readonly gapped: { source: string; parts: Lexicon[] }[] = [];
  readonly size: number;

  constructor(entries: readonly string[]) {
    let n = 0;
    for (const entry of entries) {
      if (entry.includes('...')) {
        const parts = entry.split('...').map((p) => p.trim()).filter(Boolean);
        if (parts.length > 1) {
          this.gapped.push({ source: entry, parts: parts.map((p) => new Lexicon([p])) });
          n++;
        }
        continue;
      }
      const phrase = compilePhrase(entry);
      if (!phrase) continue;
      n++;
      const first = phrase.tokens[0]!;
      const add = (map: Map<string, Phrase[]>, key: string) => {
        const list = map.get(key);
        if (list) list.push(phrase);
        else map.set(key, [phrase]);
      };
      if (first.kind === 'exact') add(this.exact, first.value);
      else if (first.kind === 'prefix') add(this.byFirstChar, first.value[0]!);
      else if (first.kind === 'suffix') add(this.byLastChar, first.value.at(-1)!);
      else this.loose.push(phrase);
    }
    this.size = n;
  }

  /** Every match starting at token i (longest first). */
  matchAt(tokens: readonly Token[], i: number): Hit[] {
    const t = tokens[i];
    if (!t) return [];
    const hits: Hit[] = [];
    const candidates = this.exact.get(t.norm);
    if (candidates) for (const p of candidates) this.tryPhrase(p, tokens, i, hits);
    const prefixed = this.byFirstChar.get(t.norm[0] ?? '');
    if (prefixed) for (const p of prefixed) this.tryPhrase(p, tokens, i, hits);
    const suffixed = this.byLastChar.get(t.norm.at(-1) ?? '');
    if (suffixed) for (const p of suffixed) this.tryPhrase(p, tokens, i, hits);
    for (const p of this.loose) this.tryPhrase(p, tokens, i, hits);
    hits.sort((a, b) => b.to - a.to);
    return hits;
  }

  /** Non-overlapping matches, scanning left to right and preferring the longest at each point. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Hit[] {
    const out: Hit[] = [];
    for (let i = from; i < to; ) {
      const hit = this.matchAt(tokens, i).find((h) => h.to <= to);
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    for (const g of this.gapped) {
      const hit = gappedMatch(g.source, g.parts, tokens, from, to);
      if (hit) out.push(hit);
    }
    if (this.gapped.length) out.sort((a, b) => a.start - b.start);
    return out;
  }

  has(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    for (let i = from; i < to; i++) if (this.matchAt(tokens, i).some((h) => h.to <= to)) return true;
    return this.gapped.some((g) => gappedMatch(g.source, g.parts, tokens, from, to) !== null);
  }

  /** True when the single word (already normalised) is an entry of one token. */
  hasWord(norm: string): boolean {
    if (this.exact.get(norm)?.some((p) => p.tokens.length === 1)) return true;
    const single = (list: Phrase[] | undefined) => !!list?.some((p) => p.tokens.length === 1 && tokenMatches(p.tokens[0]!, norm));
    return single(this.byFirstChar.get(norm[0] ?? '')) || single(this.byLastChar.get(norm.at(-1) ?? '')) || single(this.loose);
  }

  private tryPhrase(p: Phrase, tokens: readonly Token[], i: number, hits: Hit[]): void {
    if (i + p.tokens.length > tokens.length) return;
    for (let k = 0; k < p.tokens.length; k++) if (!tokenMatches(p.tokens[k]!, tokens[i + k]!.norm)) return;
    const last = tokens[i + p.tokens.length - 1]!;
    hits.push({ phrase: p.source, from: i, to: i + p.tokens.length, start: tokens[i]!.start, end: last.end });
  }
}

function gappedMatch(source: string, parts: Lexicon[], tokens: readonly Token[], from: number, to: number): Hit | null {
  let at = from;
  let first: Hit | null = null;
  let last: Hit | null = null;
  for (const part of parts) {
    const hit = part.findAll(tokens, at, to)[0];
    if (!hit) return null;
    first ??= hit;
    last = hit;
    at = hit.to;
  }
  if (!first || !last) return null;
  return { phrase: source, from: first.from, to: last.to, start: first.start, end: last.end };
}

function tokenMatches(p: PatternToken, norm: string): boolean {
  switch (p.kind) {
    case 'exact':
      return norm === p.value;
    case 'prefix':
      return norm.startsWith(p.value);
    case 'suffix':
      return norm.endsWith(p.value) && norm.length > p.value.length;
    case 'any':
      return true;
  }
}

export function compilePhrase(entry: string): Phrase | null {
  const parts = entry.trim().split(/\s+/).filter(Boolean);
  const tokens: PatternToken[] = [];
  for (const part of parts) {
    if (part === '_') {
      tokens.push({ kind: 'any', value: '' });
      continue;
    }
    const prefix = part.length > 1 && part.endsWith('*');
    const suffix = part.length > 1 && part.startsWith('*');
    const body = part.replace(/^\*|\*$/g, '');
    // A vocabulary entry is tokenised like the text, so "check-in" or "লেন-দেন" match as written.
    const sub = tokenize(body).map((t) => t.norm);
    if (sub.length === 0) continue;
    sub.forEach((value, k) => {
      const kind = prefix && k === sub.length - 1 ? 'prefix' : suffix && k === 0 ? 'suffix' : 'exact';
      tokens.push({ kind, value });
    });
  }
  if (tokens.length === 0 || tokens.every((t) => t.kind === 'any')) return null;
  return { source: entry, tokens };
}

/** Compiled lexicons are cached per list object, so a library is compiled once. */
const cache = new WeakMap<readonly string[], Lexicon>();
export function lexicon(list: readonly string[]): Lexicon {
  let lex = cache.get(list);
  if (!lex) {
    lex = new Lexicon(list);
    cache.set(list, lex);
  }
  return lex;
}
