/**
 * Every selector the Help Scout adapter uses, and nothing else. When one stops matching, its key
 * is what LayoutNotRecognisedError reports.
 *
 * Sources read (2026-11):
 * - trentslutzky/helpscout-thread-hider threadhider.js (an extension hiding long threads, 2023):
 *   'article.thread.customer' with id "thread-<id>", 'section.js-thread-content >
 *   section.messageBodyWrap > section.message > section.threadHeader > section.meta' and
 *   '… > section.messageBody'.
 * - ZebaAfiaShama/hs-tag-chrome-extensions content.js (a tagging extension, 2025):
 *   '[data-cy="AddTagButton"]', conversation id from '/conversation/(\d+)'.
 * - an unattributed "Help Scout platform adapter" of an AI-reply extension (2025): the Slate
 *   reply editor ('[data-cy="ConvoEditor"]', 'data-slate-editor'), thread ids "thread-<id>".
 * - Help Scout's Mailbox API thread types (customer, message, note, lineitem, …), which the
 *   thread classes mirror ('customer' is confirmed by the thread hider).
 * Public scripts confirm little of the header (subject, status, tags) and sidebar; the keys
 * marked "assumed" follow Help Scout's own data-cy naming and are the first to check against a
 * live page.
 */
export const helpscoutSelectors = {
  // assumed 2026-11: the conversation's subject heading, in the data-cy style of 'AddTagButton'.
  subject: '[data-cy="ConversationSubject"]',
  // seen 2026-11 in the thread hider ('article.thread' with id "thread-<id>").
  thread: 'article.thread[id^="thread-"]',
  // seen 2026-11 in the thread hider: the customer's threads carry 'customer'.
  customerThread: '.customer',
  // assumed 2026-11 from the API's thread types: team notes and status line items ("Marked as
  // Pending") are not messages to the customer.
  skippedThread: '.note, .lineitem',
  // seen 2026-11 in the thread hider ('section.threadHeader > section.meta'); the name inside it
  // is assumed.
  threadSender: '.threadHeader .meta .name',
  threadTime: '.threadHeader .meta time',
  // seen 2026-11 in the thread hider.
  threadBody: '.messageBody',
  // Quoted history that customers' mail programs add (Gmail's and Apple Mail's markers).
  bodySkip: '.gmail_quote, blockquote[type="cite"]',

  // assumed 2026-11: the status button ("Active", "Pending", "Closed") and tag chips beside
  // '[data-cy="AddTagButton"]' (seen 2026-11 in the tagging extension).
  status: '[data-cy="StatusButton"]',
  tag: '[data-cy="Tag"]',
  // assumed 2026-11: the customer profile in the sidebar, where the customer's e-mail shows.
  customerSidebar: '[data-cy="CustomerSidebar"]',
  // seen 2026-11 in the AI-reply extension: the reply editor is Slate ('data-slate-editor').
  replyEditor: '[data-cy="ConvoEditor"] [data-slate-editor="true"]',

  // assumed 2026-11 (no public script found that reads it): the reply editor's submit button, taken
  // nearest to the Slate editor of the open conversation.
  sendButton: 'button[type="submit"]',
} as const;

export type HelpscoutSelectorName = keyof typeof helpscoutSelectors;
