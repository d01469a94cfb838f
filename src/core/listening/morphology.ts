/**
 * Grammar that the rules need and that is not vocabulary: verb endings that mark past or future
 * (English, Bengali, Hindi and their Latin-script forms), number words, and who does what.
 * Kept in code because a supervisor editing word lists should not have to know morphology.
 */
import { foldRe, foldSet, fold, type Token } from './text';
import type { Range } from './sentences';

const EN_IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'got', 'went', 'came', 'sent', 'left', 'took', 'told', 'said', 'paid', 'bought', 'made',
  'gave', 'saw', 'spoke', 'rang', 'wrote', 'broke', 'found', 'heard', 'kept', 'lost', 'met', 'ran', 'sat', 'stood',
  'thought', 'understood', 'won', 'ago', 'yesterday', 'became', 'began', 'brought', 'caught', 'chose', 'drove', 'fell',
  'felt', 'forgot', 'grew', 'hung', 'knew', 'led', 'meant', 'rode', 'rose', 'sold', 'shut', 'stuck', 'struck',
  'tore', 'wore', 'woke', 'been', "wasn't", "weren't", "didn't", "hadn't", 'resent', 'spent', 'dealt',
]);
const EN_NOT_PAST_ED = new Set([
  'need', 'needed', 'speed', 'feed', 'indeed', 'proceed', 'exceed', 'succeed', 'hundred', 'bed', 'red', 'shed', 'seed',
  'breed', 'embed', 'wed', 'sled', 'shred', 'bleed', 'weed', 'heed', 'reed', 'greed', 'ted', 'fed', 'led', 'ned',
  'scheduled', 'expected', 'supposed', 'required', 'planned', 'delayed', 'interested', 'worried', 'concerned',
  'based', 'located', 'tired', 'confused', 'frustrated', 'annoyed', 'disappointed', 'attached', 'limited',
  'detailed', 'related', 'stuck', 'used', 'unused',
]);
const EN_FUTURE = new Set([
  'will', "i'll", "we'll", "you'll", "it'll", "they'll", "he'll", "she'll", 'shall', 'gonna', "won't", 'tomorrow', 'tonight',
  'next', 'expect', 'expects', 'should', 'due', 'scheduled', 'planned', 'aim', 'aims', 'upcoming',
]);

const BN_PAST_ENDINGS = (['েছি', 'েছে', 'েছিল', 'েছিলাম', 'েছিলেন', 'েছেন', 'লাম', 'লেন', 'ছিল', 'ছিলাম', 'ছিলেন', 'য়েছে', 'য়েছি', 'িনি', 'েনি', 'য়নি', 'ইনি', 'ানি', 'য়েছিল', 'ইছে'] as const).map((e) => fold(e));
const BN_PAST_WORDS = foldSet(['গত', 'গতকাল', 'ছিল', 'ছিলাম', 'ছিলেন', 'হয়েছে', 'হয়েছিল', 'গেছে', 'গেছিল', 'হলো', 'হল']);
const BN_FUTURE_ENDINGS = ['বে', 'বেন', 'বো'];
// Adverbs in -ভাবে ("স্বয়ংক্রিয়ভাবে", "ঠিকভাবে") and হিসেবে ("as") end like a future verb.
const BN_NOT_FUTURE = /(?:ভাবে|হিসেবে|হিসাবে)$/;
const bnFuture = (w: string) => BN_FUTURE_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length + 1) && !BN_NOT_FUTURE.test(w);
const BN_FUTURE_WORDS = foldSet(['করব', 'দেব', 'যাব', 'পাঠাব', 'জানাব', 'নেব', 'আসব', 'হব', 'পাব', 'ফেরাব', 'আগামীকাল', 'আগামী', 'পরের']);

