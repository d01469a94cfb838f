/**
 * Sentences and clauses with their offsets. A sentence ends at "?", "??", "!", "।", a full stop
 * that is not part of an abbreviation or a number, an ellipsis, or a line break (customers often
 * write one thought per line without punctuation).
 */
import type { Token } from './text';

export interface Range {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

export interface Sentence extends Range {
  /** Offsets of the sentence: first word to the end of its closing punctuation. */
  start: number;
  end: number;
  /** The closing punctuation run ("?", "??", "!!!", ".", "।"), or '' at a line break or the end. */
  mark: string;
  /** Where the sentence's line starts: true when nothing but space precedes it on its line. */
  startsLine: boolean;
  clauses: Range[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'vs', 'eg', 'ie', 'approx', 'rs', 'ref', 'prof', 'sr', 'jr', 'inc', 'ltd',
  'co', 'fig', 'dept', 'ave', 'rd', 'apt', 'acct', 'a/c', 'min', 'hrs', 'sec', 'tel', 'ph', 'mob', 'smt', 'shri', 'er',
]);
const CLOSERS = /[)"'”’»\]]/;
const ENDS = /[?!।॥]/;

/** Conjunctions that start a new clause. English "and"/"or" only when a new subject follows. */
const CLAUSE_WORDS = new Set([
  'but', 'so', 'because', 'while', 'although', 'though', 'whereas', 'however', 'then', 'which',
  'এবং', 'কিন্তু', 'তবে', 'আর', 'তাই', 'কারণ', 'যাতে', 'তারপর', 'যা',
  'और', 'लेकिन', 'मगर', 'क्योंकि', 'इसलिए', 'फिर', 'तथा', 'जबकि', 'जो', 'तब',
  'aur', 'lekin', 'kintu', 'ebong', 'tai', 'kyunki', 'isliye', 'phir', 'tarpor',
]);
const SUBJECTS = new Set(['i', "i'll", "i've", "i'm", 'we', "we'll", "we've", "we're", 'you', "you'll", 'it', "it'll", "it's", 'they', 'he', 'she', 'our', 'your', 'the', 'this', 'that', 'there', 'my']);

export function splitSentences(body: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let segStart = 0;
  let ti = 0;

  const close = (end: number, mark: string) => {
    // Tokens inside [segStart, end).
    while (ti < tokens.length && tokens[ti]!.end <= segStart) ti++;
    const from = ti;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < end) to++;
    if (to > from) {
      const first = tokens[from]!;
      const lastToken = tokens[to - 1]!;
      const lineHead = body.slice(body.lastIndexOf('\n', first.start - 1) + 1, first.start);
      const sentence: Sentence = {
        from,
        to,
        start: first.start,
        end: mark ? end : lastToken.end,
        mark,
        startsLine: /^[\s\-–—•*>]*$/.test(lineHead),
        clauses: [],
      };
      sentence.clauses = splitClauses(body, tokens, sentence);
      out.push(sentence);
    }
    ti = to;
    segStart = end;
  };

  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body[i]!;
    if (ch === '\n') {
      close(i, '');
      segStart = i + 1;
      continue;
    }
    if (ENDS.test(ch) || ch === '…') {
      let j = i;
      while (j < n && (ENDS.test(body[j]!) || body[j] === '.' || body[j] === '…')) j++;
      const mark = body.slice(i, j);
      while (j < n && CLOSERS.test(body[j]!)) j++;
      close(j, mark);
      i = j - 1;
      continue;
    }
    if (ch === '.') {
      let j = i;
      while (j < n && body[j] === '.') j++;
      const next = body[j];
      const ellipsis = j - i >= 2;
      if (!ellipsis) {
        if (next !== undefined && !/\s/.test(next) && !CLOSERS.test(next)) continue; // 4.2, example.com
        const before = body.slice(Math.max(0, i - 12), i);
        const word = /([\p{L}/]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
        if (ABBREVIATIONS.has(word)) continue;
        // a.m./p.m. and e.g./i.e.: a sentence ends there only if a capital letter follows.
        if (/(?:^|[^\p{L}])(?:[ap]\.m|e\.g|i\.e)$/iu.test(before)) {
          const after = body.slice(j).trimStart();
          if (!/^[A-Z]/.test(after)) continue;
        }
      }
      let k = j;
      while (k < n && CLOSERS.test(body[k]!)) k++;
      close(k, body.slice(i, j));
      i = k - 1;
    }
  }
  close(n, '');
  return out;
}

function splitClauses(body: string, tokens: readonly Token[], s: Range): Range[] {
  const clauses: Range[] = [];
  let start = s.from;
  for (let k = s.from + 1; k < s.to; k++) {
    const gap = body.slice(tokens[k - 1]!.end, tokens[k]!.start);
    const word = tokens[k]!.norm;
    const next = tokens[k + 1]?.norm ?? '';
    const breaks =
      /[,;:()—–]|\s-\s|\s-$|^-\s/.test(gap) ||
      CLAUSE_WORDS.has(word) ||
      ((word === 'and' || word === 'or') && SUBJECTS.has(next));
    if (breaks) {
      clauses.push({ from: start, to: k });
      start = k;
    }
  }
  clauses.push({ from: start, to: s.to });
  return clauses;
}

/** The clause of sentence s that holds token i. */
export function clauseOf(s: Sentence, i: number): Range {
  return s.clauses.find((c) => i >= c.from && i < c.to) ?? s;
}
