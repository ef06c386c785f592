/**
 * The fault matrix: every way a status host has been seen to fail (and a few it could), each against the
 * real refresh step with a 500 ms per-request timeout. Each case asserts the resulting state, that the
 * entry is marked stale, the reason, and how long it took to give up. The matrix is printed at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedBase, runRefresh, startFakeVendor, type FakeVendor, type Route } from '../../helpers/fake-vendor.ts';
import { TOOLS_DIR, load } from '../../fixtures/status/builders.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const TIMEOUT = 500;
/** Slack over the timeout for a fault that needs the deadline (scheduling on a busy 2-core box). */
const SLACK = 700;
/** A fault that is detected without waiting should be given up on long before the timeout. */
const QUICK = 1_000;
const TOOL = 'github-copilot';
const SUMMARY = 'api/v2/summary.json';

let fake: FakeVendor;
let refused: string;
const matrix: Array<{ fault: string; state: string; stale: boolean; ms: number; error: string | null }> = [];

beforeAll(async () => {
  fake = await startFakeVendor();
  refused = await refusedBase();
});
afterAll(async () => {
  await fake.close();
  console.log(
    ['fault matrix (tool github-copilot, timeout 500 ms):', ...matrix.map((r) => `  ${r.fault.padEnd(34)} → ${r.state}, stale=${r.stale}, ${String(r.ms).padStart(4)} ms  (${r.error})`)].join('\n'),
  );
});

interface Case {
  fault: string;
  route?: Route;
  /** Use a base where nothing listens. */
  refused?: boolean;
  error: RegExp;
  /** Upper bound for the whole refresh, ms. */
  within: number;
}

const cases: Case[] = [
  { fault: 'connection refused', refused: true, error: /connection refused \(ECONNREFUSED\)/, within: QUICK },
  { fault: 'no answer at all (hang)', route: { fault: 'hang' }, error: /timed out after 500 ms/, within: TIMEOUT + SLACK },
  { fault: 'body trickles (1 byte / 200 ms)', route: { fault: 'trickle', intervalMs: 200 }, error: /timed out after 500 ms/, within: TIMEOUT + SLACK },
  { fault: 'connection reset', route: { fault: 'reset' }, error: /connection closed/, within: QUICK },
  { fault: 'HTTP 500', route: { body: 'Internal Server Error', status: 500, type: 'text/plain' }, error: /^HTTP 500$/, within: QUICK },
  { fault: 'HTTP 503 (JSON body)', route: { json: { error: 'unavailable' }, status: 503 }, error: /^HTTP 503$/, within: QUICK },
  { fault: 'HTTP 429 with retry-after', route: { json: {}, status: 429, headers: { 'retry-after': '120' } }, error: /HTTP 429 \(retry after 120 s\)/, within: QUICK },
  { fault: 'HTTP 404 HTML', error: /^HTTP 404$/, within: QUICK },
  { fault: '200 HTML challenge page', route: { body: '<!DOCTYPE html><title>Just a moment...</title>' }, error: /expected JSON, got text\/html \(challenge or error page\?\)/, within: QUICK },
  { fault: '403 challenge (cf-mitigated)', route: { body: '<html></html>', status: 403, headers: { 'cf-mitigated': 'challenge' } }, error: /HTTP 403 \(challenge page\)/, within: QUICK },
  { fault: 'invalid JSON', route: { body: '{"page": {"id": ', type: 'application/json' }, error: /not valid JSON/, within: QUICK },
  { fault: 'wrong JSON shape (object)', route: { json: { hello: 'world' } }, error: /unexpected JSON shape at "status"/, within: QUICK },
  { fault: 'wrong JSON shape (array)', route: { json: [1, 2, 3] }, error: /unexpected JSON shape/, within: QUICK },
  { fault: 'wrong JSON shape (components)', route: { json: { status: { indicator: 'none' }, components: 'all good' } }, error: /unexpected JSON shape at "components"/, within: QUICK },
  { fault: '50 MB body, streamed', route: { fault: 'huge', bytes: 50 * 1024 * 1024 }, error: /body larger than 2097152 bytes$/, within: QUICK + 500 },
  { fault: '50 MB body, declared length', route: { fault: 'huge', bytes: 50 * 1024 * 1024, declareLength: true }, error: /declared 52428800/, within: QUICK },
  { fault: 'redirect loop', route: { fault: 'redirect', to: 'summary.json' }, error: /more than 3 redirects/, within: QUICK },
  { fault: 'redirect to javascript:', route: { fault: 'redirect', to: 'javascript:alert(1)' }, error: /refused non-http URL/, within: QUICK },
];

describe('each fault → unknown, stale, given up within bounds', () => {
  let i = 0;
  it.each(cases)('$fault', async (c) => {
    const prefix = `/fault${++i}`;
    if (c.route) fake.set(`${prefix}/${SUMMARY}`, c.route);
    const base = c.refused ? refused : `${fake.url}${prefix}`;
    const before = fake.hugeBytesWritten;
    const { written, ms, result } = await runRefresh({ toolsDir: TOOLS_DIR, only: [TOOL], sources: { [TOOL]: base }, timeoutMs: TIMEOUT, now: () => NOW });
    const t = written.tools[TOOL]!;
    matrix.push({ fault: c.fault, state: t.state, stale: t.stale, ms, error: t.error });
    expect(t.state).toBe('unknown');
    expect(t.stale).toBe(true);
    expect(t.checkedAt).toBeNull();
    expect(t.error).toMatch(c.error);
    expect(result.reports.find((r) => r.id === TOOL)!.fresh).toBe(false);
    expect(ms).toBeLessThan(c.within);
    if (c.route && 'fault' in c.route && c.route.fault === 'huge') {
      // Aborted near the cap: far less than the 50 MB the server would have sent.
      expect(fake.hugeBytesWritten - before).toBeLessThan(16 * 1024 * 1024);
    }
  });
});

