/**
 * The prompt library: per language, the vocabulary that drives detection and the short
 * suggestions shown for each open checklist item. It is plain JSON so a supervisor can edit it in
 * the options page and ship it in a rule pack; grammar (how the words combine) stays in code.
 *
 * Phrase syntax in every list: words separated by spaces, matched whole and case-insensitively
 * against the text's words ("fed up" matches "Fed  up"); a trailing * matches any ending
 * ("annoy*" → annoyed, annoying), a leading * any beginning ("*বার" → তিনবার), and a lone _
 * stands for any one word ("कोई _ नहीं"). Spelling variants of nukta and chandrabindu are folded.
 */
import * as v from 'valibot';
import { EN_PACK } from './library-en';
import { BN_PACK } from './library-bn';
import { HI_PACK } from './library-hi';

export const LANGS = ['en', 'bn', 'hi'] as const;
export type Lang = (typeof LANGS)[number];

export const CHECKLIST_ITEMS = ['answerQuestions', 'useName', 'acknowledgeFeeling', 'setExpectation', 'nextStep'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** Suggestion texts. Placeholders: {customer.firstName}, {question}. */
export type Suggestions = Record<ChecklistItem, string>;

/** Every word list of a language. Lists a language does not need are left empty. */
export interface LanguageLists {
  // --- telling the language apart (romanised Hindi/Bengali in Latin script) ---
  /** Everyday words of this language written in Latin script ("nahi", "kab", "ekhono"). */
  latinMarkers: string[];

  // --- questions ---
  /** Question words and particles: a sentence holding one asks something even without "?" (bn, hi). */
  questionWords: string[];
  /** English-style auxiliaries that open a yes/no question ("can", "is", "does"). */
  questionAuxiliaries: string[];
  /** Phrases that ask without a question mark: "let me know", "জানাবেন", "बताइए". */
  indirectQuestion: string[];
  /** Questions that expect no answer: "is this how you treat customers", "এটা কী ধরনের পরিষেবা". */
  rhetorical: string[];

  // --- frustration ---
  /** Words and phrases of annoyance: "unacceptable", "fed up", "বিরক্ত*", "बर्दाश्त के बाहर". */
  frustration: string[];
  /** Words that show exasperation when shouted in capitals ("ANOTHER late delivery", "STILL nothing"). */
  frustrationShouted: string[];
  /** Sarcastic praise; counts only when the message also complains ("great, just great"). */
  sarcasm: string[];
  /** Words that show a complaint, which turn sarcastic praise into frustration ("wrong", "ভুল", "गलत"). */
  complaint: string[];
  /** Negation words ("not", "না", "नहीं"), for "not angry" and negated urgency. */
  negations: string[];
  /** Short upper-case words that are abbreviations, not shouting ("ATM", "GST"). */
  acronyms: string[];

  // --- urgency ---
  /** Explicit urgency: "urgent", "asap", "জরুরি", "तुरंत". */
  urgent: string[];
  /** Words that are urgent only when shouted in capitals ("NOW"). */
  urgentShouted: string[];
  /** Deadlines within about two days whatever the context: "tomorrow", "tonight", "আজ রাতে". */
  deadline: string[];
  /** Time words that make a deadline only with a need or a future event nearby ("today", "কাল", "कल"). */
  deadlineWeak: string[];
  /** What makes a weak time word a deadline: needs, events, future verbs ("need", "flight", "পরীক্ষা", "मीटिंग"). */
  futureNeed: string[];
  /** Harm happening now: "fraud", "stuck at the checkout", "অক্সিজেন", "नुकसान हो रहा". */
  harm: string[];
  /** People at risk ("elderly", "baby", "রোগী", "बुज़ुर্গ"): urgent when the message also reports a failure. */
  vulnerable: string[];
  /** Urgency denied: "no rush", "কোনো তাড়া নেই", "कोई जल्दी नहीं". */
  notUrgent: string[];

  // --- repeat contact ---
  /** Ways of contacting support: "called", "emailed", "ফোন", "शिकायत". */
  contactVerbs: string[];
  /** Signs of an earlier time: "twice", "again", "already", "আগেও", "*বার", "फिर से". */
  repeatMarkers: string[];
  /** Phrases that on their own say support was contacted before: "went unanswered", "উত্তর পাইনি". */
  repeatPhrases: string[];

  // --- the customer's name ---
  /** Sign-off words before a name: "thanks", "regards", "ধন্যবাদ", "सादर". */
  signOffs: string[];
  /** Self-introductions with a {name} slot: "this is {name}", "আমি {name} বলছি". */
  selfIntro: string[];
  /** Titles dropped before a name: "Dr", "Mrs", "শ্রী", "श्रीमती". */
  titles: string[];
  /** Honorifics written after a name in a reply: "ji", "জী", "বাবু", "जी". */
  honorifics: string[];
  /** Words that make a signature a team's, not a person's: "team", "support", "studio". */
  teamWords: string[];
  /** Words that are never a name even where a name could stand (greetings, common words). */
  notNames: string[];
  /** Words with no content, ignored when comparing a question with a reply. */
  stopwords: string[];

  // --- the agent's draft ---
  /** Answers of yes or no: "yes", "হ্যাঁ", "हाँ", "unfortunately". */
  yesNo: string[];
  /** Apology and empathy: "sorry", "I understand", "দুঃখিত", "खेद". */
  acknowledge: string[];
  /** Explanations of a cause: "because", "due to", "কারণে", "की वजह से". */
  causal: string[];
  /** Deferral without substance: "looking into it", "দেখছে", "देख रहे हैं". */
  deferral: string[];
  /** Handing the case on or starting it ("escalated", "refund initiated", "টিমকে জানানো হয়েছে"): a next step, not an answer. */
  handoff: string[];
  /** A finished state: "… has become X" is an action done ("successful", "সফল", "चालू", "active"). */
  doneStates: string[];
  /** Generic closings that are no next step: "let us know if you need anything else". */
  closing: string[];
  /** Instructions to the customer: imperative verbs ("go to", "click", "ক্লিক করুন", "चुनें"). */
  instruction: string[];
  /** Verbs of things done or to be done that are not actions on the case ("understand", "apologise", "hope"). */
  nonAction: string[];
  /** Vague promises: "resolve", "soon", "সমাধান", "समाधान". */
  vague: string[];
  /** Time units: "minutes", "business days", "ঘণ্টা*", "घंटे". */
  timeUnits: string[];
  /** Days and parts of days: "today", "Monday", "আগামীকাল", "शुक्रवार", "morning". */
  dayWords: string[];
  /** Month names. */
  months: string[];
  /** Words that bound a time: "within", "by", "before", "মধ্যে", "तक", "के अंदर". */
  bounds: string[];
  /** Words that put a time in the past: "ago", "last", "since", "গত", "पिछले". */
  pastMarkers: string[];
  /** Signs of a general rule, not this case: "policy", "accepted within", "নিয়ম", "नियम". */
  policy: string[];
  /** Offered options that are not yet booked: "available", "which suits you", "উপলব্ধ", "उपलब्ध". */
  offer: string[];
  /** Dates that are settings or schedules: "every", "each month", "as the date", "প্রতি", "हर". */
  setting: string[];
  /** Habitual statements ("usually", "সাধারণত", "आमतौर पर"): count only for something under way. */
  generic: string[];
}

export interface LanguagePack extends LanguageLists {
  suggestions: Suggestions;
  /** Suggestions for replies written in Latin script (Hinglish, Banglish); absent in English. */
  suggestionsLatin?: Suggestions;
}

export interface PromptLibrary {
  version: 1;
  languages: Record<Lang, LanguagePack>;
}

export const LIST_NAMES = [
  'latinMarkers', 'questionWords', 'questionAuxiliaries', 'indirectQuestion', 'rhetorical',
  'frustration', 'frustrationShouted', 'sarcasm', 'complaint', 'negations', 'acronyms',
  'urgent', 'urgentShouted', 'deadline', 'deadlineWeak', 'futureNeed', 'harm', 'vulnerable', 'notUrgent',
  'contactVerbs', 'repeatMarkers', 'repeatPhrases',
  'signOffs', 'selfIntro', 'titles', 'honorifics', 'teamWords', 'notNames', 'stopwords',
  'yesNo', 'acknowledge', 'causal', 'deferral', 'handoff', 'doneStates', 'closing', 'instruction', 'nonAction', 'vague',
  'timeUnits', 'dayWords', 'months', 'bounds', 'pastMarkers', 'policy', 'offer', 'setting', 'generic',
] as const satisfies readonly (keyof LanguageLists)[];

// Limits keep an imported rule pack from making detection slow or the stored settings huge.
export const LIMITS = { listItems: 2_000, phraseChars: 120, suggestionChars: 400 } as const;

const phrase = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.phraseChars));
const list = v.pipe(v.array(phrase), v.maxLength(LIMITS.listItems));
const suggestion = v.pipe(v.string(), v.maxLength(LIMITS.suggestionChars));
const suggestionsSchema = v.strictObject({
  answerQuestions: suggestion,
  useName: suggestion,
  acknowledgeFeeling: suggestion,
  setExpectation: suggestion,
  nextStep: suggestion,
});

