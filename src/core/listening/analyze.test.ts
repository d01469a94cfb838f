import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './index';

const questions = (text: string) => analyzeMessage(text).questions;
const cueWords = (text: string, kind: string) =>
  analyzeMessage(text).cues.filter((c) => c.kind === kind).map((c) => text.slice(c.start, c.end));

describe('questions', () => {
  it('returns each question as an exact substring, direct and indirect (en)', () => {
    const text = 'Hi there. Can you move my delivery to Friday? Also let me know when the invoice is ready. I am wondering if the fee is refundable. Thanks, Asha';
    expect(questions(text)).toEqual([
      'Can you move my delivery to Friday?',
      'Also let me know when the invoice is ready.',
      'I am wondering if the fee is refundable.',
    ]);
    for (const q of questions(text)) expect(text).toContain(q);
  });
  it('finds questions without "?" from an English opening, but not subordinate clauses', () => {
    expect(questions('how do i cancel my plan')).toEqual(['how do i cancel my plan']);
    expect(questions('When I log in it shows an error.')).toEqual([]);
  });
  it('finds Bengali questions by question word or particle, ending in ? । or nothing', () => {
    expect(questions('আমার পার্সেল কোথায় আছে।')).toEqual(['আমার পার্সেল কোথায় আছে।']);
    expect(questions('রিফান্ড কবে পাব একটু জানাবেন')).toEqual(['রিফান্ড কবে পাব একটু জানাবেন']);
    expect(questions('বিলটা কি অনলাইনে দেওয়া যাবে?')).toEqual(['বিলটা কি অনলাইনে দেওয়া যাবে?']);
    // কিন্তু and কিছু contain কি; a demand is not a question.
    expect(questions('আমি টাকা দিয়েছি কিন্তু কিছু পাইনি। এখনই ফেরত দিন।')).toEqual([]);
  });
  it('finds Hindi questions by question word, particle or "बताइए"', () => {
    expect(questions('मेरा कार्ड कब तक आएगा')).toEqual(['मेरा कार्ड कब तक आएगा']);
    expect(questions('कृपया बताइए कि पासवर्ड कैसे बदलूँ।')).toEqual(['कृपया बताइए कि पासवर्ड कैसे बदलूँ।']);
    // क्योंकि contains क्यों; "आज ही ठीक कराइए" is a demand.
    expect(questions('मैं परेशान हूँ क्योंकि नेटवर्क नहीं है। आज ही ठीक कराइए।')).toEqual([]);
  });
  it('finds Hinglish and Banglish questions', () => {
    expect(questions('refund kab milega bhai')).toEqual(['refund kab milega bhai']);
    expect(questions('ami ki online e bill dite pari?')).toEqual(['ami ki online e bill dite pari?']);
  });
  it('leaves out rhetorical and exclamatory questions', () => {
    expect(questions('Is this how you treat loyal customers? Fix it.')).toEqual([]);
    expect(questions('এটা কী ধরনের পরিষেবা? কার্ডটা কবে পাব?')).toEqual(['কার্ডটা কবে পাব?']);
    expect(questions('वाह, क्या सर्विस है! आप लोग कभी समय पर डिलीवरी क्यों नहीं करते?')).toEqual([]);
    expect(questions('Kya kamaal ki service hai! Paisa barbaad.')).toEqual([]);
  });
  it('starts a question after a colon or dash when the lead-in is not part of it', () => {
    expect(questions('One more thing: does the plan include SSO?')).toEqual(['does the plan include SSO?']);
    expect(questions('Quick one — I was wondering if you ship to Nepal.')).toEqual(['I was wondering if you ship to Nepal.']);
  });
});

