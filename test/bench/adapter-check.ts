/**
 * Reads the generated benchmark page with the real Gmail adapter (in happy-dom, no browser), so a
 * benchmark run says plainly whether the content script had a real thread to scan — a page the
 * adapter rejects would make the overhead look smaller than it is.
 */
import { Window } from 'happy-dom';
import { gmailAdapter } from '../../src/sites/gmail/adapter';
import type { GmailLargePage } from './gmail-large-page';

export interface AdapterCheck {
  ok: boolean;
  error?: string;
  messages?: number;
  collapsed?: number;
  withText?: number;
  datesParsed?: number;
  hidden?: number;
  agentMessages?: number;
  customer?: string;
  subject?: string;
  /** Time one adapter.read took in happy-dom (ms); the browser is much faster, this is only a sanity check. */
  readMs?: number;
}

export function checkPageWithAdapter(page: GmailLargePage, now: number): AdapterCheck {
  const window = new Window({
    url: page.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(page.html);
    const doc = window.document as unknown as Document;
    const started = performance.now();
    const snapshot = gmailAdapter.read(doc, new URL(page.url), { agentAddresses: [], agentDomains: [], now });
    const readMs = performance.now() - started;
    if (!snapshot) return { ok: false, error: 'adapter returned null (no thread recognised)' };
    const ok = snapshot.messages.length === page.messageCount && snapshot.messages.every((m) => m.at !== null);
    return {
      ok,
      ...(ok ? {} : { error: `expected ${page.messageCount} messages with dates` }),
      messages: snapshot.messages.length,
      collapsed: snapshot.messages.filter((m) => m.collapsed).length,
      withText: snapshot.messages.filter((m) => m.text.length > 0).length,
      datesParsed: snapshot.messages.filter((m) => m.at !== null).length,
      hidden: snapshot.hiddenMessageCount,
      agentMessages: snapshot.messages.filter((m) => m.author === 'agent').length,
      customer: `${snapshot.customer.name} <${snapshot.customer.address ?? '?'}>`,
      subject: snapshot.subject,
      readMs,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    void window.happyDOM.close();
  }
}
