/** The bundled demo helpdesk; `.example` is reserved (RFC 2606), so this host never exists publicly. */
export const demoExamples = {
  match: ['https://helpdesk.demo.example/tickets/42', 'https://helpdesk.demo.example/tickets/7?tab=all'],
  noMatch: ['https://helpdesk.demo.example.evil.test/tickets/42', 'http://helpdesk.demo.example/tickets/42', 'https://mail.google.com/mail/u/0/'],
};

export function isDemoUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'helpdesk.demo.example';
}

export function demoTicketIdFromUrl(url: URL): string | null {
  return /^\/tickets\/(\d+)\/?$/.exec(url.pathname)?.[1] ?? null;
}
