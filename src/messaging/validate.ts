/**
 * Shape checks for messages arriving at the background and the panel. Anything that fails is
 * dropped with a logged reason: a compromised or confused sender cannot write odd data.
 */
import * as v from 'valibot';
import type { BackgroundToPanel, ContentToBackground, PanelSendPressedMessage, OptionsToBackground, PanelToBackground, RemindersToBackground, RemindersToPage } from './protocol';
import { MAX_BACKUP_BYTES } from '../core/schema/backup';

const SITE_IDS = [
  'gmail', 'outlook', 'zendesk', 'freshdesk', 'helpscout', 'zohodesk', 'front', 'intercom',
  'zammad', 'freescout', 'osticket', 'generic', 'demo',
] as const;

// Bounds keep a hostile page from making us hold or store arbitrarily large data.
const MAX_TEXT = 200_000;
const MAX_MESSAGES = 5_000;
const shortText = v.pipe(v.string(), v.maxLength(1_000));
export const MAX_INSERT = 2_000;
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));

const person = v.strictObject({ name: shortText, address: v.nullable(shortText) });

const snapshotMessage = v.strictObject({
  author: v.picklist(['customer', 'agent']),
  from: person,
  at: v.nullable(time),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  collapsed: v.boolean(),
});

export const snapshotSchema = v.strictObject({
  site: v.picklist(SITE_IDS),
  conversationId: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  // Only https pages are supported; anything else (javascript:, data:) is refused before it can be rendered as a link.
  url: v.pipe(v.string(), v.maxLength(4_000), v.url(), v.startsWith('https://')),
  subject: shortText,
  customer: person,
  messages: v.pipe(v.array(snapshotMessage), v.maxLength(MAX_MESSAGES)),
  hiddenMessageCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  draft: v.nullable(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
  status: v.optional(v.picklist(['open', 'pending', 'onhold', 'solved'])),
  labels: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(100))),
  capturedAt: time,
});

const contentToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('page/snapshot'), snapshot: snapshotSchema }),
  v.strictObject({
    type: v.literal('page/layout-error'),
    site: v.picklist(SITE_IDS),
    siteLabel: shortText,
    urlPattern: v.pipe(v.string(), v.maxLength(4_000)),
    failedSelectors: v.pipe(v.array(shortText), v.maxLength(100)),
  }),
  v.strictObject({ type: v.literal('page/no-conversation'), site: v.picklist(SITE_IDS), siteLabel: shortText }),
  v.strictObject({ type: v.literal('page/send-pressed'), site: v.picklist(SITE_IDS), via: v.picklist(['click', 'keyboard']) }),
]);

const panelToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('panel/set-collapsed'), collapsed: v.boolean() }),
  v.strictObject({ type: v.literal('panel/resize'), height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)) }),
  // A suggestion is at most 400 characters plus a name and a question.
  v.strictObject({ type: v.literal('panel/insert-text'), text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_INSERT)) }),
]);

const optionsToBackground = v.variant('type', [
  // Characters, not bytes: the background checks the real size and content again.
  v.strictObject({ type: v.literal('options/import-backup'), text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_BYTES)) }),
  v.strictObject({ type: v.literal('options/delete-everything') }),
]);

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Checked<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${path ? path + ': ' : ''}${issue.message}` };
}

export const checkContentMessage = (input: unknown): Checked<ContentToBackground> =>
  check(contentToBackground as v.GenericSchema<unknown, ContentToBackground>, input);

export const checkOptionsMessage = (input: unknown): Checked<OptionsToBackground> =>
  check(optionsToBackground as v.GenericSchema<unknown, OptionsToBackground>, input);

export const checkPanelMessage = (input: unknown): Checked<PanelToBackground> =>
  check(panelToBackground as v.GenericSchema<unknown, PanelToBackground>, input);

/** The panel trusts only its own background, but still checks the envelope before rendering. */
export function isStateMessage(input: unknown): input is Extract<BackgroundToPanel, { type: 'panel/state' }> {
  return (
    typeof input === 'object' && input !== null &&
    (input as { type?: unknown }).type === 'panel/state' &&
    typeof (input as { state?: { kind?: unknown } }).state?.kind === 'string'
  );
}

/** Send was pressed in this tab's page: the message carries nothing else. */
export function isSendPressedMessage(input: unknown): input is PanelSendPressedMessage {
  return typeof input === 'object' && input !== null && (input as { type?: unknown }).type === 'panel/send-pressed' && Object.keys(input).length === 1;
}

// ---------------------------------------------------------------------------- follow-up reminders
const reminderId = v.pipe(v.string(), v.minLength(1), v.maxLength(2_000));
const conversationKeyText = v.pipe(v.string(), v.minLength(1), v.maxLength(600));
const localDateText = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
const reminderWhen = v.variant('kind', [
  v.strictObject({ kind: v.literal('tomorrow'), time: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM')) }),
  v.strictObject({ kind: v.literal('business-days'), days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)) }),
  v.strictObject({ kind: v.literal('in'), minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366 * 24 * 60)) }),
  v.strictObject({ kind: v.literal('at'), at: time }),
]);

const remindersToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('reminders/watch-conversation'), conversationKey: conversationKeyText, customerAddress: v.nullable(shortText) }),
  v.strictObject({ type: v.literal('reminders/watch-due') }),
  v.strictObject({
    type: v.literal('reminders/add'),
    conversationKey: conversationKeyText,
    url: v.pipe(v.string(), v.maxLength(4_000), v.url(), v.startsWith('https://')),
    when: reminderWhen,
    note: v.pipe(v.string(), v.maxLength(1_000)),
  }),
  v.strictObject({ type: v.literal('reminders/done'), id: reminderId }),
  v.strictObject({ type: v.literal('reminders/snooze'), id: reminderId, when: reminderWhen }),
  v.strictObject({ type: v.literal('reminders/open'), id: reminderId }),
  v.strictObject({
    type: v.literal('reminders/set-customer'),
    conversationKey: conversationKeyText,
    address: v.pipe(v.string(), v.minLength(3), v.maxLength(320)),
    renewalDate: v.nullable(localDateText),
    onboardingStart: v.nullable(localDateText),
    personalDates: v.pipe(
      v.array(v.strictObject({ label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)), date: v.pipe(v.string(), v.regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'must be a date MM-DD or YYYY-MM-DD')) })),
      v.maxLength(20),
    ),
  }),
]);

export const checkRemindersMessage = (input: unknown): Checked<RemindersToBackground> =>
  check(remindersToBackground as v.GenericSchema<unknown, RemindersToBackground>, input);

const REMINDERS_TO_PAGE = ['reminders/conversation', 'reminders/due', 'reminders/result'];

/** The panel and popup trust only their own background, but still check the envelope before rendering. */
export function isRemindersPageMessage(input: unknown): input is RemindersToPage {
  if (typeof input !== 'object' || input === null) return false;
  const m = input as { type?: unknown; reminders?: unknown };
  if (typeof m.type !== 'string' || !REMINDERS_TO_PAGE.includes(m.type)) return false;
  return m.type === 'reminders/result' || Array.isArray(m.reminders);
}
