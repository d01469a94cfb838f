/**
 * Every selector the Outlook on the web adapter uses, and nothing else. Outlook's class names are
 * generated and change with releases, so ids, roles, data-testid and data-app-section attributes
 * are preferred; the one generated class kept ('.aVla3') is the one a maintained extension relies
 * on. When a selector stops matching, its key is what LayoutNotRecognisedError reports.
 *
 * Sources read (2026-11):
 * - mailvelope/mailvelope src/content-scripts/outlookIntegration.js (2025) and its
 *   test/integration/__mocks__/outlook-dom-templates.js ("based on actual HTML from
 *   outlook.office.com"): '.aVla3' per message, '[id^="UniqueMessageBody_"]', '[role="document"]',
 *   '#MailList [aria-selected="true"]' with data-convid, '[id^="primaryMailboxRoot"]' with the
 *   signed-in address in data-folder-name or title, 'aria-expanded' on each message,
 *   '[data-testid="RecipientWell"]', '[data-app-section="ConversationContainer"]'.
 * - unattributed public extensions and scripts found by content (2025–2026): a phishing checker
 *   ('div[role="main"] div[role="heading"][aria-level="2"]' as the subject), an e-mail exporter and
 *   a thread expander ('[data-testid="SentReceivedSavedTime"]', read via title or text; collapsed
 *   messages are '[aria-expanded="false"]'), an AI writer ('#ReadingPaneContainerId' holds the
 *   inline reply; '#divRplyFwdMsg'), compose automations ('#editorParent_1 > div' is the body),
 *   an e-mail adapter ('span[title*="@"]': "Display Name <address>" in the persona header).
 * - Outlook-sent mails quoted in public mailing-list archives: Outlook marks the quoted original
 *   with 'appendonsend' and 'divRplyFwdMsg' ids, prefixed "x_" once rendered in the reading pane.
 */
export const outlookSelectors = {
  // seen 2026-11 in the AI writer and evicypher-style content scripts ('#ReadingPaneContainerId').
  readingPane: '#ReadingPaneContainerId',
  // seen 2026-11 in the phishing checker (heading level 2 is the subject; the mail list's group
  // headers are not level 2).
  subject: '#ReadingPaneContainerId [role="heading"][aria-level="2"]',
  // seen 2026-11 in mailvelope outlookIntegration.js: one '.aVla3' per message of the conversation.
  messageItem: '#ReadingPaneContainerId .aVla3',
  // seen 2026-11 in the mailvelope templates ('div[aria-expanded="true"]' around a message) and the
  // thread expander ('[aria-expanded="false"]' is a collapsed one).
  expandState: '[aria-expanded]',
  // seen 2026-11 in mailvelope templates and a student extension ('span.OZZZK', the sender), and
  // an e-mail adapter ('span[title*="@"]', "Display Name <address>").
  sender: 'span.OZZZK',
  // seen 2026-11 in the e-mail exporter and thread expander.
  time: '[data-testid="SentReceivedSavedTime"]',
  // seen 2026-11 in mailvelope outlookIntegration.js.
  body: '[id^="UniqueMessageBody"]',
  // Quoted originals and signatures in bodies and the reply box (ids end the same with or
  // without the reading pane's "x_" prefix).
  bodySkip: '[id$="appendonsend"] ~ *, [id$="divRplyFwdMsg"], [id$="divRplyFwdMsg"] ~ *, [id$="Signature"]',
  // seen 2026-11 in the mailvelope templates ('<div data-testid="RecipientWell">To: …</div>').
  recipients: '[data-testid="RecipientWell"]',

  // seen 2026-11 in mailvelope outlookIntegration.js getUserInfo().
  mailboxRoot: '[id^="primaryMailboxRoot"]',
  // seen 2026-11 in the AI writer ('#ReadingPaneContainerId' as the inline compose's panel) and
  // compose automations ('#editorParent_1 > div', the contenteditable body).
  replyBody: '#ReadingPaneContainerId [id^="editorParent_"] > [contenteditable="true"]',

  // seen 2026-11 in lucasjellema/outlook-addin ManyMail/outlook-newmail-window-chrome-extension/content.js
  // (clicks '[aria-label="Send"]' in the compose) and an unattributed webmail content script whose
  // Outlook map pairs the editor '#ReadingPaneContainerId' with send '.ms-Button--primary'. The label
  // is localised, so the primary button comes first; taken nearest to the inline reply body.
  sendButton: 'button.ms-Button--primary, button[aria-label="Send"]',
} as const;

export type OutlookSelectorName = keyof typeof outlookSelectors;
