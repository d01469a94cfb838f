/**
 * Active-listening prompts in the panel: the customer's questions from their latest message, how
 * they write (frustrated, urgent, writing again — with the words that show it), their name, and a
 * checklist on the agent's draft that updates as the content script re-sends snapshots while the
 * agent types. Each open item offers a suggestion from the prompt library in the customer's
 * language, to copy or insert at the caret of the site's reply box. Nothing here blocks sending,
 * and the message text stays in memory: it is never stored. With settings.listening.remindOnSend
 * on, a Send that leaves questions unanswered brings a gentle, dismissible note afterwards.
 */
import { computed, signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  DEFAULT_LIBRARY,
  analyzeMessage,
  checkDraft,
  fillSuggestion,
  mergeLibrary,
  type ChecklistItem,
  type Cue,
  type CueKind,
  type DraftCheck,
  type MessageAnalysis,
  type PromptLibrary,
  type Suggestions,
} from '../core/listening';
import type { Effective } from '../core/schema/effective';
import { watchEffectiveSettings } from '../settings/watch';
import type { ConversationSnapshot } from '../core/snapshot';
import { panelState, send, sendPresses } from './connection';
import { formatNumber, t, uiLanguage } from './i18n';
import './listening.css';

// ----------------------------------------------------------------------------- the prompt library

/** Defaults with the supervisor's changes (settings or enterprise policy), kept current. */
const library = signal<PromptLibrary>(DEFAULT_LIBRARY);
/** settings.listening.remindOnSend (or the organisation's policy): a note after Send. */
const remindOnSend = signal(false);

/** The library override in force, so that reading the same one again analyses nothing again. */
let libraryText = 'null';

function applySettings(effective: Effective): void {
  const listening = effective.settings.listening;
  const text = JSON.stringify(listening.library ?? null);
  if (text !== libraryText) {
    libraryText = text;
    library.value = listening.library ? mergeLibrary(DEFAULT_LIBRARY, listening.library) : DEFAULT_LIBRARY;
  }
  remindOnSend.value = listening.remindOnSend === true;
  if (!remindOnSend.value) sentNote.value = null;
}

let settingsWatched = false;
/** A Send pressed while the policy is still being read should not go unnoticed: see watchEffectiveSettings. */
function watchSettings(): void {
  if (settingsWatched) return;
  settingsWatched = true;
  watchEffectiveSettings(applySettings, 'listening settings');
}

// ------------------------------------------------------------------------------ what is analysed

/** The text of the customer's latest message the page shows expanded. */
function latestCustomerText(snapshot: ConversationSnapshot): string | null {
  for (let i = snapshot.messages.length - 1; i >= 0; i--) {
    const m = snapshot.messages[i]!;
    if (m.author !== 'customer') continue;
    if (m.text.trim()) return m.text;
    if (!m.collapsed) return null;
  }
  return null;
}

const snapshot = computed(() => (panelState.value.kind === 'conversation' ? panelState.value.snapshot : null));
const customerText = computed(() => (snapshot.value ? latestCustomerText(snapshot.value) : null));
/** Whether the latest customer message is folded away, so its text is not on the page. */
const customerCollapsed = computed(() => {
  const s = snapshot.value;
  const last = s?.messages.findLast((m) => m.author === 'customer');
  return Boolean(last && last.collapsed && !last.text.trim());
});

/**
 * The first analysis in a language builds that language's word tables (30–55 ms measured
 * 2026-11-23 on this 2-core machine, Node 20), so it waits until the conversation and its timer
 * are on screen: set in the task after the first render.
 */
const settled = signal(false);

// Snapshots arrive while the agent types; the message rarely changes, so its analysis is reused.
const analysis = computed((): MessageAnalysis | null => {
  if (!settled.value) return null;
  const text = customerText.value;
  return text ? analyzeMessage(text, { library: library.value }) : null;
});
const draft = computed(() => snapshot.value?.draft ?? null);
const check = computed((): DraftCheck | null => {
  const a = analysis.value;
  const d = draft.value;
  return a && d !== null ? checkDraft(a, d, { library: library.value }) : null;
});

