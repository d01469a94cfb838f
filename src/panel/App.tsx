import { computed } from '@preact/signals';
import browser from 'webextension-polyfill';
import { formatDuration } from '../core/clock/waiting';
import type { PanelState } from '../messaging/protocol';
import { useEffect, useRef } from 'preact/hooks';
import { collapsed, panelState, reportHeight, setCollapsed } from './connection';
import { now } from './clock';
import { durationWords, formatClock, formatNumber, t } from './i18n';
import { target } from './target';
import { Reminders } from './Reminders';
import { Listening } from './Listening';
import { LayoutError } from './LayoutError';

type Tone = 'waiting' | 'answered' | 'neutral';

const timer = computed((): { text: string; short: string; tone: Tone; detail: string } => {
  const state = panelState.value;
  if (state.kind !== 'conversation') return { text: '', short: '', tone: 'neutral', detail: '' };
  const w = state.waiting;
  const at = now.value;
  if (w.kind === 'waiting') {
    const duration = formatDuration(at - w.since, durationWords);
    return {
      text: t('waitingFor', duration),
      short: duration,
      tone: 'waiting',
      detail: t('waitingSince', formatClock(w.since, at)),
    };
  }
  if (w.kind === 'answered') {
    const duration = formatDuration(at - w.at, durationWords);
    return { text: t('answeredAgo', duration), short: '✓ ' + duration, tone: 'answered', detail: t('notWaiting') };
  }
  return { text: t('noTimes'), short: '–', tone: 'neutral', detail: '' };
});

const timerText = computed(() => timer.value.text);
const timerDetail = computed(() => timer.value.detail);
const timerShort = computed(() => timer.value.short);

function Badge({ state }: { state: PanelState }) {
  const goal = target.value;
  const label = state.kind === 'conversation' ? [timer.value.text, goal && `${goal.label}: ${goal.text}`].filter(Boolean).join('. ') : t('panelTitle');
  return (
    <button
      type="button"
      class={`badge ${goal ? `target-${goal.tone}` : `tone-${timer.value.tone}`}`}
      aria-expanded="false"
      aria-label={`${t('expand')}: ${label}`}
      title={t('expand')}
      onClick={() => setCollapsed(false)}
    >
      <span aria-hidden="true" class="badge-icon">◷</span>
      <span class="badge-text" data-testid="badge-timer">
        {state.kind !== 'conversation' ? t('panelTitle') : goal ? goal.short : timerShort}
      </span>
    </button>
  );
}

function Header() {
  return (
    <header class="header">
      <h1 class="title">{t('panelTitle')}</h1>
      <button
        type="button"
        class="icon-button"
        aria-expanded="true"
        aria-label={t('collapse')}
        title={t('collapse')}
        onClick={() => setCollapsed(true)}
      >
        <span aria-hidden="true">—</span>
      </button>
    </header>
  );
}

function Conversation({ state }: { state: Extract<PanelState, { kind: 'conversation' }> }) {
  const { snapshot } = state;
  const shown = snapshot.messages.length;
  const total = shown + snapshot.hiddenMessageCount;
  return (
    <section aria-labelledby="subject">
      <p class="site">{state.siteLabel}</p>
      <h2 id="subject" class="subject" data-testid="subject">{snapshot.subject || t('noSubject')}</h2>
      <dl class="customer">
        <dt>{t('customerLabel')}</dt>
        <dd>
          <span class="customer-name" data-testid="customer-name">{snapshot.customer.name || snapshot.customer.address || t('unknownCustomer')}</span>
          {snapshot.customer.address && snapshot.customer.address !== snapshot.customer.name && (
            <span class="address" data-testid="customer-address">{snapshot.customer.address}</span>
          )}
        </dd>
      </dl>
      <div class={`timer tone-${timer.value.tone}`} role="timer" aria-label={t('timerLabel')} aria-live="off">
        <p class="timer-text" data-testid="timer">{timerText}</p>
        <p class="timer-detail">{timerDetail}</p>
      </div>
      <Target />
      <p class="count" data-testid="message-count">
        {t('messagesCount', formatNumber(total))}
        {snapshot.hiddenMessageCount > 0 && ` · ${t('hiddenMessages', formatNumber(snapshot.hiddenMessageCount))}`}
      </p>
    </section>
  );
}

function Target() {
  const goal = target.value;
  if (!goal) return null;
  return (
    <section class={`target target-${goal.tone}`} aria-label={t('slaLabel')} data-testid="target" data-state={goal.state}>
      <p class="target-label">{goal.label}</p>
      <p class="target-text" data-testid="target-text">{goal.text}</p>
      {goal.due && <p class="target-due" data-testid="target-due">{goal.due}</p>}
      {goal.rule && <p class="target-rule" data-testid="target-rule">{t('slaRule', goal.rule)}</p>}
    </section>
  );
}

function Body({ state }: { state: PanelState }) {
  switch (state.kind) {
    case 'loading':
      return <p class="muted" role="status">{t('loading')}</p>;
    case 'no-conversation':
      return <p class="muted" role="status" data-testid="empty">{t('noConversation', state.siteLabel)}</p>;
    case 'layout-error':
      return <LayoutError state={state} />;
    case 'conversation':
      return <Conversation state={state} />;
  }
}

/** The supervisor's options page (targets, rules, sites, privacy, language). */
function openOptions() {
  browser.runtime.openOptionsPage().catch((error: unknown) => console.error('[support-panel] could not open the options page', error));
}

/** Opens the response-time metrics page in a new tab. */
function MetricsLink() {
  const open = () => {
    browser.tabs.create({ url: browser.runtime.getURL('src/dashboard/index.html') }).catch((error: unknown) => {
      console.error('[support-panel] could not open the metrics page', error);
    });
  };
  return (
    <footer class="panel-footer">
      <button type="button" class="link-button" data-testid="metrics-link" onClick={open}>
        {t('metricsLink')}
      </button>
      <button type="button" class="link-button" data-testid="options-link" onClick={openOptions}>
        {t('optionsLink')}
      </button>
    </footer>
  );
}

/** Vertical padding of .panel in panel.css, added to the measured content height. */
const PANEL_PADDING = 24;

function Expanded({ state }: { state: PanelState }) {
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => reportHeight(content.current!, PANEL_PADDING), []);
  return (
    <main class="panel">
      <div ref={content}>
        <Header />
        <Body state={state} />
        <Listening />
        <Reminders />
        <MetricsLink />
      </div>
    </main>
  );
}

export function App() {
  const state = panelState.value;
  return collapsed.value ? <Badge state={state} /> : <Expanded state={state} />;
}