describe('a fault after a good reading keeps the last good data, marked stale', () => {
  const previousWith = (checkedAt: Date) => ({
    generatedAt: checkedAt.toISOString(),
    maxAgeMinutes: 360,
    tools: {
      [TOOL]: {
        state: 'degraded',
        checkedAt: checkedAt.toISOString(),
        stale: false,
        source: 'https://www.githubstatus.com/api/v2/summary.json',
        error: null,
        scope: 'components',
        components: [{ id: 'pjmpxvq2cmr2', name: 'Copilot', state: 'degraded' }],
        incidents: [],
        maintenances: [],
        recentIncidents: [],
      },
    },
  });

  it.each([
    ['hang', { fault: 'hang' } as Route, TIMEOUT + SLACK],
    ['HTTP 503', { json: {}, status: 503 } as Route, QUICK],
  ])('%s with a reading from 1 h ago → the old state, stale, old checkedAt, error set', async (_label, route, within) => {
    const prefix = `/prev-${_label.replace(/\W/g, '')}`;
    fake.set(`${prefix}/${SUMMARY}`, route);
    const checkedAt = new Date(NOW.getTime() - 3_600_000);
    const { written, ms } = await runRefresh({
      toolsDir: TOOLS_DIR,
      only: [TOOL],
      sources: { [TOOL]: `${fake.url}${prefix}` },
      timeoutMs: TIMEOUT,
      now: () => NOW,
      previous: previousWith(checkedAt),
    });
    const t = written.tools[TOOL]!;
    matrix.push({ fault: `${_label} (with 1 h old reading)`, state: t.state, stale: t.stale, ms, error: t.error });
    expect(t).toMatchObject({ state: 'degraded', stale: true, checkedAt: checkedAt.toISOString(), source: 'https://www.githubstatus.com/api/v2/summary.json' });
    expect(t.components).toHaveLength(1);
    expect(t.error).toBeTruthy();
    expect(ms).toBeLessThan(within);
  });

  it('one bad source never affects another', async () => {
    fake.set('/mixed-ok/api/v2/summary.json', { json: load('synthetic/cursor-summary.json') });
    fake.set('/mixed-bad/api/v2/summary.json', { fault: 'hang' });
    const { written, ms } = await runRefresh({
      toolsDir: TOOLS_DIR,
      only: ['cursor', TOOL],
      sources: { cursor: `${fake.url}/mixed-ok`, [TOOL]: `${fake.url}/mixed-bad` },
      timeoutMs: TIMEOUT,
      now: () => NOW,
    });
    expect(written.tools.cursor).toMatchObject({ state: 'operational', stale: false });
    expect(written.tools[TOOL]).toMatchObject({ state: 'unknown', stale: true });
    expect(ms).toBeLessThan(TIMEOUT + SLACK);
  });
});

describe('every source hanging', () => {
  it('the whole step still finishes within the timeout (requests run concurrently) and writes a snapshot', async () => {
    const sources: Record<string, string> = {};
    for (const id of ['claude-code', 'codex', 'cursor', 'github-copilot', 'cline', 'windsurf']) {
      fake.set(`/allhang-${id}/${id === 'cline' ? 'api/v1/endpoints/statuses' : SUMMARY}`, { fault: 'hang' });
      sources[id] = `${fake.url}/allhang-${id}`;
    }
    const { written, result, ms } = await runRefresh({ toolsDir: TOOLS_DIR, sources, timeoutMs: TIMEOUT, now: () => NOW });
    matrix.push({ fault: 'all six sources hang (whole run)', state: 'unknown ×6', stale: true, ms, error: 'timed out after 500 ms' });
    expect(result.allFailed).toBe(true);
    for (const id of Object.keys(sources)) expect(written.tools[id]).toMatchObject({ state: 'unknown', stale: true });
    expect(ms).toBeLessThan(TIMEOUT + SLACK);
  });

  it('the overall deadline cuts off a reader stuck across several requests', async () => {
    // incident.io reads summary, then components.json and incidents.json: each hangs in turn.
    fake.set('/slow-codex/api/v2/summary.json', { json: load('synthetic/openai-summary-compat.json') });
    fake.set('/slow-codex/api/v2/components.json', { fault: 'hang' });
    fake.set('/slow-codex/api/v2/incidents.json', { fault: 'hang' });
    const { written, ms } = await runRefresh({
      toolsDir: TOOLS_DIR,
      only: ['codex'],
      sources: { codex: `${fake.url}/slow-codex` },
      timeoutMs: 2_000,
      deadlineMs: 600,
      now: () => NOW,
    });
    // The summary was read; the optional documents were cut off by the deadline → the Codex components are missing.
    expect(written.tools.codex).toMatchObject({ stale: false, scope: 'components', state: 'unknown' });
    expect(ms).toBeLessThan(600 + SLACK + 250);
  });
});
