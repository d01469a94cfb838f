import { computed } from '@preact/signals';
import { formatDuration } from '../core/clock/waiting';
import { slaState, type SlaState } from '../core/clock';
import { defaultCalendar } from '../core/schema/sla-defaults';
import { panelState } from './connection';
import { now } from './clock';
import { durationWords, formatClock, t } from './i18n';

export type TargetTone = 'ok' | 'warn' | 'breached' | 'paused' | 'met';

export interface TargetView {
  state: SlaState['state'];
  tone: TargetTone;
  /** "First response" / "Next response". */
  label: string;
  /** "On track · 3 h 10 min left", "Overdue by 25 min", "Paused: waiting on customer". */
  text: string;
  /** "Due 4:30 PM" in the agent's own zone and language, or ''. */
  due: string;
  /** For the collapsed badge: "3 h 10 min left" / "+25 min". */
  short: string;
  /** The supervisor's rule that set the targets, if any. */
  rule: string | null;
}

/** Words for a pausing status, e.g. "waiting on customer". */
function statusWords(status: string | undefined): string {
  if (status === 'onhold') return t('statusOnhold');
  if (status === 'solved') return t('statusSolved');
  return t('statusPending');
}

/** Renders a target clock state in words; null when no target applies (nothing waiting, nothing met). */
export function describeTarget(sla: SlaState, at: number): TargetView | null {
  if (sla.state === 'none' || sla.target === null) return null;
  const label = sla.target === 'first' ? t('slaFirst') : t('slaNext');
  const left = formatDuration(Math.max(0, sla.remainingBusinessMs ?? 0), durationWords);
  const over = formatDuration(Math.max(0, -(sla.remainingBusinessMs ?? 0)), durationWords);
  const due = sla.dueMs !== null && sla.state !== 'met' ? t('slaDue', formatClock(sla.dueMs, at)) : '';
  switch (sla.state) {
    case 'ok':
      return { state: sla.state, tone: 'ok', label, text: t('slaOnTrack', left), due, short: t('slaLeftShort', left), rule: null };
    case 'warn':
      return { state: sla.state, tone: 'warn', label, text: t('slaDueSoon', left), due, short: t('slaLeftShort', left), rule: null };
    case 'breached':
      return { state: sla.state, tone: 'breached', label, text: t('slaOverdue', over), due, short: t('slaOverShort', over), rule: null };
    case 'met':
      return { state: sla.state, tone: 'met', label, text: t('slaMet', left), due: '', short: '✓', rule: null };
    case 'paused': {
      if (sla.pausedReason === 'status') {
        const text = t('slaPausedStatus', statusWords(sla.pausedStatus));
        return { state: sla.state, tone: 'paused', label, text, due: '', short: t('slaPausedShort'), rule: null };
      }
      return { state: sla.state, tone: 'paused', label, text: t('slaPausedHours', left), due, short: t('slaLeftShort', left), rule: null };
    }
  }
}

/** The default calendar in the agent's own zone, made once rather than on every tick. */
const agentCalendar = defaultCalendar(Intl.DateTimeFormat().resolvedOptions().timeZone);

/** The open conversation's target, recomputed as the panel's clock ticks. */
export const target = computed((): TargetView | null => {
  const state = panelState.value;
  if (state.kind !== 'conversation' || !state.sla) return null;
  const at = now.value;
  try {
    const calendar = state.sla.calendar ?? agentCalendar;
    const view = describeTarget(slaState(state.sla.policy, calendar, { events: state.sla.events }, at), at);
    return view && { ...view, rule: state.sla.rule };
  } catch (error) {
    // An invalid calendar or policy is caught by settings validation; never break the panel here.
    console.error('[support-panel] target clock failed', error);
    return null;
  }
});
