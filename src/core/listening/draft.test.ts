import { describe, expect, it } from 'vitest';
import { analyzeMessage, checkDraft } from './index';

const check = (customer: string, draft: string) => checkDraft(analyzeMessage(customer), draft);

describe('questions answered', () => {
  it('checks each question separately (en)', () => {
    const c = check('Does the Pro plan include SSO? And can I pay yearly?', 'Yes, Pro includes SSO with Google and Okta.');
    expect(c.perQuestion).toEqual([true, false]);
    expect(c.answersQuestions).toBe(false);
    expect(check('Does the Pro plan include SSO? And can I pay yearly?', 'Yes, Pro includes SSO. You can also pay yearly from Billing > Plan.').answersQuestions).toBe(true);
  });
  it('does not take a deferral for an answer', () => {
    expect(check('When will my refund arrive?', 'Our team is looking into it and will get back to you soon.').answersQuestions).toBe(false);
    expect(check('কবে টাকা ফেরত পাব?', 'আমাদের টিম বিষয়টি দেখছে।').answersQuestions).toBe(false);
    expect(check('पैसा कब वापस आएगा?', 'हम जल्द ही आपकी समस्या का समाधान करेंगे।').answersQuestions).toBe(false);
  });
  it('wants a time for "when", steps for "how", a cause for "why" (bn, hi, mixed)', () => {
    expect(check('রিফান্ড কবে আসবে?', 'আপনার রিফান্ড ৫ কার্যদিবসের মধ্যে অ্যাকাউন্টে জমা হবে।').answersQuestions).toBe(true);
    expect(check('लोगो कैसे बदलूँ?', "सेटिंग्स में जाकर 'लोगो' चुनें और नई फ़ाइल अपलोड करें।").answersQuestions).toBe(true);
    expect(check('How can I exchange it for a bigger size?', 'Exchanges are always possible with us.').answersQuestions).toBe(false);
    expect(check('Mera bill itna zyada kyun aaya?', 'Is mahine roaming charges lage hain, isliye bill zyada aaya.').answersQuestions).toBe(true);
  });
  it('is true when the customer asked nothing', () => {
    expect(check('Please cancel my order.', 'Done, it is cancelled.').answersQuestions).toBe(true);
  });
});

describe('name used', () => {
  it('accepts the first name, honorifics, and a title with the surname', () => {
    expect(check('Where is it? Thanks, Priya', 'Hi Priya, it ships today.').usesName).toBe(true);
    expect(check('বিলটা কত? ধন্যবাদ, তাপস মণ্ডল', 'তাপসবাবু, বিল ৬৪০ টাকা।').usesName).toBe(true);
    expect(check('बिल कब आएगा? - अंकित', 'अंकित जी, बिल कल आएगा।').usesName).toBe(true);
    expect(check('Hello, my name is Grace Okafor. Is the office open?', 'Dear Ms Okafor, yes it is.').usesName).toBe(true);
  });
  it('is false when the name is unknown or not used', () => {
    expect(check('Where is my order?', 'Hi there, it ships today.').usesName).toBe(false);
    expect(check('Where is it? Thanks, Priya', 'Hello, it ships today. Regards, Sam').usesName).toBe(false);
  });
});

describe('feeling acknowledged', () => {
  it('is null when the customer is not frustrated', () => {
    expect(check('When does my order ship?', 'It ships on Friday.').acknowledgesFeeling).toBeNull();
  });
  it('wants an apology or empathy, not thanks alone, in each language', () => {
    const en = 'This is unacceptable, my order is a week late.';
    expect(check(en, "I'm so sorry about the delay.").acknowledgesFeeling).toBe(true);
    expect(check(en, 'Thank you for your patience.').acknowledgesFeeling).toBe(false);
    expect(check('খুবই বিরক্তিকর, বিল দুবার কেটেছে।', 'আপনার বিরক্তি বুঝতে পারছি, দুঃখিত।').acknowledgesFeeling).toBe(true);
    expect(check('बहुत हो गया, तीसरी बार लिख रहा हूँ।', 'असुविधा के लिए खेद है।').acknowledgesFeeling).toBe(true);
    expect(check('bakwas service, refund nahi aaya', 'Aapka feedback ke liye dhanyavad.').acknowledgesFeeling).toBe(false);
  });
});

describe('expectation set', () => {
  const sets = (draft: string, customer = 'Where is my refund?') => check(customer, draft).setsExpectation;
  it('wants a concrete time or date, or a bounded duration, for this case', () => {
    expect(sets('Your refund will reach your card within 5–7 business days.')).toBe(true);
    expect(sets('I will call you tomorrow at 11 am.')).toBe(true);
    expect(sets('টাকা ৩ কার্যদিবসের মধ্যে ঢুকে যাবে।')).toBe(true);
    expect(sets('रिफंड शुक्रवार तक आपके खाते में आ जाएगा।')).toBe(true);
    expect(sets('Refund 24 ghante ke andar aa jayega.')).toBe(true);
  });
  it('refuses vague timing, past dates, policy windows, settings and offered slots', () => {
    expect(sets('We will process it soon.')).toBe(false);
    expect(sets('শীঘ্রই টাকা ফেরত পাবেন।')).toBe(false);
    expect(sets('जल्द ही आपका रिफंड आ जाएगा।')).toBe(false);
    expect(sets('The refund was issued on 12 April.')).toBe(false);
    expect(sets('पिछले 24 घंटों में कोई लेन-देन नहीं हुआ।')).toBe(false);
    expect(sets('Returns are accepted within 30 days of delivery.')).toBe(false);
    expect(sets('Choose the 1st as the date for the standing order.')).toBe(false);
    expect(sets('We have slots available on Monday or Tuesday — which suits you?')).toBe(false);
  });
  it('counts a usual duration only for something already under way', () => {
    expect(sets('Refunds usually take 5 days.')).toBe(false);
    expect(sets("I've issued your refund; refunds usually take up to 5 days.")).toBe(true);
  });
});

