/**
 * Every selector the Freshdesk adapter uses (the agent app at /a/, "Mint"), and nothing else.
 * When one stops matching, its key is what LayoutNotRecognisedError reports.
 *
 * Sources read (2026-11):
 * - toggl/track-extension src/content/freshdesk.js (the Toggl extension, "Freshdesk mint")
 * - roelvanduijnhoven/freshdesk-mint-navigator snipplet.js (a userscript stepping through replies)
 * - LauraSWP/scripts fd-quicktool.js (a 2025 agent userscript for /a/tickets/*)
 * - unattributed public extensions found by content (2025–2026): a context bridge reading the
 *   ticket properties, requester and original request; a draft inserter (Froala reply editor);
 *   a Clockify button observing the subject and breadcrumb.
 * - Freshdesk's own helpkit templates as published in Ramesh-Veeriaperumal/freshconsult
 *   (app/views/helpdesk/tickets/show/_note.html.erb, _original_request.html.erb,
 *   _conversations.html.erb; public/javascripts ticket_details.js). They render the classic
 *   agent view; the markers marked "classic" below are Freshdesk's names for who wrote a
 *   conversation, private notes, times and folded conversations, which no public script of the
 *   current app confirms yet. They are the first keys to check against a live page.
 */
export const freshdeskSelectors = {
  // seen 2026-11 in toggl freshdesk.js, the Clockify button and the context bridge; the heading
  // also holds buttons ("Add AI summary"), which toggl strips, so only its own text is read.
  subject: '.ticket-subject-heading',
  // seen 2026-11 in toggl freshdesk.js and the Clockify button: the active crumb is the ticket
  // number. The app keeps the old view for a moment after the URL changes (the context bridge
  // waits 800 ms), so a crumb naming another ticket means "not rendered yet".
  ticketNumber: '.breadcrumb__item.active',

  // The original request, then one '[data-album]' per conversation, oldest first: seen 2026-11 in
  // the context bridge ('.ticket-description .text__content', '#ticket_original_request') and the
  // navigator ('[data-album]' wrapping '.ticket-details__item').
  item: '.ticket-description, [data-album]',
  // seen 2026-11 in the context bridge ('.sender-info [data-test-id="user-name"]').
  itemSender: '.sender-info [data-test-id="user-name"]',
  // seen 2026-11 in the draft inserter and context bridge (the body of each message).
  itemBody: '.text__content',
  // classic, seen 2026-11 in _note.html.erb: 'commentbox-requester' on the requester's messages,
  // 'commentbox-gray' on agents' (and system ones), 'private-note' on private notes.
  fromRequester: '.commentbox-requester',
  privateNote: '.private-note',
  // classic, seen 2026-11 in _original_request.html.erb: '<abbr data-livestamp="<epoch s>">'
  // (livestamp.js, "2 hours ago") beside the formatted date.
  itemTime: '[data-livestamp]',
  // seen 2026-11 in helpkit sanitisers and a public unquoting library: the quoted history
  // Freshdesk wraps into replies ('div.freshdesk_quote > blockquote.freshdesk_quote').
  bodySkip: '.freshdesk_quote',

  // seen 2026-11 in the context bridge ('.requester-wrap [data-test-id="user-name"]', the
  // contact widget '.widget-requestor-info').
  requester: '.requester-wrap [data-test-id="user-name"]',
  requesterInfo: '.widget-requestor-info',
  // seen 2026-11 in the context bridge.
  status: '[data-test-id="tkt-properties-status"] .ember-power-select-selected-item',
  // seen 2026-11 in toggl freshdesk.js ('.ticket-tags ul' → li → '.tag-options').
  tag: '.ticket-tags li .tag-options',
  // seen 2026-11 in the draft inserter ("div.fr-element.fr-view[contenteditable='true']", the
  // Froala editor that opens under the Reply button).
  replyEditor: '.fr-element.fr-view[contenteditable="true"]',
  // classic, seen 2026-11 in ticket_details.js: "#show_more [rel=count-total-remaining]" counts
  // the conversations not loaded yet; '.hide' when there are none.
  hiddenCount: '#show_more:not(.hide) [rel="count-total-remaining"]',

  // assumed 2026-11 (no public script found that reads it): the reply editor's submit button, taken
  // nearest to the Froala editor of the open ticket.
  sendButton: 'button[type="submit"]',
} as const;

export type FreshdeskSelectorName = keyof typeof freshdeskSelectors;
