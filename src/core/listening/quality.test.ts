/**
 * The quality targets of issue 5 on our own labelled examples (test/listening/own-examples.jsonl,
 * written by hand from the labelling rules in ../shared/corpus/README.md), in every language:
 * F1 ≥ 0.85 per flag, question recall ≥ 0.90 and precision ≥ 0.85, draft accuracy ≥ 0.85.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_LABELS, FLAGS, GROUPS, evaluate, mistakes, readCorpus } from '../../../test/listening/evaluate';

const lines = readCorpus(resolve(import.meta.dirname, '../../../test/listening/own-examples.jsonl'));
const { report, results } = evaluate(lines);

describe('quality on our own labelled examples', () => {
  it('has at least 40 examples per language', () => {
    for (const g of GROUPS) expect(lines.filter((l) => l.lang === g).length, g).toBeGreaterThanOrEqual(40);
  });
  for (const g of GROUPS) {
    it(`meets the targets in ${g}`, () => {
      const s = report.by_lang[g];
      const wrong = results.filter((r) => r.line.lang === g).flatMap((r) => mistakes(r).map((m) => `${r.line.id}: ${m}`));
      for (const f of FLAGS) expect(s[f].f1, `${f} F1 (${wrong.join('; ')})`).toBeGreaterThanOrEqual(0.85);
      expect(s.questions.recall, 'question recall').toBeGreaterThanOrEqual(0.9);
      expect(s.questions.precision, 'question precision').toBeGreaterThanOrEqual(0.85);
      for (const d of DRAFT_LABELS) expect(s.draft[d].accuracy, `${d} accuracy`).toBeGreaterThanOrEqual(0.85);
    });
  }
});
