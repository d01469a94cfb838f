/**
 * What every site's saved pages promise: the URL each is served at in the browser tests (its real
 * hostname and URL shape) and what the panel must show there. Each site exports a list of these from
 * `src/sites/<site>/fixtures/expected.ts`; the shared browser test serves every one and checks it.
 */
import type { ConversationStatus } from '../../src/core/snapshot';

export type FixtureExpectation =
  | {
      kind: 'conversation';
      conversationId: string;
      subject: string;
      customerName: string;
      customerAddress: string | null;
      /** Messages the adapter returns (rendered ones; folded-away ones are hiddenMessageCount). */
      messages: number;
      lastAuthor: 'customer' | 'agent';
      /**
       * Minutes from the customer's first message after the agent's last reply until the page is
       * served, from the fixture's {{time:…}} offsets; null when the agent wrote last.
       */
      waitingMinutes: number | null;
      status?: ConversationStatus;
    }
  /** A list or dashboard view of the site: the adapter returns null. */
  | { kind: 'no-conversation' }
  /** A deliberately changed layout: the adapter throws LayoutNotRecognisedError naming these keys. */
  | { kind: 'broken'; failedSelectors: string[] };

export interface FixtureCase {
  /** File name inside the site's fixtures/ folder. */
  file: string;
  /** Real URL the page is served at, e.g. https://acme.zendesk.com/agent/tickets/123 */
  url: string;
  /** IANA zone and locale the page is rendered in (defaults: Asia/Kolkata, the page's <html lang>). */
  expect: FixtureExpectation;
}
