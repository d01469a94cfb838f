/**
 * The bundled pages, served at their real hostnames: saved Gmail threads and the demo helpdesk.
 * Used by the browser tests, the demo and the benchmarks. Fixture times are rendered at each
 * request relative to that moment.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderFixture } from './fixture-template';
import './demo-fixture-styles';
import { startLoopbackServer, type LoopbackServer, type Response } from './server';
import { buildGmailApp, GMAIL_BASE, gmailAppFiles } from './gmail-app';

const ROOT = resolve(import.meta.dirname, '../..');
/** A zone with a half-hour offset, so a wrong time-zone assumption shows up as a 30-minute error. */
export const DEMO_TIME_ZONE = 'Asia/Kolkata';

export interface DemoPage {
  name: string;
  url: string;
}

export interface DemoSites {
  server: LoopbackServer;
  timeZone: string;
  pages: DemoPage[];
}

const html = (body: string): Response => ({ type: 'text/html; charset=utf-8', body });

export async function startDemoSites(opts: { timeZone?: string } = {}): Promise<DemoSites> {
  const timeZone = opts.timeZone ?? DEMO_TIME_ZONE;
  const demoTicket = readFileSync(join(ROOT, 'src/sites/demo/fixtures/demo-helpdesk-2026-11-ticket.html'), 'utf8');
  const gmail = gmailAppFiles();

  const server = await startLoopbackServer(['mail.google.com', 'helpdesk.demo.example'], (host, pathname) => {
    const now = Date.now();
    if (host === 'helpdesk.demo.example' && pathname === '/tickets/42') {
      return html(renderFixture(demoTicket, { now, timeZone }));
    }
    if (host === 'mail.google.com') {
      if (pathname === '/mail/u/0/' || pathname === '/mail/u/0') return html(buildGmailApp(gmail, { now, timeZone }));
      const asset = gmail.assets.get(pathname.replace(/^\/mail\/u\/0\//, ''));
      if (asset) return asset;
    }
    return null;
  });

  return {
    server,
    timeZone,
    pages: [
      ...gmail.threads.map((t) => ({ name: `gmail-${t.name}`, url: t.url })),
      { name: 'gmail-inbox', url: `${GMAIL_BASE}#inbox` },
      { name: 'demo-helpdesk-ticket', url: 'https://helpdesk.demo.example/tickets/42' },
    ],
  };
}
