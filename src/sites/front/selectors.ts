/**
 * Every selector the Front adapter uses. Front's web app is React with styled-components: class names
 * read "<file>__<Component>-sc-<hash>-<n>" (e.g. conversationTopbar__StyledConversationTopbar-sc-denlcl-0).
 * The hash changes with every build, the "<file>__<Component>" part does not, so every selector
 * matches that part only ([class*="…"]).
 *
 * Sources read (2026-11):
 * - clockify/browser-extension src/integrations/front.js (a time-tracking extension that adds a
 *   button to the open conversation): '.conversationTopbar__StyledConversationTopbar-sc-denlcl-0',
 *   '.conversationTopbar__StyledContentDiv-sc-denlcl-1',
 *   '.conversationSubjectWrapper__StyledSubjectContainerDiv-sc-1xaczhh-0 > div > span' (the subject),
 *   '.messageViewerRecipient__StyledDetailsWrapperDiv-sc-1z03g13-1 div' (the correspondent's name
 *   in a message's header).
 * - dev.frontapp.com plugin SDK reference (conversation): messages and comments are distinct parts
 *   of a conversation; ticket status categories are open, waiting and resolved; per-teammate status
 *   open / archived / snoozed / trashed; a conversation has tags and at most one draft.
 * Entries marked "fixture structure" follow the same naming in our saved pages but are not
 * confirmed by a public capture; they are the first to check against a live page.
 */
export const frontSelectors = {
  // seen 2026-11 in clockify's Front integration. Its parent holds the open conversation.
  topbar: '[class*="conversationTopbar__StyledConversationTopbar"]',
  // seen 2026-11 in clockify's Front integration.
  subject: '[class*="conversationSubjectWrapper__StyledSubjectContainerDiv"] > div > span',
  // fixture structure (2026-11): the ticket status (or Archived/Snoozed) and tag chips in the topbar.
  status: '[class*="conversationStatus__StyledStatusButton"]',
  tag: '[class*="conversationTags__StyledTag"]',

  // fixture structure (2026-11): one per message; comments are '[class*="commentViewer__"]' siblings
  // and are never selected (teammates' discussion is not a message to the customer).
  message: '[class*="messageViewer__StyledMessageViewer"]',
  // seen 2026-11 in clockify's Front integration: the first div names the sender; its tooltip
  // (title) holding the address is fixture structure.
  sender: '[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child',
  // fixture structure (2026-11): the "to" line under the sender; each recipient's title is its address.
  recipient: '[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:nth-child(2) [title]',
  // fixture structure (2026-11): the teammate who wrote an outbound message (Front's API gives such
  // messages an author; customers' messages have none).
  teammate: '[class*="messageViewerAuthor__StyledTeammate"]',
  // fixture structure (2026-11): short date, full date in the title.
  date: '[class*="messageViewerDate__StyledDate"]',
  // fixture structure (2026-11): absent while the message is collapsed to its header.
  body: '[class*="messageViewerBody__StyledBody"]',
  // Quoted history and signatures as mail clients write them.
  notText: 'blockquote, .gmail_quote, .front-signature',

  // fixture structure (2026-11): the reply composer under the conversation, only while replying.
  composer: '[class*="replyComposer__StyledComposer"]',
  editable: '[contenteditable="true"]',

  // assumed 2026-11 (no public script found that reads it): the composer's submit button, taken
  // nearest to the composer's editable in the open conversation pane.
  sendButton: 'button[type="submit"]',
} as const;

export type FrontSelectorName = keyof typeof frontSelectors;
