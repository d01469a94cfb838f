/** Follow-up reminder rules: types, shipped defaults, schema, evaluation, preview, manual reminders. */
export * from './types';
export { DEFAULT_REMINDER_RULES } from './defaults';
export {
  ReminderRuleSchema,
  ReminderSettingsSchema,
  RuleDelaySchema,
  checkReminderRule,
  formatIssues,
  MAX_REMINDER_RULES,
  MAX_TITLE,
  MAX_MESSAGE,
  MAX_REPEAT,
  MAX_DELAY,
  type ReminderSettingsInput,
  type RuleCheck,
} from './schema';
export { evaluate, previewRule, customerKey, isCustomerRule, happenings, CREATE_GRACE_MS, type EvaluateOptions, type PreviewData, type PreviewItem, type Preview } from './evaluate';
export { renderTemplate, firstName, unknownPlaceholders, type TemplateValues } from './template';
export { addBusinessDays, addCalendarDays, applyDelay, dateAt, localDate, yearlyDate } from './timing';
export { dueAtFor, manualReminderId, shortHash, type WhenChoice, type WhenContext } from './manual';
