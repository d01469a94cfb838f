import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  CHECKLIST_ITEMS,
  DEFAULT_LIBRARY,
  LANGS,
  LIMITS,
  LIST_NAMES,
  PromptLibraryOverrideSchema,
  PromptLibrarySchema,
  fillSuggestion,
  mergeLibrary,
} from './library';
import { analyzeMessage, checkDraft } from './index';

describe('prompt library', () => {
  it('is valid JSON data under its own schema, with every list and suggestion in every language', () => {
    const json = JSON.parse(JSON.stringify(DEFAULT_LIBRARY));
    expect(v.safeParse(PromptLibrarySchema, json).success).toBe(true);
    for (const lang of LANGS) {
      for (const name of LIST_NAMES) expect(Array.isArray(DEFAULT_LIBRARY.languages[lang][name]), `${lang}.${name}`).toBe(true);
      for (const item of CHECKLIST_ITEMS) expect(DEFAULT_LIBRARY.languages[lang].suggestions[item].length).toBeGreaterThan(0);
    }
  });
  it('has suggestions written in each language', () => {
    expect(DEFAULT_LIBRARY.languages.bn.suggestions.acknowledgeFeeling).toMatch(/[\u0980-\u09ff]/);
    expect(DEFAULT_LIBRARY.languages.hi.suggestions.acknowledgeFeeling).toMatch(/[\u0900-\u097f]/);
    expect(DEFAULT_LIBRARY.languages.hi.suggestionsLatin?.acknowledgeFeeling).toMatch(/^[\x20-\x7e—’“”]+$/);
  });
  it('refuses oversized lists and texts and unknown fields', () => {
    const tooMany = structuredClone(DEFAULT_LIBRARY) as { languages: { en: { urgent: string[] } } };
    tooMany.languages.en.urgent = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `w${i}`);
    expect(v.safeParse(PromptLibrarySchema, tooMany).success).toBe(false);
    const tooLong = { version: 1, languages: { en: { suggestions: { useName: 'x'.repeat(LIMITS.suggestionChars + 1) } } } };
    expect(v.safeParse(PromptLibraryOverrideSchema, tooLong).success).toBe(false);
    expect(v.safeParse(PromptLibraryOverrideSchema, { version: 1, languages: { en: { colour: ['red'] } } }).success).toBe(false);
    expect(v.safeParse(PromptLibraryOverrideSchema, { version: 1, languages: { en: { urgent: [''] } } }).success).toBe(false);
  });
  it('merges an override: given lists replace the defaults, the rest stay', () => {
    const merged = mergeLibrary(DEFAULT_LIBRARY, {
      version: 1,
      languages: { en: { urgent: ['pronto'], suggestions: { useName: 'Dear {customer.firstName},' } } },
    });
    expect(merged.languages.en.urgent).toEqual(['pronto']);
    expect(merged.languages.en.frustration).toEqual(DEFAULT_LIBRARY.languages.en.frustration);
    expect(merged.languages.en.suggestions.useName).toBe('Dear {customer.firstName},');
    expect(merged.languages.en.suggestions.nextStep).toBe(DEFAULT_LIBRARY.languages.en.suggestions.nextStep);
    expect(merged.languages.bn).toEqual(DEFAULT_LIBRARY.languages.bn);
    expect(v.safeParse(PromptLibrarySchema, merged).success).toBe(true);
    // The defaults are not changed by merging.
    expect(DEFAULT_LIBRARY.languages.en.urgent).toContain('asap');
  });
  it('drives detection: an edited word list changes what the engine sees', () => {
    const text = 'Please sort this out pronto.';
    expect(analyzeMessage(text).urgent).toBe(false);
    const library = mergeLibrary(DEFAULT_LIBRARY, { version: 1, languages: { en: { urgent: [...DEFAULT_LIBRARY.languages.en.urgent, 'pronto'] } } });
    const a = analyzeMessage(text, { library });
    expect(a.urgent).toBe(true);
    expect(text.slice(a.cues[0]!.start, a.cues[0]!.end)).toBe('pronto');
    const sorry = mergeLibrary(DEFAULT_LIBRARY, { version: 1, languages: { en: { acknowledge: ['my bad'] } } });
    const angry = analyzeMessage('This is unacceptable.');
    expect(checkDraft(angry, 'My bad, fixed now.', { library: sorry }).acknowledgesFeeling).toBe(true);
    expect(checkDraft(angry, "I'm sorry, fixed now.", { library: sorry }).acknowledgesFeeling).toBe(false);
  });
  it('fills suggestion placeholders and tidies a missing name', () => {
    expect(fillSuggestion('Hi {customer.firstName},', { firstName: 'Priya' })).toBe('Hi Priya,');
    expect(fillSuggestion('Hi {customer.firstName},', { firstName: null })).toBe('Hi,');
    expect(fillSuggestion('You asked: “{question}”', { question: 'When?' })).toBe('You asked: “When?”');
  });
});