describe('frustration', () => {
  it('sees explicit words, shouting, strings of !!! and ??, and jabs, in each language', () => {
    expect(cueWords('This is absolutely unacceptable.', 'frustrated')).toEqual(['unacceptable']);
    expect(cueWords('WHY IS MY ACCOUNT STILL LOCKED', 'frustrated')).toHaveLength(1);
    expect(analyzeMessage('Where is my order?? Three weeks now').frustrated).toBe(true);
    expect(cueWords('ভীষণ বিরক্ত লাগছে, এটা কী ধরনের পরিষেবা?', 'frustrated')).toEqual(['বিরক্ত', 'এটা কী ধরনের পরিষেবা']);
    expect(cueWords('अब बर्दाश्त के बाहर है।', 'frustrated')).toEqual(['बर्दाश्त के बाहर']);
    expect(analyzeMessage('yaar ye bakwas service hai').frustrated).toBe(true);
  });
  it('reads sarcasm only when the message also complains', () => {
    expect(analyzeMessage('Great, just great. The parcel never arrived.').frustrated).toBe(true);
    expect(analyzeMessage('Wow, fantastic service, thank you so much!').frustrated).toBe(false);
    expect(analyzeMessage('বাহ্, দারুণ পরিষেবা! টাকা কেটে নিল, রিচার্জ হলো না।').frustrated).toBe(true);
  });
  it('is not set by worry, urgency, a calm report, praise or a denial', () => {
    for (const text of [
      'I am worried my parcel is lost. Can you check?',
      'Please block my card immediately, it was stolen.',
      'The invoice shows the wrong address.',
      'The lamp looks great, thanks!!',
      "I'm not angry, just confused about the charge.",
      'আমি বিরক্ত নই, শুধু জানতে চাই বিলটা কত।',
    ]) expect(analyzeMessage(text).frustrated, text).toBe(false);
  });
  it('counts writing for the third time or more as exasperation', () => {
    expect(analyzeMessage('This is the third time I am writing about my refund.').frustrated).toBe(true);
    expect(analyzeMessage('I called once yesterday about my refund.').frustrated).toBe(false);
  });
});

describe('urgency', () => {
  it('sees explicit words, deadlines within about two days and harm happening now', () => {
    expect(cueWords('Please fix this ASAP.', 'urgent')).toEqual(['ASAP']);
    expect(analyzeMessage('My exam is tomorrow morning and the portal is down.').urgent).toBe(true);
    expect(analyzeMessage('Someone made a transaction I didn’t make on my card.').urgent).toBe(true);
    expect(analyzeMessage('আজ রাতে আমার ফ্লাইট, টিকিট এখনও আসেনি।').urgent).toBe(true);
    expect(analyzeMessage('कल सुबह मेरी मीटिंग है, इंटरनेट ठीक कीजिए।').urgent).toBe(true);
    expect(analyzeMessage('kal rent dite hobe, taka ferot din').urgent).toBe(true);
    expect(analyzeMessage('My 82 years old father is alone and the phone line is dead.').urgent).toBe(true);
  });
  it('is not set by negated urgency, a past "today", a long wait or a later deadline', () => {
    for (const text of [
      'No rush at all, whenever you get a chance.',
      'The parcel arrived today and it looks lovely.',
      'I have been waiting three weeks for my refund.',
      'I need the invoice by the end of next month.',
      'কোনো তাড়া নেই, পরের সপ্তাহে পাঠালেও চলবে।',
      'कोई जल्दी नहीं है, अगले महीने से भी चलेगा।',
      'Thanks for the quick reply!',
    ]) expect(analyzeMessage(text).urgent, text).toBe(false);
  });
  it('does not take a promise reported from an earlier call for a deadline', () => {
    expect(analyzeMessage('I was told on the phone it would be fixed by tomorrow. It is still broken.').urgent).toBe(false);
  });
});

