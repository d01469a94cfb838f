/**
 * Chrome's message format (public/_locales/<lang>/messages.json), for pages that show a language
 * other than the browser's: `$name$` placeholders whose content may refer to substitutions
 * `$1`…`$9`, direct `$1`…`$9`, and `$$` for a dollar sign. Pure, so it is tested against the
 * same rules browser.i18n.getMessage follows.
 */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

export const UI_LANGS = ['en', 'bn', 'hi'] as const;
export type UiLang = (typeof UI_LANGS)[number];

function substituteNumbers(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}

export function formatMessage(entry: MessageEntry, substitutions: string | readonly string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name: string | undefined, digit: string | undefined) => {
    if (match === '$$') return '$';
    if (digit !== undefined) return subs[Number(digit) - 1] ?? '';
    const content = placeholders[name!.toLowerCase()];
    return content === undefined ? match : substituteNumbers(content, subs);
  });
}

/** The language to show: the override when set, else the browser's if we have it, else English. */
export function pickLanguage(setting: unknown, browserLanguage: string): UiLang {
  if (typeof setting === 'string' && (UI_LANGS as readonly string[]).includes(setting)) return setting as UiLang;
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (UI_LANGS as readonly string[]).includes(base) ? (base as UiLang) : 'en';
}
