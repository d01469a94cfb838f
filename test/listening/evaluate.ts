/**
 * Scores the listening engine on a labelled corpus (format: ../shared/corpus/README.md). Shared by
 * the benchmark (test/bench/listening.ts) and the unit test that holds the quality targets.
 */
import { readFileSync } from 'node:fs';
import { analyzeMessage, checkDraft, type PromptLibrary } from '../../src/core/listening';

export interface CorpusLine {
  id: string;
  lang: 'en' | 'bn' | 'hi' | 'mixed';
  customer: string;
  labels: { frustrated: boolean; urgent: boolean; repeat_contact: boolean; questions: string[]; name: string | null };
  draft: string;
  draft_labels: {
    answers_questions: boolean;
    uses_name: boolean;
    acknowledges_feeling: boolean | null;
    sets_expectation: boolean;
    next_step: boolean;
  };
}

export const FLAGS = ['frustrated', 'urgent', 'repeat_contact'] as const;
export const DRAFT_LABELS = ['answers_questions', 'uses_name', 'acknowledges_feeling', 'sets_expectation', 'next_step'] as const;
export const GROUPS = ['en', 'bn', 'hi', 'mixed'] as const;

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}
export interface Scores {
  frustrated: PRF;
  urgent: PRF;
  repeat_contact: PRF;
  questions: { precision: number; recall: number };
  name: { accuracy: number };
  draft: Record<(typeof DRAFT_LABELS)[number], { accuracy: number }>;
}
export interface Report {
  overall: Scores;
  by_lang: Record<(typeof GROUPS)[number], Scores>;
  ms_per_message: { p50: number; max: number };
}

/** One line's outcome, kept so a failing line can be printed. */
export interface LineResult {
  line: CorpusLine;
  flags: Record<(typeof FLAGS)[number], boolean>;
  questions: string[];
  questionMatches: { predictedMatched: number; labelledMatched: number };
  name: string | null;
  draft: Record<(typeof DRAFT_LABELS)[number], boolean | null>;
  ms: number;
}

export function readCorpus(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as CorpusLine;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not JSON (${String(error)})`);
      }
    });
}

/** Spans of labelled questions; a label that is not a substring of the message is an error in the corpus. */
function labelSpans(line: CorpusLine): { start: number; end: number }[] {
  let from = 0;
  return line.labels.questions.map((q) => {
    let at = line.customer.indexOf(q, from);
    if (at < 0) at = line.customer.indexOf(q);
    if (at < 0) throw new Error(`${line.id}: question is not a substring of the message: ${q}`);
    from = at + q.length;
    return { start: at, end: at + q.length };
  });
}

/** Spans match when they overlap by at least half of the shorter one. One-to-one, greedy in order. */
export function matchSpans(predicted: { start: number; end: number }[], labelled: { start: number; end: number }[]) {
  const used = new Set<number>();
  let matched = 0;
  for (const p of predicted) {
    const k = labelled.findIndex((l, i) => {
      if (used.has(i)) return false;
      const overlap = Math.min(p.end, l.end) - Math.max(p.start, l.start);
      const shorter = Math.min(p.end - p.start, l.end - l.start);
      return overlap > 0 && overlap >= shorter / 2;
    });
    if (k >= 0) {
      used.add(k);
      matched++;
    }
  }
  return { predictedMatched: matched, labelledMatched: matched };
}

export function runLine(line: CorpusLine, library?: PromptLibrary): LineResult {
  const t0 = performance.now();
  const analysis = analyzeMessage(line.customer, library ? { library } : {});
  const check = checkDraft(analysis, line.draft, library ? { library } : {});
  const ms = performance.now() - t0;
  return {
    line,
    flags: { frustrated: analysis.frustrated, urgent: analysis.urgent, repeat_contact: analysis.repeatContact },
    questions: analysis.questions,
    questionMatches: matchSpans(analysis.questionSpans, labelSpans(line)),
    name: analysis.name,
    draft: {
      answers_questions: check.answersQuestions,
      uses_name: check.usesName,
      acknowledges_feeling: check.acknowledgesFeeling,
      sets_expectation: check.setsExpectation,
      next_step: check.nextStep,
    },
    ms,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function score(results: LineResult[]): Scores {
  const flag = (f: (typeof FLAGS)[number]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const r of results) {
      const want = r.line.labels[f];
      const got = r.flags[f];
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    return prf(tp, fp, fn);
  };
  let predicted = 0, labelled = 0, pm = 0, lm = 0;
  for (const r of results) {
    predicted += r.questions.length;
    labelled += r.line.labels.questions.length;
    pm += r.questionMatches.predictedMatched;
    lm += r.questionMatches.labelledMatched;
  }
  const names = results.filter((r) => r.name === r.line.labels.name).length;
  const draft = {} as Scores['draft'];
  for (const label of DRAFT_LABELS) {
    // acknowledges_feeling is scored where the label says the customer is frustrated; the engine's
    // null (it saw no frustration) counts as "not acknowledged" there.
    const scored = results.filter((r) => r.line.draft_labels[label] !== null);
    const right = scored.filter((r) => (r.draft[label] ?? false) === r.line.draft_labels[label]).length;
    draft[label] = { accuracy: round(scored.length ? right / scored.length : 1) };
  }
  return {
    frustrated: flag('frustrated'),
    urgent: flag('urgent'),
    repeat_contact: flag('repeat_contact'),
    questions: { precision: round(predicted ? pm / predicted : labelled ? 0 : 1), recall: round(labelled ? lm / labelled : 1) },
    name: { accuracy: round(results.length ? names / results.length : 1) },
    draft,
  };
}

export function evaluate(lines: CorpusLine[], library?: PromptLibrary): { report: Report; results: LineResult[] } {
  const results = lines.map((l) => runLine(l, library));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const by_lang = {} as Report['by_lang'];
  for (const g of GROUPS) by_lang[g] = score(results.filter((r) => r.line.lang === g));
  return {
    report: {
      overall: score(results),
      by_lang,
      ms_per_message: {
        p50: round(times[Math.floor((times.length - 1) / 2)] ?? 0),
        max: round(times.at(-1) ?? 0),
      },
    },
    results,
  };
}

/** What went wrong on one line, for reading while improving rules. */
export function mistakes(r: LineResult): string[] {
  const out: string[] = [];
  for (const f of FLAGS) if (r.flags[f] !== r.line.labels[f]) out.push(`${f}: got ${r.flags[f]}`);
  const lab = r.line.labels.questions.length;
  if (r.questionMatches.labelledMatched < lab || r.questionMatches.predictedMatched < r.questions.length) {
    out.push(`questions: got ${JSON.stringify(r.questions)} want ${JSON.stringify(r.line.labels.questions)}`);
  }
  if (r.name !== r.line.labels.name) out.push(`name: got ${r.name} want ${r.line.labels.name}`);
  for (const d of DRAFT_LABELS) {
    const want = r.line.draft_labels[d];
    if (want !== null && (r.draft[d] ?? false) !== want) out.push(`draft.${d}: got ${r.draft[d]}`);
  }
  return out;
}
