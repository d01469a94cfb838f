import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from './settings';

describe('readSettings', () => {
  it('returns defaults for nothing or garbage', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ agent: 5 })).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid addresses and domains, normalised and deduplicated', () => {
    const s = readSettings({
      agent: { addresses: [' Team@Acme.test ', 'team@acme.test', 'not an address', 42], domains: ['@Acme-Support.test', 'bad domain', 'x'] },
    });
    expect(s.agent).toEqual({ addresses: ['team@acme.test'], domains: ['acme-support.test'] });
  });
  it('takes the lists an enterprise policy sets over the stored ones', () => {
    const stored = { agent: { addresses: ['me@acme.test'], domains: ['acme.test'] } };
    expect(readSettings(stored, { agent: { domains: ['Acme-Support.test'] } }).agent).toEqual({ addresses: ['me@acme.test'], domains: ['acme-support.test'] });
    expect(readSettings(stored, {}).agent).toEqual(stored.agent);
    expect(readSettings(stored, { agent: 'x' }).agent).toEqual(stored.agent);
  });
  it('reads the reminder on Send: off by default, a policy switch over the stored one, non-booleans ignored', () => {
    expect(readSettings(undefined).remindOnSend).toBe(false);
    expect(readSettings({ listening: {} }).remindOnSend).toBe(false);
    expect(readSettings({ listening: { remindOnSend: true } }).remindOnSend).toBe(true);
    expect(readSettings({ listening: { remindOnSend: 'yes' } }).remindOnSend).toBe(false);
    expect(readSettings({ listening: { remindOnSend: true } }, { listening: { remindOnSend: false } }).remindOnSend).toBe(false);
    expect(readSettings({ listening: { remindOnSend: false } }, { listening: { remindOnSend: true } }).remindOnSend).toBe(true);
    expect(readSettings({ listening: { remindOnSend: true } }, { listening: { remindOnSend: 1 } }).remindOnSend).toBe(true);
    expect(readSettings({ listening: { remindOnSend: true } }, { listening: 'x' }).remindOnSend).toBe(true);
  });
});
