/**
 * Active-listening quality and speed on a labelled corpus.
 *
 *   npm run bench:listening -- --corpus FILE [--json] [--verbose]
 *
 * Prints per label precision/recall/F1 (frustrated, urgent, repeat_contact), question precision
 * and recall (spans match when they overlap by at least half of the shorter), name accuracy and
 * per draft label accuracy, by language (en, bn, hi, mixed) and overall; ms per message (analysis
 * plus draft check); and the time for a 2,000-character message and draft. With --json the last
 * line is one JSON object of the shape in issue 5. --verbose lists every line with a mistake.
 */
import { resolve } from 'node:path';
import { analyzeMessage, checkDraft } from '../../src/core/listening';
import { evaluate, mistakes, readCorpus, GROUPS, type Scores } from '../listening/evaluate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpusPath = arg('--corpus');
if (!corpusPath) {
  console.error('usage: npm run bench:listening -- --corpus FILE [--json] [--verbose]');
  process.exit(2);
}
const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');

const lines = readCorpus(resolve(process.cwd(), corpusPath));
// Warm up the compiled library (each language compiles on first use) and the JIT before timing.
for (const l of lines) checkDraft(analyzeMessage(l.customer), l.draft);
const { report, results } = evaluate(lines);

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
function row(label: string, s: Scores, n: number) {
  return [
    label.padEnd(8),
    String(n).padStart(4),
    ...(['frustrated', 'urgent', 'repeat_contact'] as const).map((f) => `${pct(s[f].precision)}${pct(s[f].recall)}${pct(s[f].f1)}`),
    `${pct(s.questions.precision)}${pct(s.questions.recall)}`,
    pct(s.name.accuracy),
    ...(['answers_questions', 'uses_name', 'acknowledges_feeling', 'sets_expectation', 'next_step'] as const).map((d) => pct(s.draft[d].accuracy)),
  ].join(' │');
}

console.log(`Active listening on ${corpusPath} (${lines.length} messages)\n`);
console.log('lang        n │ frustrated P/R/F1  │ urgent P/R/F1      │ repeat P/R/F1      │ questions P/R │  name │ answ. │  name │ feel. │ expct │  next');
for (const g of GROUPS) {
  const n = lines.filter((l) => l.lang === g).length;
  if (n) console.log(row(g, report.by_lang[g], n));
}
console.log(row('overall', report.overall, lines.length));
console.log(`\nms per message (analysis + draft check): p50 ${report.ms_per_message.p50} · max ${report.ms_per_message.max}`);

// A long message and draft: the listening engine runs on every snapshot while the agent types.
const long = (s: string) => {
  let out = '';
  while (out.length < 2000) out += s + ' ';
  return out.slice(0, 2000);
};
const bigMessage = long(lines.map((l) => l.customer).join(' '));
const bigDraft = long(lines.map((l) => l.draft).join(' '));
for (let i = 0; i < 20; i++) checkDraft(analyzeMessage(bigMessage), bigDraft);
const timings: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  checkDraft(analyzeMessage(bigMessage), bigDraft);
  timings.push(performance.now() - t0);
}
timings.sort((a, b) => a - b);
const analyseOnly: number[] = [];
const draftOnly: number[] = [];
const a = analyzeMessage(bigMessage);
for (let i = 0; i < 30; i++) {
  let t0 = performance.now();
  analyzeMessage(bigMessage);
  analyseOnly.push(performance.now() - t0);
  t0 = performance.now();
  checkDraft(a, bigDraft);
  draftOnly.push(performance.now() - t0);
}
analyseOnly.sort((x, y) => x - y);
draftOnly.sort((x, y) => x - y);
const med = (xs: number[]) => xs[Math.floor(xs.length / 2)]!.toFixed(2);
console.log(
  `2,000-character message + 2,000-character draft: median ${med(timings)} ms, max ${timings.at(-1)!.toFixed(2)} ms ` +
    `(message ${med(analyseOnly)} ms, draft ${med(draftOnly)} ms; budget 5 ms each)`,
);

if (verbose) {
  console.log('\nLines with mistakes:');
  for (const r of results) {
    const m = mistakes(r);
    if (m.length) console.log(`  ${r.line.id}: ${m.join(' · ')}`);
  }
}
if (json) console.log(JSON.stringify(report));
