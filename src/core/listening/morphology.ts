/**
 * Grammar that the rules need and that is not vocabulary: verb endings that mark past or future
 * (English, Bengali, Hindi and their Latin-script forms), number words, and who does what.
 * Kept in code because a supervisor editing word lists should not have to know morphology.
 */
import type { Token } from './text';
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

const BN_PAST_ENDINGS = ['েছি', 'েছে', 'েছিল', 'েছিলাম', 'েছিলেন', 'েছেন', 'লাম', 'লেন', 'ছিল', 'ছিলাম', 'ছিলেন', 'য়েছে', 'য়েছি', 'িনি', 'েনি', 'য়নি', 'ইনি', 'ানি', 'য়েছিল', 'ইছে'];
const BN_PAST_WORDS = new Set(['গত', 'গতকাল', 'ছিল', 'ছিলাম', 'ছিলেন', 'হয়েছে', 'হয়েছিল', 'গেছে', 'গেছিল', 'হলো', 'হল']);
const BN_FUTURE_ENDINGS = ['বে', 'বেন', 'বো'];
const BN_FUTURE_WORDS = new Set(['করব', 'দেব', 'যাব', 'পাঠাব', 'জানাব', 'নেব', 'আসব', 'হব', 'পাব', 'ফেরাব', 'আগামীকাল', 'আগামী', 'পরের']);

const HI_PAST_WORDS = new Set([
  'था', 'थी', 'थे', 'थीं', 'गया', 'गई', 'गयी', 'गए', 'गये', 'किया', 'किये', 'किए', 'दिया', 'लिया', 'आया', 'आई', 'आए',
  'हुआ', 'हुई', 'हुए', 'मिला', 'मिली', 'भेजा', 'भेजी', 'बताया', 'कहा', 'बोला', 'पिछले', 'पिछली', 'बीते', 'चुका', 'चुकी',
  'चुके', 'पड़ा', 'पड़ी',
]);
const HI_FUTURE_EXCLUDE = new Set(['आगे', 'लगा', 'लगी', 'लगे', 'भागा', 'जागा', 'मांगा', 'मागे', 'सगे', 'लागे', 'धागा', 'रागी']);

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
      if (BN_FUTURE_WORDS.has(w) || BN_FUTURE_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length + 1)) future = true;
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
const NUMBER_WORDS: Record<string, number> = {
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
  dusri: 2, teesri: 3, tisri: 3, chauthi: 4,
};

export function numberValue(norm: string): number | null {
  if (/^\d+(?:[.,]\d+)?$/.test(norm)) return Number(norm.replace(',', '.'));
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(norm);
  if (ordinal) return Number(ordinal[1]);
  return NUMBER_WORDS[norm] ?? null;
}

const FIRST_PERSON = new Set(['i', 'we', "i've", "we've", "i'll", "we'll", "i'm", "we're", "i'd", "we'd"]);
const EN_AUX = new Set(['have', 'has', 'had', 'will', 'would', 'shall', 'am', 'are', 'is', 'be', 'been', 'just', 'already', 'now', 'also', 'personally', 'then', 'immediately', 'today', 'quickly', 'gone', 'ahead', 'and', 'can', "can't", 'could']);
const DETERMINERS = new Set(['a', 'an', 'the', 'no', 'any', 'some', 'your', 'our', 'my', 'this', 'that', 'these', 'those', 'it', 'you', 'one', 'two', 'every', 'all']);
const COMPANY_SUBJECTS = new Set(['team', 'engineers', 'engineer', 'courier', 'technician', 'crew', 'agent', 'partner', 'warehouse', 'colleague', 'colleagues', 'specialist', 'department', 'staff', 'driver', 'company', 'bank', 'system']);

export type ActionKind = 'done' | 'future' | 'ongoing';

/**
 * English: an action the agent or company takes on the case ("I've refunded", "we'll call",
 * "our courier will collect", "your refund has been processed", "it will ship on Friday").
 * nonAction says which main verbs are not actions (understand, apologise, look into…).
 */
