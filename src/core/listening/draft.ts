/**
 * The live checklist on the agent's draft: each question answered, the customer's name used,
 * the feeling acknowledged (only when the customer is frustrated), a concrete expectation set and
 * a next step stated.
 */
import type { Compiled } from './compiled';
import { bengaliAction, englishAction, hindiAction, type ActionContext, type ActionKind } from './morphology';
import { kindOf, type QuestionKind } from './questions';
import { splitSentences, type Range, type Sentence } from './sentences';
import { stripQuotesAndSignature } from './strip';
import { findTimes, isExpectation, isPast } from './times';
import { fold, normalise, tokenize, type Token } from './text';

export interface DraftCheck {
  answersQuestions: boolean;
  perQuestion: boolean[];
  usesName: boolean;
  acknowledgesFeeling: boolean | null;
  setsExpectation: boolean;
  nextStep: boolean;
}

export interface DraftInput {
  questions: readonly string[];
  name: string | null;
  /** Surname(s) when the customer gave them ("Ms Okafor" counts as using the name). */
  surnames: readonly string[];
  frustrated: boolean;
}

interface ClauseFacts extends Range {
  /** Closing, thanks, deferral, vague promise or apology with nothing else: says nothing about the case. */
  empty: boolean;
  /** Hands the case on or starts it ("escalated", "refund initiated"): a next step, but no answer. */
  handoff: boolean;
  yesNo: boolean;
  causal: boolean;
  instruction: boolean;
  action: ActionKind | null;
  /** A concrete time for the next event in this case. */
  expectation: boolean;
  /** Any time that is not past (a usual duration, a schedule): enough to answer "how long". */
  time: boolean;
  acknowledge: boolean;
}

interface SentenceFacts {
  s: Sentence;
  clauses: ClauseFacts[];
  /** Normalised words of the sentence, when any of its clauses says something. */
  words: string[];
}

