/**
 * Frustration, urgency and repeat contact, each with the spans of the words that set it.
 */
import type { Compiled } from './compiled';
import { numberValue, tenseOf } from './morphology';
import { clauseOf, type Sentence } from './sentences';
import { foldRe, type Hit, type Token } from './text';

export type CueKind = 'frustrated' | 'urgent' | 'repeatContact';

export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
}

interface Ctx {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  body: string;
  c: Compiled;
  /** Questions found (for the context of sarcasm). */
  questionCount: number;
}

const HI_NEGATION = foldRe(/^(नहीं|न|मत)$/);
const TIMES_WORD = foldRe(/^(time|times|বার|बार|baar|bar)$/);
const BAR_SUFFIX = foldRe(/(বার|বারের)$/);

const cue = (kind: CueKind, h: { start: number; end: number }): Cue => ({ kind, start: h.start, end: h.end });

/** A single word negated nearby: "not angry" (English: before), "বিরক্ত নই", "नाराज़ नहीं" (after, or before in Hindi). */
function negated(ctx: Ctx, h: Hit, s: Sentence): boolean {
  const { tokens, c } = ctx;
  if (c.lex.negations.has(tokens, h.from, h.to)) return false; // the phrase carries its own negation
  const isLatin = /^[a-z]/.test(tokens[h.from]!.norm);
  for (let k = Math.max(s.from, h.from - 2); k < h.from; k++) {
    const w = tokens[k]!.norm;
    if (isLatin ? /^(not|no|never|isn't|wasn't|aren't|don't|doesn't|didn't|nahi|na)$/.test(w) || w.endsWith("n't") : HI_NEGATION.test(w)) return true;
  }
  if (!isLatin || c.lang !== 'en') {
    for (let k = h.to; k < Math.min(s.to, h.to + 2); k++) if (c.lex.negations.hasWord(tokens[k]!.norm)) return true;
  }
  return false;
}

/** A thankful or pleased sentence with no complaint in it ("Thanks for the quick reply!!"). */
function happy(ctx: Ctx, s: Sentence): boolean {
  const { tokens, c } = ctx;
  if (!tokens.slice(s.from, s.to).some((t) => POSITIVE.test(t.norm))) return false;
  for (let i = s.from; i < s.to; i++) if (c.lex.complaint.matchAt(tokens, i).length > 0) return false;
  return true;
}

const POSITIVE = foldRe(/^(thank|thanks|thx|great|love|awesome|amazing|wonderful|perfect|appreciate|ধন্যবাদ|धन्यवाद|शुक्रिया|shukriya|dhonnobad|dhanyavad)$/);

