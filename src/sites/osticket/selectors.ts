/**
 * Every selector the osTicket adapter uses (osTicket 1.17/1.18 staff control panel). osTicket is
 * open source, so these follow its own templates; each entry says where it was seen and when, and
 * its key is what LayoutNotRecognisedError reports when it stops matching.
 *
 * Sources read (2026-11):
 * - osTicket/osTicket include/staff/ticket-view.inc.php (title, ticket_info tables, user name and
 *   e-mail spans, status link, reply and note forms), include/staff/templates/thread-entries.tmpl.php
 *   (#thread-items), thread-entry.tmpl.php (entry classes, "<b>name</b> posted <time datetime
 *   title>"), include/staff/header.inc.php (x-pjax-version meta, scp.css, #pjax-container > #content),
 *   include/class.format.php (relativeTime "47 minutes ago").
 * - Public osTicket scrapers reading the staff page ('div.thread-entry.response .header b',
 *   '.thread-entry.message .header time', '.thread-entry.note .header b').
 */
export const osticketSelectors = {
  // seen 2026-11 in header.inc.php: the page body lives in '#content' inside '#pjax-container',
  // whose children osTicket swaps with pjax when the agent moves between tickets (so the
  // container itself is the stable element to watch).
  pjax: '#pjax-container',
  content: '#pjax-container #content',
  // seen 2026-11 in ticket-view.inc.php ('<div class="clear tixTitle has_bottom_border"><h3>').
  subject: '.tixTitle h3',
  // seen 2026-11 in thread-entries.tmpl.php (div#thread-items) and thread-entry.tmpl.php
  // ('thread-entry message|response|note|system'; scrapers use the same classes).
  entry: '#thread-items .thread-entry',
  // Class names, not selectors (thread-entry.tmpl.php $entryTypes): end-user messages and agent
  // responses; internal notes and system entries are left out.
  customerClass: 'message',
  agentClass: 'response',
  // seen 2026-11 in thread-entry.tmpl.php: "<b>%s</b> posted <a><time datetime=W3C title>".
  poster: '.header b',
  time: '.header time',
  // seen 2026-11 in thread-entry.tmpl.php ('.thread-body' holds the body and '.attachments').
  body: '.thread-body',
  bodyExtras: '.attachments',
  // seen 2026-11 in ticket-view.inc.php: span#user-<id>-name and span#user-<id>-email in the
  // ticket_info table (osTicket's own JS updates them by these ids).
  userName: '.ticket_info [id^="user-"][id$="-name"]',
  userEmail: '.ticket_info [id^="user-"][id$="-email"]',
  // seen 2026-11 in ticket-view.inc.php: the status is a link to '#statuses' for agents who may
  // close tickets, plain text in the first ticket_info cell otherwise.
  status: '.ticket_info a[href="#statuses"], .ticket_info td',
  // seen 2026-11 in ticket-view.inc.php: form#reply (tab content, 'hidden' while another tab is
  // open) with textarea#response, which Redactor turns into a contenteditable editor
  // ('.redactor-in' in Redactor 3, '.redactor-editor' before).
  replyForm: 'form#reply',
  hiddenClass: 'hidden',
  replyEditor: '.redactor-in, .redactor-editor',
  replyTextarea: 'textarea#response',
  // Page markers, seen 2026-11 in header.inc.php.
  markerHead: 'meta[http-equiv="x-pjax-version"], link[href*="scp/css/scp.css"]',

  // seen 2026-11 in ticket-view.inc.php: form#reply ends with '<input class="save pending"
  // type="submit" value="Post Reply">' (and a reset input, not matched).
  sendButton: 'input.save[type="submit"]',
} as const;

export type OsticketSelectorName = keyof typeof osticketSelectors;
