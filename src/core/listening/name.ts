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

/** Whether a token could be (part of) a personal name. `lower` allows an uncapitalised Latin name ("my name is kevin"). */
function nameLike(t: Token, c: Compiled, first: boolean, lower = false): boolean {
  if (/\d/.test(t.raw)) return false;
  if (c.lex.notNames.hasWord(t.norm) || c.lex.stopwords.hasWord(t.norm) || c.lex.teamWords.hasWord(t.norm)) return false;
  if (isLatin(t)) {
    if (!lower && (!/^[A-Z]/.test(t.raw) || (t.raw.length > 2 && !/[a-z]/.test(t.raw)))) return false;
    if (first && c.englishVocabulary.hasWord(t.norm)) return false;
    return true;
  }
  if (c.vocabulary.hasWord(t.norm)) return false;
  return /^[\p{L}\p{M}]+$/u.test(t.raw);
}

/**
 * Reads a run of tokens as a name: titles dropped, the first person if two sign, and a team or
 * business signature refused. Only the part before a comma is the name ("Sanjay Kapoor, Finance
 * Lead"; "Ops team, Brightlane Studio" is a team).
 */
function readName(tokens: readonly Token[], text: string, c: Compiled, lower = false): Candidate {
  if (tokens.length === 0) return null;
  let cut = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    if (/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
      cut = k;
      break;
    }
  }
  const head = tokens.slice(0, cut);
  if (head.some((t) => c.lex.teamWords.hasWord(t.norm))) return 'team';
  let i = 0;
  while (i < head.length - 1 && c.lex.titles.hasWord(head[i]!.norm)) i++;
  const parts: Token[] = [];
  for (; i < head.length && parts.length < 3; i++) {
    const t = head[i]!;
    if (JOINERS.test(t.norm)) break;
    if (!nameLike(t, c, parts.length === 0, lower)) break;
    parts.push(t);
  }
  if (parts.length === 0) return null;
  return { first: parts[0]!.raw, rest: parts.slice(1).map((p) => p.raw) };
}

interface Template {
  before: Lexicon | null;
  after: Lexicon | null;
  /** "আমি {name}.": the name must end its sentence or clause ("আমি রাজশ্রী।", not "আমি খুব বিরক্ত"). */
  closes: boolean;
  /** "my name is {name}": explicit enough to accept a name written in lower case. */
  explicit: boolean;
}

const templateCache = new WeakMap<readonly string[], Template[]>();

function templates(list: readonly string[]): Template[] {
  let t = templateCache.get(list);
  if (!t) {
    t = list
      .filter((s) => s.includes('{name}'))
      .map((source) => {
        const closes = /\{name\}\s*[.।]\s*$/.test(source);
        const [before, after] = source.replace(/\{name\}\s*[.।]\s*$/, '{name}').split('{name}').map((p) => p!.trim());
        return {
          before: before ? new Lexicon([before]) : null,
          after: after ? new Lexicon([after]) : null,
          closes,
          explicit: /\b(name|naam|nam)\b|নাম|नाम/.test(before ?? ''),
        };
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
  // A sign-off alone on its line with the name on the next ("Regards,\nDr Fatima Sheikh\nConsultant Radiologist").
  const lines: Token[][] = [];
  for (const t of tokens) {
    const start = lineStartOf(t.start);
    const line = lines.at(-1);
    if (line && lineStartOf(line[0]!.start) === start) line.push(t);
    else lines.push([t]);
  }
  for (let k = lines.length - 2; k >= Math.max(0, lines.length - 5); k--) {
    const line = lines[k]!;
    const first = tokens.indexOf(line[0]!);
    const hit = c.lex.signOffs.matchAt(tokens, first)[0];
    if (!hit || hit.to !== first + line.length) continue;
    const next = lines[k + 1]!;
    if (next.length <= 4) {
      const got = readName(next, body, c);
      if (got) return got;
    }
    break;
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

  // c. A name alone on the last line, or alone after the last sentence ("…special dimmer? Lena",
  // "…बनाते हैं? सुमन"), possibly with a role after a comma ("Sanjay Kapoor, Finance Lead").
  if (last.from > 0 && !last.mark.includes('?')) {
    const run = tokens.slice(last.from, last.to);
    let head = run.length;
    for (let k = 1; k < run.length; k++) if (/,/.test(body.slice(run[k - 1]!.end, run[k]!.start))) {
      head = k;
      break;
    }
    const latin = isLatin(run[0]!);
    const fits = head <= 3 && (last.startsLine || (latin ? head <= 2 : head === 1)) && run.length <= head + 4;
    if (fits) {
      const got = readName(run, body, c);
      const named = run.slice(0, head).filter((t) => !c.lex.titles.hasWord(t.norm)).length;
      // All of the name part must read as a name, or it is a short sentence ("Help.", "আর পারছি না").
      if (got && got !== 'team' && got.rest.length + 1 === named && (head === run.length || latin)) return got;
    }
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
        // "this is Dr. Kwame Mensah", "मेरा नाम डॉ. राजेश शर्मा है": a title, with or without a full stop, is no name.
        while (nameFrom < tokens.length - 1 && c.lex.titles.hasWord(tokens[nameFrom]!.norm) && /^\.?\s+$/.test(body.slice(tokens[nameFrom]!.end, tokens[nameFrom + 1]!.start))) nameFrom++;
        let nameTo = -1;
        const lower = tpl.explicit && !/[A-Z]/.test(body.slice(tokens[nameFrom]?.start ?? 0, tokens[nameFrom]?.end ?? 0));
        if (tpl.closes) {
          // The name (one or two words) must end its clause: "আমি রাজশ্রী।", "ami Sudipa."
          for (let k = nameFrom + 1; k <= Math.min(nameFrom + 2, tokens.length); k++) {
            const gap = k < tokens.length ? body.slice(tokens[k - 1]!.end, tokens[k]!.start) : '.';
            if (/[,.!?।]/.test(gap)) {
              nameTo = k;
              break;
            }
          }
        } else if (tpl.after) {
          for (let k = nameFrom + 1; k <= Math.min(nameFrom + 3, tokens.length); k++) {
            if (tpl.after.matchAt(tokens, k)[0]) {
              nameTo = k;
              break;
            }
          }
        } else {
          nameTo = nameFrom;
          while (nameTo < tokens.length && nameTo - nameFrom < 3 && nameLike(tokens[nameTo]!, c, nameTo === nameFrom, lower)) {
            if (nameTo > nameFrom && !/^\s+$/.test(body.slice(tokens[nameTo - 1]!.end, tokens[nameTo]!.start))) break;
            nameTo++;
          }
        }
        if (nameTo <= nameFrom) continue;
        const got = readName(tokens.slice(nameFrom, nameTo), body, c, lower);
        if (got && got !== 'team') return got;
      }
    }
  }
  return null;
}