const HI_PAST_WORDS = foldSet([
  'था', 'थी', 'थे', 'थीं', 'गया', 'गई', 'गयी', 'गए', 'गये', 'किया', 'किये', 'किए', 'दिया', 'लिया', 'आया', 'आई', 'आए',
  'हुआ', 'हुई', 'हुए', 'मिला', 'मिली', 'भेजा', 'भेजी', 'बताया', 'कहा', 'बोला', 'पिछले', 'पिछली', 'बीते', 'चुका', 'चुकी',
  'चुके', 'पड़ा', 'पड़ी',
]);
const HI_FUTURE_EXCLUDE = foldSet(['आगे', 'लगा', 'लगी', 'लगे', 'भागा', 'जागा', 'मांगा', 'मागे', 'सगे', 'लागे', 'धागा', 'रागी']);

const LATIN_HI_PAST = new Set(['tha', 'thi', 'gaya', 'gayi', 'gaye', 'kiya', 'kiye', 'diya', 'liya', 'aaya', 'aayi', 'aya', 'hua', 'hui', 'mila', 'mili', 'bheja', 'bataya', 'kaha', 'pichhle', 'pichle', 'chuka', 'chuki']);
const LATIN_HI_FUTURE = /(?:ega|egi|enge|yega|yegi|oge|unga|ungi|enge)$|^(?:hoga|hogi|honge|denge|lenge|karenge|milega|milegi)$/;
const LATIN_BN_PAST = /(?:echi|echhi|eche|echhe|echilam|echhilam|chilo|chhilo|chilam|lam|len|eni|ini|oyni|oni)$/;
const LATIN_BN_FUTURE = /^(?:hobe|jabe|ashbe|asbe|debe|debo|dibo|korbo|korben|korbe|paben|pabe|pathabo|janabo|nebo|pouchhabe|pouchabe|ferot debo)$/;

/** Whether a clause speaks of the past, of the future (or a need), or neither. */
export function tenseOf(tokens: readonly Token[], r: Range): { past: boolean; future: boolean } {
  let past = false;
  let future = false;
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    if (/^[a-z']+$/.test(w)) {
      if (EN_FUTURE.has(w) || w === 'going' && tokens[i + 1]?.norm === 'to') future = true;
      else if (EN_IRREGULAR_PAST.has(w) || (w.length > 3 && w.endsWith('ed') && !EN_NOT_PAST_ED.has(w))) past = true;
      else if ((w === 'have' || w === 'has' || w === "i've" || w === "we've") && /ed$/.test(tokens[i + 1]?.norm ?? '')) past = true;
      if (LATIN_HI_PAST.has(w) || LATIN_BN_PAST.test(w) && w.length > 4) past = true;
      if (LATIN_HI_FUTURE.test(w) || LATIN_BN_FUTURE.test(w)) future = true;
      continue;
    }
    if (/[\u0980-\u09ff]/.test(w)) {
      if (BN_PAST_WORDS.has(w) || BN_PAST_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length + 1)) past = true;
      if (BN_FUTURE_WORDS.has(w) || bnFuture(w)) future = true;
      continue;
    }
    if (/[\u0900-\u097f]/.test(w)) {
      if (HI_PAST_WORDS.has(w)) past = true;
      if (/(?:गा|गी|गे)$/.test(w) && w.length > 3 && !HI_FUTURE_EXCLUDE.has(w)) future = true;
    }
  }
  return { past, future };
}

