/**
 * Quoted earlier messages and signatures are removed before analysis. Removal masks characters
 * with spaces instead of cutting them, so every offset found later is an offset into the text the
 * caller gave (questions are returned as exact substrings).
 */

export interface Stripped {
  /** The text with quoted and signature parts blanked (same length, newlines kept). */
  body: string;
  /** The signature after a "-- " line, if any (start/end in the original text): a name may be there. */
  signature: { start: number; end: number } | null;
}

// Headers that start a quoted earlier message; everything from the first one on is quoted.
const QUOTE_HEADERS: RegExp[] = [
  /^[ \t]*On\b[^\n]{0,300}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*$/m,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message|মূল বার্তা|ফরওয়ার্ড করা বার্তা|मूल संदेश|अग्रेषित संदेश)[ \t]*-{2,}/im,
  /^[ \t]*From:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:Sent|Date):/m,
  /^[ \t]*_{10,}[ \t]*\n[ \t]*From:/m,
  // Gmail in Bengali: "<date> তারিখে <name> লিখেছেন:"; in Hindi: "<date> को <name> ने लिखा:".
  /^[^\n]{0,300}লিখেছেন[:ঃ][ \t]*$/m,
  /^[^\n]{0,300}ने लिखा[:ः][ \t]*$/m,
];

// Lines that are device or app footers, not the customer's words.
const FOOTER_LINES =
  /^[ \t]*(?:Sent from my [^\n]{1,40}|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail)[^\n]{0,40}|Get Outlook for [^\n]{1,30}|আমার [^\n]{1,30} থেকে পাঠানো|मेरे [^\n]{1,30} से भेजा गया)[ \t]*$/gim;

const SIGNATURE_DELIMITER = /^-- ?$/m;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

export function stripQuotesAndSignature(text: string): Stripped {
  // Offsets are UTF-16 units, so blank a unit array (not code points).
  const units = text.split('');
  let cut = text.length;
  for (const re of QUOTE_HEADERS) {
    const m = re.exec(text);
    if (m && m.index < cut && m.index > 0) cut = m.index;
  }
  let signature: Stripped['signature'] = null;
  const sig = SIGNATURE_DELIMITER.exec(text);
  if (sig && sig.index < cut && sig.index > 0) {
    signature = { start: sig.index + sig[0].length, end: cut };
    cut = sig.index;
  }
  blank(units, cut, units.length);
  // Inline-quoted lines ("> …") anywhere.
  for (const m of text.matchAll(/^[ \t]*>[^\n]*$/gm)) blank(units, m.index, m.index + m[0].length);
  for (const m of text.matchAll(FOOTER_LINES)) blank(units, m.index, m.index + m[0].length);
  return { body: units.join(''), signature };
}
