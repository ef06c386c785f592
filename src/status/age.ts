import type { ToolStatus } from './snapshot-schema.ts';

/** How far in the future a reading may be dated before we distrust it (clocks of two machines disagree a little). */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The state we may show for a tool at `now`. A reading older than `maxAgeMinutes` (or none at all) is
 * `unknown`: we never say "operational" from an old reading. A reading dated in the future is `unknown` too: it
 * would never age, so a poisoned or mis-dated snapshot could show a lasting all-clear. The refresh step applies
 * the same rule when it writes; pages apply it again because `astro build` may render a committed snapshot long after.
 */
export function effectiveState(status: ToolStatus | undefined, now: Date, maxAgeMinutes: number): ToolStatus['state'] {
  if (!status || !status.checkedAt) return 'unknown';
  const ageMs = now.getTime() - Date.parse(status.checkedAt);
  if (!Number.isFinite(ageMs) || ageMs > maxAgeMinutes * 60_000 || ageMs < -CLOCK_SKEW_MS) return 'unknown';
  return status.state;
}

/** The build's "now": SOURCE_DATE_EPOCH when set (reproducible builds, the tests' pinned clock), else the clock. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  return env.SOURCE_DATE_EPOCH ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : new Date();
}
