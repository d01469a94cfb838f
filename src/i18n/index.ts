/**
 * UI strings and formats for the extension's pages (panel, options, dashboard). The language
 * follows the browser unless the options page sets another (settings.ui.language, which policy
 * may set too); then that locale's messages.json is loaded and substituted here, since
 * browser.i18n.getMessage only ever answers in the browser's language. Dates and numbers are
 * formatted with Intl for the same language.
 */
import browser from 'webextension-polyfill';
import { formatMessage, pickLanguage, type Messages, type UiLang } from './messages';

const SETTINGS_KEY = 'settings';

let language: UiLang | null = null;
let messages: Messages | null = null;
let english: Messages | null = null;

const languageSetting = (value: unknown): unknown =>
  (value as { ui?: { language?: unknown } } | undefined)?.ui?.language;

/**
 * Chrome can take seconds to answer storage.managed at browser start (2.5 s measured 2026-11-23,
 * Chromium 156, no policy installed), and the first render waits for the language. So the policy
 * gets this long; a language it sets later still takes effect through watchLanguage's reload.
 */
const POLICY_WAIT_MS = 200;

async function readSetting(waitForPolicy = POLICY_WAIT_MS): Promise<unknown> {
  const [local, managed] = await Promise.all([
    browser.storage.local.get(SETTINGS_KEY),
    Promise.race([
      // Firefox rejects when no policy is installed.
      browser.storage.managed.get('ui').catch(() => ({})),
      // (setTimeout would fire at once for Infinity.)
      ...(Number.isFinite(waitForPolicy) ? [new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), waitForPolicy))] : []),
    ]),
  ]);
  return languageSetting(managed) ?? languageSetting(local[SETTINGS_KEY]);
}

async function load(lang: UiLang): Promise<Messages> {
  const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
  if (!response.ok) throw new Error(`messages for ${lang}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
}

const browserLanguage = (): string => browser.i18n.getUILanguage() || 'en';

/** Call before the first render. Never throws: on any failure the browser's language is used. */
export async function initI18n(): Promise<void> {
  try {
    const chosen = pickLanguage(await readSetting(), browserLanguage());
    language = chosen;
    if (chosen !== pickLanguage(undefined, browserLanguage())) {
      [messages, english] = await Promise.all([load(chosen), chosen === 'en' ? Promise.resolve(null) : load('en')]);
    }
  } catch (error) {
    console.warn('[support-panel] language override unavailable; using the browser language', error);
    messages = null;
  }
}

/** Every UI string comes from public/_locales/<lang>/messages.json. */
export function t(key: string, substitutions?: string | string[]): string {
  const entry = messages?.[key] ?? english?.[key];
  const text = entry ? formatMessage(entry, substitutions) : browser.i18n.getMessage(key, substitutions);
  if (!text) console.warn('[support-panel] missing message', key);
  return text || key;
}

/** The language the page shows, for Intl formats and `<html lang>`. */
export const uiLanguage = (): string => (messages ? language! : browserLanguage());

/** Calls back when the chosen language changes (pages reload to show it everywhere at once). */
export function watchLanguage(onChange: () => void): void {
  // Compared as the language shown: 'auto' and no setting at all are the same.
  const shown = (setting: unknown) => pickLanguage(setting, browserLanguage());
  let current: UiLang | null = null;
  // The language the page was rendered in; then the policy's, however late it comes.
  current = language;
  void readSetting(Infinity).then((v) => {
    if (current !== null && shown(v) !== current) onChange();
    current = shown(v);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && changes[SETTINGS_KEY]) || area === 'managed') {
      void readSetting(Infinity).then((next) => {
        if (current !== null && shown(next) !== current) onChange();
        current = shown(next);
      });
    }
  });
}
