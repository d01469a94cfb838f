/**
 * The live checklist on the agent's draft: each question answered, the customer's name used,
 * the feeling acknowledged (only when the customer is frustrated), a concrete expectation set and
 * a next step stated.
 */
import type { Compiled } from './compiled';
import { bengaliAction, englishAction, hindiAction, type ActionKind } from './morphology';
import { kindOf, type QuestionKind } from './questions';
import { splitSentences, type Range, type Sentence } from './sentences';
import { stripQuotesAndSignature } from './strip';
import { findTimes, isExpectation } from './times';
import { normalise, tokenize, type Token } from './text';

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
  /** Closing, thanks, deferral or apology with nothing else: says nothing about the case. */
  empty: boolean;
  yesNo: boolean;
  causal: boolean;
  instruction: boolean;
  action: ActionKind | null;
  expectation: boolean;
  acknowledge: boolean;
}

interface SentenceFacts {
  s: Sentence;
  clauses: ClauseFacts[];
  /** Normalised words of the clauses that say something. */
  words: string[];
}

const OPENERS = /^(please|kindly|just|simply|yes|yeah|no|first|then|next|now|also|so|and|or|if|not|otherwise|to|hi|hello|dear|once|after|that|finally|meanwhile|alternatively|after that|sure|ok|okay|great)$/;
const MODAL_TO_CUSTOMER = /^(you|you'll)$/;
const MODAL_FOLLOW = /^(can|could|may|should|need|needs|must|will|just|only|simply|now|also|then|have|to|'ll)$/;

function englishInstruction(tokens: readonly Token[], r: Range, c: Compiled, body: string): boolean {
  let i = r.from;
  // Skip a leading greeting with a name ("Hi Priya,") and softeners ("Please", "Just").
  while (i < r.to - 1 && (OPENERS.test(tokens[i]!.norm) || /^[A-Z]/.test(tokens[i]!.raw) && OPENERS.test(tokens[i - 1]?.norm ?? ''))) i++;
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
  return c.lex.instruction.matchAt(tokens, i).length > 0;
}

function clauseFacts(tokens: readonly Token[], s: Sentence, r: Range, body: string, c: Compiled): Omit<ClauseFacts, 'expectation'> {
  const has = (list: keyof Compiled['lex']) => c.lex[list].has(tokens, r.from, r.to);
  const indic = tokens.slice(r.from, r.to).some((t) => /[\u0980-\u09ff\u0900-\u097f]/.test(t.norm));
  const latinMixed = c.lang !== 'en' && !indic;
  const nonAction = (i: number) => i >= 0 && (c.lex.nonAction.matchAt(tokens, i).length > 0 || c.lex.vague.matchAt(tokens, i).length > 0);
  let instruction = englishInstruction(tokens, r, c, body);
  if (!instruction && (indic || latinMixed)) {
    for (const h of c.own.instruction.findAll(tokens, r.from, r.to)) {
      const prev = tokens[h.from - 1]?.norm ?? '';
      if (!/^(न|मत|না|mat|na)$/.test(prev)) instruction = true;
    }
  }
  const action = englishAction(tokens, r, nonAction) ?? bengaliAction(tokens, r, nonAction) ?? hindiAction(tokens, r, nonAction);
  const closing = has('closing');
  const deferral = has('deferral');
  const vague = has('vague');
  const acknowledge = has('acknowledge');
  const yesNo = has('yesNo');
  const causal = has('causal');
  const substance = instruction || (action !== null && !vague) || causal;
  return {
    from: r.from,
    to: r.to,
    empty: closing || ((deferral || vague) && !substance) || (acknowledge && !substance && !yesNo),
    yesNo,
    causal,
    instruction,
    action: deferral || vague ? null : action,
    acknowledge,
  };
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
  return tokens.filter((t, i) => !skip.has(i) && t.norm.length > 1).map((t) => t.norm);
}

export function checkDraftWith(input: DraftInput, draft: string, c: Compiled): DraftCheck {
  const { body } = stripQuotesAndSignature(draft);
  const tokens = tokenize(body);
  const sentences = splitSentences(body, tokens);

  const facts: SentenceFacts[] = sentences.map((s) => {
    const clauses = s.clauses.map((r) => ({ ...clauseFacts(tokens, s, r, body, c), expectation: false }));
    return { s, clauses, words: [] };
  });
  const underWay = facts.some((f) => f.clauses.some((cl) => cl.action === 'done' || cl.action === 'ongoing'));
  for (const f of facts) {
    for (const m of findTimes(tokens, f.s, body, c)) {
      if (!isExpectation(tokens, f.s, m, c, underWay)) continue;
      const cl = f.clauses.find((x) => m.from >= x.from && m.from < x.to);
      if (cl) {
        cl.expectation = true;
        cl.empty = false;
      }
    }
    f.words = f.clauses.filter((cl) => !cl.empty).flatMap((cl) => tokens.slice(cl.from, cl.to).map((t) => t.norm));
  }

  const setsExpectation = facts.some((f) => f.clauses.some((cl) => cl.expectation));
  const nextStep = setsExpectation || facts.some((f) => f.clauses.some((cl) => !cl.empty && (cl.instruction || cl.action !== null)));
  const perQuestion = answered(input.questions, facts, c);

  return {
    answersQuestions: perQuestion.every(Boolean),
    perQuestion,
    usesName: usesName(input, tokens, c),
    acknowledgesFeeling: input.frustrated ? facts.some((f) => f.clauses.some((cl) => cl.acknowledge)) : null,
    setsExpectation,
    nextStep,
  };
}

function answered(questions: readonly string[], facts: SentenceFacts[], c: Compiled): boolean[] {
  const qs = questions.map((q) => {
    const tokens = tokenize(q);
    return { kind: kindOf(tokens, 0, tokens.length, c) as QuestionKind, words: contentWords(q, c) };
  });
  const overlap = (f: SentenceFacts, words: string[]) => words.filter((w) => f.words.some((d) => sameStem(w, d))).length;
  const need = (words: string[]) => (words.length === 0 ? 0 : Math.min(2, Math.ceil(words.length / 3)));
  // Which questions each sentence speaks to (by shared words); a sentence may answer several.
  const ov = facts.map((f) => qs.map((q) => overlap(f, q.words)));
  const speaksTo = (fi: number, qi: number) => ov[fi]![qi]! > 0 && ov[fi]![qi]! >= need(qs[qi]!.words);
  const speaksToNone = (fi: number) => qs.every((q, qi) => ov[fi]![qi] === 0 || !speaksTo(fi, qi));
  const signals = (f: SentenceFacts) => {
    const live = f.clauses.filter((cl) => !cl.empty);
    return {
      any: live.length > 0,
      time: live.some((cl) => cl.expectation),
      causal: live.some((cl) => cl.causal),
      instruction: live.some((cl) => cl.instruction),
      action: live.some((cl) => cl.action !== null),
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
          return sig.time && (mine || free);
        case 'why':
          return (sig.causal && (mine || free)) || (mine && ov[fi]![qi]! >= 2);
        case 'how':
          return ((sig.instruction || sig.action) && (mine || free)) || (mine && sig.yesNo);
        case 'yesno':
          return mine || (q.words.length === 0 && free && (sig.yesNo || sig.action || sig.instruction));
        case 'what':
          return mine || (q.words.length === 0 && free);
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
  return result;
}

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
      if (honorific(rest) || /^('s|র|এর|ের|কে|জী|জি|জি)$/.test(rest)) return true;
    }
    // "Ms Okafor", "श्री कुमार", "शर्मा जी": a title before or an honorific after the surname.
    if (surnames.includes(w)) {
      const prev = tokens[i - 1]?.norm ?? '';
      const next = tokens[i + 1]?.norm ?? '';
      if (c.lex.titles.hasWord(prev) || honorific(next)) return true;
    }
  }
  return false;
}
