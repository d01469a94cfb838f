/**
 * The one schema of the extension's settings (valibot), section by section, with the defaults.
 * The options page validates input with it, rule-pack import and enterprise policy are checked
 * against it, the background reads stored settings through it (effective.ts), and the
 * managed-storage schema in the manifest is generated from it (managed-schema.ts).
 *
 * Stored in storage.local under `settings` as `{version: SETTINGS_VERSION, agent, sla, sites,
 * privacy, ui}`; older stored versions are brought up to date by migrations.ts.
 */
import * as v from 'valibot';
import { validateCalendar, formatIssue, MAX_HOLIDAYS, MAX_INTERVALS_PER_DAY, type Calendar } from '../clock/calendar';
import type { SiteId } from '../snapshot';
import { ReminderSettingsSchema } from '../rules/schema';
import { PromptLibraryOverrideSchema } from '../listening/library';

export const SETTINGS_VERSION = 2;

// Caps keep validation and storage cheap on hostile input; real configurations are far smaller.
export const MAX_LIST = 200;
export const MAX_TEXT = 200;
export const MAX_RULES = 200;
export const MAX_CUSTOM_SITES = 50;
const MAX_MINUTES = 366 * 24 * 60;

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max = MAX_LIST) => v.pipe(v.array(item), v.maxLength(max, `at most ${max} entries`));
const minutes = (allowZero: boolean) =>
  v.pipe(
    v.number('must be a number of minutes'),
    v.finite('must be a number of minutes'),
    allowZero ? v.minValue(0, 'must be 0 or more') : v.gtValue(0, 'must be more than 0'),
    v.maxValue(MAX_MINUTES, `must be at most ${MAX_MINUTES} minutes (366 days)`),
  );

// ---------------------------------------------------------------------------------------- agent
export const AgentSchema = v.strictObject({
  /** Addresses that are the agent's own besides the signed-in account (aliases, shared inboxes). */
  addresses: list(v.pipe(v.string(), v.regex(ADDRESS, 'is not an e-mail address (name@example.com)'), v.toLowerCase())),
  /** Domains whose senders are colleagues (replies from them count as agent replies). */
  domains: list(v.pipe(v.string(), v.regex(DOMAIN, 'is not a domain in lower case (example.com)'))),
});

// ------------------------------------------------------------------------------------------ sla
export const PAUSE_STATUSES = ['pending', 'onhold', 'solved'] as const;
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const wallTime = v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/, 'is not a time HH:MM'));
const interval = v.tuple([wallTime, wallTime]);
const day = v.pipe(v.array(interval), v.maxLength(MAX_INTERVALS_PER_DAY));

/**
 * A business calendar: the shape here (so policy schemas can be generated from it), the meaning
 * (real time zone, dates, ordered intervals, not an empty week) from the clock's own validation.
 */
export const CalendarSchema = v.pipe(
  v.strictObject({
    timeZone: v.string(),
    week: v.optional(v.strictObject(Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, v.optional(day)])) as Record<(typeof WEEKDAY_KEYS)[number], v.OptionalSchema<typeof day, undefined>>)),
    holidays: v.optional(v.pipe(v.array(v.string()), v.maxLength(MAX_HOLIDAYS))),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    // Shape problems are already reported at their own paths.
    if (!dataset.typed || (dataset as { issues?: unknown }).issues) return;
    const checked = validateCalendar(dataset.value);
    if (!checked.ok) for (const issue of checked.errors) addIssue({ message: formatIssue(issue) });
  }),
) as v.GenericSchema<Calendar, Calendar>;

const CONDITION_KEYS = ['sites', 'labels', 'customerDomains', 'subjectWords'] as const;

