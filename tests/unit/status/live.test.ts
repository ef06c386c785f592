/**
 * The browser's re-reading (src/status/live.ts), run in Node against the fake vendor: same parse and judge as the
 * build, and it refuses what it can't trust — a redirect, a body over the cap, a feed without incidents, or a
 * reading older than the one the page was built from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeVendor, type FakeVendor } from '../../helpers/fake-vendor.ts';
import { ANT, incident, load, withStatus } from '../../fixtures/status/builders.ts';
import { readLive, type Live } from '../../../src/status/live.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const live = (u: string | null = null): Live => ({
  t: {
    id: 'claude-code',
    name: 'Claude Code',
    vendor: 'Anthropic',
    status: { provider: 'statuspage', components: [{ id: ANT.code, name: 'Claude Code' }, { id: ANT.api, name: 'Claude API (api.anthropic.com)' }], browserRecheck: true },
  },
  c: 'billing',
  h: 'outage',
  m: 360,
  u,
});

let fake: FakeVendor;
let n = 0;
beforeAll(async () => {
  fake = await startFakeVendor();
});
afterAll(async () => fake.close());
const at = (json: unknown) => {
  const path = `/live${++n}/api/v2/summary.json`;
  fake.set(path, { json });
  return fake.url + path;
};
const anthropic = () => load('synthetic/anthropic-summary.json');

describe('readLive', () => {
  it('judges the feed like the build: an open incident raises the state, rows and incidents come along', async () => {
    const doc = anthropic();
    doc.incidents = [incident({ id: 'x', name: 'Elevated errors', impact: 'critical', components: [[ANT.code, 'Claude Code', 'operational']] })];
    const s = await readLive(at(doc), live(), NOW);
    expect(s).toMatchObject({ state: 'major_outage', stale: false, checkedAt: NOW.toISOString(), missing: [] });
    expect(s!.incidents.map((i) => i.name)).toEqual(['Elevated errors']);
    expect(s!.components.map((c) => c.name)).toEqual(['Claude Code', 'Claude API (api.anthropic.com)']);
  });

  it('a missing watched component reads unknown, naming it', async () => {
    const doc = anthropic();
    doc.components = doc.components.filter((c: { id: string }) => c.id !== ANT.api);
    expect(await readLive(at(doc), live(), NOW)).toMatchObject({ state: 'unknown', missing: ['Claude API (api.anthropic.com)'] });
  });

  it('refuses a reading older than the build-time one, and accepts an equal or newer one', async () => {
    const doc = anthropic();
    doc.page.updated_at = '2026-11-24T08:00:00Z';
    expect(await readLive(at(doc), live('2026-11-24T09:00:00.000Z'), NOW)).toBeNull();
    expect(await readLive(at(doc), live('2026-11-24T08:00:00.000Z'), NOW)).not.toBeNull();
    delete doc.page.updated_at;
    expect(await readLive(at(doc), live('2026-11-24T08:00:00.000Z'), NOW)).toBeNull(); // can't tell: refuse
  });

  it('refuses a feed without an incidents list (it could not honour an open incident)', async () => {
    const doc = withStatus(anthropic(), {});
    delete doc.incidents;
    expect(await readLive(at(doc), live(), NOW)).toBeNull();
  });

  it('refuses redirects and bodies over the cap (rejects; the page keeps its box)', async () => {
    fake.set('/live-redirect/api/v2/summary.json', { fault: 'redirect', to: at(anthropic()) });
    await expect(readLive(`${fake.url}/live-redirect/api/v2/summary.json`, live(), NOW)).rejects.toThrow();
    fake.set('/live-huge/api/v2/summary.json', { fault: 'huge', bytes: 3_000_000 });
    await expect(readLive(`${fake.url}/live-huge/api/v2/summary.json`, live(), NOW)).rejects.toThrow();
  });
});
