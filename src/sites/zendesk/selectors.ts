/**
 * Every selector the Zendesk adapter uses (Agent Workspace), and nothing else. When one stops
 * matching, its key is what LayoutNotRecognisedError reports.
 *
 * Sources read (2026-11), all public code that reads the live agent page:
 * - holatuwol/liferay-zendesk-userscript src/main.ts, src/permalink.ts, src/description.ts,
 *   src/internal.ts, src/sidebar.ts (a support team's userscript, Agent Workspace since 2021)
 * - toggl/track-extension src/content/zendesk.js (the Toggl browser extension)
 * - timburgan/tampermonkey-zendesk-titlebar titlebar.js (a userscript reading the ticket status)
 * - unattributed public userscripts and extensions found by content (2025–2026): a tab timer
 *   reading 'time[data-test-id="timestamp-relative"]' and the message 'type' attribute; a
 *   transcript copier ('omni-log-internal-note-tag', 'omni-log-comment-user-link', type
 *   'end-user'/'agent'/'internal'); a preset inserter (composer and log selectors); an SLA helper
 *   ('ticket-system-field-tags-item-selected'); a context scraper ('customer-context-pane').
 * Zendesk renders data-test-id attributes for its own tests; they have outlived several redesigns,
 * unlike the generated class names, so they are preferred wherever a source confirms one.
 */
export const zendeskSelectors = {
  // seen 2026-11 in liferay sidebar.ts: each open ticket tab is a '.workspace'; background tabs
  // stay in the DOM with an inline display:none.
  workspace: '.workspace',
  // seen 2026-11 in liferay main.ts and toggl zendesk.js: the conversation of ticket N is
  // 'div[data-side-conversations-anchor-id="N"]'. An attribute name: the adapter adds the number.
  conversation: 'data-side-conversations-anchor-id',

  // seen 2026-11 in liferay description.ts ('input[data-test-id=ticket-pane-subject]', read via
  // .value) and toggl zendesk.js ('input[aria-label=Subject]', localised, so second).
  subject: 'input[data-test-id="ticket-pane-subject"], input[aria-label="Subject"]',

  // seen 2026-11 in the transcript copier and preset inserter ('article[data-test-id=
  // "omni-log-comment-item"]' inside '[data-test-id="omni-log-container"]'); liferay main.ts
  // counts the same 'article' elements.
  logItem: 'article[data-test-id="omni-log-comment-item"]',
  // seen 2026-11 in the tab timer and transcript copier: the message bubble carries
  // type="end-user" | "agent" (and "internal" for notes); aria-hidden bubbles are not shown.
  itemMessage: '[data-test-id="omni-log-item-message"]',
  // seen 2026-11 in liferay internal.ts and the transcript copier.
  internalNote: '[data-test-id="omni-log-internal-note-tag"]',
  // seen 2026-11 in the transcript copier ('omni-log-comment-user-link') and preset inserter
  // ('omni-log-item-sender').
  itemSender: '[data-test-id="omni-log-comment-user-link"], [data-test-id="omni-log-item-sender"]',
  // seen 2026-11 in the tab timer ('time[data-test-id="timestamp-relative"]' and
  // '"timestamp-absolute"', both with datetime) and liferay permalink.ts ('time[datetime]').
  itemTime: 'time[data-test-id^="timestamp-"]',
  // seen 2026-11 in the preset inserter and a translator extension's changelog.
  itemBody: '[data-test-id="omni-log-message-content"]',
  // What the transcript copier strips from a bubble before reading it besides read receipts and
  // buttons (which shared/rendered-text.ts never reads): the signature and app widgets.
  bodySkip: '.signature, [data-zes-id]',

  // seen 2026-11 in a context scraper and a split-ticket userscript
  // ('[data-test-id="ticket-system-field-requester-select"]', name in the garden ellipsis div).
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  requesterName: '[data-garden-id="typography.ellipsis"]',
  // seen 2026-11 in a context scraper that reads the requester's e-mail from this pane's text.
  customerContext: '[data-test-id="customer-context-pane"]',

  // seen 2026-11 in liferay main.ts ('span.ticket_status_label' inside the ticket, with the
  // status as a class, e.g. 'closed') and titlebar.js (the status is the first child of
  // 'header span[data-tracking-id="tabs-section-nav-item-ticket"]').
  status: '.ticket_status_label',

  // seen 2026-11 in the SLA helper and a tag highlighter.
  tag: '[data-test-id="ticket-system-field-tags-item-selected"]',

  // seen 2026-11 in liferay internal.ts ('div[data-test-id="editor-view"]') and the preset
  // inserter, whose three variants ('omnicomposer-plain-text-ckeditor', 'ticket-rich-text-editor',
  // '.zendesk-editor--rich-text-container', each a contenteditable) all sit in that view.
  composer: '[data-test-id="editor-view"] [contenteditable="true"]',
  // seen 2026-11 in liferay internal.ts: the composer's channel button carries data-channel
  // ("web", "email", …); the note channel is the switcher's "internal" item, so a composer on
  // that channel holds an internal note, not a reply.
  channel: '[data-test-id="omnichannel-channel-switcher-button"][data-channel]',

  // seen 2026-11 in public userscripts and extensions (a submit confirmer binding clicks on
  // "[data-test-id='submit_button-button']" in the workspace, a name checker, a DeepL extension reading
  // it from the ticket pane): the "Submit as …" button in the ticket pane's footer, next to the
  // status menu ('submit_button-menu-button', not matched).
  sendButton: '[data-test-id="submit_button-button"]',
} as const;

export type ZendeskSelectorName = keyof typeof zendeskSelectors;