export function englishAction(tokens: readonly Token[], r: Range, nonAction: (i: number) => boolean): ActionKind | null {
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    const companySubject = (w === 'our' || w === 'the') && COMPANY_SUBJECTS.has(tokens[i + 1]?.norm ?? '');
    if (FIRST_PERSON.has(w) || companySubject) {
      let j = companySubject ? i + 2 : i + 1;
      let kind: ActionKind = /'ll$/.test(w) ? 'future' : /'ve$/.test(w) ? 'done' : 'done';
      let negated = false;
      while (j < r.to && EN_AUX.has(tokens[j]!.norm)) {
        const a = tokens[j]!.norm;
        if (a === 'will' || a === 'shall') kind = 'future';
        if ((a === 'am' || a === 'are' || a === 'is') && /ing$/.test(tokens[j + 1]?.norm ?? '')) kind = 'ongoing';
        // "we have an incident": possession, not an auxiliary.
        if ((a === 'have' || a === 'has') && DETERMINERS.has(tokens[j + 1]?.norm ?? '')) break;
        if (a === 'can' || a === "can't" || a === 'could') return null;
        j++;
      }
      if (j < r.to && (tokens[j]!.norm === 'not' || tokens[j]!.norm === 'never')) negated = true;
      if (negated || j >= r.to) continue;
      if (/^(i'm|we're)$/.test(w) && /ing$/.test(tokens[j]!.norm)) kind = 'ongoing';
      if (!nonAction(j)) return kind;
      continue;
    }
    // "(it|your order|the refund) will ship / will be delivered"; "has been processed".
    if (w === 'will' || /^(it|they|he|she|you)'ll$/.test(w)) {
      let j = i + 1;
      while (j < r.to && /^(be|have|been|now|also|then|automatically|definitely)$/.test(tokens[j]!.norm)) j++;
      if (j < r.to && tokens[j]!.norm !== 'not' && !nonAction(j)) return 'future';
    }
    if ((w === 'has' || w === 'have' || w === 'is' || w === 'are' || w === 'was') && tokens[i + 1]?.norm === 'been' && /(?:ed|en|ent|t)$/.test(tokens[i + 2]?.norm ?? '') && i > r.from) {
      const subject = tokens[i - 1]!.norm;
      if (!/^(nothing|it's|this|that|there)$/.test(subject) && !nonAction(i + 2)) return 'done';
    }
    if ((w === 'is' || w === 'are') && tokens[i + 1]?.norm === 'being' && i > r.from) return 'ongoing';
  }
  return null;
}

const BN_FIRST_DONE = ['েছি', 'িয়েছি', 'য়েছি', 'লাম', 'েছিলাম'];
const BN_FIRST_FUTURE = new Set(['করব', 'করবো', 'দেব', 'দেবো', 'দিব', 'পাঠাব', 'পাঠাবো', 'জানাব', 'জানাবো', 'নেব', 'নেবো', 'ফেরাব', 'বলব', 'ডাকব', 'ফোন']);
const BN_VERBAL_NOUN = /(?:ানো|ওয়া|করা|শুরু|হওয়া)$/;

/** Bengali: a first-person action done or promised, a passive done ("পাঠানো হয়েছে"), or a future event ("পৌঁছে যাবে"). */
export function bengaliAction(tokens: readonly Token[], r: Range, nonAction: (i: number) => boolean): ActionKind | null {
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    if (!/[\u0980-\u09ff]/.test(w)) continue;
    const negatedAfter = /^(না|নি|নেই|নয়)$/.test(tokens[i + 1]?.norm ?? '');
    if (negatedAfter) continue;
    if (BN_FIRST_DONE.some((e) => w.endsWith(e) && w.length > e.length + 1) && !nonAction(i) && !nonAction(i - 1)) return 'done';
    if (BN_FIRST_FUTURE.has(w) && w !== 'ফোন') return 'future';
    if (w === 'হয়েছে' && i > r.from && BN_VERBAL_NOUN.test(tokens[i - 1]!.norm)) return 'done';
    if (BN_FUTURE_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length + 1) && !nonAction(i)) return 'future';
    if (w === 'হবে' && i > r.from && BN_VERBAL_NOUN.test(tokens[i - 1]!.norm)) return 'future';
  }
  return null;
}

const HI_PERFECTIVE = new Set(['दिया', 'दी', 'दिए', 'दिये', 'किया', 'की', 'किए', 'किये', 'भेजा', 'भेजी', 'भेजे', 'लिया', 'ली', 'लिए', 'बदला', 'बदली', 'जोड़ा', 'हटाया', 'रोका', 'रोकी', 'शुरू', 'दर्ज', 'डाला', 'डाली', 'बढ़ाया', 'लौटाया', 'लगाया', 'बुक', 'प्रोसेस']);

/** Hindi: "मैंने … कर दिया है", "… भेज दिया गया है", "हम … करेंगे", "… पहुँच जाएगा". */
export function hindiAction(tokens: readonly Token[], r: Range, nonAction: (i: number) => boolean): ActionKind | null {
  let agent = false;
  for (let i = r.from; i < r.to; i++) {
    const w = tokens[i]!.norm;
    if (w === 'मैंने' || w === 'हमने' || w === 'maine' || w === 'humne' || w === 'hamne') agent = true;
    const prevNeg = /^(नहीं|न|nahi|na)$/.test(tokens[i - 1]?.norm ?? '');
    if (/[\u0900-\u097f]/.test(w)) {
      if (HI_PERFECTIVE.has(w) && !prevNeg) {
        const next = tokens[i + 1]?.norm ?? '';
        if (agent && !nonAction(i - 1) && !nonAction(i)) return 'done';
        if (next === 'गया' || next === 'गई' || next === 'गए' || next === 'गयी') return 'done';
      }
      if (/(?:गा|गी|गे)$/.test(w) && w.length > 3 && !HI_FUTURE_EXCLUDE.has(w) && !prevNeg && !nonAction(i) && !nonAction(i - 1)) return 'future';
      continue;
    }
    if (/^(diya|di|kiya|ki|bheja|bhej|liya|kar|ho)$/.test(w) && /^(hai|gaya|gayi|diya|di)$/.test(tokens[i + 1]?.norm ?? '') && (agent || w === 'ho')) return 'done';
    if (/(?:ega|egi|enge|yega|yegi|unga|ungi)$|^(?:denge|karenge|hoga|hogi)$/.test(w) && !prevNeg && !nonAction(i) && !nonAction(i - 1)) return 'future';
    if (LATIN_BN_FUTURE.test(w) && !nonAction(i)) return 'future';
    if (/(?:echi|echhi|iyechi|yechi|lam)$/.test(w) && w.length > 5 && !nonAction(i)) return 'done';
  }
  return null;
}