// ---------------------------------------------------------------------------- reminder on Send

const conversationKey = computed(() => (snapshot.value ? `${snapshot.value.site}:${snapshot.value.conversationId}` : null));

/** The questions the draft in the reply box leaves unanswered; null without a draft or analysis. */
const openQuestions = computed((): string[] | null => {
  const a = analysis.value;
  const c = check.value;
  return a && c ? a.questions.filter((_, i) => !c.perQuestion[i]) : null;
});

/**
 * The same for the last draft seen in this conversation: Gmail closes the reply box once the
 * reply is sent, and the snapshot without it may arrive before the panel hears of the Send.
 */
let lastOpen: { key: string; questions: string[] } | null = null;

/** The note after Send: for which conversation, and the questions the reply left open. */
const sentNote = signal<{ key: string; questions: string[] } | null>(null);

function onSendPressed(): void {
  const key = conversationKey.peek();
  if (!remindOnSend.peek() || !key) return;
  const open = openQuestions.peek() ?? (lastOpen?.key === key ? lastOpen.questions : null);
  // A later reply that answers everything takes back the note about an earlier one.
  sentNote.value = open?.length ? { key, questions: open } : null;
}

let sendWatched = false;
/** For the panel page's lifetime, so a Send is heard while the section is not on screen too. */
function watchSend(): void {
  if (sendWatched) return;
  sendWatched = true;
  // Followed only with the setting on: otherwise a folded panel analyses nothing.
  computed(() => (remindOnSend.value ? openQuestions.value : null)).subscribe((open) => {
    const key = conversationKey.peek();
    if (open && key) lastOpen = { key, questions: open };
  });
  conversationKey.subscribe((key) => {
    if (sentNote.peek() && sentNote.peek()!.key !== key) sentNote.value = null;
  });
  let handled = sendPresses.peek();
  sendPresses.subscribe((presses) => {
    if (presses === handled) return;
    handled = presses;
    onSendPressed();
  });
}

function sentNoteText(questions: string[]): string {
  const quoted = questions.map((q) => t('listenQuote', q));
  if (quoted.length === 1) return t('listenSentOneOpen', quoted[0]!);
  return t('listenSentOpen', [formatNumber(quoted.length), new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(quoted)]);
}

function dismissSentNote(): void {
  sentNote.value = null;
  // The button goes away with the note: keep the keyboard's place in the section.
  document.getElementById('listen-heading')?.focus();
}

/**
 * A polite live region that is always there (a region inserted with its text is often not read
 * out), holding the note after a Send that left questions open: no dialog, nothing to confirm.
 */
function SentNote() {
  const note = sentNote.value;
  const shown = note && note.key === conversationKey.value ? note : null;
  return (
    <div class="listen-sent-region" role="status" aria-live="polite" data-testid="listen-sent-region">
      {shown && (
        <div class="listen-sent" data-testid="listen-sent-note">
          <p class="listen-sent-text">{sentNoteText(shown.questions)}</p>
          <button type="button" class="listen-button" onClick={dismissSentNote}>{t('listenSentDismiss')}</button>
        </div>
      )}
    </div>
  );
}

// ------------------------------------------------------------------------------------- pieces

const FLAGS: { kind: CueKind; label: () => string; key: 'frustrated' | 'urgent' | 'repeatContact' }[] = [
  { kind: 'frustrated', key: 'frustrated', label: () => t('listenFlagFrustrated') },
  { kind: 'urgent', key: 'urgent', label: () => t('listenFlagUrgent') },
  { kind: 'repeatContact', key: 'repeatContact', label: () => t('listenFlagRepeat') },
];

