/**
 * Every selector the Zoho Desk adapter uses. Desk's agent app (2026) names its classes
 * "zd_v2-<component>-<part>" and marks elements for its own automation with data-id attributes;
 * both survive Desk's releases better than layout classes, so the adapter keys on them.
 *
 * Sources read (2026-11):
 * - clockify/browser-extension src/integrations/zohodesk.js (opened ticket view): the ticket root
 *   '.zd_v2-ticketdetailview-container', '.zd_v2-ticketsubject-ticketIdText', '[data-id="caseSubjectText"]',
 *   '.zd_v2-ticketsubject-rightSideDiv'.
 * - A public "ticket title" extension content script reading h1[data-id="caseSubjectText"] and its
 *   data-title (the full subject; the visible text may be truncated).
 * - A public AI-assistant extension's tests (desk.zoho.eu ticket pages): one root per opened ticket,
 *   data-id="subTab_<ticket id>", kept in the DOM for earlier tickets during single-page navigation;
 *   thread bodies in '.zd_v2-conversationlistcommon-contentWrapper[data-id="threadContent"]'.
 * - beak2825/greasyfork_archives js_greasyfork/559393.js ("Expand All Ticket Replies", a userscript
 *   on tickets/details pages): each reply has a clickable '.zd_v2-usertime-container' header and
 *   older replies stay collapsed until it is clicked.
 * - stefanprati-rgb/autozoho config/*.json (Selenium maps of Desk, 2025-11): data-id naming
 *   ('searchInput', 'saveButtonId', 'qdeptcontainer_value'), data-title tooltips, the reply editor as
 *   div[contenteditable="true"].
 * - zoho.com/desk/extensions/guide/events.html: comments are separate from threads and carry
 *   isPublicComment; displayTime is rendered "09 Jun 2021 06:34 PM".
 * Entries marked "fixture structure" are not confirmed by a public capture: they follow Desk's
 * data-id convention in our saved pages and are the first to check against a live page.
 */
export const zohodeskSelectors = {
  // seen 2026-11 in clockify's Zoho Desk integration and the AI-assistant tests (data-id="subTab_<id>").
  ticket: '.zd_v2-ticketdetailview-container',
  // seen 2026-11 in clockify's integration and the ticket-title extension (full text in data-title).
  subject: '[data-id="caseSubjectText"]',
  // fixture structure (2026-11): the status dropdown in the subject bar's right side
  // ('.zd_v2-ticketsubject-rightSideDiv', seen 2026-11 in clockify's integration).
  status: '[data-id="statusValue"]',
  // fixture structure (2026-11): the contact card of the ticket; its e-mail is a mailto link.
  contactName: '[data-id="contactName"]',
  contactMail: '[data-id="ticketContact"] a[href^="mailto:"]',
  // fixture structure (2026-11): tag chips under the subject ('[data-id="ticketTags"]').
  tag: '[data-id="tagName"]',

  // fixture structure (2026-11): one per e-mail/chat thread; comments are '[data-id="commentItem"]'
  // siblings and are never selected (notes are not messages to the customer).
  thread: '[data-id="threadItem"]',
  // The reply header '.zd_v2-usertime-container' seen 2026-11 in the greasyfork userscript; the author
  // (tooltip = address) and time (tooltip = full date) inside it are fixture structure (2026-11).
  threadAuthor: '.zd_v2-usertime-container [data-id="threadAuthor"]',
  threadTime: '.zd_v2-usertime-container [data-id="threadTime"]',
  // A contact's name links to the contact module; agents' names do not (fixture structure, 2026-11).
  contactLink: 'a[href*="/contacts/details/"]',
  // seen 2026-11 in the AI-assistant tests; absent while the thread is collapsed.
  threadContent: '[data-id="threadContent"]',
  // Quoted history that mail clients put under a reply (fixture structure, 2026-11).
  notText: 'blockquote, .zd_v2-quotedtext',

  // fixture structure (2026-11), editable part as in autozoho's map: present only while replying.
  replyEditor: '[data-id="replyEditor"]',
  editable: '[contenteditable="true"]',

  // assumed 2026-11 (no public script found that reads it): the reply editor's submit button, taken
  // nearest to the editor inside the opened ticket's root.
  sendButton: 'button[type="submit"]',
} as const;

export type ZohodeskSelectorName = keyof typeof zohodeskSelectors;
