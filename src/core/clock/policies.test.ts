import { describe, expect, it } from 'vitest';
import { matches, selectPolicy, type PolicyRule } from './policies';
import type { SlaPolicy } from './sla';

const H = 3_600_000;
const base: SlaPolicy = { firstResponseMs: 4 * H, nextResponseMs: 8 * H, warnBeforeMs: 900_000, pauseStatuses: ['pending'] };
const rules: PolicyRule[] = [
  { name: 'Outages', when: { subjectWords: ['outage', 'site down'] }, firstResponseMs: 0.5 * H },
  { name: 'BigCorp on Zendesk', when: { sites: ['zendesk'], customerDomains: ['bigcorp.com'] }, firstResponseMs: H, nextResponseMs: 2 * H },
  { name: 'VIP label', when: { labels: ['VIP'] }, nextResponseMs: 3 * H },
];
const conv = { site: 'gmail', subject: 'Question about my invoice', customerAddress: 'ana@example.com' };

describe('selectPolicy', () => {
  it('falls back to the base targets', () => {
    expect(selectPolicy(rules, base, conv)).toEqual({ policy: base, rule: null });
  });
  it('takes the first rule whose conditions all match, filling in the rest from the base', () => {
    const both = { ...conv, site: 'zendesk', customerAddress: 'x@eu.bigcorp.com', subject: 'Outage in EU' };
    expect(selectPolicy(rules, base, both)).toEqual({ policy: { ...base, firstResponseMs: 0.5 * H }, rule: 'Outages' });
    expect(selectPolicy(rules, base, { ...both, subject: 'Renewal' })).toEqual({
      policy: { ...base, firstResponseMs: H, nextResponseMs: 2 * H },
      rule: 'BigCorp on Zendesk',
    });
  });
  it('needs every condition of a rule', () => {
    expect(matches(rules[1]!.when, { ...conv, customerAddress: 'x@bigcorp.com' })).toBe(false);
    expect(matches(rules[1]!.when, { ...conv, site: 'zendesk', customerAddress: 'x@notbigcorp.com' })).toBe(false);
    expect(matches(rules[1]!.when, { ...conv, site: 'zendesk', customerAddress: null })).toBe(false);
  });
  it('matches subject words whole and case-insensitively, in any script', () => {
    expect(matches({ subjectWords: ['outage'] }, { ...conv, subject: 'OUTAGE!' })).toBe(true);
    expect(matches({ subjectWords: ['outage'] }, { ...conv, subject: 'outages report' })).toBe(false);
    expect(matches({ subjectWords: ['জরুরি'] }, { ...conv, subject: 'জরুরি: লাইন বন্ধ' })).toBe(true);
    expect(matches({ subjectWords: ['a.b'] }, { ...conv, subject: 'aXb' })).toBe(false);
  });
  it('matches labels case-insensitively', () => {
    expect(selectPolicy(rules, base, { ...conv, labels: ['vip'] }).rule).toBe('VIP label');
  });
});
