/**
 * Reminders the agent adds by hand in the panel, and snoozing. The choice travels as data
 * ("tomorrow at 09:00", "in 2 business days", an instant) and is turned into a time here, with the
 * agent's own zone for "tomorrow" and the team's calendar for business days.
 */
import type { Calendar } from '../clock';
import { MINUTE_MS, parseWallTime } from '../clock/civil';
import { zone } from '../clock/zone';
import { addBusinessDays } from './timing';

export type WhenChoice =
  /** Tomorrow at a wall-clock time in the agent's zone. */
  | { kind: 'tomorrow'; time: string }
  /** The same time on the Nth open day of the team's calendar. */
  | { kind: 'business-days'; days: number }
  /** In so many minutes (snoozing). */
  | { kind: 'in'; minutes: number }
  /** A chosen instant. */
  | { kind: 'at'; at: number };

export interface WhenContext {
  /** The team's calendar (business days). */
  calendar: Calendar;
  /** The agent's own zone ("tomorrow 9:00"). */
  timeZone: string;
}

/** The instant a choice means, whole minutes except for a chosen instant. Throws RangeError for a malformed choice. */
export function dueAtFor(choice: WhenChoice, ctx: WhenContext, now: number): number {
  switch (choice.kind) {
    case 'tomorrow': {
      const minute = parseWallTime(choice.time);
      if (minute === null || minute >= 1440) throw new RangeError(`not a time of day: ${choice.time}`);
      const z = zone(ctx.timeZone);
      return z.wallToInstant(z.dayAt(now) + 1, minute);
    }
    case 'business-days':
      return Math.floor(addBusinessDays(ctx.calendar, now, choice.days) / MINUTE_MS) * MINUTE_MS;
    case 'in':
      return Math.floor((now + choice.minutes * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
    case 'at':
      return choice.at;
  }
}

/** 32-bit FNV-1a as 8 hex digits: short, stable, enough to tell notes apart in an id. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id of a manual reminder: the same conversation, time and note give the same id, so the same
 * reminder added twice (two tabs, a double click) is stored once.
 */
export function manualReminderId(conversationKey: string, dueAt: number, note: string): string {
  return `manual|${conversationKey}|${dueAt}|${shortHash(note.trim())}`;
}
