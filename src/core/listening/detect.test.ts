import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect';
import { DEFAULT_LIBRARY } from './library';

const detect = (text: string) => detectLanguage(text, DEFAULT_LIBRARY);

describe('language detection', () => {
  it('reads English, Bengali and Hindi', () => {
    expect(detect('Could you tell me when my order will arrive?')).toEqual({ lang: 'en', script: 'latin', mixed: false });
    expect(detect('আমার অর্ডার কবে আসবে?')).toMatchObject({ lang: 'bn', script: 'bengali', mixed: false });
    expect(detect('मेरा ऑर्डर कब आएगा?')).toMatchObject({ lang: 'hi', script: 'devanagari', mixed: false });
  });
  it('recognises Hinglish and Banglish in Latin script', () => {
    expect(detect('bhai mera refund abhi tak nahi aaya, kab aayega?')).toEqual({ lang: 'hi', script: 'latin', mixed: true });
    expect(detect('amar order ta ekhono ashe ni, kobe pabo ektu bolben?')).toEqual({ lang: 'bn', script: 'latin', mixed: true });
    expect(detect('Apnader delivery charge koto?')).toMatchObject({ lang: 'bn', script: 'latin' });
  });
  it('treats Bangla or Devanagari grammar with English words as that language, mixed', () => {
    expect(detect('আমার Amazon order টা এখনও deliver হয়নি, tracking এ দেখাচ্ছে delayed।')).toMatchObject({ lang: 'bn', mixed: true });
    expect(detect('मेरी gas booking का status क्या है? Booking ID 77812.')).toMatchObject({ lang: 'hi', mixed: true });
  });
  it('keeps an English message with a stray Indian word or name English', () => {
    expect(detect('Thanks for the help with the refund. Regards, Rahul')).toMatchObject({ lang: 'en' });
    expect(detect('Please deliver to 12 Lake Road. — রাহুল')).toMatchObject({ lang: 'en' });
  });
});