const OPENERS = /^(please|kindly|just|simply|yes|yeah|no|first|then|next|now|also|so|and|or|but|if|not|otherwise|to|hi|hello|dear|once|after|that|finally|meanwhile|alternatively|sure|ok|okay|great|done|instead)$/;
const MODAL_TO_CUSTOMER = /^(you|you'll)$/;
const MODAL_FOLLOW = /^(can|could|may|should|need|needs|must|will|just|only|simply|now|also|then|have|to|'ll|still|always)$/;
const INDIC_NEGATION = new RegExp(fold('^(न|मत|না|mat|na)$'));
const CONDITIONAL = new RegExp(fold('^(if|unless|যদি|করলে|দিলে|নিলে|হলে|अगर|यदि|agar|jodi|korle|dile|nile|hole)$'));
/** A light verb after an English verb makes a Hinglish/Banglish instruction: "slot choose kar sakte hain", "clear korun". */
const LIGHT_VERB = new RegExp(fold('^(kar|karo|karein|karen|kijiye|kariye|karke|korun|koro|kore|korben|करें|कीजिए|करिए|करके|কর|করুন|করে|করবেন)$'));

function englishInstruction(tokens: readonly Token[], r: Range, c: Compiled, body: string): boolean {
  let i = r.from;
  // Skip softeners ("Please", "Just", "Yes —") and a greeting with a name ("Hi Priya").
  while (i < r.to - 1 && (OPENERS.test(tokens[i]!.norm) || (/^[A-Z]/.test(tokens[i]!.raw) && OPENERS.test(tokens[i - 1]?.norm ?? '')))) i++;
  if (matchesEnglishInstruction(tokens, i, c)) return true;
  // "You can unblock it in the app", "you'll need to restart".
  if (MODAL_TO_CUSTOMER.test(tokens[i]?.norm ?? '')) {
    let j = i + 1;
    while (j < r.to && MODAL_FOLLOW.test(tokens[j]!.norm)) j++;
    if (j > i + 1 && j < r.to && matchesEnglishInstruction(tokens, j, c)) return true;
  }
  // A menu path: "Settings > Branding", "Cards > Manage > Unblock".
  return />/.test(body.slice(tokens[r.from]!.start, tokens[r.to - 1]!.end));
}

function matchesEnglishInstruction(tokens: readonly Token[], i: number, c: Compiled): boolean {
  const t = tokens[i];
  if (!t || !/^[a-z]/.test(t.norm)) return false;
  // "cancel korle …" is "if you cancel", not "cancel".
  if (CONDITIONAL.test(tokens[i + 1]?.norm ?? '')) return false;
  return c.lex.instruction.matchAt(tokens, i).length > 0;
}

interface SentenceFlags {
  policy: boolean;
  causal: boolean;
  /** "If you cancel, you'll get…", "cancel korle … paben": a future under a condition is information, not an event. */
  conditional: boolean;
  /** Per clause: its segment hedges or defers ("Options depend on the product and your location"). */
  hedged: boolean[];
}

function clauseFacts(tokens: readonly Token[], s: Sentence, r: Range, body: string, c: Compiled, sentenceFlags: SentenceFlags, index: number): ClauseFacts {
  const has = (list: keyof Compiled['lex']) => c.lex[list].has(tokens, r.from, r.to);
  const indic = tokens.slice(r.from, r.to).some((t) => /[\u0980-\u09ff\u0900-\u097f]/.test(t.norm));
  const latinMixed = c.lang !== 'en' && !indic;
  const ctx: ActionContext = {
    nonAction: (i) => i >= 0 && (c.lex.nonAction.matchAt(tokens, i).length > 0 || c.lex.vague.matchAt(tokens, i).length > 0),
    doneState: (i) => i >= 0 && c.lex.doneStates.matchAt(tokens, i).length > 0,
    explanatory: sentenceFlags.causal,
  };
  let instruction = englishInstruction(tokens, r, c, body);
  if (!instruction && (indic || latinMixed)) {
    for (const h of c.own.instruction.findAll(tokens, r.from, r.to)) {
      if (!INDIC_NEGATION.test(tokens[h.from - 1]?.norm ?? '')) instruction = true;
    }
    for (let i = r.from; i < r.to - 1 && !instruction; i++) {
      if (LIGHT_VERB.test(tokens[i + 1]!.norm) && /^[a-z]/.test(tokens[i]!.norm) && c.en.instruction.includes(tokens[i]!.norm)) instruction = true;
    }
  }
  const action = englishAction(tokens, r, ctx) ?? bengaliAction(tokens, r, ctx) ?? hindiAction(tokens, r, ctx);
  const closing = has('closing');
  const deferral = has('deferral') || (sentenceFlags.hedged[index] === true && !has('vague'));
  const vague = has('vague') || sentenceFlags.hedged[index] === true;
  const setting = has('setting');
  const acknowledge = has('acknowledge');
  const yesNo = has('yesNo');
  const causal = has('causal');
  // General policy ("returns are accepted within 30 days") is neither an action nor an instruction.
  const policy = sentenceFlags.policy;
  // A general schedule ("the next batch starts on 1 July") is no event in this case.
  const acts = !deferral && !vague && !policy && !((setting || sentenceFlags.conditional) && action === 'future');
  const instructs = instruction && !policy && !vague && !closing;
  const substance = instructs || (action !== null && acts) || causal;
  return {
    from: r.from,
    to: r.to,
    empty: closing || ((deferral || vague) && !substance) || (acknowledge && !substance && !yesNo),
    handoff: has('handoff'),
    yesNo,
    causal,
    instruction: instructs,
    action: acts ? action : null,
    expectation: false,
    time: false,
    acknowledge,
  };
}

/** Clauses whose segment (clauses joined by a conjunction, not by punctuation) hedges or defers. */
function hedgedClauses(tokens: readonly Token[], s: Sentence, body: string, c: Compiled): boolean[] {
  const out: boolean[] = [];
  let segment: Range[] = [];
  const flush = () => {
    if (segment.length === 0) return;
    const from = segment[0]!.from;
    const to = segment.at(-1)!.to;
    const hedged = c.lex.vague.has(tokens, from, to) || c.lex.deferral.has(tokens, from, to);
    for (let k = 0; k < segment.length; k++) out.push(hedged);
    segment = [];
  };
  // A hedge carries over a conjunction ("depend on the product and your location") but not past
  // punctuation ("…निर्भर करती है, आप वेबसाइट पर … देख सकते हैं").
  s.clauses.forEach((r, k) => {
    if (k > 0 && /[,:;—–()]/.test(body.slice(tokens[r.from - 1]!.end, tokens[r.from]!.start))) flush();
    segment.push(r);
  });
  flush();
  return out;
}

/** Whether two words share a stem: "resend"/"resent", "বিলটা"/"বিলটি", "कन्फर्म"/"कन्फर्म". */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  const latin = /^[a-z0-9]/.test(a) && /^[a-z0-9]/.test(b);
  if (latin && min <= 3) return false;
  if (!latin && min <= 2) return false;
  let k = 0;
  while (k < min && a[k] === b[k]) k++;
  return latin ? k >= Math.max(4, Math.ceil(min * 0.75)) : k >= Math.max(3, Math.ceil(min * 0.6));
}

function contentWords(question: string, c: Compiled): string[] {
  const tokens = tokenize(question);
  const skip = new Set<number>();
  for (const list of ['questionWords', 'indirectQuestion', 'stopwords', 'questionAuxiliaries', 'negations'] as const) {
    for (const h of c.lex[list].findAll(tokens)) for (let i = h.from; i < h.to; i++) skip.add(i);
  }
  return tokens.filter((t, i) => !skip.has(i) && t.norm.length > 1 && !GENERIC_ASK.test(t.norm)).map((t) => t.norm);
}

/**
 * Words that only say what kind of answer is wanted ("What's the actual status?", "What is causing
 * this?", "Can someone tell me what's happening?"): no topic, so any sentence of the right kind answers.
 */
const GENERIC_ASK = new RegExp(
  fold("^(status|update|updates|progress|happening|going|what's|whats|actual|current|latest|causing|caused|cause|reason|someone|anyone|somebody|tell|স্ট্যাটাস|অবস্থা|আসল|स्टेटस|स्थिति|असली|asli|sahi)$"),
);

/** "When will the engineer get here?": an arrival wants a time; "dispatched", "on the way" is an earlier step. */
const ARRIVAL = new RegExp(
  fold('^(arrive|arrives|arrival|here|reach|reaches|come|comes|deliver|delivered|delivery|আসবে|পৌঁছাবে|পৌঁছবে|আসবেন|আসছে|आएगा|आएगी|आएँगे|आयेगा|पहुँचेगा|पहुंचेगा|पहुँचेगी|aayega|aayegi|ayega|pahunchega|asbe|pouchhabe)$'),
);

/**
 * `c` is compiled for the customer's language (questions are in it); `d` for the draft's, which
 * may differ (an English message answered in Hinglish).
 */
export function checkDraftWith(input: DraftInput, draft: string, customer: Compiled, draftLang: Compiled = customer): DraftCheck {
  const c = draftLang;
  const { body } = stripQuotesAndSignature(draft);
  const tokens = tokenize(body);
  const sentences = splitSentences(body, tokens);

  const facts: SentenceFacts[] = sentences.map((s) => {
    const flags: SentenceFlags = {
      policy: c.lex.policy.has(tokens, s.from, s.to),
      causal: c.lex.causal.has(tokens, s.from, s.to),
      conditional: tokens.slice(s.from, s.to).some((t) => CONDITIONAL.test(t.norm)),
      hedged: hedgedClauses(tokens, s, body, c),
    };
    return { s, clauses: s.clauses.map((r, k) => clauseFacts(tokens, s, r, body, c, flags, k)), words: [] };
  });
  const underWay = facts.some((f) => f.clauses.some((cl) => cl.action === 'done' || cl.action === 'ongoing' || cl.handoff));
  for (const f of facts) {
    for (const m of findTimes(tokens, f.s, body, c)) {
      const cl = f.clauses.find((x) => m.from >= x.from && m.from < x.to);
      if (!cl || isPast(tokens, f.s, m, c)) continue;
      cl.time = true;
      if (isExpectation(tokens, f.s, m, body, c, underWay)) {
        cl.expectation = true;
        cl.empty = false;
      }
    }
    f.words = f.clauses.some((cl) => !cl.empty) ? tokens.slice(f.s.from, f.s.to).map((t) => t.norm) : [];
  }

  const setsExpectation = facts.some((f) => f.clauses.some((cl) => cl.expectation));
  const nextStep = setsExpectation || facts.some((f) => f.clauses.some((cl) => !cl.empty && (cl.instruction || cl.action !== null)));
  const perQuestion = answered(input.questions, facts, customer);

  return {
    answersQuestions: perQuestion.every(Boolean),
    perQuestion,
    usesName: usesName(input, tokens, c),
    acknowledgesFeeling: input.frustrated ? facts.some((f) => f.clauses.some((cl) => cl.acknowledge)) : null,
    setsExpectation,
    nextStep,
  };
}

/** Codes and numbers (order ids, promo codes) weigh double: sharing one is a strong sign of an answer. */
const weight = (w: string) => (/\d/.test(w) && /[a-z\u0980-\u09ff\u0900-\u097f]/.test(w) ? 2 : 1);

function answered(questions: readonly string[], facts: SentenceFacts[], c: Compiled): boolean[] {
  let previous: string[] = [];
  // "What time should he arrive, and does he need a laptop?" is two questions in one span: each
  // part must be answered. Parts map back to the question they came from.
  const parts: { of: number; text: string }[] = [];
  questions.forEach((q, of) => {
    for (const text of splitQuestion(q, c)) parts.push({ of, text });
  });
  const qs = parts.map(({ text }) => {
    const tokens = tokenize(text);
    let words = contentWords(text, c);
    // "যদি পারি, কীভাবে?", "And how?": an elliptic follow-up is about the question before it.
    if (words.length === 0) words = previous;
    previous = words;
    return { kind: kindOf(tokens, 0, tokens.length, c) as QuestionKind, words, arrival: tokens.some((t) => ARRIVAL.test(t.norm)) };
  });
  // Draft words by their first two characters: a shared stem shares them.
  const index = facts.map((f) => {
    const m = new Map<string, string[]>();
    for (const d of f.words) {
      const key = d.slice(0, 2);
      const list = m.get(key);
      if (list) list.push(d);
      else m.set(key, [d]);
    }
    return m;
  });
  const overlap = (fi: number, words: string[]) =>
    words.filter((w) => index[fi]!.get(w.slice(0, 2))?.some((d) => sameStem(w, d))).reduce((n, w) => n + weight(w), 0);
  const need = (words: string[]) => (words.length === 0 ? 0 : Math.min(2, Math.ceil(words.length / 3)));
  const ov = facts.map((_, fi) => qs.map((q) => overlap(fi, q.words)));
  // A sentence speaks to a question when it shares enough of its words; it may speak to several.
  const speaksTo = (fi: number, qi: number) => ov[fi]![qi]! > 0 && ov[fi]![qi]! >= need(qs[qi]!.words);
  const speaksToNone = (fi: number) => qs.every((_, qi) => !speaksTo(fi, qi));
  const signals = (f: SentenceFacts) => {
    // Deferrals and hand-offs ("escalated", "we're looking into it") answer nothing.
    const live = f.clauses.filter((cl) => !cl.empty && !cl.handoff);
    return {
      any: live.length > 0,
      time: live.some((cl) => cl.time),
      causal: live.some((cl) => cl.causal),
      instruction: live.some((cl) => cl.instruction),
      action: live.some((cl) => cl.action !== null),
      done: live.some((cl) => cl.action === 'done'),
      yesNo: live.some((cl) => cl.yesNo),
    };
  };

  const result = qs.map((q, qi) =>
    facts.some((f, fi) => {
      const sig = signals(f);
      if (!sig.any) return false;
      const mine = speaksTo(fi, qi);
      const free = speaksToNone(fi);
      switch (q.kind) {
        case 'when':
          // A time, or "it's already done" ("your cashback was credited today").
          // An arrival is answered by a time or by its having happened, not by an earlier step being done.
          return (sig.time && (mine || free)) || (mine && sig.done && (!q.arrival || f.words.some((w) => ARRIVAL.test(w))));
        case 'status':
          return (sig.time || sig.action) && (mine || free || q.words.length === 0);
        case 'why':
          return (sig.causal && (mine || free || q.words.length === 0)) || mine || (q.words.length === 0 && free && (sig.action || sig.done));
        case 'how':
          return (sig.instruction || sig.action) && (mine || free);
        case 'yesno':
          return mine || (q.words.length === 0 && free && (sig.yesNo || sig.action || sig.instruction));
        case 'what':
          return mine || (free && sig.instruction) || (q.words.length === 0 && free);
      }
    }),
  );
  // "Yes, a technician can visit": a yes or no that shares no words with any question answers the
  // first yes/no question still open, in the order asked.
  facts.forEach((f, fi) => {
    if (!speaksToNone(fi) || !signals(f).yesNo) return;
    const open = qs.findIndex((q, qi) => q.kind === 'yesno' && !result[qi]);
    if (open >= 0) result[open] = true;
  });
  return questions.map((_, of) => parts.every((p, k) => p.of !== of || result[k]));
}

const JOIN = new RegExp(fold('^(and|also|আর|এবং|और|तथा|aur|ar|ebong)$'));

/** Splits a question at "and" when a new question follows it ("…, and does he need…", "…और फीस कितनी है?"). */
function splitQuestion(q: string, c: Compiled): string[] {
  const tokens = tokenize(q);
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!JOIN.test(tokens[i]!.norm)) continue;
    const rest = tokens.slice(i + 1);
    const next = rest[0]!.norm;
    const opensEnglish = c.lex.questionAuxiliaries.hasWord(next) || (/^[a-z]/.test(next) && c.en.questionWords.includes(next));
    const asksIndic = c.lang !== 'en' && c.own.questionWords.has(rest, 0, rest.length);
    if (opensEnglish || asksIndic) cuts.push(tokens[i]!.start);
  }
  if (cuts.length === 0) return [q];
  const out: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push(q.slice(from, cut));
    from = cut;
  }
  out.push(q.slice(from));
  return out;
}

const ATTACHED = new RegExp(fold("^('s|র|এর|ের|কে|জী|জি|দা|দি|বাবু)$"));

function usesName(input: DraftInput, tokens: readonly Token[], c: Compiled): boolean {
  if (!input.name) return false;
  const first = normalise(input.name);
  const honorific = (w: string) => c.lex.honorifics.hasWord(w);
  const surnames = input.surnames.map(normalise);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w === first) return true;
    // "তাপসবাবু", "Priya's", "অর্পিতাদি": the name with an honorific or possessive attached.
    if (w.startsWith(first) && first.length >= 2) {
      const rest = w.slice(first.length);
      if (honorific(rest) || ATTACHED.test(rest)) return true;
    }
    // "Ms Okafor", "डॉ. अय्यर", "शर्मा जी": a title before or an honorific after the surname.
    if (surnames.includes(w)) {
      const prev = tokens[i - 1]?.norm ?? '';
      const next = tokens[i + 1]?.norm ?? '';
      if (c.lex.titles.hasWord(prev) || honorific(next)) return true;
    }
  }
  return false;
}