const listEntries = Object.fromEntries(LIST_NAMES.map((name) => [name, list])) as Record<(typeof LIST_NAMES)[number], typeof list>;

const languagePackSchema = v.strictObject({
  ...listEntries,
  suggestions: suggestionsSchema,
  suggestionsLatin: v.optional(suggestionsSchema),
});

/** A complete library (what DEFAULT_LIBRARY is and what mergeLibrary returns). */
export const PromptLibrarySchema = v.strictObject({
  version: v.literal(1),
  languages: v.strictObject({ en: languagePackSchema, bn: languagePackSchema, hi: languagePackSchema }),
});

const partialPack = v.partial(
  v.strictObject({ ...listEntries, suggestions: v.partial(suggestionsSchema), suggestionsLatin: v.partial(suggestionsSchema) }),
);

/**
 * What a supervisor ships: only the lists and suggestions they changed. A list given here
 * replaces the default list of that name (so entries can be removed); anything absent keeps the
 * default.
 */
export const PromptLibraryOverrideSchema = v.strictObject({
  version: v.literal(1),
  languages: v.optional(v.partial(v.strictObject({ en: partialPack, bn: partialPack, hi: partialPack }))),
});

export type PromptLibraryOverride = v.InferOutput<typeof PromptLibraryOverrideSchema>;

