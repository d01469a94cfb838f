/**
 * Which response targets apply to a conversation. A supervisor lists rules in order; the first
 * whose conditions all match wins (as helpdesk SLA policies do), otherwise the team's base
 * targets apply. Within one condition any listed value matches.
 */
import type { SlaPolicy } from './sla';

export interface PolicyConditions {
  /** Site ids, e.g. ['gmail', 'zendesk']. */
  sites?: string[];
  /** Labels or tags shown on the conversation (matched case-insensitively). */
  labels?: string[];
  /** Customer e-mail domains, e.g. ['bigcorp.com'] (sub-domains match too). */
  customerDomains?: string[];
  /** Words or phrases in the subject, e.g. ['urgent', 'outage'] (case-insensitive, whole words). */
  subjectWords?: string[];
}

export interface PolicyRule {
  name: string;
  when: PolicyConditions;
  /** Targets this rule sets; any left out come from the base targets. */
  firstResponseMs?: number;
  nextResponseMs?: number;
  warnBeforeMs?: number;
}

export interface PolicySubject {
  site: string;
  subject: string;
  customerAddress: string | null;
  labels?: string[];
}

export interface SelectedPolicy {
  policy: SlaPolicy;
  /** The rule that matched, or null for the base targets. */
  rule: string | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordsMatch(words: string[], text: string): boolean {
  return words.some((w) => {
    const word = w.trim();
    return word !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });
}

function domainOf(address: string | null): string | null {
  const at = address?.lastIndexOf('@') ?? -1;
  return at >= 0 ? address!.slice(at + 1).toLowerCase() : null;
}

export function matches(when: PolicyConditions, c: PolicySubject): boolean {
  if (when.sites?.length && !when.sites.includes(c.site)) return false;
  if (when.labels?.length) {
    const have = new Set((c.labels ?? []).map((l) => l.toLowerCase()));
    if (!when.labels.some((l) => have.has(l.toLowerCase()))) return false;
  }
  if (when.customerDomains?.length) {
    const domain = domainOf(c.customerAddress);
    if (!domain || !when.customerDomains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`))) return false;
  }
  if (when.subjectWords?.length && !wordsMatch(when.subjectWords, c.subject)) return false;
  return true;
}

export function selectPolicy(rules: readonly PolicyRule[], base: SlaPolicy, conversation: PolicySubject): SelectedPolicy {
  const rule = rules.find((r) => matches(r.when, conversation));
  if (!rule) return { policy: base, rule: null };
  return {
    policy: {
      ...base,
      firstResponseMs: rule.firstResponseMs ?? base.firstResponseMs,
      nextResponseMs: rule.nextResponseMs ?? base.nextResponseMs,
      warnBeforeMs: rule.warnBeforeMs ?? base.warnBeforeMs,
    },
    rule: rule.name,
  };
}
