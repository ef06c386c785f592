/**
 * Runs the real `astro build` over a fixture content tree. Each build gets its own Astro cache directory
 * (ASTRO_CACHE_DIR), so a fixture's entries never leak into the next build of the real content. Builds share
 * the project's .astro/ folder, so callers run them one at a time (one test file, sequential).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinnedEnv } from './clock.ts';

export interface FixtureBuild {
  root: string;
  status: number | null;
  output: string;
}

/** Copy the good fixture tree, let `mutate` change it, build it. */
export function buildFixture(opts: { snapshot?: string; mutate?: (root: string) => void } = {}): FixtureBuild {
  const root = mkdtempSync(join(tmpdir(), 'fixture-site-'));
  cpSync('tests/fixtures/content/good', root, { recursive: true });
  mkdirSync(join(root, 'status'));
  cpSync(opts.snapshot ?? 'tests/fixtures/content/snapshot-unknown.json', join(root, 'status/snapshot.json'));
  opts.mutate?.(root);
  const res = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
    // The pinned clock (tests/helpers/clock.ts): the fixtures' status readings must not age with the calendar.
    env: pinnedEnv({ CONTENT_DIR: root, ASTRO_CACHE_DIR: join(root, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { root, status: res.status, output: `${res.stdout}\n${res.stderr}` };
}

/** Replace text in a fixture file; throws when the text is not there, so a test cannot pass by not editing. */
export function edit(root: string, file: string, from: string | RegExp, to: string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply: ${String(from)}`);
  writeFileSync(path, after);
}
