/**
 * Every selector the Zammad adapter uses (classic agent UI, Zammad 6.x). Zammad is open source, so
 * these follow its own view templates; each entry says where it was seen and when, and its key is
 * what LayoutNotRecognisedError reports when it stops matching.
 *
 * Sources read (2026-11):
 * - zammad/zammad app/assets/javascripts/app/views/ticket_zoom/article_view.jst.eco, title.jst.eco,
 *   meta.jst.eco, article_new.jst.eco; views/widget/user.jst.eco, widget/tag.jst.eco;
 *   controllers/ticket_zoom/article_view.coffee (the classes an article element gets);
 *   lib/app_post/pretty_date.coffee (relative times); app/views/init/index.html.erb (#app root);
 *   Zammad's own browser tests (spec/system, test/browser: '.content.active .ticketZoom-header
 *   .ticket-number', '.active .ticketZoom', '.tabsSidebar .sidebar[data-tab="customer"]').
 * - A saved live Zammad 6 ticket DOM quoted in a public scraper script (2024-03): article items,
 *   <time class="humanTimeFromNow" datetime title>, the From row in .article-meta.top.
 * - The Zammad integrations of the TimeCamp and Clockify browser extensions ('.ticketZoom-header',
 *   '.ticket-title-update', '.ticket-number', '.tags .list-item-name', '[data-tab="customer"]').
 */
export const zammadSelectors = {
  // seen 2026-11 in Zammad's browser tests: every open ticket is a task '.content'; only the
  // visible one is '.active' (the others stay in the DOM, hidden).
  activeTask: '.content.active',
  // seen 2026-11 in spec/system overview-navigator test ('.active .ticketZoom') and the TimeCamp
  // extension ('.ticketZoom-header').
  zoom: '.ticketZoom',
  // seen 2026-11 in views/ticket_zoom/title.jst.eco (div.ticket-title-update.js-objectTitle,
  // contenteditable) and the Clockify extension ('.ticket-title-update').
  title: '.ticket-title-update',
  // seen 2026-11 in controllers/ticket_zoom/article_view.coffee: the item gets
  // "ticket-article-item <sender>" (customer | agent | system) and 'is-internal' for notes.
  article: '.ticket-article-item',
  // Class names, not selectors (same source).
  customerClass: 'customer',
  agentClass: 'agent',
  internalClass: 'is-internal',
  // seen 2026-11 in article_view.jst.eco ('.textBubble-content > .richtext-content') and the
  // 2024-03 live DOM.
  articleBody: '.textBubble-content .richtext-content',
  // Quoted history Zammad folds into a reply (blockquote type=cite) and the signature marker it
  // inserts before a detected signature; seen 2026-11 in article_view.coffee (js-signatureMarker).
  articleQuoted: 'blockquote[type="cite"], .js-signatureMarker ~ *',
  // seen 2026-11 in article_view.jst.eco ('small.task-subline' with @humanTime) and the 2024-03 live
  // DOM: <time class="humanTimeFromNow" datetime="ISO" title="20/02/2024 14:16">.
  articleTime: '.task-subline time',
  // seen 2026-11 in article_view.jst.eco: the first '.article-meta-row' of '.article-meta.top' is
  // From ("Name <span class=text-muted>&lt;address&gt;</span>" in the 2024-03 live DOM).
  articleFrom: '.article-meta.top .article-meta-value',
  // seen 2026-11 in article_view.jst.eco: the article's time links to #ticket/zoom/<ticket>/<article>.
  articleLink: 'a[href*="#ticket/zoom/"]',
  // seen 2026-11 in widget/user.jst.eco (h3 title="Name", e-mail as a mailto: link) inside the
  // customer sidebar tab (Zammad tests, TimeCamp: '[data-tab="customer"] [title="Name"]').
  customerName: '.sidebar[data-tab="customer"] h3',
  customerEmail: '.sidebar[data-tab="customer"] a[href^="mailto:"]',
  // seen 2026-11 in the ticket sidebar form Zammad's tests fill ('select[name="state_id"]').
  state: '.sidebar[data-tab="ticket"] select[name="state_id"]',
  // The option Zammad rendered as selected is the saved state (the select's live value can be an
  // unsaved edit); seen 2026-11 in the same form.
  stateSaved: 'option[selected]',
  // seen 2026-11 in widget/tag.jst.eco ('a.list-item-name.js-tag') and TimeCamp ('.tags .list-item-name').
  tag: '.tags .list-item-name',
  // seen 2026-11 in article_new.jst.eco (div.js-textarea.articleNewEdit-body contenteditable) in
  // form.article-add, which is 'is-internal' while the agent writes an internal note.
  replyBody: '.article-new .articleNewEdit-body',
  replyInternal: '.article-new .article-add.is-internal',
  // Page markers: the app root (init/index.html.erb) with a ticket zoom or the navigation's search
  // field ('.search-holder' in Zammad's browser tests); seen 2026-11.
  markers: '#app .ticketZoom, #app .search-holder',

  // seen 2026-11 in ticket_zoom/attribute_bar.jst.eco: the ticket's "Update" button
  // ('div.btn.btn--primary.js-submit'), which saves the new article with the ticket; the zoom's
  // attribute bar holds it, outside form.article-add, so it is taken nearest within the active task.
  sendButton: '.btn.js-submit',
} as const;

export type ZammadSelectorName = keyof typeof zammadSelectors;