export function frustration(ctx: Ctx, repeatCount: number, repeatCues: readonly Cue[]): Cue[] {
  const { tokens, sentences, body, c } = ctx;
  const out: Cue[] = [];
  for (const s of sentences) {
    for (const h of c.lex.frustration.findAll(tokens, s.from, s.to)) if (!negated(ctx, h, s)) out.push(cue('frustrated', h));
    // Jabs dressed as questions: "Is this how you treat customers?", "এটা কী ধরনের পরিষেবা?"
    for (const h of c.lex.rhetorical.findAll(tokens, s.from, s.to)) if (h.phrase.includes(' ')) out.push(cue('frustrated', h));
  }

  // Sarcastic praise counts only when the same message complains ("Great job guys, … koi pata nahi!!").
  const sarcasm = sentences.flatMap((s) => c.lex.sarcasm.findAll(tokens, s.from, s.to));
  if (sarcasm.length) {
    const complains = tokens.some((_, i) => c.lex.complaint.matchAt(tokens, i).length > 0 && !sarcasm.some((h) => i >= h.from && i < h.to));
    if (complains) for (const h of sarcasm) out.push(cue('frustrated', h));
  }
  // "ANOTHER late delivery", "STILL nothing": an exasperated word shouted on its own.
  for (const t of tokens) {
    if (t.raw.length >= 3 && /^[A-Z]+$/.test(t.raw) && c.lex.frustrationShouted.hasWord(t.norm)) out.push(cue('frustrated', t));
  }

  // Shouting: three or more words in capitals that are not abbreviations, or a long capitalised stretch.
  let run: Token[] = [];
  const flush = () => {
    const letters = run.reduce((n, t) => n + t.raw.replace(/[^A-Za-z]/g, '').length, 0);
    const real = run.filter((t) => !c.lex.acronyms.hasWord(t.norm));
    if (run.length >= 3 && letters >= 10 && real.some((t) => t.raw.length >= 4)) out.push({ kind: 'frustrated', start: run[0]!.start, end: run.at(-1)!.end });
    run = [];
  };
  for (const t of tokens) {
    const letters = t.raw.replace(/[^A-Za-z]/g, '');
    if (letters.length >= 2 && letters === letters.toUpperCase() && /^[A-Za-z0-9'’]+$/.test(t.raw)) run.push(t);
    else if (/^\d+$/.test(t.raw) && run.length) continue;
    else flush();
  }
  flush();

  // Strings of "!!" or "??" (not in a happy "Thank you!!").
  for (const m of body.matchAll(/[!?]*(?:!!|\?\?|\?!|!\?)[!?]*/g)) {
    const s = sentences.find((x) => m.index >= x.start && m.index < x.end);
    if (s && happy(ctx, s)) continue;
    out.push({ kind: 'frustrated', start: m.index, end: m.index + m[0].length });
  }

  // Writing for the third time or more is exasperation, whatever the words.
  if (repeatCount >= 3) out.push(...repeatCues.map((r) => ({ ...r, kind: 'frustrated' as const })));
  return out;
}

export function urgency(ctx: Ctx): Cue[] {
  const { tokens, sentences, c } = ctx;
  const denials = sentences.flatMap((s) => c.lex.notUrgent.findAll(tokens, s.from, s.to));
  const insideDenial = (h: { from: number; to: number }) => denials.some((d) => h.from < d.to && h.to > d.from);
  const out: Cue[] = [];
  for (const s of sentences) {
    // "Thanks for the quick response": speed praised, not asked for.
    const praise = happy(ctx, s);
    for (const h of c.lex.urgent.findAll(tokens, s.from, s.to)) {
      if (!insideDenial(h) && !negated(ctx, h, s) && !praise && !speedReported(tokens, h, s)) out.push(cue('urgent', h));
    }
    for (const h of c.lex.harm.findAll(tokens, s.from, s.to)) if (!insideDenial(h)) out.push(cue('urgent', h));
    // Someone at risk (an elderly parent, a baby, a patient) while something has failed.
    const failing = (h: Hit) => tokens.some((_, i) => (i < h.from || i >= h.to) && c.lex.complaint.matchAt(tokens, i).length > 0);
    for (const h of c.lex.vulnerable.findAll(tokens, s.from, s.to)) if (!insideDenial(h) && failing(h)) out.push(cue('urgent', h));
    // An elderly person given by age: "৮০ বছরের মা", "72 साल की", "85 years old".
    for (let i = s.from; i < s.to - 1; i++) {
      const age = numberValue(tokens[i]!.norm);
      if (age !== null && age >= 65 && age < 120 && AGE_UNIT.test(tokens[i + 1]!.norm)) {
        const h = { phrase: 'age', from: i, to: i + 2, start: tokens[i]!.start, end: tokens[i + 1]!.end };
        if (failing(h)) out.push(cue('urgent', h));
      }
    }
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      if (t.raw.length >= 3 && t.raw === t.raw.toUpperCase() && /^[A-Z]+$/.test(t.raw) && c.lex.urgentShouted.hasWord(t.norm)) out.push(cue('urgent', t));
    }
  }
  // A deadline within about two days, unless the customer says there is no rush.
  if (denials.length === 0) {
    for (const s of sentences) {
      const strong = c.lex.deadline.findAll(tokens, s.from, s.to);
      const weak = c.lex.deadlineWeak.findAll(tokens, s.from, s.to).filter((w) => !strong.some((h) => w.from < h.to && w.to > h.from));
      const needs = c.lex.futureNeed.has(tokens, s.from, s.to) || tenseOf(tokens, s).future;
      for (const h of [...strong, ...weak.filter(() => needs)]) {
        // "আর শেষ তারিখ কবে?", "last date kab hai?": asking what the deadline is, not facing one.
        const clause = clauseOf(s, h.from);
        if (LAST_DAY.test(h.phrase) && tokens.slice(clause.from, clause.to).some((t) => WHEN_WORD.test(t.norm))) continue;
        // "I was told it would be fixed by tomorrow", "bolechilen aj technician ashbe": a promise
        // reported from an earlier contact, not the customer's deadline.
        const previous = s.clauses[s.clauses.indexOf(clause) - 1];
        const reported = [clause, previous].some((r) => r && (c.lex.repeatPhrases.has(tokens, r.from, r.to) || c.lex.contactVerbs.has(tokens, r.from, r.to)));
        if (reported) continue;
        const tense = tenseOf(tokens, clause);
        const clauseNeeds = c.lex.futureNeed.has(tokens, clause.from, clause.to);
        // "booked for tomorrow afternoon", "কাল বিকেলের জন্য": a past verb, but the event is ahead.
        const scheduled = /^(for)$/.test(tokens[h.from - 1]?.norm ?? '') || FOR_AFTER.test(tokens[h.to]?.norm ?? '') || FOR_AFTER.test(tokens[h.to + 1]?.norm ?? '');
        if (tense.past && !tense.future && !clauseNeeds && !scheduled) continue;
        out.push(cue('urgent', h));
      }
    }
  }
  return out;
}

const LAST_DAY = foldRe(/(last|শেষ|আখিরী|आखिरी|आख़िरी|अंतिम|akhri|aakhri|shesh|sesh)/);
const WHEN_WORD = foldRe(/^(when|what|which|কবে|কখন|কত|কোন|कब|कौन|कौनसी|क्या|kab|kobe|kokhon|kon|kya|konta)$/);
/**
 * "reports ab jaldi load hoti hain", "তাড়াতাড়ি হয়ে গেল", "it loads quickly now": speed described as
 * it is (a habitual or finished verb right after), not asked for.
 */
const SPEED_DONE = foldRe(/^(hoti|hota|hote|hua|hui|hue|होती|होता|होते|हुआ|हुई|हुए|ho|हो|mil|मिल|aa|आ|হয়|হয়ে|হল|হলো|হয়েছে|পেয়ে|পেলাম|এল|এসেছে|hoy|hoye|holo|hoyeche|peye|pelam|elo|eseche|loads|loaded|arrived|came|was|were|got)$/);
const SPEED_AFTER = foldRe(/^(gaya|gayi|gai|gaye|गया|गई|गयी|गए|গেছে|গেল|geche|gelo|hai|hain|है|हैं|jata|jaata|jati|jaati|jate|जाता|जाती|जाते|যায়|jay|jae)$/);
function speedReported(tokens: readonly Token[], h: Hit, s: Sentence): boolean {
  for (let k = h.to; k < Math.min(s.to, h.to + 3); k++) {
    const w = tokens[k]!.norm;
    if (!SPEED_DONE.test(w)) continue;
    // "jaldi ho" alone may be a wish ("jaldi ho jaye"): only with a finished or habitual ending.
    if (/^(ho|हो|mil|मिल|aa|आ|হয়ে|hoye|পেয়ে|peye)$/.test(w)) return SPEED_AFTER.test(tokens[k + 1]?.norm ?? '');
    return true;
  }
  return false;
}

const ORDINAL_TIME = /^\d+(?:st|nd|rd|th)$/;
const AGE_UNIT = foldRe(/^(years?|yrs?|বছর\S*|साल|saal|bochor\S*|bochhor\S*)$/);
const FOR_AFTER = foldRe(/^(জন্য|लिए|liye|jonno)$/);

export function repeatContact(ctx: Ctx): { cues: Cue[]; count: number } {
  const { tokens, sentences, c } = ctx;
  const out: Cue[] = [];
  let count = 0;
  for (const s of sentences) {
    for (const h of c.lex.repeatPhrases.findAll(tokens, s.from, s.to)) {
      out.push(cue('repeatContact', h));
      count = Math.max(count, 2);
    }
    const verbs = c.lex.contactVerbs.findAll(tokens, s.from, s.to);
    if (verbs.length === 0) continue;
    const markers: Hit[] = c.lex.repeatMarkers.findAll(tokens, s.from, s.to);
    // "3rd time", "4 times", "৩ বার": a number before a time word.
    for (let i = s.from; i < s.to - 1; i++) {
      const w = tokens[i]!.norm;
      const next = tokens[i + 1]!.norm;
      if ((ORDINAL_TIME.test(w) || /^\d+$/.test(w)) && TIMES_WORD.test(next)) {
        markers.push({ phrase: `${w} ${next}`, from: i, to: i + 2, start: tokens[i]!.start, end: tokens[i + 1]!.end });
      }
    }
    // "चौथी बार", "দুই বার": the cue covers the number too.
    for (const m of markers) {
      const prev = tokens[m.from - 1];
      if (m.to - m.from === 1 && prev && m.from > s.from && TIMES_WORD.test(tokens[m.from]!.norm) && numberValue(prev.norm) !== null) {
        m.from -= 1;
        m.start = prev.start;
      }
    }
    for (const v of verbs) {
      const near = markers.filter((m) => Math.abs(m.from - v.from) <= 12 && !(m.from >= v.from && m.to <= v.to));
      if (near.length === 0) continue;
      out.push(cue('repeatContact', v), ...near.map((m) => cue('repeatContact', m)));
      for (const m of near) count = Math.max(count, timesIn(tokens, m));
    }
  }
  return { cues: dedupe(out), count };
}

/** How many times a repetition marker says ("third time" → 3, "দুবার" → 2, "again" → 2). */
function timesIn(tokens: readonly Token[], m: Hit): number {
  let best = 2;
  for (let i = m.from; i < m.to; i++) {
    const w = tokens[i]!.norm;
    const v = numberValue(w) ?? numberValue(w.replace(BAR_SUFFIX, '')) ?? null;
    if (v !== null && v >= 1 && v <= 50) best = Math.max(best, v);
  }
  // "২ বার", "3 times": the number sits just before the marker word.
  const before = tokens[m.from - 1]?.norm;
  if (before && TIMES_WORD.test(tokens[m.from]!.norm)) {
    const v = numberValue(before);
    if (v !== null && v <= 50) best = Math.max(best, v);
  }
  return best;
}

/** Cues sorted by position; overlapping cues of one kind become one ("এটা কী ধরনের" + "কী ধরনের পরিষেবা"). */
export function dedupe(cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of [...cues].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const prev = out.findLast((o) => o.kind === c.kind);
    if (prev && c.start < prev.end) prev.end = Math.max(prev.end, c.end);
    else out.push({ ...c });
  }
  return out;
}
