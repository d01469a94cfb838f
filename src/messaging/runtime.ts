import browser from 'webextension-polyfill';

/**
 * False once this script's extension context is gone (the extension was updated, reloaded or
 * removed while the page stayed open); extension APIs then throw "Extension context invalidated".
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}
