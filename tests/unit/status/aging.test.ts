/**
 * Staleness and max age across runs: old data is kept for context, but never shown as a current
 * "operational"; a broken previous snapshot is replaced, never fatal; the file is written atomically.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { refusedBase, runRefresh, startFakeVendor, type FakeVendor } from '../../helpers/fake-vendor.ts';
import { TOOLS_DIR, load } from '../../fixtures/status/builders.ts';
import { mergeEntry, parseSnapshot } from '../../../src/status/merge.ts';
import type { Snapshot, ToolStatus } from '../../../src/status/snapshot-schema.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const FEEDS = ['claude-code', 'codex', 'cursor', 'github-copilot', 'cline', 'windsurf'];
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

const entry = (checkedAt: string | null, state: ToolStatus['state'] = 'operational'): ToolStatus => ({
  state,
  checkedAt,
  stale: false,
  source: 'https://status.example/api/v2/summary.json',
  error: null,
  scope: 'components',
  components: [{ id: 'c1', name: 'Component', state }],
  missing: [],
  vendorUpdatedAt: null,
  incidents: [],
  maintenances: [],
  recentIncidents: [],
});

const previousAll = (checkedAt: string): Snapshot => ({
  generatedAt: checkedAt,
  maxAgeMinutes: 360,
  tools: Object.fromEntries([...FEEDS, 'retired-tool'].map((id) => [id, entry(checkedAt)])),
});

let fake: FakeVendor;
let refused: string;
beforeAll(async () => {
  fake = await startFakeVendor();
  refused = await refusedBase();
});
afterAll(() => fake.close());

describe('an aged snapshot with every source failing', () => {
  it('no tool reads operational: state unknown, stale, old checkedAt and data kept', async () => {
    const checkedAt = hoursAgo(7);
    const { written, result, ms } = await runRefresh({
      toolsDir: TOOLS_DIR,
      sources: Object.fromEntries(FEEDS.map((id) => [id, refused])),
      timeoutMs: 500,
      now: () => NOW,
      previous: previousAll(checkedAt),
    });
    expect(result.allFailed).toBe(true);
    for (const id of FEEDS) {
      const t = written.tools[id]!;
      expect(t.state, id).toBe('unknown');
      expect(t.stale, id).toBe(true);
      expect(t.checkedAt, id).toBe(checkedAt);
      expect(t.components, id).toHaveLength(1); // kept for context
      expect(t.error, id).toMatch(/ECONNREFUSED/);
    }
    expect(Object.values(written.tools).some((t) => t.state === 'operational')).toBe(false);
    expect(written.tools['retired-tool']).toBeUndefined(); // no longer in content/tools
    expect(ms).toBeLessThan(1_500);
  });

  it('with the same sources failing, a 1 h old reading keeps its state, marked stale', async () => {
    const { written } = await runRefresh({
      toolsDir: TOOLS_DIR,
      sources: Object.fromEntries(FEEDS.map((id) => [id, refused])),
      timeoutMs: 500,
      now: () => NOW,
      previous: previousAll(hoursAgo(1)),
    });
    for (const id of FEEDS) expect(written.tools[id], id).toMatchObject({ state: 'operational', stale: true, checkedAt: hoursAgo(1) });
  });

  it('respects --max-age', async () => {
    const { written } = await runRefresh({ toolsDir: TOOLS_DIR, offline: true, maxAgeMinutes: 30, now: () => NOW, previous: previousAll(hoursAgo(1)) });
    expect(written.maxAgeMinutes).toBe(30);
    for (const id of FEEDS) expect(written.tools[id]!.state, id).toBe('unknown');
  });
});

describe('--offline and --only', () => {
  it('offline: no request is made, every tool keeps its last data, marked stale', async () => {
    const before = [...fake.hits.values()].reduce((a, b) => a + b, 0);
    const { written, result, ms } = await runRefresh({ toolsDir: TOOLS_DIR, offline: true, now: () => NOW, previous: previousAll(hoursAgo(2)) });
    expect([...fake.hits.values()].reduce((a, b) => a + b, 0)).toBe(before);
    for (const id of FEEDS) {
      expect(written.tools[id], id).toMatchObject({ state: 'operational', stale: true, checkedAt: hoursAgo(2), error: 'offline run (not refreshed)' });
    }
    expect(result.reports.every((r) => !r.fresh)).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });

  it('--only refreshes one tool and leaves the others as they were (aged)', async () => {
    fake.set('/only/api/v2/summary.json', { json: load('synthetic/cursor-summary.json') });
    const previous = previousAll(hoursAgo(2));
    previous.tools.codex = entry(hoursAgo(8), 'degraded');
    const { written } = await runRefresh({ toolsDir: TOOLS_DIR, only: ['cursor'], sources: { cursor: `${fake.url}/only` }, now: () => NOW, previous });
    expect(written.tools.cursor).toMatchObject({ state: 'operational', stale: false, checkedAt: NOW.toISOString() });
    expect(written.tools.windsurf).toEqual(previous.tools.windsurf); // untouched
    expect(written.tools.codex).toMatchObject({ state: 'unknown', stale: false, checkedAt: hoursAgo(8) }); // too old to show
  });
});

describe('a broken previous snapshot', () => {
  it.each([
    ['not JSON', '{"generatedAt": '],
    ['the wrong shape', JSON.stringify({ generatedAt: 'yesterday', tools: [] })],
    ['an unknown state', JSON.stringify({ generatedAt: NOW.toISOString(), tools: { cursor: { ...entry(hoursAgo(1)), state: 'fine' } } })],
  ])('%s → a warning, start from empty, never crash', async (_label, text) => {
    const { written, result } = await runRefresh({ toolsDir: TOOLS_DIR, offline: true, now: () => NOW, previous: text });
    expect(result.warnings.join()).toMatch(/previous snapshot .*starting from empty/);
    for (const id of FEEDS) expect(written.tools[id], id).toMatchObject({ state: 'unknown', checkedAt: null, stale: true });
  });

  it('parseSnapshot reports rather than throws', () => {
    expect(parseSnapshot('nope').snapshot).toBeNull();
    expect(parseSnapshot('nope').problem).toMatch(/not valid JSON/);
  });
});

describe('mergeEntry', () => {
  const opts = { now: NOW, maxAgeMinutes: 360 };
  it('a failure with no previous reading is unknown, stale, with the source tried', () => {
    expect(mergeEntry(undefined, { kind: 'failed', error: 'HTTP 503', source: 'https://x.test/a.json' }, opts)).toMatchObject({
      state: 'unknown',
      checkedAt: null,
      stale: true,
      source: 'https://x.test/a.json',
      error: 'HTTP 503',
    });
  });
  it('a tool without a feed is unknown with no source', () => {
    expect(mergeEntry(entry(hoursAgo(1)), { kind: 'no-feed', reason: 'no official status page' }, opts)).toMatchObject({
      state: 'unknown',
      source: null,
      error: 'no official status page',
      components: [],
    });
  });
});

describe('writing', () => {
  it('writes atomically: no temp file is left beside the snapshot', async () => {
    const { out } = await runRefresh({ toolsDir: TOOLS_DIR, offline: true, now: () => NOW });
    expect(readdirSync(dirname(out))).toEqual(['snapshot.json']);
  });
});
