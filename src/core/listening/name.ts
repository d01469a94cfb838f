/**
 * The customer's first name, from a sign-off at the end ("Thanks, Priya", "ধন্যবাদ,\nতাপস মণ্ডল",
 * "— अमित", a name alone on the last line) or from a self-introduction ("this is Mark Ellis",
 * "আমি সৌমিত্র বলছি", "मेरा नाम राजेश है"). Never the agent's name in the greeting, never other
 * people mentioned, never a team's signature; titles are dropped.
 */
import type { Compiled } from './compiled';
import type { Sentence } from './sentences';
import { Lexicon, tokenize, type Token } from './text';

export interface CustomerName {
  first: string;
  /** Surname(s) as written, for "Ms Okafor"-style addressing; empty when only a first name was given. */
  rest: string[];
}

type Candidate = CustomerName | 'team' | null;

const JOINERS = /^(and|&|ও|এবং|और|aur|ar)$/;

function isLatin(t: Token): boolean {
  return /^[a-z]/i.test(t.raw);
}

/** Whether a token could be (part of) a personal name. */
function nameLike(t: Token, c: Compiled, first: boolean): boolean {
  if (/\d/.test(t.raw)) return false;
  if (c.lex.notNames.hasWord(t.norm) || c.lex.stopwords.hasWord(t.norm) || c.lex.teamWords.hasWord(t.norm)) return false;
  if (isLatin(t)) {
    if (!/^[A-Z]/.test(t.raw) || (t.raw.length > 2 && !/[a-z]/.test(t.raw))) return false;
    if (first && c.knownWords.has(t.norm)) return false;
    return true;
  }
  if (c.knownWords.has(t.norm)) return false;
  return /^[\p{L}\p{M}]+$/u.test(t.raw);
}

/** Reads a run of tokens as a name: titles dropped, first person if two sign, team signatures refused. */
function readName(tokens: readonly Token[], text: string, c: Compiled): Candidate {
  if (tokens.length === 0) return null;
  if (tokens.some((t) => c.lex.teamWords.hasWord(t.norm))) return 'team';
  let i = 0;
  while (i < tokens.length - 1 && c.lex.titles.hasWord(tokens[i]!.norm)) i++;
  const parts: Token[] = [];
  for (; i < tokens.length && parts.length < 3; i++) {
    const t = tokens[i]!;
    if (JOINERS.test(t.norm)) break;
    // A comma ends the first person's name ("Priya, Rahul").
    if (parts.length && /,/.test(text.slice(tokens[i - 1]!.end, t.start))) break;
    if (!nameLike(t, c, parts.length === 0)) return parts.length ? { first: parts[0]!.raw, rest: parts.slice(1).map((p) => p.raw) } : null;
    parts.push(t);
  }
  if (parts.length === 0) return null;
  return { first: parts[0]!.raw, rest: parts.slice(1).map((p) => p.raw) };
}

const templateCache = new WeakMap<readonly string[], { before: Lexicon | null; after: Lexicon | null; source: string }[]>();

function templates(list: readonly string[]) {
  let t = templateCache.get(list);
  if (!t) {
    t = list
      .filter((s) => s.includes('{name}'))
      .map((source) => {
        const [before, after] = source.split('{name}').map((p) => p!.trim());
        return { source, before: before ? new Lexicon([before]) : null, after: after ? new Lexicon([after]) : null };
      });
    templateCache.set(list, t);
  }
  return t;
}

export function findName(
  text: string,
  body: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  signature: { start: number; end: number } | null,
  c: Compiled,
): CustomerName | null {
  // 1. A signature block after "-- ": its first line.
  if (signature) {
    const lines = text.slice(signature.start, signature.end).split('\n');
    let offset = signature.start;
    for (const line of lines) {
      const lineTokens = tokenize(text, offset, offset + line.length);
      offset += line.length + 1;
      if (lineTokens.length === 0) continue;
      const got = lineTokens.length <= 4 ? readName(lineTokens, text, c) : null;
      if (got && got !== 'team') return got;
      break;
    }
  }

  // 2. The end of the message.
  const end = fromEnding(body, tokens, sentences, c);
  if (end === 'team') return null;
  if (end) return end;

  // 3. A self-introduction anywhere.
  return fromIntroduction(body, tokens, sentences, c);
}