export const PolicyRuleSchema = v.pipe(
  v.strictObject({
    name: text(),
    when: v.pipe(
      v.strictObject({
        sites: v.optional(list(text())),
        labels: v.optional(list(text())),
        customerDomains: v.optional(list(text())),
        subjectWords: v.optional(list(text())),
      }),
      v.check((when) => CONDITION_KEYS.some((k) => (when[k]?.length ?? 0) > 0), `needs at least one condition (${CONDITION_KEYS.join(', ')})`),
    ),
    firstResponseMinutes: v.optional(minutes(false)),
    nextResponseMinutes: v.optional(minutes(false)),
    warnBeforeMinutes: v.optional(minutes(true)),
  }),
  v.check(
    (r) => r.firstResponseMinutes !== undefined || r.nextResponseMinutes !== undefined || r.warnBeforeMinutes !== undefined,
    'sets no target (firstResponseMinutes, nextResponseMinutes or warnBeforeMinutes)',
  ),
);
export type StoredPolicyRule = v.InferOutput<typeof PolicyRuleSchema>;

export const SlaSchema = v.strictObject({
  firstResponseMinutes: minutes(false),
  nextResponseMinutes: minutes(false),
  warnBeforeMinutes: minutes(true),
  pauseStatuses: v.pipe(v.array(v.picklist(PAUSE_STATUSES, `must be one of ${PAUSE_STATUSES.join(', ')}`)), v.maxLength(PAUSE_STATUSES.length)),
  notifyBeforeBreach: v.boolean('must be true or false'),
  /** null: Monday–Friday 09:00–17:00 in each agent's own time zone. */
  calendar: v.nullable(CalendarSchema),
  /** Tried in order; the first whose conditions all match sets the targets it names. */
  policies: v.pipe(v.array(PolicyRuleSchema), v.maxLength(MAX_RULES, `at most ${MAX_RULES} rules`)),
});

// ---------------------------------------------------------------------------------------- sites
/** Sites a supervisor can switch on; custom helpdesks are listed separately. */
export const SWITCHABLE_SITES = [
  'gmail', 'outlook', 'zendesk', 'freshdesk', 'helpscout', 'zohodesk', 'front', 'intercom',
  'zammad', 'freescout', 'osticket', 'demo',
] as const satisfies readonly SiteId[];

/** A browser match pattern for https pages on one host or its sub-domains (not every host). */
export const MATCH_PATTERN = /^https:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?\/[^\s]*$/;

const selector = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(500, 'must be at most 500 characters'),
  // A selector never needs these; refusing them keeps markup and style blocks out of settings.
  v.check((sel) => !/[<{}]/.test(sel), 'is not a CSS selector'),
);
const optionalSelector = v.optional(selector);

export const CustomSiteSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lower-case letters, digits or dashes')),
  name: text(100),
  urlPattern: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(MATCH_PATTERN, 'must be a pattern such as https://support.example.com/* (https, one host or *.host)')),
  selectors: v.strictObject({
    conversation: selector,
    message: selector,
    author: selector,
    time: selector,
    body: optionalSelector,
    agentMessage: selector,
    subject: optionalSelector,
    customer: optionalSelector,
    replyBox: optionalSelector,
    status: optionalSelector,
  }),
});
export type CustomSite = v.InferOutput<typeof CustomSiteSchema>;

export const SitesSchema = v.strictObject({
  enabled: v.pipe(v.array(v.picklist(SWITCHABLE_SITES, 'is not a supported site')), v.maxLength(SWITCHABLE_SITES.length)),
  /** Where the self-hosted helpdesks (Zammad, FreeScout, osTicket) run: match patterns granted on request. */
  hosts: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(MATCH_PATTERN, 'must be a pattern such as https://support.example.com/* (https, one host or *.host)'))),
    v.maxLength(MAX_CUSTOM_SITES, `at most ${MAX_CUSTOM_SITES} hosts`),
  ),
  custom: v.pipe(
    v.array(CustomSiteSchema),
    v.maxLength(MAX_CUSTOM_SITES, `at most ${MAX_CUSTOM_SITES} custom helpdesks`),
    v.check((sites) => new Set(sites.map((s) => s.id)).size === sites.length, 'two custom helpdesks have the same id'),
  ),
});

// -------------------------------------------------------------------------------------- privacy
export const PrivacySchema = v.strictObject({
  /** Conversations not updated for this many days are deleted (with their events and alerts). */
  retentionDays: v.pipe(v.number('must be a number of days'), v.integer('must be a whole number of days'), v.minValue(7, 'must be at least 7 days'), v.maxValue(3650, 'must be at most 3650 days')),
  /** Off: conversations are stored without their subject. */
  storeSubjects: v.boolean('must be true or false'),
});

