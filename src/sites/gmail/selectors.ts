/**
 * Every selector the Gmail adapter uses, and nothing else. Gmail's class names are obfuscated
 * and change without notice, so each entry says where it was confirmed and when; when one stops
 * matching, its key is what LayoutNotRecognisedError reports.
 *
 * Sources read (2026-11):
 * - InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/: gmail-element-getter.ts,
 *   views/gmail-thread-view.ts, views/gmail-message-view.ts, views/gmail-compose-view.ts,
 *   gmail-element-getter/get-main-content-element-changed-stream.ts
 * - KartikTalwar/gmail.js src/gmail.js (api.dom.email / api.dom.thread lookups)
 * - A saved collapsed-message DOM from real Gmail quoted in a public Selenium page object (2019-12)
 *   and public notes on a live thread view (2026-09); both are third-party observations.
 */
export const gmailSelectors = {
  // seen 2026-11 in gmail.js (api.dom.inbox_content: 'div[role=main]:first') and InboxSDK
  // gmail-thread-view.ts (toolbar parent has role=main). Gmail keeps earlier views in the DOM and
  // hides them with an inline display:none (InboxSDK get-main-content-element-changed-stream.ts).
  mainView: 'div[role="main"]',
  // The label chips beside the subject ('.ha' holds h2.hP and one '.ahR .at[title]' per label).
  // seen 2026-11 in the structure our saved pages follow (InboxSDK gmail-thread-view.ts reads the
  // subject's '.ha' container); the chip classes are not confirmed by a live capture yet.
  threadLabel: '.ha .ahR .at[title]',
  // seen 2026-11 in InboxSDK get-main-content-element-changed-stream.ts (style.display === 'none').
  hiddenView: '[style*="display: none"], [style*="display:none"]',

  // seen 2026-11 in gmail.js (api.dom.thread: subject 'h2.hP') and InboxSDK gmail-thread-view.ts
  // ('.ha h2', '[data-thread-perm-id]' carrying data-legacy-thread-id).
  subject: 'h2.hP',

  // seen 2026-11 in InboxSDK gmail-thread-view.ts: messages are the children of the open message's
  // parent, which carries role=list ('[role=list]'); each child is role=listitem (Selenium DOM 2019-12).
  messageItem: 'div[role="list"] > div[role="listitem"]',

  // seen 2026-11 in InboxSDK gmail-message-view.ts getViewState(): 'kQ'/'kx' HIDDEN,
  // 'kv' (or 'ky' in transition) COLLAPSED, otherwise EXPANDED ('h7'). Class names, not selectors.
  stateHiddenClasses: ['kQ', 'kx'],
  stateCollapsedClasses: ['kv', 'ky'],

  // seen 2026-11 in gmail.js api.dom.email ('div.adn' wraps one message; 'span[email].gD' sender)
  // and InboxSDK gmail-message-view.ts ('[data-legacy-message-id]', 'td.gF span[email]').
  // A collapsed message holds 'div.adf.ads' and may also hold a hidden 'div.adn' (InboxSDK,
  // '.adf.ads td.gH span'), so state is read from the list item, never from which of these exists.
  expandedMessage: 'div.adn',
  messageId: '[data-legacy-message-id], [data-message-id]',

  // seen 2026-11 in gmail.js ('span[email].gD'), in the 2019-12 collapsed-message DOM (collapsed
  // headers also use span.gD) and InboxSDK ('td.gF span[email]'). span.zF is the *inbox row*
  // sender in the sources; it is kept last only as a fallback.
  sender: 'span.gD[email]',
  senderFallback: 'td.gF span[email], h3.iw span[email], span.zF[email]',

  // seen 2026-11 in gmail.js ('span[email].g2' inside 'span.hb') and InboxSDK ('.hb span[email]').
  recipient: 'span.g2[email]',

  // seen 2026-11 in gmail.js ('span.g3'), InboxSDK ('.ads .gK .g3', read via .title) and the
  // 2019-12 collapsed DOM (span.g3 with title and alt in td.gH; visible text "… (8 days ago)").
  date: 'span.g3',

  // seen 2026-11 in gmail.js ('div.a3s' is the body) and InboxSDK ('div.ii.gt' wraps it).
  body: 'div.a3s',
  // Quoted history and signatures as Gmail writes them into the HTML it sends; seen 2026-11 in
  // the 2026-09 live-thread notes ('.gmail_quote', '.gmail_signature', data-smartmail) and in
  // Gmail-sent mails archived in public repositories ('<span class="gmail_signature_prefix">-- </span>').
  // '.gmail_extra' is the pre-2017 wrapper of the same quoted part, still in old threads.
  quoted: '.gmail_quote, .gmail_extra',
  signature: '.gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]',

  // Not Gmail-specific: elements whose text is never message text (Gmail bodies keep <style>).
  nonText: 'style, script, template, head, title',

  // seen 2026-11 in InboxSDK gmail-thread-view.ts: the hidden-messages pill is '.adx' (count in
  // its inner span) on the '.adv' message, among the super-collapsed '.kQ' items.
  olderPill: '.adx',

  // seen 2026-11 in InboxSDK gmail-compose-view.ts ('.Ap [g_editable=true]') and gmail.js compose
  // body ('div[contenteditable=true]'); live notes 2026-09: 'div.Am', role=textbox,
  // aria-label "Message Body" (localised, so not matched on).
  replyBody: 'div[g_editable="true"][contenteditable="true"], div.Am.editable[contenteditable="true"]',
  // The compose's Send button; seen 2026-11 in InboxSDK gmail-compose-view.ts getSendButton()
  // ('.IZ .Up > div > [role=button]', the first of the send group, which may also hold "Send and
  // archive") and in public Gmail automation scripts ('div.T-I.J-J5-Ji.aoO.v7.T-I-atl.L3',
  // role=button, aria-label and data-tooltip "Send (Ctrl-Enter)", localised so not matched on).
  sendButton: '.IZ .Up > div > [role="button"], div.T-I.aoO.T-I-atl[role="button"]',

  // seen 2026-11 in several public Gmail tools (aria-label "Google Account: Name\n(address)");
  // only read when document.title has no address, because it lives outside the main view.
  accountLink: 'a[aria-label^="Google Account"]',
} as const;

export type GmailSelectorName = keyof typeof gmailSelectors;
