/**
 * verify:messages, offline, against a fake npm registry serving tarballs built here: messages found and not found,
 * templates split into pieces, strings inside binaries and inside archives embedded in them, escaped forms, first
 * and last version seen, and the faults — a corrupt tarball, one over the size cap, a vanished version, a registry
 * that hangs — each failing loudly while the previous data stays.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each case unpacks tarballs and runs grep over them; on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 30_000 });
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fragmentsOf } from '../../src/verify/fragments.ts';
import { verifyTool, type VerifyOptions } from '../../src/verify/run.ts';
import { startFakeRegistry, tar, type FakeRegistry } from '../helpers/fake-registry.ts';

let reg: FakeRegistry;
beforeAll(async () => {
  reg = await startFakeRegistry();
});
afterAll(() => reg.close());

const opts = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  registry: reg.url,
  timeoutMs: 2_000,
  maxTarballBytes: 5 * 1024 * 1024,
  maxUnpackedBytes: 50 * 1024 * 1024,
  cacheDir: mkdtempSync(join(tmpdir(), 'verify-cache-')),
  samples: 3,
  bisectBudget: 10,
  now: new Date('2026-11-24T12:00:00Z'),
  ...extra,
});
const page = (...messages: { text: string; origin?: string; fragments?: string[]; seenIn?: string }[]) => [{ page: 'tool/page', messages }];

describe('fragments', () => {
  it('cuts messages at their variable parts and at the seams code joins pieces with', () => {
    expect(fragmentsOf("You've hit your session limit · resets 11:30pm (Europe/Berlin)")).toEqual(["You've hit your session limit"]);
    expect(fragmentsOf('Error logging in: Port 127.0.0.1:1455 is already in use')).toEqual(['Error logging in', 'is already in use']);
    expect(fragmentsOf('Model "claud-sonnet-5" is not a recognized model id. Did you mean \'claude-sonnet-5\'?')).toEqual(['is not a recognized model id.', 'Did you mean']);
    expect(fragmentsOf('Usage limit reached for gemini-2.5-pro.')).toEqual(['Usage limit reached for']);
    expect(fragmentsOf('anything at all', ['explicit piece one'])).toEqual(['explicit piece one']);
  });
});

describe('verifyTool', () => {
  it('finds a whole message, a message built from a template, and reports one that is not there', async () => {
    reg.publish('plain-cli', {
      '1.0.0': { 'dist/cli.js': 'throw new Error(`Credit balance is too low`); const m = `Usage limit reached for ${model}.`;' },
    });
    const v = await verifyTool('t', [{ package: 'plain-cli' }], page({ text: 'Credit balance is too low' }, { text: 'Usage limit reached for gemini-2.5-pro.' }, { text: 'A message nobody prints here' }), opts());
    expect(v.messages.map((m) => [m.text, m.status, m.firstSeen])).toEqual([
      ['Credit balance is too low', 'found', '1.0.0'],
      ['Usage limit reached for gemini-2.5-pro.', 'found', '1.0.0'],
      ['A message nobody prints here', 'not-found', null],
    ]);
    expect(v.packages).toEqual([{ name: 'plain-cli', latest: '1.0.0', checked: ['1.0.0'], published: 1 }]);
  });

  it('says "partial" when only some pieces are in the client (the rest comes from the server)', async () => {
    reg.publish('prefix-cli', { '2.0.0': { 'cli.js': 'log(`stream disconnected before completion: ${e}`)' } });
    const v = await verifyTool('t', [{ package: 'prefix-cli' }], page({ text: 'stream disconnected before completion: An error occurred while processing your request.' }), opts());
    expect(v.messages[0]).toMatchObject({ status: 'partial', fragments: [{ found: true }, { found: false }] });
  });

  it('leaves relayed API bodies and shell messages out: only client messages are searched', async () => {
    reg.publish('other-cli', { '1.0.0': { 'cli.js': 'x' } });
    const v = await verifyTool('t', [{ package: 'other-cli' }], page({ text: 'Overloaded by the server', origin: 'api' }, { text: 'zsh: command not found: x', origin: 'system' }), opts());
    expect(v.messages).toEqual([]);
  });

  it('finds strings in a native binary, escaped the way minifiers write them, and inside an embedded archive', async () => {
    const embedded = gzipSync(tar({ 'app/index.js': 'const a = "Please run /login · Not logged in";' }));
    const binary = Buffer.concat([Buffer.alloc(9 * 1024 * 1024, 0), Buffer.from("ELF...You\\'ve hit your limit\\u2019s end..."), Buffer.alloc(64, 0), embedded, Buffer.alloc(4096, 0)]);
    reg.publish('native-cli', { '3.1.0': { 'bin/tool': binary } });
    const v = await verifyTool('t', [{ package: 'native-cli' }], page({ text: "You've hit your limit" }, { text: 'Not logged in · Please run /login' }, { text: 'limit’s end of it', fragments: ['limit’s end'] }), opts());
    expect(v.messages.map((m) => m.status)).toEqual(['found', 'found', 'found']);
  });

  it('records the first and last version that printed a message, narrowing the edges by bisection', async () => {
    const versions: Record<string, Record<string, string>> = {};
    for (let i = 0; i < 20; i++) versions[`1.0.${i}`] = { 'cli.js': i >= 5 && i <= 13 ? 'print("Old wording of the error")' : 'print("nothing")' };
    versions['1.1.0'] = { 'cli.js': 'print("New wording of the error")' };
    reg.publish('history-cli', versions);
    const v = await verifyTool('t', [{ package: 'history-cli' }], page({ text: 'Old wording of the error' }, { text: 'New wording of the error' }), opts({ samples: 4, bisectBudget: 12 }));
    expect(v.messages[0]).toMatchObject({ status: 'not-found', firstSeen: '1.0.5', lastSeen: '1.0.13' });
    expect(v.messages[1]).toMatchObject({ status: 'found', firstSeen: '1.1.0', lastSeen: '1.1.0' });
    expect(v.packages[0]!.published).toBe(21);
  });

  it('checks a version a page names (seenIn): a short-lived wording between two samples is found only then', async () => {
    const versions: Record<string, Record<string, string>> = {};
    for (let i = 0; i < 20; i++) versions[`2.0.${i}`] = { 'cli.js': i >= 8 && i <= 9 ? 'print("Brief wording of the error")' : 'print("nothing")' };
    reg.publish('brief-cli', versions);
    const without = await verifyTool('t', [{ package: 'brief-cli' }], page({ text: 'Brief wording of the error' }), opts({ samples: 4, bisectBudget: 0 }));
    expect(without.messages[0]).toMatchObject({ status: 'not-found', firstSeen: null });
    const hinted = await verifyTool('t', [{ package: 'brief-cli' }], page({ text: 'Brief wording of the error', seenIn: '2.0.9' }), opts({ samples: 4, bisectBudget: 12 }));
    expect(hinted.messages[0]).toMatchObject({ status: 'not-found', firstSeen: '2.0.8', lastSeen: '2.0.9' });
  });

  it('reads Codex-style suffixed platform builds, and downloads each version once (cached)', async () => {
    reg.publish('suffixed', { '0.1.0-linux-x64': { 'bin/x': 'Selected model is at capacity' }, '0.1.0': { 'README.md': 'wrapper' } }, '0.1.0');
    const o = opts();
    const one = await verifyTool('t', [{ package: 'suffixed', versionSuffix: '-linux-x64' }], page({ text: 'Selected model is at capacity' }), o);
    expect(one.messages[0]!.status).toBe('found');
    await verifyTool('t', [{ package: 'suffixed', versionSuffix: '-linux-x64' }], page({ text: 'Selected model is at capacity' }), o);
    expect(reg.downloads.get('-/suffixed-0.1.0-linux-x64.tgz')).toBe(1);
  });

  it.each([
    ['a corrupt tarball', 'corrupt-cli', 'corrupt' as const, /not a gzip archive|integrity/],
    ['a version that vanished', 'vanished-cli', 'vanished' as const, /HTTP 404/],
    ['a tarball that never arrives', 'hanging-cli', 'hang' as const, /timed out/],
  ])('%s fails loudly', async (_label, name, fault, message) => {
    reg.publish(name, { '1.0.0': fault });
    await expect(verifyTool('t', [{ package: name }], page({ text: 'Credit balance is too low' }), opts({ timeoutMs: 500 }))).rejects.toThrow(message);
  });

  it('a tarball over the size cap fails loudly', async () => {
    reg.publish('huge-cli', { '1.0.0': { 'blob.bin': Buffer.alloc(2 * 1024 * 1024, 7) } });
    await expect(verifyTool('t', [{ package: 'huge-cli' }], page({ text: 'Credit balance is too low' }), opts({ maxTarballBytes: 1024 }))).rejects.toThrow(/larger than the cap/);
    await expect(verifyTool('t', [{ package: 'huge-cli' }], page({ text: 'Credit balance is too low' }), opts({ maxUnpackedBytes: 1024 }))).rejects.toThrow(/unpacks to more than/);
  });

  it('a package the registry no longer has, or a registry that hangs, fails loudly', async () => {
    await expect(verifyTool('t', [{ package: 'never-published' }], page({ text: 'x y z long enough' }), opts())).rejects.toThrow(/HTTP 404/);
    reg.publish('slow-doc', { '1.0.0': { 'a.js': 'x' } });
    reg.breakDocument('slow-doc', 'hang');
    await expect(verifyTool('t', [{ package: 'slow-doc' }], page({ text: 'x y z long enough' }), opts({ timeoutMs: 300 }))).rejects.toThrow(/timed out/);
  });
});

describe('node src/verify/cli.ts', () => {
  it('keeps the previous data of a tool it could not check, and exits 1', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verify-cli-'));
    for (const d of ['tools', 'errors/sample', 'verification']) (await import('node:fs')).mkdirSync(join(root, d), { recursive: true });
    writeFileSync(
      join(root, 'tools/sample.yaml'),
      readFileSync('tests/fixtures/content/good/tools/claude-code.yaml', 'utf8') + '\nclient:\n  npm:\n    - { package: gone-from-registry }\n',
    );
    writeFileSync(join(root, 'errors/sample/x.mdx'), '---\nmessages:\n  - text: Credit balance is too low\n---\n');
    const previous = '{"kept": true}\n';
    writeFileSync(join(root, 'verification/sample.json'), previous);
    const res = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['src/verify/cli.ts', '--registry', reg.url, '--timeout', '1000'], { env: { ...process.env, CONTENT_DIR: root } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(res.code, res.out).toBe(1);
    expect(res.out).toMatch(/sample: FAILED, kept the previous data: .*HTTP 404/);
    expect(readFileSync(join(root, 'verification/sample.json'), 'utf8')).toBe(previous);
  }, 30_000);
});