/** Numbers written as words, in the three languages and their Latin-script forms. */
const RAW_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, couple: 2, half: 0.5, once: 1, twice: 2, thrice: 3,
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, tenth: 10, umpteenth: 10, nth: 10,
  several: 3, many: 3, multiple: 3, numerous: 3, countless: 5, repeatedly: 3,
  'এক': 1, 'দুই': 2, 'দু': 2, 'তিন': 3, 'চার': 4, 'পাঁচ': 5, 'ছয়': 6, 'সাত': 7, 'আট': 8, 'নয়': 9, 'দশ': 10, 'আধ': 0.5,
  'দুবার': 2, 'তিনবার': 3, 'চারবার': 4, 'পাঁচবার': 5, 'কয়েকবার': 3, 'অনেকবার': 3, 'বারবার': 3, 'দ্বিতীয়': 2,
  'দ্বিতীয়বার': 2, 'তৃতীয়': 3, 'তৃতীয়বার': 3, 'চতুর্থ': 4, 'চতুর্থবার': 4, 'কয়েক': 3, 'অনেক': 3, 'একাধিক': 3,
  'एक': 1, 'दो': 2, 'तीन': 3, 'चार': 4, 'पांच': 5, 'छह': 6, 'छः': 6, 'सात': 7, 'आठ': 8, 'नौ': 9, 'दस': 10,
  'आधे': 0.5, 'दूसरी': 2, 'दूसरा': 2, 'तीसरी': 3, 'तीसरा': 3, 'चौथी': 4, 'चौथा': 4, 'पांचवीं': 5, 'कई': 3, 'बार-बार': 3,
  ek: 1, do: 2, teen: 3, tin: 3, char: 4, paanch: 5, panch: 5, dui: 2, du: 2, kai: 3, koyek: 3, onek: 3,
  dusri: 2, teesri: 3, tisri: 3, chauthi: 4, 'पाँचवीं': 5, 'पांचवी': 5, panchvi: 5,
};
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(Object.entries(RAW_NUMBER_WORDS).map(([k, v]) => [fold(k), v]));
/** Quantities too vague to make a duration concrete ("a few days", "কয়েক দিন", "कई दिन"). */
export const VAGUE_QUANTITY = foldSet(['several', 'many', 'multiple', 'numerous', 'countless', 'repeatedly', 'few', 'some', 'কয়েক', 'অনেক', 'একাধিক', 'कई', 'कुछ', 'kai', 'koyek', 'onek', 'kuch', 'once', 'twice', 'thrice', 'second', 'third']);

export function numberValue(norm: string): number | null {
  if (/^\d+(?:[.,]\d+)?$/.test(norm)) return Number(norm.replace(',', '.'));
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(norm);
  if (ordinal) return Number(ordinal[1]);
  return NUMBER_WORDS[norm] ?? null;
}

