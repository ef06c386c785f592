import type { ToolStatus } from './snapshot-schema.ts';

/**
 * The state we may show for a tool at `now`. A reading older than `maxAgeMinutes` (or none at all) is
 * `unknown`: we never say "operational" from an old reading. The refresh step applies the same rule when
 * it writes; pages apply it again because `astro build` may render a committed snapshot long after.
 */
export function effectiveState(status: ToolStatus | undefined, now: Date, maxAgeMinutes: number): ToolStatus['state'] {
  if (!status || !status.checkedAt) return 'unknown';
  const ageMs = now.getTime() - Date.parse(status.checkedAt);
  if (!Number.isFinite(ageMs) || ageMs > maxAgeMinutes * 60_000) return 'unknown';
  return status.state;
}
