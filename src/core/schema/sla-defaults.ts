import type { Calendar, SlaPolicy } from '../clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Targets used until a supervisor sets the team's own (options page / rule pack): a first reply
 * within 4 business hours, later replies within 8, a warning 15 minutes before; the clock stops
 * while the ticket waits on the customer, is on hold or solved.
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  firstResponseMs: 4 * HOUR,
  nextResponseMs: 8 * HOUR,
  warnBeforeMs: 15 * MINUTE,
  pauseStatuses: ['pending', 'onhold', 'solved'],
};

/** Monday to Friday, 09:00–17:00, in the agent's own time zone. */
export function defaultCalendar(timeZone: string): Calendar {
  const day: [string, string][] = [['09:00', '17:00']];
  return { timeZone, week: { mon: day, tue: day, wed: day, thu: day, fri: day } };
}