const FIRST_PERSON = new Set(['i', 'we', "i've", "we've", "i'll", "we'll", "i'm", "we're", "i'd", "we'd"]);
const EN_AUX = new Set(['have', 'has', 'had', 'will', 'would', 'shall', 'am', 'are', 'is', 'be', 'been', 'just', 'already', 'now', 'also', 'personally', 'then', 'immediately', 'today', 'quickly', 'gone', 'ahead', 'and', 'can', "can't", 'could', 'right', 'actually', 'manually']);
const EN_PARTICIPLES = new Set(['sent', 'done', 'taken', 'given', 'made', 'paid', 'put', 'set', 'shown', 'written', 'built', 'brought', 'bought', 'kept', 'got', 'gotten']);
const EN_BE = new Set(['am', 'are', 'is', 'be', "i'm", "we're"]);
const EN_NEGATIVE = /^(not|never|no|don't|didn't|can't|won't|haven't|hasn't|doesn't|isn't|aren't|wasn't|couldn't|wouldn't|shouldn't|cannot)$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'no', 'any', 'some', 'your', 'our', 'my', 'this', 'that', 'these', 'those', 'it', 'you', 'one', 'two', 'every', 'all']);
const COMPANY_SUBJECTS = new Set(['team', 'engineers', 'engineer', 'courier', 'technician', 'crew', 'agent', 'partner', 'warehouse', 'colleague', 'colleagues', 'specialist', 'department', 'staff', 'driver', 'company', 'bank', 'system', 'payments', 'support']);

export type ActionKind = 'done' | 'future' | 'ongoing';

export interface ActionContext {
  /** Main verbs that are not actions: understand, apologise, look into, resolve soon… */
  nonAction(i: number): boolean;
  /** Words of a finished state ("successful", "সফল", "चालू"): "… has become X" is an action done. */
  doneState(i: number): boolean;
  /** The sentence explains a cause: its past passives ("was updated") are explanation, not action. */
  explanatory: boolean;
}

/**
 * English: an action the agent or company takes on the case ("I've refunded", "we'll call",
 * "our courier will collect", "your refund has been processed", "it will ship on Friday").
 */
export function englishAction(tokens: readonly Token[], r: Range, a: ActionContext): ActionKind | null {
  // "Done —", "All sorted.": a clause that only says the thing is finished.
  const words = tokens.slice(r.from, r.to).map((t) => t.norm).filter((w) => !/^(all|now|it's|its|that's|thats|is|yes|ok|okay)$/.test(w));
  if (words.length === 1 && r.to - r.from <= 3 && a.doneState(tokens.findIndex((t, k) => k >= r.from && t.norm === words[0]))) return 'done';
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    const companySubject = (w === 'our' || w === 'the') && COMPANY_SUBJECTS.has(tokens[i + 1]?.norm ?? '');
    if (FIRST_PERSON.has(w) || companySubject) {
      let j = companySubject ? i + 2 : i + 1;
      let kind: ActionKind = /'ll$/.test(w) ? 'future' : 'done';
      let be = EN_BE.has(w);
      let possession = false;
      // "Our warehouse sometimes mixes up colours": a company subject with a plain present is a habit.
      let auxiliary = w.includes("'");
      while (j < r.to && EN_AUX.has(tokens[j]!.norm)) {
        const x = tokens[j]!.norm;
        if (!/^(just|already|now|also|personally|then|immediately|today|quickly|right|actually|manually|and)$/.test(x)) auxiliary = true;
        if (x === 'will' || x === 'shall') kind = 'future';
        if (EN_BE.has(x)) be = true;
        // "we have an incident": possession, not an auxiliary.
        if ((x === 'have' || x === 'has') && DETERMINERS.has(tokens[j + 1]?.norm ?? '')) {
          possession = true;
          break;
        }
        if (x === 'can' || x === "can't" || x === 'could') return null;
        j++;
      }
      if (possession || j >= r.to || EN_NEGATIVE.test(tokens[j]!.norm)) continue;
      const main = tokens[j]!.norm;
      if (be) {
        // "we're open", "I am sorry": a state. "we're sending", "is being packed": under way.
        if (/ing$/.test(main)) kind = 'ongoing';
        else if (!/ed$/.test(main) && !EN_PARTICIPLES.has(main)) continue;
      }
      // "We deliver across Sikkim": a plain present is a habit, not something done for this customer.
      if (!auxiliary && !be && !/ed$/.test(main) && !EN_IRREGULAR_PAST.has(main) && !EN_PARTICIPLES.has(main)) continue;
      if (!a.nonAction(j)) return kind;
      continue;
    }
    // "(it|your order|the refund) will ship / will be delivered".
    if (w === 'will' || /^(it|they|he|she|you)'ll$/.test(w)) {
      let j = i + 1;
      while (j < r.to && /^(be|have|been|now|also|then|automatically|definitely|only|just)$/.test(tokens[j]!.norm)) j++;
      if (j < r.to && !EN_NEGATIVE.test(tokens[j]!.norm) && !a.nonAction(j)) return 'future';
    }
    // "has been processed", "were added": done by the company (unless it explains a cause).
    const passive =
      ((w === 'has' || w === 'have') && tokens[i + 1]?.norm === 'been' && /(?:ed|en|ent|t)$/.test(tokens[i + 2]?.norm ?? '')) ||
      ((w === 'was' || w === 'were') && /ed$/.test(tokens[i + 1]?.norm ?? '') && !a.explanatory);
    if (passive && i > r.from) {
      const subject = tokens[i - 1]!.norm;
      const verb = w === 'was' || w === 'were' ? i + 1 : i + 2;
      if (!/^(nothing|it's|this|that|there|i|you|we)$/.test(subject) && !a.nonAction(verb)) return 'done';
    }
    if ((w === 'is' || w === 'are') && tokens[i + 1]?.norm === 'being' && i > r.from) return 'ongoing';
    // "is now active", "has been successful": a finished state.
    if ((w === 'is' || w === 'are' || w === 'now') && a.doneState(i + 1) && i > r.from) return 'done';
  }
  return null;
}

const BN_FINITE = foldRe(/(?:ছে|ছি|ছেন|বে|বেন|বো|ব|লো|লাম|লেন)$/);
const BN_FIRST_DONE = ['েছি', 'িয়েছি', 'য়েছি', 'লাম', 'েছিলাম'].map((e) => fold(e));
const BN_FIRST_FUTURE = foldSet(['করব', 'করবো', 'দেব', 'দেবো', 'দিব', 'পাঠাব', 'পাঠাবো', 'জানাব', 'জানাবো', 'নেব', 'নেবো', 'ফেরাব', 'বলব', 'ডাকব']);
const BN_VERBAL_NOUN = foldRe(/(?:ানো|ওয়া|করা|শুরু|হওয়া)$/);
const BN_NEGATION = foldRe(/^(না|নি|নেই|নয়)$/);
const BN_BECAME = foldSet(['হয়েছে', 'গেছে', 'হল', 'হলো', 'হয়ে']);

/** Bengali: a first-person action done or promised, a passive done ("পাঠানো হয়েছে"), or a future event ("পৌঁছে যাবে"). */
export function bengaliAction(tokens: readonly Token[], r: Range, a: ActionContext): ActionKind | null {
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    if (!/[\u0980-\u09ff]/.test(w)) continue;
    if (BN_NEGATION.test(tokens[i + 1]?.norm ?? '')) continue;
    if (BN_FIRST_DONE.some((e) => w.endsWith(e) && w.length > e.length + 1) && !a.nonAction(i) && !a.nonAction(i - 1)) return 'done';
    if (BN_FIRST_FUTURE.has(w)) return 'future';
    if (BN_BECAME.has(w) && i > r.from && (BN_VERBAL_NOUN.test(tokens[i - 1]!.norm) || a.doneState(i - 1))) return 'done';
    // "হাবে একটু দেরি হচ্ছে": a locative ("at the hub") looks like a future verb, but a finite verb follows it.
    if (bnFuture(w) && !a.nonAction(i) && !tokens.slice(i + 1, r.to).some((t) => BN_FINITE.test(t.norm))) return 'future';
    if (w === fold('হবে') && i > r.from && BN_VERBAL_NOUN.test(tokens[i - 1]!.norm)) return 'future';
  }
  return null;
}

const HI_PERFECTIVE = foldSet(['दिया', 'दी', 'दिए', 'दिये', 'किया', 'की', 'किए', 'किये', 'भेजा', 'भेजी', 'भेजे', 'लिया', 'ली', 'लिए', 'बदला', 'बदली', 'जोड़ा', 'हटाया', 'रोका', 'रोकी', 'शुरू', 'दर्ज', 'डाला', 'डाली', 'बढ़ाया', 'लौटाया', 'लगाया', 'बुक', 'प्रोसेस']);
const HI_GIVEN = foldSet(['दिया', 'दी', 'दिए', 'दिये', 'लिया', 'ली', 'लिए']);
const HI_AUX_AFTER = foldSet(['है', 'हैं', 'गया', 'गई', 'गए', 'गयी', 'गये']);
const HI_BECAME = foldSet(['हो']);
const HI_NEG = foldRe(/^(नहीं|न|मत)$/);

/** Hindi and Hinglish: "मैंने … कर दिया है", "… भेज दिया गया है", "हम … करेंगे", "… पहुँच जाएगा", "kar diya hai". */
export function hindiAction(tokens: readonly Token[], r: Range, a: ActionContext): ActionKind | null {
  let agent = false;
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    const next = tokens[i + 1]?.norm ?? '';
    if (w === fold('मैंने') || w === fold('हमने') || w === 'maine' || w === 'humne' || w === 'hamne') agent = true;
    const prev = tokens[i - 1]?.norm ?? '';
    const prevNeg = HI_NEG.test(prev) || /^(nahi|na|mat)$/.test(prev);
    if (/[\u0900-\u097f]/.test(w)) {
      if (HI_PERFECTIVE.has(w) && !prevNeg && !a.nonAction(i - 1) && !a.nonAction(i)) {
        if (agent) return 'done';
        // "कर दिया है", "भेज दी गई है": the compound perfect of something done for the customer.
        if (HI_AUX_AFTER.has(next) && (HI_GIVEN.has(w) || next !== fold('है'))) return 'done';
      }
      // "सफल हो गया है", "चालू हो गई": a finished state.
      if (HI_BECAME.has(w) && i > r.from && a.doneState(i - 1) && /^(गया|गई|गए|गयी|चुका|चुकी)$/.test(next)) return 'done';
      if (/(?:गा|गी|गे)$/.test(w) && w.length > 3 && !HI_FUTURE_EXCLUDE.has(w) && !prevNeg && !a.nonAction(i) && !a.nonAction(i - 1)) return 'future';
      continue;
    }
    if (!/^[a-z]/.test(w)) continue;
    // Hinglish: "kar diya hai", "bhej di hai", "cancel kar diya gaya hai", "process ho gaya hai".
    if (/^(diya|di|diye|liya|li|liye)$/.test(w) && /^(hai|hain|gaya|gayi|gaye)$/.test(next) && !prevNeg) return 'done';
    if (w === 'ho' && /^(gaya|gayi|gaye|chuka|chuki)$/.test(next) && i > r.from && a.doneState(i - 1)) return 'done';
    if (w === 'ho' && /^(gaya|gayi|gaye)$/.test(next) && /^(hai|hain)$/.test(tokens[i + 2]?.norm ?? '') && i > r.from && !a.nonAction(i - 1)) return 'done';
    if (/(?:ega|egi|enge|yega|yegi|unga|ungi)$|^(?:denge|karenge|hoga|hogi)$/.test(w) && !prevNeg && !a.nonAction(i) && !a.nonAction(i - 1)) return 'future';
    // Banglish: "kore diyechi", "pathiyechi", "hoye jabe", "successful hoyeche".
    if (LATIN_BN_FUTURE.test(w) && !a.nonAction(i)) return 'future';
    if (/(?:echi|echhi|iyechi|yechi|lam)$/.test(w) && w.length > 5 && !a.nonAction(i)) return 'done';
    if (/^(hoyeche|hoyechhe|hoye)$/.test(w) && i > r.from && a.doneState(i - 1)) return 'done';
  }
  return null;
}

