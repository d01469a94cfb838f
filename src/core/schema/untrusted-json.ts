/**
 * Reading JSON that someone handed us (a rule pack, a backup): bounded in size and nesting,
 * free of keys that would pollute prototypes once merged, and free of markup or script in its
 * strings, which we never need and which would be dangerous the day some code rendered it as
 * HTML. Every refusal names where in the file the problem is.
 */
import type { Problem } from './settings-schema';

export interface UntrustedJsonLimits {
  maxBytes: number;
  /** Arrays and objects inside each other, counting the outermost as 1. */
  maxDepth: number;
  /** Stop after this many problems: one file can hold millions. */
  maxProblems?: number;
  /** Check strings for markup (false for data where such text may be legitimate, e.g. subjects). */
  checkMarkup?: boolean;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Markup and script: an HTML tag, comment or doctype; a javascript:/vbscript: URL; an HTML data
 * URL; an inline event handler. Plain text like "< 5 min" or "a > b" in a CSS selector passes.
 */
const MARKUP = /<\s*\/?\s*[a-z!?]|\b(?:java|vb)script\s*:|data\s*:\s*text\/html|\bon[a-z]{3,}\s*=\s*["'`]/i;

export const looksLikeMarkup = (text: string): boolean => MARKUP.test(text);

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;

function lineAndColumn(text: string, index: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) ((line += 1), (last = i));
  return `line ${line}, column ${index - last}`;
}

/**
 * Nesting depth before parsing: JSON.parse itself would build a million nested arrays from a
 * 2 MB file before we could look at them.
 */
function depthProblem(text: string, maxDepth: number): Problem | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return { path: '', message: `nested more than ${maxDepth} levels deep (at ${lineAndColumn(text, i)})` };
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

const pathKey = (path: string, key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}${path ? '.' : ''}${key}` : `${path}[${JSON.stringify(key.slice(0, 60))}]`);

export function readUntrustedJson(text: string, limits: UntrustedJsonLimits, byteLength = utf8Length(text)): JsonRead {
  const maxProblems = limits.maxProblems ?? 20;
  if (byteLength > limits.maxBytes) {
    return { ok: false, problems: [{ path: '', message: `the file is ${formatBytes(byteLength)}; at most ${formatBytes(limits.maxBytes)} is accepted` }] };
  }
  const deep = depthProblem(text, limits.maxDepth);
  if (deep) return { ok: false, problems: [deep] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const problems: Problem[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length && problems.length < maxProblems) {
    const { value: node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (limits.checkMarkup !== false && looksLikeMarkup(node)) problems.push({ path, message: 'contains HTML or script, which settings never need' });
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: `${path}[${i}]` });
    } else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const at = pathKey(path, key);
        if (FORBIDDEN_KEYS.has(key)) problems.push({ path: at, message: `"${key}" is not allowed as a name (it could change how objects behave)` });
        else stack.push({ value: (node as Record<string, unknown>)[key], path: at });
      }
    }
  }
  if (problems.length >= maxProblems) problems.push({ path: '', message: 'and possibly more problems' });
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
