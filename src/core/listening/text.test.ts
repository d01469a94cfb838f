import { describe, expect, it } from 'vitest';
import { Lexicon, normalise, tokenize } from './text';
import { splitSentences } from './sentences';
import { stripQuotesAndSignature } from './strip';

describe('normalise', () => {
  it('folds nukta, chandrabindu, final virama, digits and case', () => {
    expect(normalise('फ़ोन')).toBe(normalise('फोन'));
    expect(normalise('हूँ')).toBe(normalise('हूं'));
    expect(normalise('বাহ্')).toBe(normalise('বাহ'));
    expect(normalise('হয়েছে')).toBe(normalise('হয়েছে'));
    expect(normalise('১০')).toBe('10');
    expect(normalise('१२')).toBe('12');
    expect(normalise('Fed')).toBe('fed');
  });
});

describe('Lexicon', () => {
  const words = (text: string) => tokenize(text);
  it('matches whole words and phrases, not parts of words', () => {
    const lex = new Lexicon(['fed up', 'কি']);
    expect(lex.findAll(words('I am Fed  up with this')).map((h) => h.phrase)).toEqual(['fed up']);
    // কিন্তু and কিছু contain কি but are other words.
    expect(lex.has(words('কিন্তু কিছু হয়নি'))).toBe(false);
    expect(lex.has(words('এটা কি ঠিক?'))).toBe(true);
  });
  it('supports prefix, suffix, any-word and gapped entries', () => {
    expect(new Lexicon(['annoy*']).has(words('really annoying'))).toBe(true);
    expect(new Lexicon(['*বার']).has(words('তিনবার লিখেছি'))).toBe(true);
    expect(new Lexicon(['wow _ service']).has(words('Wow, fantastic service.'))).toBe(true);
    const gapped = new Lexicon(['आप लोग ... क्यों नहीं']);
    expect(gapped.has(words('आप लोग ऑर्डर ठीक से चेक क्यों नहीं करते'))).toBe(true);
    expect(gapped.has(words('क्यों नहीं आप लोग'))).toBe(false);
  });
  it('reports exact offsets into the original text', () => {
    const text = 'Great, just GREAT.';
    const [hit] = new Lexicon(['just great']).findAll(tokenize(text));
    expect(text.slice(hit!.start, hit!.end)).toBe('just GREAT');
  });
});

describe('sentences', () => {
  const split = (text: string) => {
    const t = tokenize(text);
    return splitSentences(text, t).map((s) => text.slice(s.start, s.end));
  };
  it('ends sentences at ?, ??, !, ।, full stops and line breaks', () => {
    expect(split('kab aayega paisa?? aaj tak nahi aaya')).toEqual(['kab aayega paisa??', 'aaj tak nahi aaya']);
    expect(split('এটা কবে ডেলিভারি হবে? ধন্যবাদ, সুমনা')).toEqual(['এটা কবে ডেলিভারি হবে?', 'ধন্যবাদ, সুমনা']);
    expect(split('यह कब तक डिलीवर होगा। धन्यवाद')).toEqual(['यह कब तक डिलीवर होगा।', 'धन्यवाद']);
    expect(split('Help!!! Now.\nThanks\nPriya')).toEqual(['Help!!!', 'Now.', 'Thanks', 'Priya']);
  });
  it('does not end a sentence inside abbreviations, numbers or addresses', () => {
    expect(split('Dr. Rao paid Rs. 4.50 at example.com today. Thanks')).toEqual(['Dr. Rao paid Rs. 4.50 at example.com today.', 'Thanks']);
  });
});

describe('stripping quotes and signatures', () => {
  it('blanks an English quoted reply and keeps offsets', () => {
    const text = 'When does it ship?\n\nOn Mon, 3 Mar 2025 at 10:14, Acme <a@b.example> wrote:\n> Your order shipped. Any questions?';
    const { body } = stripQuotesAndSignature(text);
    expect(body.length).toBe(text.length);
    expect(body.trim()).toBe('When does it ship?');
  });
  it('blanks Bengali and Hindi Gmail quote headers, Outlook headers and "Original Message"', () => {
    for (const text of [
      'কবে পাব?\n\n২ জুন ২০২৫ তারিখে সহায়তা <h@b.example> লিখেছেন:\n> কার্ড কি পৌঁছেছে?',
      'कब मिलेगा?\n\nमंगल, 3 जून 2025 को सहायता टीम <h@b.example> ने लिखा:\n> क्या समस्या हल हो गई?',
      'When?\n\nFrom: Support <s@x.example>\nSent: Monday\nSubject: Re: order\nDid it arrive?',
      'When?\n-----Original Message-----\nDid it arrive?',
    ]) {
      const { body } = stripQuotesAndSignature(text);
      expect(body.trim().split('\n')[0]).toMatch(/^(কবে পাব\?|कब मिलेगा\?|When\?)$/);
      expect(body).not.toMatch(/কার্ড|समस्या|arrive/);
    }
  });
  it('blanks "> " lines, device footers and a "-- " signature, remembering where the signature is', () => {
    const text = 'Where is it?\n> old text?\nSent from my iPhone\n-- \nPriya Das\nAcme Ltd';
    const { body, signature } = stripQuotesAndSignature(text);
    expect(body.trim()).toBe('Where is it?');
    expect(text.slice(signature!.start, signature!.end).trim()).toBe('Priya Das\nAcme Ltd');
  });
});
