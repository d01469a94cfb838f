/**
 * Outlook on the web (work and personal accounts): https://outlook.office.com/mail/…, the older
 * outlook.office365.com, outlook.live.com (personal, "/mail/0/…") and outlook.cloud.microsoft
 * (2025). An open conversation is ".../id/<conversation id>"; a shared mailbox puts its address
 * in the path ("/mail/support@acme.example.com/inbox/id/…").
 */

/** Every URL the detector must get right; adapter.test.ts checks each one. */
export const outlookExamples = {
  match: [
    'https://outlook.office.com/mail/inbox/id/AAQkAGI2TGFjNzQ4LTdkNjUtNDk0Ni1hMGFhLTg3NjQ0YzU1MjY2MAAQAJ8VhR7c1kBNq7d2n9zVx3M%3D',
    'https://outlook.office.com/mail/id/AAQkAGI2TGFjNzQ4LTdkNjUtNDk0Ni1hMGFhLTg3NjQ0YzU1MjY2MAAQAJ8VhR7c1kBNq7d2n9zVx3M%3D',
    'https://outlook.office.com/mail/support@acme.example.com/inbox/id/AAQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7',
    'https://outlook.office.com/mail/deeplink/read/AAMkAGI2TGFjNzQ4LTdkNjUtNDk0Ni1hMGFhLTg3NjQ0YzU1MjY2MABGAAAAAAA%3D',
    'https://outlook.office365.com/mail/inbox/id/AAQkAGI2TGFjNzQ4LTdkNjUtNDk0Ni1hMGFhLTg3NjQ0YzU1MjY2MAAQAJ8VhR7c1kBNq7d2n9zVx3M%3D',
    'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWExNDYtMDACLTAwCgAQAEyZ2xTxgLlKnqS3zv%2BVnjI%3D',
    'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGI2TGFjNzQ4LTdkNjUtNDk0Ni1hMGFhLTg3NjQ0YzU1MjY2MAAQAJ8VhR7c1kBNq7d2n9zVx3M%3D',
    // Lists: the site matches, but no conversation is open.
    'https://outlook.office.com/mail/',
    'https://outlook.office.com/mail/inbox',
    'https://outlook.office.com/mail/sentitems',
    'https://outlook.office.com/mail/support@acme.example.com/inbox',
    'https://outlook.live.com/mail/0/',
  ],
  noMatch: [
    'https://outlook.office.com.evil.test/mail/inbox/id/AAQkAGI2',
    'https://evil.test/outlook.office.com/mail/inbox',
    'http://outlook.office.com/mail/inbox',
    'https://outlook.office.com/calendar/view/week',
    'https://outlook.office.com/people/',
    'https://outlook.office.com/owa/?path=/mail/inbox',
    'https://outlook.com/mail/inbox',
    'https://mail.google.com/mail/u/0/#inbox',
    'https://secure.helpscout.net/conversation/2715830942/1187',
  ],
} as const;

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

export function isOutlookUrl(url: URL): boolean {
  return url.protocol === 'https:' && HOSTS.has(url.hostname) && /^\/mail(?:\/|$)/.test(url.pathname);
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The open conversation's id (".../id/<id>" or a pop-out's "/deeplink/read/<id>"), or null on lists. */
export function outlookConversationIdFromUrl(url: URL): string | null {
  const id = isOutlookUrl(url) ? /\/(?:id|deeplink\/read)\/([^/?#]{8,400})/.exec(url.pathname)?.[1] : undefined;
  return id ? decode(id) : null;
}

/** The shared mailbox a URL opens ("/mail/support@acme.example.com/…"), or null for one's own. */
export function outlookSharedMailboxFromUrl(url: URL): string | null {
  const segment = isOutlookUrl(url) ? /^\/mail\/([^/]+@[^/]+)\//.exec(url.pathname)?.[1] : undefined;
  return segment ? decode(segment).toLowerCase() : null;
}