// ------------------------------------------------------------------------------------------- ui
export const UI_LANGUAGES = ['auto', 'en', 'bn', 'hi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const UiSchema = v.strictObject({
  /** 'auto' follows the browser's language. */
  language: v.picklist(UI_LANGUAGES, `must be one of ${UI_LANGUAGES.join(', ')}`),
});

// ------------------------------------------------------------------------------------ listening
export const ListeningSchema = v.strictObject({
  /** The supervisor's changes to the prompt library (src/core/listening): only what differs. */
  library: v.optional(PromptLibraryOverrideSchema),
  /**
   * On: after Send is pressed with questions the draft leaves unanswered, the panel shows a
   * gentle note. Sending itself is never stopped or delayed. Optional so that settings, packs
   * and policies written before it existed stay valid; read as false when absent (DEFAULTS).
   */
  remindOnSend: v.optional(v.boolean('must be true or false')),
});

// ------------------------------------------------------------------------------------ all of it
/** Each section's schema, in the order the options page shows them. */
export const SECTION_SCHEMAS = {
  agent: AgentSchema,
  sla: SlaSchema,
  sites: SitesSchema,
  privacy: PrivacySchema,
  ui: UiSchema,
  /** Follow-up reminder rules (src/core/rules): every field optional, shipped rules replaced by id. */
  reminders: ReminderSettingsSchema,
  listening: ListeningSchema,
} as const;
export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTIONS = Object.keys(SECTION_SCHEMAS) as SectionName[];

export const SettingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  ...SECTION_SCHEMAS,
});
export type AllSettings = v.InferOutput<typeof SettingsSchema>;
export type SlaSection = AllSettings['sla'];
export type SitesSection = AllSettings['sites'];

export const DEFAULTS: AllSettings = {
  version: SETTINGS_VERSION,
  agent: { addresses: [], domains: [] },
  // The same targets as sla-defaults.ts (a first reply within 4 business hours, later ones within 8).
  sla: {
    firstResponseMinutes: 240,
    nextResponseMinutes: 480,
    warnBeforeMinutes: 15,
    pauseStatuses: ['pending', 'onhold', 'solved'],
    notifyBeforeBreach: true,
    calendar: null,
    policies: [],
  },
  // Gmail's host permission is granted at install; every other site is asked for when turned on.
  sites: { enabled: ['gmail', 'demo'], hosts: [], custom: [] },
  // Two years, so the dashboard can compare a period with the same one a year before.
  privacy: { retentionDays: 730, storeSubjects: true },
  ui: { language: 'auto' },
  // The shipped rules apply until a supervisor changes them (see reminder-settings.ts).
  reminders: {},
  // The shipped prompt library applies until a supervisor changes part of it; the reminder on
  // Send is something an agent (or the organisation) asks for.
  listening: { remindOnSend: false },
};

export function defaults(): AllSettings {
  return structuredClone(DEFAULTS);
}

/** Paths whose value is replaced as a whole (a calendar is only meaningful complete). */
export const ATOMIC_PATHS = ['sla.calendar'] as const;

export interface Problem {
  /** Dotted path with [i] for list items: "sla.policies[2].firstResponseMinutes"; "" for the whole value. */
  path: string;
  message: string;
}

export const formatProblem = (p: Problem): string => (p.path ? `${p.path}: ${p.message}` : p.message);

/** Valibot issues as problems with a readable path under `prefix`. */
export function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], prefix = ''): Problem[] {
  return issues.map((issue) => {
    let path = prefix;
    for (const item of issue.path ?? []) {
      const key = item.key;
      path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
    }
    let message = issue.message;
    if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') message = 'is not a known setting';
    return { path, message };
  });
}

/** Validates one section's value; the path prefix is the section name. */
export function checkSection<S extends SectionName>(section: S, value: unknown): { ok: true; value: AllSettings[S] } | { ok: false; problems: Problem[] } {
  const result = v.safeParse(SECTION_SCHEMAS[section] as v.GenericSchema, value);
  if (result.success) return { ok: true, value: result.output as AllSettings[S] };
  return { ok: false, problems: issuesToProblems(result.issues, section) };
}
