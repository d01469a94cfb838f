/**
 * Checks a custom helpdesk definition before it is stored or used: every problem with the field
 * path it belongs to ("urlPattern", "selectors.message"), so the options page can show each one
 * next to its field (by code, translated) and change nothing while any remain.
 */
import type { GenericSiteConfig } from './config';
import { matchPattern } from './detect';

export type GenericConfigProblemCode = 'required' | 'invalid-id' | 'invalid-pattern' | 'invalid-selector';

export interface GenericConfigProblem {
  /** Dotted path of the field: 'id', 'name', 'urlPattern', 'selectors.author', … */
  path: string;
  code: GenericConfigProblemCode;
  /** English detail for logs and diagnostics; the UI shows its own text for the code. */
  message: string;
}

type SelectorKey = keyof GenericSiteConfig['selectors'];
export const REQUIRED_SELECTORS: readonly SelectorKey[] = ['conversation', 'message', 'author', 'time', 'agentMessage'];
export const OPTIONAL_SELECTORS: readonly SelectorKey[] = ['body', 'subject', 'customer', 'replyBox', 'status'];

/** A selector a browser can parse; without a DOM (a worker) only its shape is checked. */
export function isValidSelector(selector: string): boolean {
  if (!selector.trim() || selector.length > 1000) return false;
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return true;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateGenericConfig(config: unknown): GenericConfigProblem[] {
  const problems: GenericConfigProblem[] = [];
  const add = (path: string, code: GenericConfigProblemCode, message: string) => problems.push({ path, code, message });
  const c = isRecord(config) ? config : {};

  if (typeof c.id !== 'string' || !c.id) add('id', 'required', 'An id is required.');
  else if (!/^[A-Za-z0-9-]{1,64}$/.test(c.id)) add('id', 'invalid-id', 'Use letters, digits and dashes only (at most 64).');

  if (typeof c.name !== 'string' || !c.name.trim()) add('name', 'required', 'A name is required.');

  if (typeof c.urlPattern !== 'string' || !c.urlPattern.trim()) add('urlPattern', 'required', 'A URL pattern is required.');
  else if (!matchPattern(c.urlPattern)) {
    add('urlPattern', 'invalid-pattern', 'Not a match pattern: use scheme://host/path, e.g. https://support.acme.test/* or https://*.acme.test/tickets/*.');
  }

  const selectors = isRecord(c.selectors) ? c.selectors : {};
  for (const key of [...REQUIRED_SELECTORS, ...OPTIONAL_SELECTORS]) {
    const value = selectors[key];
    const path = `selectors.${key}`;
    if (value === undefined || value === '') {
      if (REQUIRED_SELECTORS.includes(key)) add(path, 'required', 'This selector is required.');
    } else if (typeof value !== 'string' || !isValidSelector(value)) {
      add(path, 'invalid-selector', `Not a valid CSS selector: ${String(value).slice(0, 80)}`);
    }
  }
  return problems;
}
