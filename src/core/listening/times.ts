/**
 * Concrete times in an agent's draft: clock times, days and dates, and bounded durations
 * ("within 24 hours", "৩০ মিনিটের মধ্যে", "48 घंटे में", "24 ghante ke andar"). Each is then
 * judged: past ("added on 12 April", "पिछले 24 घंटों में", "5 দিন ধরে"), a setting or schedule
 * ("choose the 1st as the date", "every month"), an offer, policy, or a usual duration that only
 * counts for something already under way.
 */
import type { Compiled } from './compiled';
import { numberValue, tenseOf } from './morphology';
import { clauseOf, type Sentence } from './sentences';
import type { Token } from './text';

export interface TimeMention {
  from: number;
  to: number;
  kind: 'clock' | 'day' | 'date' | 'duration';
  /** For durations: a bound word ("within", "মধ্যে", "तक") makes it a deadline. */
  bounded: boolean;
}

const CLOCK_SUFFIX = /^\d{1,2}(?:টা|টার|টায়|টায়|tar|ta|tay|baje)$/;
const MERIDIEM = /^(am|pm|a|p|baje|বাজে|बजे|o'clock|oclock|hrs)$/;
const AFTER_BOUNDS = /^(মধ্যে|মধ্যেই|ভেতরে|ভিতরে|পরে|নাগাদ|পর্যন্ত|में|मे|तक|अंदर|भीतर|बाद|moddhe|modhye|vetore|bhetore|pore|mein|me|tak|andar|baad|later|time)$/;
const BEFORE_BOUNDS = /^(within|in|inside|by|before|until|till|under|up|over|next|no|than|approximately|about|around)$/;
const SINCE_AFTER = /^(ধরে|থেকে|আগে|से|ago|dhore|theke|age|se|pehle|पहले|back|earlier)$/;

export function findTimes(tokens: readonly Token[], s: Sentence, body: string, c: Compiled): TimeMention[] {
  const out: TimeMention[] = [];
  const taken = (i: number) => out.some((m) => i >= m.from && i < m.to);
  for (let i = s.from; i < s.to; i++) {
    if (taken(i)) continue;
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
      continue;
    }
    if (/^\d{1,2}(?:am|pm)$/.test(w) || (/^\d{1,2}$/.test(w) && next && /^(am|pm|baje|বাজে|बजे|o'clock)$/.test(next.norm) && Number(w) <= 24)) {
      out.push({ from: i, to: /^\d{1,2}$/.test(w) ? i + 2 : i + 1, kind: 'clock', bounded: true });
      continue;
    }
    // Date: "14 March", "March 14", "১ জুন", "1 जुलाई", "১০ তারিখে", "the 1st".
    const month = c.lex.months.matchAt(tokens, i)[0];
    if (month) {
      const before = tokens[i - 1];
      const after = tokens[month.to];
      if (before && i - 1 >= s.from && numberValue(before.norm) !== null && /^\d/.test(before.norm)) {
        out.push({ from: i - 1, to: month.to, kind: 'date', bounded: true });
        continue;
      }
      if (after && month.to < s.to && /^\d{1,2}(?:st|nd|rd|th)?$/.test(after.norm)) {
        out.push({ from: i, to: month.to + 1, kind: 'date', bounded: true });
        continue;
      }
    }
    if (/^\d{1,2}(?:st|nd|rd|th)$/.test(w) && /^(the|on|by|from|until)$/.test(tokens[i - 1]?.norm ?? '')) {
      out.push({ from: i, to: i + 1, kind: 'date', bounded: true });
      continue;
    }
    // Duration: "24 hours", "5–7 business days", "two weeks", "৩০ মিনিট", "48 घंटे".
    const n = numberValue(w);
    if (n !== null && !/^(once|twice|thrice|second|third|several|many|multiple|numerous|countless|repeatedly)$/.test(w)) {
      let j = i + 1;
      // A range: "5–7", "5 to 7", "3-4".
      if (tokens[j] && numberValue(tokens[j]!.norm) !== null && /^\s*(?:[-–—]|to|থেকে|से)\s*$/.test(body.slice(t.end, tokens[j]!.start))) j++;
      else if (tokens[j] && /^(to|or)$/.test(tokens[j]!.norm) && tokens[j + 1] && numberValue(tokens[j + 1]!.norm) !== null) j += 2;
      const unit = j < s.to ? c.lex.timeUnits.matchAt(tokens, j)[0] : undefined;
      if (unit && unit.to <= s.to) {
        const prev = tokens[i - 1]?.norm ?? '';
        const prev2 = tokens[i - 2]?.norm ?? '';
        const after = tokens[unit.to]?.norm ?? '';
        const after2 = tokens[unit.to + 1]?.norm ?? '';
        const bounded =
          (i - 1 >= s.from && BEFORE_BOUNDS.test(prev)) ||
          (i - 2 >= s.from && /^(up|next|than|within)$/.test(prev2)) ||
          (unit.to < s.to && AFTER_BOUNDS.test(after)) ||
          (unit.to + 1 < s.to && /^(के|ke)$/.test(after) && /^(अंदर|भीतर|andar|bheetar)$/.test(after2)) ||
          // "यात्रा से 4 घंटे पहले": a time before an event.
          (/^(पहले|আগে|pehle|before)$/.test(after) && /^(से|se|এর|er)$/.test(prev));
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

/** Whether a time mention in a draft promises something concrete about this case. */
export function isExpectation(
  tokens: readonly Token[],
  s: Sentence,
  m: TimeMention,
  c: Compiled,
  somethingUnderWay: boolean,
): boolean {
  if (m.kind === 'duration' && !m.bounded) return false;
  const before = tokens[m.from - 1]?.norm ?? '';
  const before2 = tokens[m.from - 2]?.norm ?? '';
  const after = tokens[m.to]?.norm ?? '';
  const inSentence = (k: number) => k >= s.from && k < s.to;
  // Past: "since 9:35", "last Friday", "in the past 24 hours", "3 days ago", "৫ দিন ধরে", "पाँच दिन से".
  if (inSentence(m.from - 1) && c.lex.pastMarkers.hasWord(before) && !/^(from|থেকে|से)$/.test(before)) return false;
  if (m.kind === 'duration' && inSentence(m.to) && SINCE_AFTER.test(after)) {
    const beforeEvent = /^(पहले|pehle|আগে|before)$/.test(after) && /^(से|se|এর|er)$/.test(before);
    if (!beforeEvent) return false;
  }
  const clause = clauseOf(s, m.from);
  if (c.lex.setting.has(tokens, clause.from, clause.to)) return false;
  if (c.lex.offer.has(tokens, s.from, s.to)) return false;
  if (c.lex.policy.has(tokens, s.from, s.to)) return false;
  if (c.lex.generic.has(tokens, s.from, s.to) && !somethingUnderWay) return false;
  const tense = tenseOf(tokens, clause);
  if (tense.past && !tense.future) {
    // Booked for a time, or a period from … to …, is still ahead even in a past-tense clause.
    const scheduled = /^(for|থেকে|से|from)$/.test(before) || tokens.slice(m.to, clause.to).some((t) => /^(तक|পর্যন্ত|until|till|to)$/.test(t.norm));
    if (!scheduled) return false;
  }
  return true;
}
