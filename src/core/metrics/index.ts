/** Response-time statistics, attainment, first-contact resolution, year-on-year goal, CSV. */
export { computeMetrics, type MetricsInput } from './compute';
export { conversationResponses, FCR_QUIET_MS, type ConversationResult, type TargetsMs } from './responses';
export { BusinessTable, type BusinessClock } from './business-table';
export { bucketsFor, type Buckets } from './buckets';
export { nearestRank, percentile } from './stats';
export { goalProgress, type GoalProgress } from './goal';
export { toCsv, csvField, CSV_COLUMNS, ALL_SITES, TOTAL_PERIOD } from './csv';
export type * from './types';