/** Defaults with a supervisor's override applied; the result is a complete, valid library. */
export function mergeLibrary(defaults: PromptLibrary, override: PromptLibraryOverride | null | undefined): PromptLibrary {
  const languages = {} as Record<Lang, LanguagePack>;
  for (const lang of LANGS) {
    const base = defaults.languages[lang];
    const over = override?.languages?.[lang];
    const pack: LanguagePack = { ...base, suggestions: { ...base.suggestions, ...over?.suggestions } };
    if (base.suggestionsLatin || over?.suggestionsLatin) {
      const latin = { ...(base.suggestionsLatin ?? base.suggestions), ...over?.suggestionsLatin };
      pack.suggestionsLatin = latin;
    }
    for (const name of LIST_NAMES) {
      const replacement = over?.[name];
      if (replacement) pack[name] = [...replacement];
    }
    languages[lang] = pack;
  }
  return { version: 1, languages };
}

export const DEFAULT_LIBRARY: PromptLibrary = {
  version: 1,
  languages: { en: EN_PACK, bn: BN_PACK, hi: HI_PACK },
};

/** Fills the placeholders of a suggestion; a placeholder with no value is removed with its comma. */
export function fillSuggestion(text: string, values: { firstName?: string | null; question?: string | null }): string {
  return text
    .replace(/\{customer\.firstName\}/g, values.firstName ?? '')
    .replace(/\{question\}/g, values.question ?? '')
    .replace(/[ \t]+([,.!?।])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