function Flags({ a, text }: { a: MessageAnalysis; text: string }) {
  const shown = FLAGS.filter((f) => a[f.key]);
  if (shown.length === 0) return null;
  return (
    <ul class="listen-flags" aria-label={t('listenFlagsLabel')} data-testid="listen-flags">
      {shown.map((f) => (
        <li key={f.kind} class={`listen-flag flag-${f.kind}`} data-flag={f.kind}>
          <span class="listen-flag-name">{f.label()}</span>
          <span class="listen-flag-why">
            {` — ${t('listenShownBy')} `}
            <TriggerWords cues={a.cues.filter((c) => c.kind === f.kind)} text={text} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The words behind a flag, highlighted (at most four: the flag needs one). */
function TriggerWords({ cues, text }: { cues: Cue[]; text: string }) {
  return (
    <>
      {cues.slice(0, 4).map((c, i) => (
        <span key={c.start}>
          {i > 0 && ', '}
          <mark class="listen-cue" data-testid="listen-cue">{text.slice(c.start, c.end)}</mark>
        </span>
      ))}
    </>
  );
}

/** Suggestions in the customer's language; Latin-script ones for Hinglish and Banglish. */
function suggestionsFor(a: MessageAnalysis): Suggestions {
  const pack = library.value.languages[a.lang];
  return a.script === 'latin' && pack.suggestionsLatin ? pack.suggestionsLatin : pack.suggestions;
}

interface Item {
  id: string;
  label: string;
  done: boolean;
  suggestion: string;
}

function checklist(a: MessageAnalysis, c: DraftCheck): Item[] {
  const s = suggestionsFor(a);
  const fill = (item: ChecklistItem, question?: string) => fillSuggestion(s[item], { firstName: a.name, question: question ?? null });
  const items: Item[] = a.questions.map((q, i) => ({
    id: `question-${i}`,
    label: t('listenItemQuestion', q),
    done: c.perQuestion[i] ?? false,
    suggestion: fill('answerQuestions', q),
  }));
  if (a.name) items.push({ id: 'name', label: t('listenItemName', a.name), done: c.usesName, suggestion: fill('useName') });
  if (c.acknowledgesFeeling !== null) {
    items.push({ id: 'feeling', label: t('listenItemFeeling'), done: c.acknowledgesFeeling, suggestion: fill('acknowledgeFeeling') });
  }
  items.push({ id: 'expectation', label: t('listenItemExpectation'), done: c.setsExpectation, suggestion: fill('setExpectation') });
  items.push({ id: 'next-step', label: t('listenItemNextStep'), done: c.nextStep, suggestion: fill('nextStep') });
  return items;
}

/** What the last copy or insert did, for a polite live region. */
const status = signal('');

async function copy(text: string, fallback: HTMLElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.value = t('listenCopied');
    return;
  } catch (error) {
    // The clipboard API can be refused (permissions policy, an unfocused frame): select the
    // suggestion instead so Ctrl+C copies it.
    console.debug('[support-panel] clipboard write refused, selecting the text instead', error);
  }
  if (fallback) {
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  status.value = t('listenCopyManual');
}

/** Draft text when Insert was pressed, to tell from the next snapshots whether the text arrived. */
let pendingInsert: { text: string; timer: ReturnType<typeof setTimeout> } | null = null;

function insert(text: string): void {
  if (pendingInsert) clearTimeout(pendingInsert.timer);
  send({ type: 'panel/insert-text', text });
  // The content script re-sends a snapshot after the reply box changes; no change means it failed.
  pendingInsert = {
    text,
    timer: setTimeout(() => {
      pendingInsert = null;
      status.value = t('listenInsertFailed');
    }, 3_000),
  };
}

function watchInserts(): () => void {
  return draft.subscribe((d) => {
    if (!pendingInsert || d === null) return;
    const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
    if (normalise(d).includes(normalise(pendingInsert.text))) {
      clearTimeout(pendingInsert.timer);
      pendingInsert = null;
      status.value = t('listenInserted');
    }
  });
}

function ChecklistItemView({ item, canInsert }: { item: Item; canInsert: boolean }) {
  const text = useRef<HTMLParagraphElement>(null);
  return (
    <li class={`listen-item ${item.done ? 'is-done' : 'is-open'}`} data-testid="listen-item" data-item={item.id} data-done={String(item.done)}>
      <p class="listen-item-head">
        <span class="listen-mark" aria-hidden="true">{item.done ? '✓' : '○'}</span>
        <span class="listen-item-label">{item.label}</span>
        <span class="listen-state">{item.done ? t('listenStateDone') : t('listenStateOpen')}</span>
      </p>
      {!item.done && (
        <div class="listen-suggestion">
          <p class="listen-suggestion-text" ref={text} data-testid="listen-suggestion">{item.suggestion}</p>
          <div class="listen-actions">
            <button type="button" class="listen-button" aria-label={t('listenCopyLabel', item.label)} onClick={() => void copy(item.suggestion, text.current)}>
              {t('listenCopy')}
            </button>
            {canInsert && (
              <button type="button" class="listen-button" aria-label={t('listenInsertLabel', item.label)} onClick={() => insert(item.suggestion)}>
                {t('listenInsert')}
              </button>
            )}
          </div>
        </div>
      )}
    </li>
  );
}

export function Listening() {
  useEffect(() => {
    watchSettings();
    watchSend();
    return watchInserts();
  }, []);
  useEffect(() => {
    if (settled.value || !snapshot.value) return;
    const id = setTimeout(() => (settled.value = true), 0);
    return () => clearTimeout(id);
  });
  const text = customerText.value;
  const a = analysis.value;
  if (!snapshot.value) return null;
  if (!text || !a) {
    // After a reply is sent Gmail may fold the customer's message: the note stays in view.
    if (!customerCollapsed.value && !sentNote.value) return null;
    return (
      <section class="listening" aria-labelledby="listen-heading" data-testid="listening">
        <h2 id="listen-heading" class="listen-heading" tabIndex={-1}>{t('listenTitle')}</h2>
        <SentNote />
        {customerCollapsed.value && <p class="muted">{t('listenNoText')}</p>}
      </section>
    );
  }
  const c = check.value;
  const items = c ? checklist(a, c) : [];
  const open = items.filter((i) => !i.done).length;
  return (
    <section class="listening" aria-labelledby="listen-heading" data-testid="listening" data-lang={a.lang}>
      <h2 id="listen-heading" class="listen-heading" tabIndex={-1}>{t('listenTitle')}</h2>
      <SentNote />
      <Flags a={a} text={text} />
      {a.name && <p class="listen-name" data-testid="listen-name">{t('listenName', a.name)}</p>}

      <h3 class="listen-subheading" id="listen-questions-heading">{t('listenQuestions')}</h3>
      {a.questions.length ? (
        <ol class="listen-questions" aria-labelledby="listen-questions-heading" data-testid="listen-questions">
          {a.questions.map((q, i) => (
            <li key={i} data-testid="listen-question" lang={a.lang}>{q}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('listenNoQuestions')}</p>
      )}

      <h3 class="listen-subheading" id="listen-checklist-heading">{t('listenChecklist')}</h3>
      {c ? (
        <>
          <p class="listen-summary" data-testid="listen-summary">{t('listenSummary', [String(items.length - open), String(items.length)])}</p>
          <ul class="listen-checklist" aria-labelledby="listen-checklist-heading" data-testid="listen-checklist">
            {items.map((item) => (
              <ChecklistItemView key={item.id} item={item} canInsert={draft.value !== null} />
            ))}
          </ul>
        </>
      ) : (
        <p class="muted" data-testid="listen-no-draft">{t('listenNoDraft')}</p>
      )}
      <p class="listen-sr" role="status" aria-live="polite" data-testid="listen-status">{status}</p>
    </section>
  );
}
