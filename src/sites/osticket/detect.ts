/**
 * osTicket URL detection. osTicket is self-hosted on any hostname, at the root or in a
 * subdirectory; agents work under /scp/: "scp/tickets.php?id=<ticket id>" is a ticket, the same
 * page without an id is a queue. The end-user portal (/tickets.php, /view.php) is not the agent's.
 */
export const osticketExamples = {
  match: [
    'https://helpdesk.example.test/scp/tickets.php?id=5',
    'https://helpdesk.example.test/scp/tickets.php?id=5#reply',
    'https://helpdesk.example.test/support/scp/tickets.php?id=8',
    // Queues and other ticket pages: the site matches, read() returns null.
    'https://helpdesk.example.test/scp/tickets.php',
    'https://helpdesk.example.test/scp/tickets.php?queue=1',
    'https://helpdesk.example.test/scp/tickets.php?status=open',
    'https://helpdesk.example.test/scp/tickets.php?a=search&query=refund',
    'https://helpdesk.example.test/scp/tickets.php?id=5&a=edit',
  ],
  noMatch: [
    'http://helpdesk.example.test/scp/tickets.php?id=5',
    'https://helpdesk.example.test/tickets.php?id=5',
    'https://helpdesk.example.test/view.php?t=612345',
    'https://helpdesk.example.test/scp/tasks.php?id=3',
    'https://helpdesk.example.test/scp/users.php?id=3',
    'https://support.example.test/#ticket/zoom/42',
    'https://help.example.test/conversation/1042',
    'https://acme.zendesk.com/agent/tickets/123',
  ],
} as const;

export function isOsticketUrl(url: URL): boolean {
  return url.protocol === 'https:' && /\/scp\/tickets\.php$/.test(url.pathname);
}

/** The ticket id of the ticket view ("?id=5"), or null on queues, searches, edit and print pages. */
export function osticketTicketIdFromUrl(url: URL): string | null {
  const id = url.searchParams.get('id');
  return isOsticketUrl(url) && id && /^\d+$/.test(id) && !url.searchParams.has('a') ? id : null;
}