describe('next step', () => {
  const next = (draft: string) => check('My card is not working.', draft).nextStep;
  it('sees actions taken or promised, upcoming events and instructions, in each language', () => {
    expect(next("I've sent you a new card.")).toBe(true);
    expect(next('Please restart your phone and try again.')).toBe(true);
    expect(next('Go to Cards > Manage > Unblock.')).toBe(true);
    expect(next('আমি নতুন কার্ডের অনুরোধ করেছি।')).toBe(true);
    expect(next('অ্যাপে কার্ড বিভাগে গিয়ে আনব্লক বোতামে ক্লিক করুন।')).toBe(true);
    expect(next('मैंने आपका कार्ड चालू कर दिया है।')).toBe(true);
    expect(next('Aapka card kal tak pahunch jayega.')).toBe(true);
  });
  it('does not count explanations, apologies, thanks, generic closings or vague reassurance', () => {
    expect(next('Sorry for the trouble. Cards sometimes fail when the chip is scratched.')).toBe(false);
    expect(next('Thanks for your email. Let us know if you need anything else.')).toBe(false);
    expect(next('Our team is looking into it.')).toBe(false);
    expect(next('আমাদের টিম বিষয়টি দেখছে।')).toBe(false);
    expect(next('हम जल्द ही आपकी समस्या का समाधान करेंगे।')).toBe(false);
  });
  it('follows from an expectation', () => {
    expect(check('When?', 'By Friday.').nextStep).toBe(true);
  });
});

describe('dates that are settings, deadlines or policy', () => {
  it('does not take a deadline or a window the customer may use for an event in this case', () => {
    for (const [m, d] of [
      ['When is the last date?', 'The last date is 20 Nov.'],
      ['When is the deadline?', 'The deadline for claims is 20 Nov.'],
      ['Until when?', 'You can switch at the old price until 31 March.'],
      ['अंतिम तारीख कब है?', 'फ़ॉर्म भरने की अंतिम तारीख 20 नवंबर है।'],
      ['শেষ তারিখ কবে?', 'আবেদনের শেষ তারিখ ২০ নভেম্বর।'],
      ['কবে পর্যন্ত?', 'আপনি ৩১ মার্চ পর্যন্ত নতুন প্ল্যানে বদলাতে পারবেন।'],
      ['Last date kab hai?', 'Form ki last date 30 September hai.'],
    ]) {
      const c = check(m!, d!);
      expect(c.setsExpectation, d).toBe(false);
      expect(c.nextStep, d).toBe(false);
    }
  });
  it('keeps a promised time after a rule closed off by a semicolon', () => {
    expect(check('টাকা কি ফেরত পাব?', 'নিয়ম অনুযায়ী পুরো টাকাই ফেরত পাবেন; ১০ কার্যদিবসের মধ্যে টাকা অ্যাকাউন্টে ফিরে আসবে।').setsExpectation).toBe(true);
    expect(check('Can I get a refund?', 'As per our policy, refunds are issued within 5 days.').setsExpectation).toBe(false);
    expect(check('When?', 'Your refund will arrive by 31 March.').setsExpectation).toBe(true);
  });
});

describe('answers and next steps: question classes from the blind set', () => {
  it('answers a question with no topic words ("What is causing this?", "Actual status kya hai?") with a cause or an action', () => {
    expect(check('What is causing this?', 'A failed certificate renewal on our login service is blocking sign-ins.').answersQuestions).toBe(true);
    expect(check('What is causing this?', 'We are very sorry.').answersQuestions).toBe(false);
    expect(check('Actual status kya hai? Order kab aayega?', "Aapka order ship ho chuka hai. Order Friday tak deliver ho jayega.").answersQuestions).toBe(true);
    expect(check("Can someone tell me what's happening?", 'Our engineer will fit the new part on Thursday.').answersQuestions).toBe(true);
  });
  it('does not take an earlier step for an arrival time ("dispatched", "on the way")', () => {
    expect(check('When will the engineer get here?', 'An engineer has been dispatched and is on the way.').answersQuestions).toBe(false);
    expect(check('When will the engineer get here?', 'The engineer will reach you by 4 pm.').answersQuestions).toBe(true);
    expect(check('When will my parcel arrive?', 'Your parcel has been delivered to your neighbour.').answersQuestions).toBe(true);
  });
  it('still takes a refusal phrased with a pronoun for an answer', () => {
    expect(check('Can you refund one of them?', "Unfortunately we can't refund it.").answersQuestions).toBe(true);
    expect(check('আপনি কি একটা চার্জ ফেরত দিতে পারবেন?', 'দুঃখিত, আমরা এটা ফেরত দিতে পারব না।').answersQuestions).toBe(true);
  });
  it('does not take a habit or a place for an action', () => {
    expect(check('Wrong colour again.', 'Our warehouse sometimes mixes up colour variants because they share a barcode.').nextStep).toBe(false);
    expect(check('Wrong colour again.', 'Our courier collected the parcel this morning.').nextStep).toBe(true);
    expect(check('পার্সেল কবে আসবে?', 'দুঃখিত, হাবে একটু দেরি হচ্ছে। আমরা বিষয়টি দেখছি।').nextStep).toBe(false);
    expect(check('পার্সেল কবে আসবে?', 'টেকনিশিয়ান কাল আসবে।').nextStep).toBe(true);
  });
});
