/**
 * The effective settings (the organisation's policy over this browser's settings) for an
 * extension page, kept current. This browser's settings apply as soon as they are read and the
 * policy when it arrives: Chrome can take seconds to answer storage.managed (2.5 s measured
 * 2026-11-23 at browser start, Chromium 156), and the page should not wait for it.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../core/schema/settings';
import { resolveEffective, type Effective } from '../core/schema/effective';

/**
 * Calls back with the effective settings after each read and each change. The first call comes
 * once this browser's settings are read (with no policy yet, unless it came first).
 */
export function watchEffectiveSettings(onChange: (effective: Effective) => void, what = 'settings'): void {
  let local: unknown;
  let policy: unknown = {};
  let localRead = false;
  const apply = () => {
    if (localRead) onChange(resolveEffective(local, policy));
  };
  const failed = (error: unknown) => console.error(`[support-panel] could not read the ${what}; defaults used`, error);
  const readPolicy = () =>
    browser.storage.managed
      .get()
      // Firefox without a managed manifest, and Chrome without policy, reject or return nothing.
      .catch(() => ({}))
      .then((managed) => {
        policy = managed;
        apply();
      });
  browser.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => {
      local = stored[SETTINGS_KEY];
      localRead = true;
      apply();
    })
    .catch((error: unknown) => {
      failed(error);
      localRead = true;
      apply();
    });
  readPolicy().catch(failed);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) {
      local = changes[SETTINGS_KEY].newValue;
      apply();
    } else if (area === 'managed') {
      readPolicy().catch(failed);
    }
  });
}
