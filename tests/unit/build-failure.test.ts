/**
 * The real `astro build` fails on bad content with the file and the field named — both for schema errors (zod,
 * reported by Astro's content layer) and for registry errors (our check, run when the pages load the catalogue).
 * Two builds of a two-page fixture tree: a few seconds each.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function buildWith(mutate: (file: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'bad-site-'));
  try {
    cpSync('tests/fixtures/content/good', root, { recursive: true });
    mkdirSync(join(root, 'status'));
    cpSync('tests/fixtures/content/snapshot-unknown.json', join(root, 'status/snapshot.json'));
    const page = join(root, 'errors/claude-code/sample-error.mdx');
    writeFileSync(page, mutate(readFileSync(page, 'utf8')));
    const res = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: root, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: res.status, output: `${res.stdout}\n${res.stderr}`, page };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('astro build on bad content', () => {
  it('fails on a schema error, naming the file and the field', () => {
    const { status, output } = buildWith((t) => t.replace('category: network', 'category: networking'));
    expect(status).not.toBe(0);
    expect(output).toContain('errors/claude-code/sample-error.mdx');
    expect(output).toMatch(/category: unknown category "networking"; use one of: billing/);
  }, 120_000);

  it('fails on a registry error, naming the file and the field', () => {
    const { status, output } = buildWith((t) => t.replace('related: [claude-code/other-error]', 'related: [claude-code/no-such-page]'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/errors\/claude-code\/sample-error\.mdx → related\[0\]: "claude-code\/no-such-page" does not exist/);
  }, 120_000);
});
