/**
 * Settings that every part of the extension reads. Stored in storage.local under SETTINGS_KEY.
 * This first version holds the agent's identity; later versions add targets, calendars, rules.
 */
export const SETTINGS_KEY = 'settings';

export interface AgentIdentity {
  /** Addresses that are the agent's own besides the signed-in account (aliases, shared inboxes). */
  addresses: string[];
  /** Domains whose senders are colleagues (replies from them count as agent replies). */
  domains: string[];
}

export interface Settings {
  version: 1;
  agent: AgentIdentity;
  /** settings.listening.remindOnSend: tell the panel when Send is pressed (off by default). */
  remindOnSend: boolean;
}

export const DEFAULT_SETTINGS: Settings = { version: 1, agent: { addresses: [], domains: [] }, remindOnSend: false };

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

function cleanList(input: unknown, pattern: RegExp): string[] {
  if (!Array.isArray(input)) return [];
  const out = new Set<string>();
  for (const item of input.slice(0, 500)) {
    if (typeof item !== 'string') continue;
    const v = item.trim().toLowerCase().replace(/^@/, '');
    if (pattern.test(v)) out.add(v);
  }
  return [...out];
}

const sectionOf = (value: unknown, name: 'agent' | 'listening'): Record<string, unknown> => {
  const section = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
  return typeof section === 'object' && section !== null ? (section as Record<string, unknown>) : {};
};

/**
 * Reads whatever is stored into valid Settings: unknown or malformed parts fall back to defaults,
 * so a damaged store never breaks the content script. `policy` is chrome.storage.managed: a list
 * it sets replaces this browser's, and so does a switch (as effective.ts does, without the schema
 * library, which the content script's size budget cannot carry).
 */
export function readSettings(stored: unknown, policy?: unknown): Settings {
  const a = sectionOf(stored, 'agent');
  const p = sectionOf(policy, 'agent');
  const pick = (key: 'addresses' | 'domains') => (Array.isArray(p[key]) ? p[key] : a[key]);
  const remind = [sectionOf(policy, 'listening').remindOnSend, sectionOf(stored, 'listening').remindOnSend].find((x) => typeof x === 'boolean');
  return {
    version: 1,
    agent: { addresses: cleanList(pick('addresses'), ADDRESS), domains: cleanList(pick('domains'), DOMAIN) },
    remindOnSend: remind === true,
  };
}