function fromEnding(body: string, tokens: readonly Token[], sentences: readonly Sentence[], c: Compiled): Candidate {
  if (tokens.length === 0) return null;
  const last = sentences.at(-1);
  if (!last) return null;
  const lineStartOf = (offset: number) => body.lastIndexOf('\n', offset - 1) + 1;
  const lastLineStart = lineStartOf(tokens.at(-1)!.start);
  const lineTokens = tokens.filter((t) => t.start >= lastLineStart);
  const firstOnLine = tokens.indexOf(lineTokens[0]!);

  // a. A sign-off on the last line followed by a name ("…? Thanks, Priya"), or a sign-off line and the name below it.
  for (let i = firstOnLine; i < tokens.length; i++) {
    const hit = c.lex.signOffs.matchAt(tokens, i)[0];
    if (!hit) continue;
    const after = tokens.slice(hit.to);
    if (after.length >= 1 && after.length <= 4) {
      const between = body.slice(tokens[hit.to - 1]!.end, after[0]!.start);
      if (/^[\s,.!:;—–-]*$/.test(between)) {
        const got = readName(after, body, c);
        if (got) return got;
      }
    }
  }
  if (firstOnLine > 0 && lineTokens.length <= 4) {
    const previousLineStart = lineStartOf(tokens[firstOnLine - 1]!.start);
    const prevTokens = tokens.filter((t) => t.start >= previousLineStart && t.start < lastLineStart);
    const prevFirst = tokens.indexOf(prevTokens[0]!);
    const hit = prevTokens.length ? c.lex.signOffs.matchAt(tokens, prevFirst)[0] : undefined;
    if (hit && hit.to === prevFirst + prevTokens.length) return readName(lineTokens, body, c);
  }

  // b. A dash and a name closing the message: "— Daniel", "- राजेश कुमार", "– Ops team, Brightlane Studio".
  const dash = /(?:^|[\s.!?।])[—–-]{1,2}[ \t]*([^\n—–-]{1,60})\s*$/.exec(body.trimEnd());
  if (dash) {
    const start = dash.index + dash[0].indexOf(dash[1]!);
    const after = tokens.filter((t) => t.start >= start);
    if (after.length >= 1 && after.length <= 6) {
      const got = readName(after, body, c);
      if (got) return got;
    }
  }

  // c. A name alone on the last line, or (Latin script) alone after the last sentence: "…special dimmer? Lena".
  const alone = last.to - last.from <= 3 && (last.startsLine && last.from > 0 || (last.from > 0 && isLatin(tokens[last.from]!) && last.to - last.from <= 2));
  if (alone && !last.mark.includes('?')) {
    const run = tokens.slice(last.from, last.to);
    const got = readName(run, body, c);
    // All of the line must read as a name, or it is a short sentence ("Help.", "আর পারছি না").
    if (got && got !== 'team' && got.rest.length + 1 === run.filter((t) => !c.lex.titles.hasWord(t.norm)).length) return got;
  }
  return null;
}

const GREETINGS = /^(hi|hello|hey|dear|namaste|namaskar|নমস্কার|হ্যালো|नमस्ते|नमस्कार|हेलो|हैलो)$/;

function fromIntroduction(body: string, tokens: readonly Token[], sentences: readonly Sentence[], c: Compiled): CustomerName | null {
  const lists = [c.pack.selfIntro];
  if (c.lang !== 'en') lists.push(c.en.selfIntro);
  for (const list of lists) {
    for (const tpl of templates(list)) {
      for (let i = 0; i < tokens.length; i++) {
        let nameFrom = i;
        if (tpl.before) {
          const hit = tpl.before.matchAt(tokens, i)[0];
          if (!hit) continue;
          nameFrom = hit.to;
        } else {
          // "{name} here": the name opens its sentence (after a greeting at most).
          const s = sentences.find((x) => i >= x.from && i < x.to);
          if (!s) continue;
          let k = s.from;
          while (k < i && GREETINGS.test(tokens[k]!.norm)) k++;
          if (k !== i) continue;
        }
        let nameTo = -1;
        if (tpl.after) {
          for (let k = nameFrom + 1; k <= Math.min(nameFrom + 3, tokens.length); k++) {
            if (tpl.after.matchAt(tokens, k)[0]) {
              nameTo = k;
              break;
            }
          }
        } else {
          nameTo = nameFrom;
          while (nameTo < tokens.length && nameTo - nameFrom < 3 && nameLike(tokens[nameTo]!, c, nameTo === nameFrom)) {
            if (nameTo > nameFrom && !/^\s+$/.test(body.slice(tokens[nameTo - 1]!.end, tokens[nameTo]!.start))) break;
            nameTo++;
          }
        }
        if (nameTo <= nameFrom) continue;
        const got = readName(tokens.slice(nameFrom, nameTo), body, c);
        if (got && got !== 'team') return got;
      }
    }
  }
  return null;
}
