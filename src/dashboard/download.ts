import { toCsv, type Metrics } from '../core/metrics';
import { localDate } from './period';

/** File name of the CSV: response-times-YYYY-MM-DD.csv, the agent's local date. */
export const csvFileName = (now: number): string => `response-times-${localDate(now)}.csv`;

/** Saves the figures as CSV through a Blob and an object URL (no network, no data: URL). */
export function downloadCsv(metrics: Metrics, now: number): void {
  const blob = new Blob([toCsv(metrics)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(now);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; give it a moment in case it has not.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
