/**
 * What the customer asks. A sentence is a question when it ends with "?" (and is not rhetorical),
 * or, without "?", when it asks indirectly ("let me know when…", "একটু জানাবেন", "बताइए कि…"),
 * opens like an English question ("can you…", "when will…"), or holds a Bengali/Hindi question
 * word or particle as a whole word (so কিন্তু, কিছু, क्योंकि do not count). Sentences ending in
 * "!" are exclamations ("वाह, क्या सर्विस है!").
 */
import type { Compiled } from './compiled';
import type { Sentence } from './sentences';
import { foldRe, foldSet, type Token } from './text';

export type QuestionKind = 'when' | 'why' | 'how' | 'what' | 'yesno' | 'status';

export interface FoundQuestion {
  start: number;
  end: number;
  kind: QuestionKind;
  /** A rhetorical "question" is not listed, but it shows frustration. */
}

/** Words that may open a sentence before the question proper ("Also, is…", "Hi, can you…"). */
const OPENERS = foldSet([
  'also', 'and', 'so', 'but', 'ok', 'okay', 'well', 'plus', 'then', 'now', 'hi', 'hello', 'hey', 'please', 'kindly',
  'just', 'quick', 'question', 'one', 'more', 'thing', 'sorry', 'btw', 'lastly', 'finally', 'secondly', 'firstly',
  'first', 'second', 'next', 'anyway', 'oh', 'team', 'sir', 'madam', 'guys', 'there', 'again', 'actually', 'otherwise',
  'আর', 'এবং', 'আচ্ছা', 'তাহলে', 'দাদা', 'দিদি', 'और', 'तो', 'अच्छा', 'भाई', 'जी', 'aur', 'ar', 'accha', 'bhai',
]);
const SUBJECTLIKE = new Set([
  'i', 'you', 'we', 'it', 'they', 'he', 'she', 'there', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'the', 'a',
  'an', 'any', 'someone', 'somebody', 'anyone', 'anybody', 'me', 'us', 'his', 'her', 'their', 'all', 'both', 'either',
]);
const WH_FOLLOWERS = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'should', 'shall', 'has', 'have',
  'may', 'might', "'s", "is", 'long', 'much', 'many', 'soon', 'often', 'far', 'exactly', 'else', 'kind', 'time', 'date',
  'day', 'steps', 'happens', 'happened', 'options', 'about', 'to', 'come', 'type', 'sort', 'fees', 'charges',
]);

export function findQuestion(tokens: readonly Token[], s: Sentence, body: string, c: Compiled): FoundQuestion | null {
  const asks = s.mark.includes('?');
  if (!asks && s.mark.includes('!')) return null;
  if (isRhetorical(tokens, s, c)) return null;

  let trigger = -1;
  if (asks) trigger = s.from;
  const indirect = c.lex.indirectQuestion.findAll(tokens, s.from, s.to)[0];
  if (!asks && indirect) {
    // "Let me know." or "জানাবেন প্লিজ।" alone asks nothing new; "let me know when it ships" does.
    let content = 0;
    for (let i = s.from; i < s.to; i++) if ((i < indirect.from || i >= indirect.to) && !c.lex.stopwords.hasWord(tokens[i]!.norm)) content++;
    if (content > 0) trigger = indirect.from;
  }
  if (!asks && trigger < 0) {
    const opening = englishOpening(tokens, s, c);
    if (opening >= 0) trigger = opening;
  }
  if (!asks && trigger < 0) {
    const word = c.own.questionWords.findAll(tokens, s.from, s.to)[0];
    if (word && c.lang !== 'en') trigger = word.from;
  }
  if (trigger < 0) return null;

  let start = s.start;
  // "Quick one: I'm wondering if…", "One question: does it…": the question is the part after the colon or dash.
  const separator = lastSeparatorBefore(body, tokens, s, asks ? questionStartAfterSeparator(tokens, s, body, c) : trigger);
  if (separator >= 0) start = separator;
  return { start, end: s.end, kind: kindOf(tokens, s.from, s.to, c) };
}

function isRhetorical(tokens: readonly Token[], s: Sentence, c: Compiled): boolean {
  for (const hit of c.lex.rhetorical.findAll(tokens, s.from, s.to)) {
    const single = !hit.phrase.includes(' ');
    // "Seriously?", "Hello??": a one-word entry is rhetorical only when it is the whole sentence.
    if (!single || s.to - s.from === 1) return true;
  }
  // Sarcastic praise is no question ("Kya mast service hai, …").
  if (!s.mark.includes('?') && c.lex.sarcasm.has(tokens, s.from, s.to)) return true;
  // An insult with a question mark but no question word is a jab: "ऐसा घटिया सामान बेचते हैं आप लोग?"
  if (s.mark.includes('?') && c.lex.frustration.has(tokens, s.from, s.to) && !c.lex.questionWords.has(tokens, s.from, s.to) && englishOpening(tokens, s, c) < 0) return true;
  return false;
}

