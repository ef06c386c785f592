/**
 * The Google Cloud Service Health reader (Gemini CLI), against reconstructed payloads (tests/fixtures/status/SOURCES.md)
 * served by the fake vendor: open incidents on a watched product raise it, others don't, a watched product gone from
 * products.json reads unknown, resolved ones are listed as recent, and the usual faults end as unknown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeVendor, runRefresh, type FakeVendor } from '../../helpers/fake-vendor.ts';
import { fileURLToPath } from 'node:url';
import { load, type Json } from '../../fixtures/status/builders.ts';

/** Gemini CLI's tool file on its own (the other status tests read the seven first tools). */
const TOOLS_DIR = fileURLToPath(new URL('../../fixtures/status/tools-google/', import.meta.url));

const NOW = new Date('2026-11-24T10:00:00.000Z');
const CODE_ASSIST = 'deUeOEPYanfJ9w8cpyBJ';
let fake: FakeVendor;
let n = 0;
beforeAll(async () => {
  fake = await startFakeVendor();
});
afterAll(async () => fake.close());

function serve(incidents: Json, products: Json = load('synthetic/google-cloud-products.json')): string {
  const prefix = `/gcp${++n}`;
  fake.set(`${prefix}/incidents.json`, { json: incidents });
  fake.set(`${prefix}/products.json`, { json: products });
  return `${fake.url}${prefix}`;
}
const run = (base: string) => runRefresh({ toolsDir: TOOLS_DIR, only: ['gemini-cli'], sources: { 'gemini-cli': base }, timeoutMs: 800, now: () => NOW });
const open = (status_impact: string, product = CODE_ASSIST) => ({
  id: `open-${status_impact}`,
  begin: '2026-11-24T09:30:00+00:00',
  external_desc: 'Gemini Code Assist users are seeing **elevated** error rates.',
  most_recent_update: { text: '**Summary**\nMitigation is under way.', status: status_impact },
  status_impact,
  affected_products: [{ title: 'Gemini Code Assist', id: product }],
  uri: `incidents/open-${status_impact}`,
});

describe('Google Cloud Service Health (Gemini CLI)', () => {
  it('no open incident on the watched products → operational, with the resolved one listed as recent', async () => {
    const { written } = await run(serve(load('synthetic/google-cloud-incidents.json')));
    const t = written.tools['gemini-cli']!;
    expect(t).toMatchObject({ state: 'operational', stale: false, scope: 'components', missing: [] });
    expect(t.components.map((c) => c.name)).toEqual(['Gemini Code Assist', 'Gemini on Agent Platform']);
    expect(t.incidents).toEqual([]); // the open BigQuery outage is not Gemini's
    // Links are kept only when https (the real host); the fake vendor is plain http, so none here.
    expect(t.recentIncidents).toMatchObject([{ name: 'Vertex Gemini API customers experienced increased error rates.', url: null, resolvedAt: '2026-11-22T10:30:00.000Z' }]);
  });

  it.each([
    ['SERVICE_DISRUPTION', 'partial_outage'],
    ['SERVICE_OUTAGE', 'major_outage'],
    ['SERVICE_INFORMATION', 'operational'],
  ])('an open %s incident on Gemini Code Assist → %s, listed with plain text', async (impact, state) => {
    const { written } = await run(serve([...load('synthetic/google-cloud-incidents.json'), open(impact)]));
    const t = written.tools['gemini-cli']!;
    expect(t.state).toBe(state);
    expect(t.incidents).toMatchObject([{ name: 'Gemini Code Assist users are seeing elevated error rates.', latestUpdate: 'Summary Mitigation is under way.' }]);
  });

  it('an incident marked AVAILABLE but without an end is over', async () => {
    const done = { ...open('SERVICE_OUTAGE'), most_recent_update: { text: 'Resolved.', status: 'AVAILABLE' } };
    const { written } = await run(serve([done]));
    expect(written.tools['gemini-cli']!.state).toBe('operational');
  });

  it('a watched product gone from products.json → unknown, naming it', async () => {
    const products = load('synthetic/google-cloud-products.json');
    products.products = products.products.filter((p: { id: string }) => p.id !== CODE_ASSIST);
    const { written } = await run(serve([], products));
    expect(written.tools['gemini-cli']).toMatchObject({ state: 'unknown', missing: ['Gemini Code Assist'] });
  });

  it('a failing or malformed feed → unknown, stale', async () => {
    const prefix = `/gcp-bad${++n}`;
    fake.set(`${prefix}/incidents.json`, { body: '<html>Service Unavailable</html>', status: 503, type: 'text/html' });
    const bad = await run(`${fake.url}${prefix}`);
    expect(bad.written.tools['gemini-cli']).toMatchObject({ state: 'unknown', stale: true });
    const shape = await run(serve({ not: 'an array' }));
    expect(shape.written.tools['gemini-cli']).toMatchObject({ state: 'unknown', stale: true });
    expect(shape.written.tools['gemini-cli']!.error).toMatch(/unexpected JSON shape/);
  });
});
