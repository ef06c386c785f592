/**
 * The CLI as the build runs it: a real `node src/status/cli.ts` process against the local fake vendor.
 * Exit 0 whenever a snapshot was written (even if every source failed), non-zero when it could not be.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every test spawns a Node process; under load that alone can take seconds.
vi.setConfig({ testTimeout: 30_000 });
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refusedBase, startFakeVendor, type FakeVendor } from '../../helpers/fake-vendor.ts';
import { TOOLS_DIR, gatus, load } from '../../fixtures/status/builders.ts';
import { snapshotSchema } from '../../../src/status/snapshot-schema.ts';

const CLI = fileURLToPath(new URL('../../../src/status/cli.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FEEDS = ['claude-code', 'codex', 'cursor', 'github-copilot', 'cline', 'windsurf'];
/**
 * Node start-up plus type stripping of the CLI's imports, on a busy box (seen at 4.5 s on 2 cores with a load of 9).
 * The bounds below prove the CLI ends near its timeout instead of hanging; they are not speed budgets.
 */
const STARTUP = 8_000;

/** Run the CLI asynchronously (the fake vendor lives in this process and must keep answering). */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, CONTENT_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Math.round(performance.now() - t0) }));
  });
}

const tmpOut = () => join(mkdtempSync(join(tmpdir(), 'status-cli-')), 'snapshot.json');
const readSnapshot = (path: string) => snapshotSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
const sourceArgs = (bases: Record<string, string>) => Object.entries(bases).flatMap(([id, url]) => ['--source', `${id}=${url}`]);

let fake: FakeVendor;
beforeAll(async () => {
  fake = await startFakeVendor({
    '/a/api/v2/summary.json': { json: load('synthetic/anthropic-summary.json') },
    '/o/api/v2/summary.json': { json: load('synthetic/openai-summary-compat.json') },
    '/o/api/v2/components.json': { json: load('synthetic/openai-components.json') },
    '/c/api/v2/summary.json': { json: load('synthetic/cursor-summary.json') },
    '/g/api/v2/summary.json': { json: load('recorded/github-summary.json') },
    '/l/api/v1/endpoints/statuses': { json: gatus() },
    '/w/api/v2/summary.json': { json: load('synthetic/windsurf-summary.json') },
  });
  for (const id of FEEDS) fake.set(`/hang-${id}/${id === 'cline' ? 'api/v1/endpoints/statuses' : 'api/v2/summary.json'}`, { fault: 'hang' });
});
afterAll(() => fake.close());

describe('node src/status/cli.ts', () => {
  it('reads every source, prints one line per tool, writes a valid snapshot, exits 0', async () => {
    const out = tmpOut();
    const bases = { 'claude-code': '/a', codex: '/o', cursor: '/c', 'github-copilot': '/g', cline: '/l', windsurf: '/w' };
    const res = await cli(['--tools', TOOLS_DIR, '--out', out, '--timeout', '800', ...sourceArgs(Object.fromEntries(Object.entries(bases).map(([k, v]) => [k, fake.url + v])))]);
    expect(res.code, res.stderr).toBe(0);
    for (const id of FEEDS) expect(res.stdout).toMatch(new RegExp(`^${id}\\s+operational\\s+fresh\\s+\\d+ ms`, 'm'));
    expect(res.stdout).toMatch(/^continue\s+unknown\s+no-feed\s+\d+ ms\s+no official status page$/m);
    expect(res.stdout).toMatch(/Wrote .*snapshot\.json: 6 fresh, 1 not refreshed\./);
    const snap = readSnapshot(out);
    expect(Object.keys(snap.tools)).toEqual(['claude-code', 'codex', 'cursor', 'github-copilot', 'cline', 'windsurf', 'continue']);
    expect(res.ms).toBeLessThan(STARTUP + 1_000);
  });

  it('every source refusing: still writes a valid snapshot quickly, says so, exits 0', async () => {
    const out = tmpOut();
    const refused = await refusedBase();
    const res = await cli(['--tools', TOOLS_DIR, '--out', out, '--timeout', '500', ...sourceArgs(Object.fromEntries(FEEDS.map((id) => [id, refused])))]);
    expect(res.code, res.stderr).toBe(0);
    for (const id of FEEDS) expect(res.stdout).toMatch(new RegExp(`^${id}\\s+unknown\\s+stale\\s+\\d+ ms\\s+connection refused \\(ECONNREFUSED\\)`, 'm'));
    expect(res.stdout).toMatch(/All status sources were unreachable: kept the committed snapshot's last data for every tool, marked stale/);
    const snap = readSnapshot(out);
    for (const id of FEEDS) expect(snap.tools[id]).toMatchObject({ state: 'unknown', stale: true });
    expect(res.ms).toBeLessThan(STARTUP + 500);
  });

  it('every source hanging: gives up at the timeout, writes, exits 0', async () => {
    const out = tmpOut();
    const res = await cli(['--tools', TOOLS_DIR, '--out', out, '--timeout', '400', ...sourceArgs(Object.fromEntries(FEEDS.map((id) => [id, `${fake.url}/hang-${id}`])))]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^cursor\s+unknown\s+stale\s+\d+ ms\s+timed out after 400 ms/m);
    expect(res.stdout).toMatch(/All status sources were unreachable/);
    expect(readSnapshot(out).tools.cursor!.stale).toBe(true);
    expect(res.ms).toBeLessThan(STARTUP + 400 + 700);
  });

  it('the real content/tools, offline, from the committed snapshot: exits 0 with every tool', async () => {
    const out = tmpOut();
    const res = await cli(['--offline', '--in', join(REPO, 'content/status/snapshot.json'), '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Offline run/);
    expect(Object.keys(readSnapshot(out).tools)).toEqual(expect.arrayContaining([...FEEDS, 'continue']));
  });

  it('an unwritable --out exits non-zero', async () => {
    const file = tmpOut();
    writeFileSync(file, 'a regular file');
    const res = await cli(['--tools', TOOLS_DIR, '--offline', '--out', join(file, 'snapshot.json')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/could not write the snapshot/);
  });

  it('bad arguments exit 2 without writing', async () => {
    const out = tmpOut();
    for (const args of [
      ['--source', 'no-such-tool=http://127.0.0.1:1'],
      ['--source', 'cursor'],
      ['--source', 'cursor=ftp://x'],
      ['--timeout', 'soon'],
      ['--bogus'],
    ]) {
      const res = await cli(['--tools', TOOLS_DIR, '--out', out, ...args]);
      expect(res.code, args.join(' ')).toBe(2);
    }
    expect(() => readFileSync(out)).toThrow();
  });
});
