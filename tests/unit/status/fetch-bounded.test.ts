import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, USER_AGENT, fetchJson, resolveUnder } from '../../../src/status/fetch-bounded.ts';
import { startFakeVendor, type FakeVendor } from '../../helpers/fake-vendor.ts';

let fake: FakeVendor;
beforeAll(async () => {
  fake = await startFakeVendor({
    '/ok': { json: { ok: true } },
    '/r1': { fault: 'redirect', to: '/r2' },
    '/r2': { fault: 'redirect', to: '/r3', status: 301 },
    '/r3': { fault: 'redirect', to: '/ok', status: 307 },
    '/r0': { fault: 'redirect', to: '/r1', status: 308 },
    '/bom': { body: '\uFEFF{"ok":1}', type: 'application/json' },
    '/vnd': { body: '{"ok":2}', type: 'application/vnd.api+json; charset=utf-8' },
    '/textjson': { body: '{"ok":3}', type: 'text/json' },
    '/plain': { body: '{"ok":4}', type: 'text/plain' },
    '/notype': (_req, res) => {
      res.writeHead(200);
      res.end('{"ok":5}');
    },
    '/hang': { fault: 'hang' },
  });
});
afterAll(() => fake.close());

const get = (path: string, timeoutMs = 500) => fetchJson(`${fake.url}${path}`, { timeoutMs });
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a failure');
};

describe('resolveUnder', () => {
  it('keeps a path carried by the base', () => {
    expect(resolveUnder('http://127.0.0.1:9/anthropic', 'api/v2/summary.json').href).toBe('http://127.0.0.1:9/anthropic/api/v2/summary.json');
    expect(resolveUnder('http://127.0.0.1:9/anthropic/', '/api/v2/summary.json').href).toBe('http://127.0.0.1:9/anthropic/api/v2/summary.json');
    expect(resolveUnder('https://status.claude.com', 'api/v2/summary.json').href).toBe('https://status.claude.com/api/v2/summary.json');
    expect(resolveUnder('https://x.test/a?q=1#h', 'b.json').href).toBe('https://x.test/a/b.json');
  });
});

describe('fetchJson', () => {
  it('sends our User-Agent and Accept, and no cookies', async () => {
    const res = await get('/ok');
    expect(res.data).toEqual({ ok: true });
    const h = fake.lastHeaders.get('/ok')!;
    expect(h['user-agent']).toBe(USER_AGENT);
    expect(h.accept).toBe('application/json');
    expect(h.cookie).toBeUndefined();
    expect(h.authorization).toBeUndefined();
  });

  it('follows up to 3 redirects and reports the final URL', async () => {
    const res = await get('/r1');
    expect(res.url).toBe(`${fake.url}/ok`);
    expect((await failure(get('/r0'))).message).toBe('more than 3 redirects');
  });

  it('accepts JSON-ish content types, strips a BOM, rejects others', async () => {
    expect((await get('/bom')).data).toEqual({ ok: 1 });
    expect((await get('/vnd')).data).toEqual({ ok: 2 });
    expect((await get('/textjson')).data).toEqual({ ok: 3 });
    expect((await failure(get('/plain'))).kind).toBe('content-type');
    expect((await failure(get('/notype'))).message).toBe('expected JSON, got no content type');
  });

  it('stops at an outer signal (the overall deadline) as well as its own timeout', async () => {
    const t0 = performance.now();
    const err = await failure(fetchJson(`${fake.url}/hang`, { timeoutMs: 5_000, signal: AbortSignal.timeout(150) }));
    expect(err.kind).toBe('aborted');
    expect(performance.now() - t0).toBeLessThan(1_000);
    const own = await failure(get('/hang', 200));
    expect(own.kind).toBe('timeout');
  });

  it('refuses non-http URLs outright', async () => {
    expect((await failure(fetchJson('file:///etc/passwd', { timeoutMs: 100 }))).kind).toBe('redirect');
  });
});
