/**
 * The status vocabulary, with no dependencies: shared by the build (schemas, the refresh step) and the browser
 * re-check script, which must stay a few hundred bytes (so nothing here may pull in zod).
 */
export const STATUS_STATES = ['operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance', 'unknown'] as const;
export type StatusState = (typeof STATUS_STATES)[number];
