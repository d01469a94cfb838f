/**
 * A helpdesk the supervisor describes by URL pattern and CSS selectors in the options page
 * (Sites → Custom helpdesk). Stored in settings; the generic adapter reads pages with it and the
 * options page's "test on the open tab" shows what each selector finds.
 */
export interface GenericSiteConfig {
  /** Stable id chosen when the site is added (letters, digits, dashes). */
  id: string;
  /** Shown in the panel ("Acme Helpdesk"). */
  name: string;
  /**
   * A match pattern as browsers use them for host permissions and content scripts:
   * `https://support.acme.test/*` or `https://*.acme.test/tickets/*`.
   */
  urlPattern: string;
  selectors: {
    /** The open conversation's container; absent on list pages (the adapter then returns null). */
    conversation: string;
    /** Each message, inside the conversation. */
    message: string;
    /** Inside a message: the author's name (its title/data-email/href mailto: gives the address). */
    author: string;
    /** Inside a message: its time (datetime/title attribute or rendered text). */
    time: string;
    /** Inside a message: the body text (optional; the message's own text otherwise). */
    body?: string;
    /** Marks agent messages: a message matching this selector (or containing a match) is the agent's. */
    agentMessage: string;
    /** The subject/title of the conversation. */
    subject?: string;
    /** The requester/customer name (address from data-email / mailto: / title). */
    customer?: string;
    /** The open reply box (textarea, input or contenteditable). */
    replyBox?: string;
    /** The ticket status text; mapped to open/pending/on hold/solved by common words. */
    status?: string;
  };
}