const HI_HABITUAL = foldRe(/(?:ता|ती|ते)$/);
const HI_IS = foldSet(['है', 'हैं']);
const HI_MODAL = foldRe(/^(रहा|रही|रहे|सकता|सकती|सकते|चाहता|चाहती|चाहते)$/);
const BN_HABITUAL = foldSet(['থাকে', 'হয়', 'আসে', 'যায়', 'লাগে', 'চলে', 'খোলে', 'দেয়', 'নেয়', 'পড়ে']);

/**
 * A habitual statement ("अलग बैच होता है", "অফিস খোলা থাকে", "delivery hoti hai"): a time in it is
 * a schedule or a usual duration, not a promise about this case.
 */
export function habitual(tokens: readonly Token[], r: Range): boolean {
  const last = tokens[r.to - 1]?.norm ?? '';
  const before = tokens[r.to - 2]?.norm ?? '';
  if (BN_HABITUAL.has(last)) return true;
  // "सकते हैं" (can) and "चाहते हैं" (want) are modal, not habitual.
  if (HI_IS.has(last) && HI_HABITUAL.test(before) && !HI_MODAL.test(before)) return true;
  if (/^(hai|hain)$/.test(last) && /^[a-z]+(?:ta|ti|te)$/.test(before) && !/^(raha|rahi|rahe|sakta|sakti|sakte|chahta|chahti|chahte)$/.test(before)) return true;
  return false;
}
