/**
 * `astro build` for the end-to-end suite, on the tests' pinned clock (tests/helpers/clock.ts), so whatever the
 * built pages say about ages (status readings) is the same on any day. Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { pinnedEnv } from './clock.ts';

const res = spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], { env: pinnedEnv(), stdio: 'inherit' });
process.exit(res.status ?? 1);
