/**
 * Selectors of the bundled demo helpdesk (src/sites/demo/fixtures). The demo stands in for a
 * generic helpdesk ticket view, so its markup follows the common pattern: a ticket header,
 * a list of <article> messages with author role, <time datetime>, and a reply textarea.
 */
export const demoSelectors = {
  // seen 2026-11-23 in fixtures/demo-helpdesk-2026-11-ticket.html
  ticket: '[data-ticket-id]',
  subject: '.ticket-subject',
  status: '.ticket-status[data-status]',
  requester: '.ticket-requester',
  message: 'article.ticket-message',
  messageAuthor: '.message-author',
  messageTime: 'time[datetime]',
  messageBody: '.message-body',
  reply: 'textarea.reply-box',
  // seen 2026-11-23 in fixtures/demo-helpdesk-2026-11-ticket.html (the reply form's submit button)
  sendButton: 'button.reply-send',
} as const;
