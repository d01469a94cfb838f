/**
 * The periods the dashboard offers, in the agent's own time zone (the browser's: extension pages
 * run in it). Date's local-time arithmetic handles daylight-saving days.
 */
export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

export interface Period {
  from: number;
  to: number;
}

/** The last `days` local days including today: from local midnight `days − 1` days ago until now. */
export function lastDays(days: number, now: number): Period {
  const d = new Date(now);
  return { from: new Date(d.getFullYear(), d.getMonth(), d.getDate() - (days - 1)).getTime(), to: now };
}

/**
 * "The same period last year": 52 weeks (364 days) earlier on the local calendar, same wall time.
 * 52 weeks rather than the same dates, so that both periods hold the same weekdays — business
 * hours depend on them, and a period with one more weekend would look faster for no reason.
 */
export function sameTimeLastYear(period: Period): Period {
  return { from: weeksBack(period.from, 52), to: weeksBack(period.to, 52) };
}

function weeksBack(at: number, weeks: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 7 * weeks, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()).getTime();
}

/** YYYY-MM-DD of an instant in local time (for the CSV's file name). */
export function localDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