describe('repeat contact', () => {
  it('is set when the customer contacted support before, by any channel', () => {
    for (const text of [
      'This is the second time I am emailing about this.',
      'I already called twice last week.',
      'My last two emails went unanswered.',
      'I was told by your agent that it would be waived.',
      'এই নিয়ে তিনবার লিখছি।',
      'আগেও দুবার ফোন করেছি।',
      'पिछले हफ्ते भी शिकायत की थी।',
      '3rd time message kar raha hu',
    ]) expect(analyzeMessage(text).repeatContact, text).toBe(true);
  });
  it('is not set when the problem comes back or for a long-time customer', () => {
    for (const text of [
      'My bill went up again this month.',
      'This is not the first billing mistake.',
      "I've been a customer for 10 years.",
      'तीसरी बार गलत सामान भेजा है आपने।',
      'আবার একই ভুল বিল এসেছে।',
    ]) expect(analyzeMessage(text).repeatContact, text).toBe(false);
  });
  it('highlights the contact and the repetition words', () => {
    expect(cueWords('I already called twice.', 'repeatContact')).toEqual(['already', 'called', 'twice']);
    expect(cueWords('यह चौथी बार है जब मैं शिकायत कर रहा हूँ', 'repeatContact')).toEqual(['चौथी बार', 'शिकायत कर']);
  });
});

describe('customer name', () => {
  const name = (text: string) => analyzeMessage(text).name;
  it('reads sign-offs and self-introductions in each language, dropping titles', () => {
    expect(name('Where is my parcel? Kind regards, Dr. Anita Rao')).toBe('Anita');
    // Titles with or without a full stop, in self-introductions and sign-offs.
    expect(name('Hi, this is Dr. Kwame Mensah. Just confirming my booking.')).toBe('Kwame');
    expect(name('My name is Mr. John Doe and my order is late.')).toBe('John');
    expect(name('मेरा नाम डॉ. राजेश शर्मा है। ऑर्डर कहाँ है?')).toBe('राजेश');
    expect(name('আমি ডাঃ সুমন দাস বলছি। অর্ডার কোথায়?')).toBe('সুমন');
    expect(name('Mera naam Dr. Anil Mehta hai, order kab aayega?')).toBe('Anil');
    expect(name('Where is my order?\nRegards,\nShri. Mohan Lal')).toBe('Mohan');
    expect(name('Hi, this is Mark Ellis from flat 4. The boiler is broken.')).toBe('Mark');
    expect(name('Can you help?\n\nThanks,\nPriya')).toBe('Priya');
    expect(name('Is it in stock? — Daniel')).toBe('Daniel');
    expect(name('বিলটা কত? ধন্যবাদ, শ্রী তাপস মণ্ডল')).toBe('তাপস');
    expect(name('আমি সৌমিত্র বলছি। লাইন কবে ঠিক হবে?')).toBe('সৌমিত্র');
    expect(name('कार्ड कब आएगा?\nसादर,\nकविता शर्मा')).toBe('कविता');
    expect(name('मेरा नाम राजेश है और मेरा बिल गलत है।')).toBe('राजेश');
    expect(name('Hi, Neha here. GST number kaise add karein?')).toBe('Neha');
  });
  it('does not take the agent in the greeting, other people or a team signature', () => {
    expect(name('Hi Sam, my son Arjun cannot log in. What should he do?')).toBeNull();
    expect(name('Is there an outage?\n\n– Ops team, Brightlane Studio')).toBeNull();
    expect(name('ইনভয়েস কোথায় পাব? — অ্যাডমিন, রায় অ্যান্ড কোং')).toBeNull();
    expect(name('थोक दाम क्या है?\nधन्यवाद,\nशर्मा ट्रेडर्स')).toBeNull();
  });
  it('takes the first person when two sign', () => {
    expect(name('Can you help us? Thanks, Priya and Rahul')).toBe('Priya');
  });
});

describe('cues', () => {
  it('give character spans of the words behind each flag', () => {
    const text = 'Third time I am writing!!! I need this fixed TODAY.';
    const a = analyzeMessage(text);
    expect(a.frustrated && a.urgent && a.repeatContact).toBe(true);
    for (const c of a.cues) expect(text.slice(c.start, c.end).trim().length).toBeGreaterThan(0);
    expect(cueWords(text, 'urgent')).toContain('TODAY');
  });
});
