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
    '/to-metadata': { fault: 'redirect', to: 'http://127.0.0.2/latest/meta-data/' },
    '/to-localhost': (req, res) => {
      res.writeHead(302, { location: `http://localhost:${req.socket.localPort}/ok` });
      res.end();
    },
  });
});
afterAll(() => fake.close());

/** The fake vendor is on 127.0.0.1: an explicitly given source, as --source is (private addresses allowed). */
const get = (path: string, timeoutMs = 500) => fetchJson(`${fake.url}${path}`, { timeoutMs, allowPrivate: true });
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
    const err = await failure(fetchJson(`${fake.url}/hang`, { timeoutMs: 5_000, signal: AbortSignal.timeout(150), allowPrivate: true }));
    expect(err.kind).toBe('aborted');
    expect(performance.now() - t0).toBeLessThan(1_000);
    const own = await failure(get('/hang', 200));
    expect(own.kind).toBe('timeout');
  });

  it('refuses non-http URLs outright', async () => {
    expect((await failure(fetchJson('file:///etc/passwd', { timeoutMs: 100 }))).kind).toBe('redirect');
  });
});

describe('where it may connect (src/status/host-policy.ts)', () => {
  it('refuses IP literals and local names unless the source was given explicitly', async () => {
    const e = await failure(fetchJson(`${fake.url}/ok`, { timeoutMs: 500 }));
    expect(e.kind).toBe('redirect');
    expect(e.message).toMatch(/refused an IP address as host \(127\.0\.0\.1\)/);
    expect((await failure(fetchJson('http://localhost:9/ok', { timeoutMs: 500 }))).message).toMatch(/refused a local host name/);
    expect((await get('/ok')).data).toEqual({ ok: true });
  });

  it('follows redirects only to the hosts it was given, never to a metadata address', async () => {
    const meta = await failure(get('/to-metadata'));
    expect(meta.message).toBe('refused a redirect to another host (127.0.0.2)');
    const other = await failure(get('/to-localhost'));
    expect(other.message).toBe('refused a redirect to another host (localhost)');
    const allowed = await fetchJson(`${fake.url}/to-localhost`, { timeoutMs: 500, allowPrivate: true, allowHosts: ['localhost'] });
    expect(allowed.data).toEqual({ ok: true });
  });

  it('knows the non-public ranges', async () => {
    const { isNonPublicAddress } = await import('../../../src/status/host-policy.ts');
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isNonPublicAddress(a), a).toBe(true);
    }
    for (const a of ['104.18.2.3', '140.82.112.3', '2606:4700::6810:84e5', '172.32.0.1']) expect(isNonPublicAddress(a), a).toBe(false);
  });
});
