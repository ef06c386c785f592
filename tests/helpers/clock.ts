/**
 * The tests' "now". Every build and assertion that involves an age (status readings, stale warnings) uses this
 * instead of the machine's clock, so the suite gives the same answer next week and next year. The fixtures'
 * readings were taken on 2026-11-24 around 10:00 UTC; two hours later they are fresh (max age 6 h).
 */
export const TEST_NOW = new Date('2026-11-24T12:00:00Z');

/** TEST_NOW as SOURCE_DATE_EPOCH (seconds), the build's "now" (src/lib/catalog.ts). */
export const TEST_EPOCH = String(Math.floor(TEST_NOW.getTime() / 1000));

/** The environment for any `astro build` a test runs: the pinned clock unless the caller pins another. */
export function pinnedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, SOURCE_DATE_EPOCH: TEST_EPOCH, ...extra };
}
