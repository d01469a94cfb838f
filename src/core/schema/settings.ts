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
}

export const DEFAULT_SETTINGS: Settings = { version: 1, agent: { addresses: [], domains: [] } };

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

/**
 * Reads whatever is stored into valid Settings: unknown or malformed parts fall back to defaults,
 * so a damaged store never breaks the content script.
 */
export function readSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return structuredClone(DEFAULT_SETTINGS);
  const agent = (stored as { agent?: unknown }).agent;
  const a = typeof agent === 'object' && agent !== null ? (agent as Record<string, unknown>) : {};
  return { version: 1, agent: { addresses: cleanList(a.addresses, ADDRESS), domains: cleanList(a.domains, DOMAIN) } };
}
