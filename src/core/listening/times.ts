/**
 * Concrete times in an agent's draft: clock times, days and dates, and bounded durations
 * ("within 24 hours", "৩০ মিনিটের মধ্যে", "48 घंटे में", "24 ghante ke andar"). Each is then
 * judged: past ("added on 12 April", "पिछले 24 घंटों में", "5 দিন ধরে"), a setting or schedule
 * ("choose the 1st as the date", "every month", "অফিস খোলা থাকে"), an offer, policy, or a usual
 * duration that only counts for something already under way.
 */
import type { Compiled } from './compiled';
import { habitual, numberValue, tenseOf, VAGUE_QUANTITY } from './morphology';
import { clauseOf, type Sentence } from './sentences';
import { foldRe, type Token } from './text';

export interface TimeMention {
  from: number;
  to: number;
  kind: 'clock' | 'day' | 'date' | 'duration';
  /** For durations: a bound word ("within", "মধ্যে", "तक") makes it a deadline. */
  bounded: boolean;
}

const CLOCK_SUFFIX = foldRe(/^\d{1,2}(?:টা|টার|টায়|tar|ta|tay|baje)$/);
const MERIDIEM = foldRe(/^(am|pm|a|p|baje|বাজে|बजे|o'clock|oclock|hrs)$/);
const CLOCK_WORD = foldRe(/^(am|pm|baje|বাজে|बजे|o'clock)$/);
const AFTER_BOUNDS = foldRe(/^(মধ্যে|মধ্যেই|ভেতরে|ভিতরে|পরে|নাগাদ|পর্যন্ত|में|मे|तक|अंदर|भीतर|बाद|moddhe|modhye|vetore|bhetore|pore|mein|me|tak|andar|baad|later|away|time)$/);
const GENITIVE = foldRe(/^(er|এর|ke|के|की|ka|का)$/);
const BEFORE_BOUNDS = /^(within|in|inside|by|before|until|till|under|up|over|next|no|than|approximately|about|around)$/;
const SINCE_AFTER = foldRe(/^(ধরে|থেকে|আগে|से|ago|dhore|theke|age|se|pehle|पहले|back|earlier)$/);
const RANGE_JOIN = foldRe(/^\s*(?:[-–—]|to|থেকে|से)\s*$/);
const BEFORE_EVENT_AFTER = foldRe(/^(पहले|pehle|আগে|before)$/);
const BEFORE_EVENT_PREV = foldRe(/^(से|se|এর|er)$/);
const FROM = foldRe(/^(from|থেকে|से|theke|se)$/);
const SCHEDULED_BEFORE = foldRe(/^(for|from|until|till|থেকে|से|জন্য|লিয়ে)$/);
const UNTIL_AFTER = foldRe(/^(तक|পর্যন্ত|until|till|to|tak|porjonto)$/);

export function findTimes(tokens: readonly Token[], s: Sentence, body: string, c: Compiled): TimeMention[] {
  const out: TimeMention[] = [];
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const next = tokens[i + 1];
    // Clock: "6:10 am", "11:30", "1 pm", "১১টার", "7tar", "6 baje", "10 बजे".
    if (CLOCK_SUFFIX.test(w)) {
      out.push({ from: i, to: i + 1, kind: 'clock', bounded: true });
      continue;
    }
    if (/^\d{1,2}$/.test(w) && next && next.start - t.end === 1 && body[t.end] === ':' && /^\d{2}(?:am|pm)?$/.test(next.norm)) {
      let to = i + 2;
      if (tokens[to] && MERIDIEM.test(tokens[to]!.norm)) to++;
      out.push({ from: i, to, kind: 'clock', bounded: true });
      i = to - 1;
      continue;
    }
    if (/^\d{1,2}(?:am|pm)$/.test(w) || (/^\d{1,2}$/.test(w) && next && CLOCK_WORD.test(next.norm) && Number(w) <= 24)) {
      const to = /^\d{1,2}$/.test(w) ? i + 2 : i + 1;
      out.push({ from: i, to, kind: 'clock', bounded: true });
      i = to - 1;
      continue;
    }
    // Date: "14 March", "March 14", "১ জুন", "1 जुलाई", "১০ তারিখে", "the 1st".
    const month = c.lex.months.matchAt(tokens, i)[0];
    if (month) {
      const before = tokens[i - 1];
      const after = tokens[month.to];
      if (before && i - 1 >= s.from && /^\d{1,2}$/.test(before.norm)) {
        out.push({ from: i - 1, to: month.to, kind: 'date', bounded: true });
        i = month.to - 1;
        continue;
      }
      if (after && month.to < s.to && /^\d{1,2}(?:st|nd|rd|th)?$/.test(after.norm)) {
        out.push({ from: i, to: month.to + 1, kind: 'date', bounded: true });
        i = month.to;
        continue;
      }
    }
    if (/^\d{1,2}(?:st|nd|rd|th)$/.test(w) && /^(the|on|by|from|until)$/.test(tokens[i - 1]?.norm ?? '')) {
      out.push({ from: i, to: i + 1, kind: 'date', bounded: true });
      continue;
    }
    // Duration: "24 hours", "5–7 business days", "two weeks", "৩০ মিনিট", "48 घंटे".
    const n = numberValue(w);
    if (n !== null && !VAGUE_QUANTITY.has(w)) {
      let j = i + 1;
      // A range: "5–7", "5 to 7", "3-4".
      if (tokens[j] && numberValue(tokens[j]!.norm) !== null && RANGE_JOIN.test(body.slice(t.end, tokens[j]!.start))) j++;
      else if (tokens[j] && /^(to|or)$/.test(tokens[j]!.norm) && tokens[j + 1] && numberValue(tokens[j + 1]!.norm) !== null) j += 2;
      const unit = j < s.to ? c.lex.timeUnits.matchAt(tokens, j)[0] : undefined;
      if (unit && unit.to <= s.to) {
        const prev = tokens[i - 1]?.norm ?? '';
        const prev2 = tokens[i - 2]?.norm ?? '';
        // "45 minute er moddhe", "24 ghante ke andar": a genitive may sit between unit and bound.
        let k = unit.to;
        if (k < s.to && GENITIVE.test(tokens[k]!.norm)) k++;
        const after = tokens[k]?.norm ?? '';
        const after2 = tokens[k + 1]?.norm ?? '';
        const bounded =
          (i - 1 >= s.from && BEFORE_BOUNDS.test(prev)) ||
          (i - 2 >= s.from && /^(up|next|than|within)$/.test(prev2)) ||
          (k < s.to && AFTER_BOUNDS.test(after)) ||
          (k + 1 < s.to && /^(के|ke)$/.test(after) && /^(अंदर|भीतर|andar|bheetar)$/.test(after2)) ||
          // "यात्रा से 4 घंटे पहले": a time before an event.
          (BEFORE_EVENT_AFTER.test(tokens[unit.to]?.norm ?? '') && BEFORE_EVENT_PREV.test(prev));
        out.push({ from: i, to: unit.to, kind: 'duration', bounded });
        i = unit.to - 1;
        continue;
      }
    }
    const day = c.lex.dayWords.matchAt(tokens, i)[0];
    if (day && day.to <= s.to) {
      out.push({ from: i, to: day.to, kind: 'day', bounded: true });
      i = day.to - 1;
    }
  }
  return out;
}

/** "since 9:35", "last Friday", "in the past 24 hours", "3 days ago", "৫ দিন ধরে", "पाँच दिन से", a past-tense clause. */
export function isPast(tokens: readonly Token[], s: Sentence, m: TimeMention, c: Compiled): boolean {
  const before = tokens[m.from - 1]?.norm ?? '';
  const after = tokens[m.to]?.norm ?? '';
  const inSentence = (k: number) => k >= s.from && k < s.to;
  if (inSentence(m.from - 1) && c.lex.pastMarkers.hasWord(before) && !FROM.test(before)) return true;
  if (m.kind === 'duration' && inSentence(m.to) && SINCE_AFTER.test(after)) {
    const beforeEvent = BEFORE_EVENT_AFTER.test(after) && BEFORE_EVENT_PREV.test(before);
    if (!beforeEvent) return true;
  }
  const clause = clauseOf(s, m.from);
  const tense = tenseOf(tokens, clause);
  if (tense.past && !tense.future) {
    // Booked for a time, until a day, or a period from … to …, is still ahead in a past-tense clause.
    const scheduled = SCHEDULED_BEFORE.test(before) || tokens.slice(m.to, clause.to).some((t) => UNTIL_AFTER.test(t.norm)) || /^(জন্য|लिए|liye|jonno)$/.test(after);
    if (!scheduled) return true;
  }
  return false;
}

const UNTIL_ONLY = /^(until|till)$/;
const UNTIL_AFTER_ONLY = foldRe(/^(পর্যন্ত|porjonto)$/);
const PERMISSION = foldRe(/^(পারবেন|পারেন|parben|paren)$/);

/**
 * A rule stated earlier in the sentence and not closed off by a semicolon or dash: "As per our policy,
 * refunds take 5–7 days" is policy; "…নিয়ম অনুযায়ী পুরো টাকাই ফেরত পাবেন; ১০ কার্যদিবসের মধ্যে…" is not.
 */
function policyLeads(tokens: readonly Token[], s: Sentence, upTo: number, body: string, c: Compiled): boolean {
  let from = s.from;
  for (const cl of s.clauses) {
    if (cl.from > upTo) break;
    if (cl.from > s.from && /[;—–]/.test(body.slice(tokens[cl.from - 1]!.end, tokens[cl.from]!.start))) from = cl.from;
  }
  return from < upTo && c.lex.policy.has(tokens, from, upTo);
}

/** Whether a (not past) time in a draft promises something concrete about this case. */
export function isExpectation(tokens: readonly Token[], s: Sentence, m: TimeMention, body: string, c: Compiled, somethingUnderWay: boolean): boolean {
  if (m.kind === 'duration' && !m.bounded) return false;
  const clause = clauseOf(s, m.from);
  if (c.lex.setting.has(tokens, clause.from, clause.to)) return false;
  if (c.lex.offer.has(tokens, s.from, s.to)) return false;
  if (c.lex.policy.has(tokens, clause.from, clause.to) || policyLeads(tokens, s, clause.from, body, c)) return false;
  // A window the customer may use ("you can switch at the old price until 31 March", "আপনি ৩১ মার্চ
  // পর্যন্ত বদলাতে পারবেন") is a setting, not an event in this case.
  if (UNTIL_ONLY.test(tokens[m.from - 1]?.norm ?? '') || UNTIL_AFTER_ONLY.test(tokens[m.to]?.norm ?? '')) {
    if (tokens.slice(clause.from, clause.to).some((t, k, a) => (t.norm === 'you' && /^(can|could|may)$/.test(a[k + 1]?.norm ?? '')) || PERMISSION.test(t.norm))) return false;
  }
  // Usual durations ("usually takes") count only for something under way; days and hours in a
  // habitual statement ("অফিস শনিবার খোলা থাকে", "delivery hoti hai") are a schedule.
  if (c.lex.generic.has(tokens, s.from, s.to) && !somethingUnderWay) return false;
  if (m.kind !== 'duration' && (habitual(tokens, clause) || habitual(tokens, s))) return false;
  return true;
}