/** Index of the token that opens an English question without "?" ("can you…", "when will…"), or -1. */
function englishOpening(tokens: readonly Token[], s: Sentence, c: Compiled): number {
  let i = s.from;
  while (i < s.to - 1 && OPENERS.has(tokens[i]!.norm)) i++;
  const w = tokens[i]?.norm;
  const next = tokens[i + 1]?.norm;
  if (!w || !next) return -1;
  if (c.lex.questionAuxiliaries.hasWord(w) && SUBJECTLIKE.has(next)) return i;
  if (c.lex.questionWords.hasWord(w) && /^[a-z']+$/.test(w) && (WH_FOLLOWERS.has(next) || next.endsWith("'s"))) return i;
  return -1;
}

/** For a "?" sentence with a colon or dash: the first token after it that starts the question. */
function questionStartAfterSeparator(tokens: readonly Token[], s: Sentence, body: string, c: Compiled): number {
  for (const clause of s.clauses) {
    if (clause.from === s.from) continue;
    const gap = body.slice(tokens[clause.from - 1]!.end, tokens[clause.from]!.start);
    if (!/[:—–]|\s-\s/.test(gap)) continue;
    const before = { ...s, to: clause.from };
    const after = { ...s, from: clause.from };
    if (looksInterrogative(tokens, after, c) && !looksInterrogative(tokens, before, c)) return clause.from;
  }
  return -1;
}

function looksInterrogative(tokens: readonly Token[], r: Sentence, c: Compiled): boolean {
  if (r.to <= r.from) return false;
  return (
    englishOpening(tokens, r, c) >= 0 ||
    c.lex.questionWords.has(tokens, r.from, r.to) ||
    c.lex.indirectQuestion.has(tokens, r.from, r.to)
  );
}

/** Offset just after the last ":" or spaced dash before token `at` in the sentence, or -1. */
function lastSeparatorBefore(body: string, tokens: readonly Token[], s: Sentence, at: number): number {
  if (at <= s.from) return -1;
  for (let k = at; k > s.from; k--) {
    const gap = body.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/[:—–]|\s-\s/.test(gap)) return tokens[k]!.start;
  }
  return -1;
}

const WHEN = foldRe(/^(when|কবে|কখন|কতদিন|কতক্ষণ|कब|kab|kobe|kokhon|kotodin)$/);
const WHY = foldRe(/^(why|কেন|क्यों|क्यूँ|क्यूं|kyun|kyu|kyon|keno)$/);
const CAUSE_NOUNS = foldRe(/^(holdup|delay|reason|cause|causing|caused|দেরি|कारण|वजह|deri|wajah)$/);
const HOW = foldRe(/^(how|কীভাবে|কিভাবে|कैसे|kaise|kese|kivabe|kibhabe)$/);
const WHEN_PHRASE = foldRe(/ how (long|soon|quickly) | what time | what date | by when | কত দিন | কতদিন | কতক্ষণ | কত তাড়াতাড়ি | কত দ্রুত | কত সময় | कब तक | कितने दिन | कितना समय | कितनी जल्दी | kitne din | kab tak | kitni jaldi | koto din | koto taratari /);
const STATUS_PHRASE = foldRe(/ (status|update|progress|স্ট্যাটাস|অবস্থা|আপডেট|স্থিতি|स्टेटस|स्थिति|अपडेट|halat|obostha) | (কী|কি) হলো | (কী|কি) হল | ki holo | क्या हुआ | kya hua | what happened | any news /);
const HOW_MUCH = foldRe(/ how (much|many) | কত | कितना | कितनी | कितने | kitna | kitni | koto /);
const WHAT_TO_DO = foldRe(/ what (do|should|must|can) (i|we) | what i need to do | what (do|should) i do | (need|have) to do | কী করতে হবে | কি করতে হবে | কী করব | কি করব | কী করলে | কি করলে | ki korbo | ki korle | ki korte hobe | क्या करना | क्या करूँ | क्या करूं | क्या करें | क्या करने से | kya karna | kya karu | kya karun | kya karein /);
const EXPLAIN_HOW = foldRe(/ how (is|are|was|were) (it |the |my |this |that |these )?\w+(ed|en) | how does (it|this|that) work | করা হয় | হিসেব হয় | किया जाता | की जाती | तय होता | kiya jata | kora hoy /);
const HOW_PHRASE = foldRe(/ কী করে | কি করে | ki kore /);
const YESNO_TAIL = foldRe(/ (কি না|কিনা|या नहीं|ki na|ya nahi|or not) /);
const PARTICLE = foldRe(/ (কি|ki|क्या|kya) /);
const WHAT_WORD = foldRe(/ (কী|what|which) /);

/** What kind of answer a question wants, which decides what counts as answering it. */
export function kindOf(tokens: readonly Token[], from: number, to: number, c: Compiled): QuestionKind {
  const words = tokens.slice(from, to).map((t) => t.norm);
  const text = ` ${words.join(' ')} `;
  if (WHEN_PHRASE.test(text)) return 'when';
  for (const w of words) {
    if (WHEN.test(w)) return 'when';
    if (WHY.test(w)) return 'why';
  }
  if (words.some((w) => CAUSE_NOUNS.test(w))) return 'why';
  if (WHAT_TO_DO.test(text)) return 'how';
  // "How is the charge calculated?", "ডেলিভারি চার্জ কীভাবে হিসেব করা হয়?" ask for an explanation, not steps.
  if (words.some((w) => HOW.test(w)) || HOW_PHRASE.test(text)) return EXPLAIN_HOW.test(text) ? 'what' : 'how';
  if (STATUS_PHRASE.test(text)) return 'status';
  if (HOW_MUCH.test(text)) return 'what';
  const first = words.find((w) => !OPENERS.has(w)) ?? '';
  if (c.lex.questionAuxiliaries.hasWord(first) || /^(if|whether)$/.test(first)) return 'yesno';
  if (/ (if|whether) /.test(text) || YESNO_TAIL.test(text)) return 'yesno';
  if (PARTICLE.test(text) && !WHAT_WORD.test(text)) return 'yesno';
  return 'what';
}
