/**
 * Title and message templates: "{customer.firstName}", "{subject}", "{agent.name}", "{date}",
 * "{date.label}". Rendered once, when the reminder is created (the reminder keeps the text).
 */
import { PLACEHOLDERS, type Placeholder } from './types';

const TOKEN = /\{([A-Za-z.]+)\}/g;

export type TemplateValues = Partial<Record<Placeholder, string>>;

/** Placeholders used in a template that are not known (typos such as "{customer.first}"). */
export function unknownPlaceholders(template: string): string[] {
  const out = new Set<string>();
  for (const m of template.matchAll(TOKEN)) if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) out.add(m[1]!);
  return [...out];
}

/** Fills known placeholders (an unknown value becomes empty); whitespace left doubled by an empty value is tidied. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(TOKEN, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? (values[name as Placeholder] ?? '') : whole))
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.!?])/g, '$1')
    .trim();
}

/**
 * The name to greet someone by: the first word of "Meera Kapoor", the part after the comma of
 * "Kapoor, Meera", else the first part of the address's local part ("meera.kapoor@" → "Meera").
 */
export function firstName(name: string, address: string | null): string {
  const clean = name.replace(/["'“”]/g, '').replace(/\(.*?\)/g, '').trim();
  if (clean && !clean.includes('@')) {
    const [last, rest] = clean.split(',', 2);
    const given = rest !== undefined && rest.trim() ? rest.trim() : last!.trim();
    const first = given.split(/\s+/)[0];
    if (first) return first;
  }
  const local = (address ?? (clean.includes('@') ? clean : '')).split('@')[0] ?? '';
  const part = local.split(/[._+\-\d]+/).find((p) => p.length > 0) ?? '';
  return part ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : '';
}
