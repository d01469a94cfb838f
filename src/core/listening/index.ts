/**
 * Active listening, as pure functions: what the customer asked and feels (analyzeMessage), and a
 * checklist on the agent's draft (checkDraft). Synchronous, no browser APIs, nothing leaves the
 * machine. The vocabulary comes from a PromptLibrary (DEFAULT_LIBRARY unless one is given).
 */
import { compile } from './compiled';
import { detectLanguage, type WritingScript } from './detect';
import { checkDraftWith, type DraftCheck } from './draft';
import { dedupe, frustration, repeatContact, urgency, type Cue, type CueKind } from './flags';
import { DEFAULT_LIBRARY, type Lang, type PromptLibrary } from './library';
import { findName } from './name';
import { findQuestion } from './questions';
import { splitSentences } from './sentences';
import { stripQuotesAndSignature } from './strip';
import { tokenize } from './text';

export type { Lang, PromptLibrary } from './library';
export type { DraftCheck } from './draft';
export type { Cue, CueKind } from './flags';
export {
  DEFAULT_LIBRARY,
  PromptLibrarySchema,
  PromptLibraryOverrideSchema,
  mergeLibrary,
  fillSuggestion,
  CHECKLIST_ITEMS,
  LANGS,
  type ChecklistItem,
  type LanguagePack,
  type PromptLibraryOverride,
  type Suggestions,
} from './library';

export interface AnalyzeOptions {
  /** The customer's language when known; detected from the text otherwise. */
  lang?: Lang;
  library?: PromptLibrary;
}

export interface MessageAnalysis {
  lang: Lang;
  /** How the message is written: Hinglish and Banglish are 'latin' with lang 'hi' / 'bn'. */
  script: WritingScript;
  mixed: boolean;
  frustrated: boolean;
  urgent: boolean;
  repeatContact: boolean;
  /** Each question as an exact substring of the text, in order. */
  questions: string[];
  /** Offsets of each question in the text. */
  questionSpans: { start: number; end: number }[];
  /** The customer's first name as written, or null. */
  name: string | null;
  /** Surname(s) given with the name, for "Ms Okafor"-style addressing. */
  surnames: string[];
  /** The words that set each flag, as offsets into the text. */
  cues: Cue[];
}

export function analyzeMessage(text: string, opts: AnalyzeOptions = {}): MessageAnalysis {
  const library = opts.library ?? DEFAULT_LIBRARY;
  const { body, signature } = stripQuotesAndSignature(text);
  const guess = detectLanguage(body, library);
  const lang = opts.lang ?? guess.lang;
  const c = compile(library, lang);
  const tokens = tokenize(body);
  const sentences = splitSentences(body, tokens);

  const questionSpans: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const q = findQuestion(tokens, s, body, c);
    if (q) questionSpans.push({ start: q.start, end: q.end });
  }
  const ctx = { tokens, sentences, body, c, questionCount: questionSpans.length };
  const repeat = repeatContact(ctx);
  const frustratedCues = frustration(ctx, repeat.count, repeat.cues);
  const urgentCues = urgency(ctx);
  const cues = dedupe([...frustratedCues, ...urgentCues, ...repeat.cues]);
  const has = (kind: CueKind) => cues.some((cue) => cue.kind === kind);
  const name = findName(text, body, tokens, sentences, signature, c);

  return {
    lang,
    script: guess.script,
    mixed: guess.mixed,
    frustrated: has('frustrated'),
    urgent: has('urgent'),
    repeatContact: has('repeatContact'),
    questions: questionSpans.map((q) => text.slice(q.start, q.end)),
    questionSpans,
    name: name?.first ?? null,
    surnames: name?.rest ?? [],
    cues,
  };
}

export interface CheckOptions {
  library?: PromptLibrary;
}

/** The checklist for a draft reply to an analysed message. */
export function checkDraft(
  analysis: Pick<MessageAnalysis, 'lang' | 'questions' | 'name' | 'frustrated'> & { surnames?: string[] },
  draft: string,
  opts: CheckOptions = {},
): DraftCheck {
  const library = opts.library ?? DEFAULT_LIBRARY;
  const customer = compile(library, analysis.lang);
  // Agents sometimes answer in another language than the customer wrote in (English ↔ Hinglish).
  const written = detectLanguage(draft, library).lang;
  const draftLang = written === analysis.lang || written === 'en' ? customer : compile(library, written);
  return checkDraftWith(
    { questions: analysis.questions, name: analysis.name, surnames: analysis.surnames ?? [], frustrated: analysis.frustrated },
    draft,
    customer,
    draftLang,
  );
}
