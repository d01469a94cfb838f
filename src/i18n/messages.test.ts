import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMessage, pickLanguage, type Messages } from './messages';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (lang: string) => JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;

describe('formatMessage', () => {
  it('substitutes named placeholders, direct $n and $$ as Chrome does', () => {
    const entry = { message: 'Waiting $DURATION$ for $who$ ($$5 fee, $2)', placeholders: { duration: { content: '$1' }, who: { content: 'customer $2' } } };
    expect(formatMessage(entry, ['47 min', 'Asha'])).toBe('Waiting 47 min for customer Asha ($5 fee, Asha)');
    expect(formatMessage(entry, '3 h')).toBe('Waiting 3 h for customer  ($5 fee, )');
    expect(formatMessage({ message: 'No placeholders' })).toBe('No placeholders');
  });

  it('formats every message of every locale without leaving a placeholder behind', () => {
    for (const lang of ['en', 'bn', 'hi']) {
      for (const [key, entry] of Object.entries(load(lang))) {
        expect(formatMessage(entry, ['A', 'B', 'C', 'D']), `${lang}.${key}`).not.toMatch(/\$[A-Za-z_]+\$/);
      }
    }
  });
});

describe('pickLanguage', () => {
  it('uses the override, else the browser language when we have it, else English', () => {
    expect(pickLanguage('bn', 'en-US')).toBe('bn');
    expect(pickLanguage('auto', 'hi-IN')).toBe('hi');
    expect(pickLanguage(undefined, 'bn_BD')).toBe('bn');
    expect(pickLanguage('fr', 'de-DE')).toBe('en');
  });
});
