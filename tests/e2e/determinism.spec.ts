import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pinnedEnv } from '../helpers/clock.ts';

/** Two builds of the same commit and snapshot give byte-identical output (or the test names the files that differ). */
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)]));
}

test('two builds are byte-identical', async () => {
  test.setTimeout(180_000);
  const tmp = mkdtempSync(join(tmpdir(), 'determinism-'));
  try {
    const env = pinnedEnv({ NO_COLOR: '1' });
    for (const out of ['a', 'b']) {
      const res = spawnSync('npx', ['astro', 'build', '--outDir', join(tmp, out)], { env, encoding: 'utf8', timeout: 150_000 });
      expect(res.status, res.stderr).toBe(0);
    }
    const a = listFiles(join(tmp, 'a')).map((f) => relative(join(tmp, 'a'), f)).sort();
    const b = listFiles(join(tmp, 'b')).map((f) => relative(join(tmp, 'b'), f)).sort();
    expect(b).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(tmp, 'a', f)).equals(readFileSync(join(tmp, 'b', f))));
    console.log(`determinism: ${a.length} files, ${differ.length} differ`);
    expect(differ).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
