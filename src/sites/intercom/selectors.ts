/**
 * Every selector the Intercom adapter uses. Intercom's inbox (Ember, "Inbox 2") renamed its classes
 * from "inbox2__" to "inbox-2__" in 2026-04 and moved parts to Tailwind classes, so class selectors
 * accept both spellings and the adapter prefers data attributes.
 *
 * Sources read (2026-11):
 * - A public "Support Copilot for Intercom" extension (content script and CHANGELOG, 2026-10): the
 *   stream '[data-conversation-stream]' / '.inbox-2__conversation-stream'; parts '[class*="group/content-part"]'
 *   (2026-04 onwards) inside groups '[data-part-group-id]' whose data-part-group-category is
 *   1 customer, 3 teammate, 5 bot, 20 automated; bodies '.interblocks-html'; title
 *   '[data-conversation-title]'; the reply box '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]'.
 * - A Selenium script for the Intercom inbox (GitHub, Red Hat support): notes are parts with
 *   data-part-group-category="4".
 * - A public extension reading the contact name from span[data-conversation-title] and parts from
 *   [data-conversation-stream] [data-part-group-id]; greasyfork userscripts reading
 *   '.inbox-2__conversation-header' and '.intercom-interblocks-html'.
 * - A public CSS-override extension: '.inbox2__conversation-page', '.inbox2__conversation-details-sidebar'.
 * - clockify/browser-extension src/integrations/intercom.js, ellysus/intercom-inbox-of-love
 *   extension/app.js: avatars are '.avatar__media' with role="img" and the person's name as aria-label;
 *   modifier classes are spelled "o__…".
 * Entries marked "fixture structure" follow Intercom's conventions in our saved pages but are not
 * confirmed by a public capture; they are the first to check against a live page.
 */
export const intercomSelectors = {
  // seen 2026-11 in the CSS-override extension (inbox2__), renamed inbox-2__ per the Copilot CHANGELOG.
  page: '.inbox-2__conversation-page, .inbox2__conversation-page',
  // seen 2026-11 in the Copilot extension and the contact-name extension.
  title: '[data-conversation-title]',
  // seen 2026-11 in the Copilot extension and the contact-name extension.
  stream: '[data-conversation-stream]',
  // seen 2026-11 in the Copilot extension (current Tailwind part class; 2026-04 onwards).
  part: '[class*="group/content-part"]',
  // seen 2026-11 in the Copilot extension and the Selenium script; the attribute carries the role.
  group: '[data-part-group-category]',
  // seen 2026-11 in inbox-of-love's copy of Intercom's avatar markup (name in aria-label).
  avatar: '.avatar__media[role="img"][aria-label]',
  // seen 2026-11 in the Copilot extension and a greasyfork userscript.
  body: '.interblocks-html, .intercom-interblocks-html',
  // fixture structure (2026-11): the age beside each part ("47m"), full date in its title.
  time: '[data-part-timestamp]',
  // Quoted history of e-mail replies (fixture structure, 2026-11) is not the customer's new words.
  notText: 'blockquote, .gmail_quote',

  // fixture structure (2026-11): the conversation's state chip in the header (Open, Snoozed, Closed,
  // or a ticket state such as "Waiting on customer").
  state: '.inbox-2__conversation-header [data-conversation-state], .inbox2__conversation-header [data-conversation-state]',
  // seen 2026-11 in the CSS-override extension (inbox2__); the mailto link and tag chips inside it
  // are fixture structure.
  mail: ':is(.inbox-2__conversation-details-sidebar, .inbox2__conversation-details-sidebar) a[href^="mailto:"]',
  tag: ':is(.inbox-2__conversation-details-sidebar, .inbox2__conversation-details-sidebar) [data-tag-name]',

  // seen 2026-11 in the Copilot extension.
  composer: '[data-conversation-reply-composer]',
  editable: '.ProseMirror[contenteditable="true"]',
  // fixture structure (2026-11): the composer in note mode (a note, not a reply to the customer).
  noteMode: '.o__note',

  // assumed 2026-11 (no public script found that reads it): the reply composer's submit button,
  // taken nearest to its ProseMirror editable.
  sendButton: 'button[type="submit"]',
} as const;

export type IntercomSelectorName = keyof typeof intercomSelectors;
