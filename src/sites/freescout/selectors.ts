/**
 * Every selector the FreeScout adapter uses (FreeScout 1.8.x conversation view). FreeScout is open
 * source, so these follow its Blade templates; each entry says where it was seen and when, and its
 * key is what LayoutNotRecognisedError reports when it stops matching.
 *
 * Sources read (2026-11):
 * - freescout-help-desk/freescout resources/views/conversations/view.blade.php (layout, subject,
 *   status menu, reply form), conversations/partials/thread.blade.php (thread markup),
 *   conversations/thread_by.blade.php, customers/profile_snippet.blade.php, layouts/app.blade.php
 *   (body attributes), conversations/conversations_table.blade.php; app/Thread.php (thread type
 *   names), app/User.php (dateFormat 'M j, Y H:i' / 'h:ia', dateDiffForHumans "47 min ago").
 * - Public FreeScout browser extensions and userscripts reading the live page: an AI-draft
 *   extension ('#conv-layout-main .thread', type classes, '.thread-content', '.thread-date' whose
 *   date moves from title to data-original-title once Bootstrap's tooltip starts, threads listed
 *   newest first), a mobile userscript ('#conv-layout-main > .thread') and the Linear integration
 *   ('.customer-data .customer-name', '.thread-type-customer .thread-person strong a').
 */
export const freescoutSelectors = {
  // seen 2026-11 in view.blade.php (div#conv-layout wrapping header, customer and main columns).
  layout: '#conv-layout',
  // seen 2026-11 in view.blade.php ('#conv-subject .conv-subjtext').
  subject: '#conv-subject .conv-subjtext',
  // seen 2026-11 in thread.blade.php and the mobile userscript: one '.thread' per entry, newest first.
  thread: '#conv-layout-main > .thread',
  // Class names, not selectors (Thread::$types, thread.blade.php 'thread-type-<name>'): customer
  // messages, agent replies; notes, line items and drafts are left out.
  customerClass: 'thread-type-customer',
  agentClass: 'thread-type-message',
  // seen 2026-11 in thread.blade.php ('.thread-person strong', a link to the customer or agent;
  // the signed-in agent's own replies say "you").
  person: '.thread-person strong',
  // seen 2026-11 in thread.blade.php (a.thread-date, title = full date) and the AI-draft extension
  // (data-original-title on the live page).
  date: '.thread-date',
  // seen 2026-11 in thread.blade.php (div.thread-content, FreeScout ≥ 1.8); older pages only have
  // '.thread-body', which also holds attachments and "Customer viewed" lines.
  body: '.thread-content',
  bodyFallback: '.thread-body',
  bodyExtras: '.thread-attachments, .thread-meta, .thread-opened-at, .alert',
  // seen 2026-11 in customers/profile_snippet.blade.php inside '#conv-layout-customer'; the main
  // e-mail comes first.
  customerName: '#conv-layout-customer .customer-name',
  customerEmail: '#conv-layout-customer .customer-email a',
  // seen 2026-11 in view.blade.php: the status menu marks the current status 'active' and each
  // entry carries its code (1 active, 2 pending, 3 closed, 4 spam).
  status: '.conv-status li.active a[data-status]',
  // seen 2026-11 in view.blade.php: the reply form sits in '.conv-reply-block', 'hidden' until
  // Reply or Note is clicked; is_note says which.
  replyBlock: '.conv-reply-block',
  hiddenClass: 'hidden',
  replyIsNote: 'input[name="is_note"]',
  // seen 2026-11: FreeScout turns textarea#body into a Summernote editor ('.note-editable') and
  // copies its HTML back into the textarea, so the editor is read first.
  replyEditor: '.note-editable',
  replyTextarea: 'textarea[name="body"]',
  // Page markers: the signed-in body (layouts/app.blade.php data-auth_user_id) holding a
  // conversation or a conversation list; seen 2026-11.
  markers: 'body[data-auth_user_id] #conv-layout, body[data-auth_user_id] .table-conversations',

  // seen 2026-11 in a public FreeScout module README (its Send-with-status items
  // trigger "triggers whichever .btn-reply-submit button is currently visible", the selector core's own
  // Cmd+Enter uses); taken nearest to the open reply editor.
  sendButton: '.btn-reply-submit',
} as const;

export type FreescoutSelectorName = keyof typeof freescoutSelectors;
