/**
 * What the refresh step makes of real page shapes: each case serves a recorded (or documented-shape)
 * payload from a local server, runs the real refresh for the tool, and checks state, staleness and time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeVendor, runRefresh, type FakeVendor } from '../../helpers/fake-vendor.ts';
import { ANT, CUR, GH, OAI, TOOLS_DIR, gatus, incident, incidentsDoc, load, withStatus, type Json } from '../../fixtures/status/builders.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const TIMEOUT = 800;
/** A healthy local read takes a few ms; this is generous for a loaded 2-core CI box. */
const FAST = 2_000;

let fake: FakeVendor;
let n = 0;
beforeAll(async () => {
  fake = await startFakeVendor();
});
afterAll(async () => {
  await fake.close();
});

/** Serve documents under a fresh prefix; returns the base URL to pass as --source. */
function serve(docs: Record<string, Json>): string {
  const prefix = `/case${++n}`;
  for (const [path, json] of Object.entries(docs)) fake.set(`${prefix}/${path}`, { json });
  return `${fake.url}${prefix}`;
}

const run = (tool: string, base: string, extra: Parameters<typeof runRefresh>[0] | object = {}) =>
  runRefresh({ toolsDir: TOOLS_DIR, only: [tool], sources: { [tool]: base }, timeoutMs: TIMEOUT, now: () => NOW, ...extra });

const github = () => load('recorded/github-summary.json');
const ghPage = () => github().page;

describe('healthy pages', () => {
  it('all operational: every tool with a feed reads operational, fresh, in one concurrent run', async () => {
    const sources = {
      'claude-code': serve({ 'api/v2/summary.json': load('synthetic/anthropic-summary.json') }),
      codex: serve({
        'api/v2/summary.json': load('synthetic/openai-summary-compat.json'),
        'api/v2/components.json': load('synthetic/openai-components.json'),
        'api/v2/incidents.json': { page: {}, incidents: [] },
      }),
      cursor: serve({ 'api/v2/summary.json': load('synthetic/cursor-summary.json') }),
      'github-copilot': serve({ 'api/v2/summary.json': github(), 'api/v2/incidents.json': incidentsDoc(ghPage(), []) }),
      cline: serve({ 'api/v1/endpoints/statuses': gatus() }),
      windsurf: serve({ 'api/v2/summary.json': load('synthetic/windsurf-summary.json') }),
    };
    const { written, result, ms } = await runRefresh({ toolsDir: TOOLS_DIR, sources, timeoutMs: TIMEOUT, now: () => NOW });
    for (const id of Object.keys(sources)) {
      const t = written.tools[id]!;
      expect(t.state, id).toBe('operational');
      expect(t.stale, id).toBe(false);
      expect(t.checkedAt, id).toBe(NOW.toISOString());
      expect(t.error, id).toBeNull();
      expect(t.source, id).toContain(sources[id as keyof typeof sources]);
    }
    expect(written.tools['claude-code']!.components.map((c) => c.name)).toEqual(['Claude Code', 'Claude API (api.anthropic.com)']);
    expect(written.tools['github-copilot']!.scope).toBe('components');
    expect(written.tools.cline!.scope).toBe('page'); // Cline watches no endpoints
    expect(written.tools.continue).toMatchObject({ state: 'unknown', source: null, error: 'no official status page', checkedAt: null });
    expect(result.allFailed).toBe(false);
    // incidents.json missing (404 HTML) for some tools is only a note, never a failure
    expect(result.reports.find((r) => r.id === 'cursor')!.notes.join()).toMatch(/recent incidents unavailable \(HTTP 404\)/);
    expect(ms).toBeLessThan(FAST);
  });

  it('keeps the written file deterministic: schema key order, 2-space indent, trailing newline', async () => {
    const base = serve({ 'api/v2/summary.json': github() });
    const a = await run('github-copilot', base);
    const b = await run('github-copilot', base);
    const { readFileSync } = await import('node:fs');
    const textA = readFileSync(a.out, 'utf8');
    expect(textA).toBe(readFileSync(b.out, 'utf8'));
    expect(textA.endsWith('}\n')).toBe(true);
    expect(textA).toMatch(/^\{\n {2}"generatedAt"/);
    expect(Object.keys(a.written.tools['github-copilot']!)).toEqual([
      'state', 'checkedAt', 'stale', 'source', 'error', 'scope', 'components', 'missing', 'vendorUpdatedAt', 'incidents', 'maintenances', 'recentIncidents',
    ]);
  });
});

describe('incidents on watched components', () => {
  it.each([
    ['minor', 'degraded_performance', 'degraded'],
    ['major', 'partial_outage', 'partial_outage'],
    ['critical', 'major_outage', 'major_outage'],
  ] as const)('%s incident on Copilot → %s', async (impact, componentStatus, expected) => {
    const summary = withStatus(github(), { [GH.copilot]: componentStatus }, impact);
    summary.incidents = [
      incident({ id: `cop${impact}`, name: 'Disruption with some GitHub Copilot services', impact, components: [[GH.copilot, 'Copilot', componentStatus]], body: 'We are <b>investigating</b> reports.' }),
      incident({ id: 'act1', name: 'Incident with Actions', impact: 'minor', components: [[GH.actions, 'Actions', 'operational']] }),
    ];
    const { written, ms } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    const t = written.tools['github-copilot']!;
    expect(t.state).toBe(expected);
    expect(t.stale).toBe(false);
    expect(t.incidents).toHaveLength(1);
    expect(t.incidents[0]).toMatchObject({
      name: 'Disruption with some GitHub Copilot services',
      impact,
      status: 'investigating',
      url: `https://stspg.io/cop${impact}`,
      latestUpdate: 'We are investigating reports.',
      startedAt: '2026-11-24T08:00:00.000Z',
    });
    expect(ms).toBeLessThan(FAST);
  });

  it('an incident that names the component before the vendor tags it raises the state by its impact', async () => {
    // The first minutes of most outages: the incident is open, the component still reads operational.
    for (const [impact, expected] of [['minor', 'degraded'], ['major', 'partial_outage'], ['critical', 'major_outage'], ['none', 'operational']] as const) {
      const summary = github();
      summary.incidents = [incident({ id: `early-${impact}`, name: 'Copilot Chat slow to respond', impact, components: [] })];
      const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
      expect(written.tools['github-copilot']!.incidents.map((i) => i.name), impact).toEqual(['Copilot Chat slow to respond']);
      expect(written.tools['github-copilot']!.state, impact).toBe(expected);
    }
  });

  it('an incident tagged on a watched component raises the state while the component reads operational', async () => {
    const summary = github();
    summary.incidents = [incident({ id: 'tagged', name: 'Elevated error rates', impact: 'major', components: [[GH.copilot, 'Copilot', 'operational']] })];
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    const t = written.tools['github-copilot']!;
    expect(t.components.find((c) => c.id === GH.copilot)!.state).toBe('operational');
    expect(t.state).toBe('partial_outage');
    expect(t.incidents.map((i) => i.name)).toEqual(['Elevated error rates']);
  });

  it('an incident on a component the tool does not use leaves the state alone', async () => {
    const summary = github();
    summary.incidents = [incident({ id: 'other', name: 'Incident with Pages', impact: 'critical', components: [['vxfvtrtb5vk5', 'Pages', 'major_outage']] })];
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    expect(written.tools['github-copilot']).toMatchObject({ state: 'operational', incidents: [] });
  });

  it('maintenance in progress on a watched component → maintenance', async () => {
    const summary = withStatus(load('synthetic/cursor-summary.json'), { [CUR.ide]: 'under_maintenance' }, 'maintenance');
    summary.scheduled_maintenances = [
      incident({ id: 'mnt1', name: 'IDE backend maintenance', impact: 'maintenance', status: 'in_progress', components: [[CUR.ide, 'IDE', 'under_maintenance']], scheduledFor: '2026-11-24T09:30:00.000Z' }),
      incident({ id: 'mnt0', name: 'Earlier IDE maintenance', impact: 'maintenance', status: 'completed', components: [[CUR.ide, 'IDE', 'operational']], scheduledFor: '2026-11-20T09:30:00.000Z' }),
    ];
    const { written, ms } = await run('cursor', serve({ 'api/v2/summary.json': summary }));
    const t = written.tools.cursor!;
    expect(t.state).toBe('maintenance');
    expect(t.stale).toBe(false);
    expect(t.maintenances).toHaveLength(1);
    expect(t.maintenances[0]).toMatchObject({ name: 'IDE backend maintenance', status: 'in_progress', startedAt: '2026-11-24T09:30:00.000Z' });
    expect(ms).toBeLessThan(FAST);
  });

  it('lists recently resolved incidents: within 7 days, watched only, newest first, at most 5', async () => {
    const resolved = (i: number, hoursAgo: number, name = `Copilot incident ${i}`, comp: [string, string, string] = [GH.copilot, 'Copilot', 'operational']) =>
      incident({ id: `r${i}`, name, status: 'resolved', impact: 'minor', components: [comp], resolvedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString() });
    const actions = load('recorded/github-incident-actions-critical.json');
    actions.resolved_at = new Date(NOW.getTime() - 3_600_000).toISOString(); // recent, but not Copilot's
    const history = incidentsDoc(ghPage(), [
      actions,
      resolved(1, 30),
      resolved(2, 2),
      resolved(3, 100),
      resolved(4, 10),
      resolved(5, 24 * 8), // older than 7 days
      resolved(6, 50),
      resolved(7, 60),
      incident({ id: 'open', name: 'Copilot still broken', status: 'investigating', components: [[GH.copilot, 'Copilot', 'degraded_performance']] }),
    ]);
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': github(), 'api/v2/incidents.json': history }));
    const recent = written.tools['github-copilot']!.recentIncidents;
    expect(recent.map((i) => i.name)).toEqual(['Copilot incident 2', 'Copilot incident 4', 'Copilot incident 1', 'Copilot incident 6', 'Copilot incident 7']);
    expect(recent.every((i) => i.status === 'resolved' && i.resolvedAt)).toBe(true);
  });
});

describe('a page that is red only for components the tool does not use', () => {
  it('GitHub: Actions in major outage, Copilot operational → operational, Actions incident not shown', async () => {
    const summary = withStatus(github(), { [GH.actions]: 'major_outage' }, 'critical');
    const actions = load('recorded/github-incident-actions-critical.json');
    Object.assign(actions, { status: 'investigating', resolved_at: null, monitoring_at: null });
    summary.incidents = [actions];
    const { written, ms } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    const t = written.tools['github-copilot']!;
    expect(t.state).toBe('operational');
    expect(t.incidents).toEqual([]);
    expect(t.components.map((c) => c.id)).toEqual([GH.copilot, GH.copilotProviders]);
    expect(ms).toBeLessThan(FAST);
  });

  it('Anthropic: claude.ai down, Claude Code and the API fine → operational', async () => {
    const summary = withStatus(load('synthetic/anthropic-summary.json'), { [ANT.claudeAi]: 'major_outage', [ANT.gov]: 'partial_outage' }, 'critical');
    summary.incidents = [incident({ id: 'cai', name: 'Elevated errors on claude.ai', impact: 'critical', components: [[ANT.claudeAi, 'claude.ai', 'major_outage']] })];
    const { written } = await run('claude-code', serve({ 'api/v2/summary.json': summary }));
    const t = written.tools['claude-code']!;
    expect(t.state).toBe('operational');
    expect(t.incidents).toEqual([]);
    expect(t.stale).toBe(false);
  });
});

describe('incident.io (OpenAI) compat endpoints', () => {
  const compat = () => load('synthetic/openai-summary-compat.json');
  const history = () =>
    incidentsDoc(compat().page, [
      { id: '01OPENIMG', name: 'Increased latency for image generation', status: 'investigating', impact: 'minor', shortlink: null, components: null, started_at: '2026-11-24T09:00:00Z' },
      { id: '01CODEXOLD', name: 'Codex tasks failing to start', status: 'resolved', impact: 'major', shortlink: null, components: null, started_at: '2026-11-22T09:00:00Z', resolved_at: '2026-11-22T11:00:00.97Z' },
    ]);

  it('summary without incidents or Codex components: components.json supplies them → operational', async () => {
    const base = serve({ 'api/v2/summary.json': compat(), 'api/v2/components.json': load('synthetic/openai-components.json'), 'api/v2/incidents.json': history() });
    const { written, ms } = await run('codex', base);
    const t = written.tools.codex!;
    expect(t.state).toBe('operational'); // not the page's "minor" (Images)
    expect(t.scope).toBe('components');
    expect(t.components.map((c) => c.name)).toEqual(['Codex Web', 'CLI', 'Codex API', 'Codex in ChatGPT Desktop']);
    expect(t.incidents).toEqual([]); // the open Images incident is not Codex's
    expect(t.recentIncidents).toMatchObject([{ name: 'Codex tasks failing to start', url: null, resolvedAt: '2026-11-22T11:00:00.970Z' }]);
    expect(fake.hits.get(`${new URL(base).pathname}/api/v2/components.json`)).toBe(1);
    expect(ms).toBeLessThan(FAST);
  });

  it('a summary with nothing but `status` (no page, components, incidents or description) still reads', async () => {
    const base = serve({
      'api/v2/summary.json': { status: { indicator: 'none' } },
      'api/v2/components.json': { components: load('synthetic/openai-components.json').components },
      'api/v2/incidents.json': { incidents: [{ name: 'Codex CLI login errors', status: 'monitoring' }] },
    });
    const { written } = await run('codex', base);
    expect(written.tools.codex).toMatchObject({ state: 'operational', stale: false, scope: 'components' });
    // An incident with only a name and a status: every other field is optional.
    expect(written.tools.codex!.incidents).toEqual([
      { name: 'Codex CLI login errors', impact: 'unknown', status: 'monitoring', startedAt: null, resolvedAt: null, url: null, latestUpdate: null },
    ]);
  });

  it('full_outage on a Codex component → major_outage', async () => {
    const components = withStatus(load('synthetic/openai-components.json'), { [OAI.codexApi]: 'full_outage' });
    const { written } = await run('codex', serve({ 'api/v2/summary.json': compat(), 'api/v2/components.json': components }));
    expect(written.tools.codex!.state).toBe('major_outage');
  });

  it('when components.json also fails, the watched components are missing: unknown, naming them', async () => {
    const { written, result } = await run('codex', serve({ 'api/v2/summary.json': compat() }));
    expect(written.tools.codex!.state).toBe('unknown'); // never the page indicator in their place
    expect(written.tools.codex!.scope).toBe('components');
    expect(written.tools.codex!.missing.length).toBeGreaterThan(0);
    expect(result.reports[1]!.notes.join()).toMatch(/not on the page, so the state is unknown/);
  });
});

describe('Gatus (Cline)', () => {
  it.each([
    [[], 'operational'],
    [['core_web-app'], 'partial_outage'],
    [['core_web-app', 'core_api', 'web_docs'], 'major_outage'],
  ] as const)('failing checks %j → %s', async (failing, expected) => {
    const { written, ms } = await run('cline', serve({ 'api/v1/endpoints/statuses': gatus([...failing]) }));
    const t = written.tools.cline!;
    expect(t.state).toBe(expected);
    expect(t.stale).toBe(false);
    expect(t.components.find((c) => c.id === 'core_web-app')).toMatchObject({ name: 'core / Web App', state: failing.length ? 'major_outage' : 'operational' });
    expect(ms).toBeLessThan(FAST);
  });
});

describe('values we do not know', () => {
  it('a component status the vendor newly invented → unknown, not operational', async () => {
    const summary = withStatus(github(), { [GH.copilot]: 'sparkly_new_state' });
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    expect(written.tools['github-copilot']!.state).toBe('unknown');
    expect(written.tools['github-copilot']!.stale).toBe(false);
  });

  it('a known outage still outranks an unknown component', async () => {
    const summary = withStatus(github(), { [GH.copilot]: 'sparkly_new_state', [GH.copilotProviders]: 'partial_outage' });
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    expect(written.tools['github-copilot']!.state).toBe('partial_outage');
  });

  it('no watched component on the page: unknown, naming what is missing — never the page-wide state in its place', async () => {
    const { written, result } = await run('github-copilot', serve({ 'api/v2/summary.json': load('recorded/renku-summary-outage.json') }));
    const t = written.tools['github-copilot']!;
    expect(t.scope).toBe('components');
    expect(t.state).toBe('unknown');
    expect(t.missing).toEqual(['Copilot', 'Copilot AI Model Providers']);
    expect(result.reports.find((r) => r.id === 'github-copilot')!.notes.join()).toMatch(/not on the page, so the state is unknown: Copilot, Copilot AI Model Providers/);
  });

  it('one watched component missing while the other reads operational: unknown, not operational', async () => {
    const summary = github();
    summary.components = summary.components.filter((c: { id: string }) => c.id !== GH.copilotProviders);
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    expect(written.tools['github-copilot']).toMatchObject({ state: 'unknown', missing: ['Copilot AI Model Providers'] });
    expect(written.tools['github-copilot']!.components.map((c) => c.state)).toEqual(['operational']);
  });

  it('a known outage still outranks a missing component', async () => {
    const summary = withStatus(github(), { [GH.copilot]: 'major_outage' });
    summary.components = summary.components.filter((c: { id: string }) => c.id !== GH.copilotProviders);
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    expect(written.tools['github-copilot']!.state).toBe('major_outage');
  });
});

describe('hostile vendor text', () => {
  it('is stored as plain text: no tags, no bidi or control characters, no javascript: link, length capped', async () => {
    const summary = withStatus(github(), { [GH.copilot]: 'degraded_performance' }, 'minor');
    summary.incidents = [
      incident({
        id: 'evil',
        name: '<script>alert(1)</script>Copilot \u202Eslow\u202C </script><img src=x onerror=alert(1)> &lt;b&gt;x\u200B\u0007',
        impact: 'minor"><script>',
        status: 'investigating</script>',
        components: [[GH.copilot, 'Copilot', 'degraded_performance']],
        body: `<a href="javascript:alert(1)">click</a> \u2066hidden\u2069 <iframe src="https://evil.test"></iframe> ${'long '.repeat(300)}`,
        shortlink: 'javascript:alert(document.cookie)',
      }),
      incident({ id: 'evil2', name: 'Copilot <b>bold</b>', shortlink: 'http://stspg.io/plain-http', components: [[GH.copilot, 'Copilot', 'degraded_performance']] }),
    ];
    const { written } = await run('github-copilot', serve({ 'api/v2/summary.json': summary }));
    const t = written.tools['github-copilot']!;
    const [evil, plainHttp] = t.incidents;
    expect(evil!.name).toBe('Copilot slow x');
    expect(evil!.url).toBeNull();
    expect(evil!.impact).toBe('unknown');
    expect(evil!.status).toBe('unknown');
    expect(evil!.latestUpdate!.startsWith('click hidden long long')).toBe(true);
    expect(Array.from(evil!.latestUpdate!).length).toBeLessThanOrEqual(500);
    expect(evil!.latestUpdate!.endsWith('…')).toBe(true);
    expect(plainHttp!.url).toBeNull();
    const text = JSON.stringify(t);
    expect(text).not.toMatch(/<[a-zA-Z/!?]/);
    expect(text).not.toMatch(/javascript:/i);
    expect(text).not.toMatch(/[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('challenge pages and the fallback origin (Anthropic)', () => {
  it.each([
    ['a 200 HTML challenge page', { body: '<!DOCTYPE html><html><title>Just a moment...</title></html>' }],
    ['a 403 Cloudflare challenge', { body: '<html>challenge</html>', status: 403, headers: { 'cf-mitigated': 'challenge' } }],
    ['a 405 CloudFront challenge', { body: '<html>challenge</html>', status: 405 }],
  ])('%s on status.claude.com → reads anthropic.statuspage.io instead', async (_label, route) => {
    const primary = `/chal${++n}`;
    fake.set(`${primary}/api/v2/summary.json`, route);
    const origin = serve({ 'api/v2/summary.json': load('synthetic/anthropic-summary.json') });
    const { written, result, ms } = await run('claude-code', `${fake.url}${primary}`, { fallbacks: { 'claude-code': origin } });
    const t = written.tools['claude-code']!;
    expect(t.state).toBe('operational');
    expect(t.stale).toBe(false);
    expect(t.source).toBe(`${origin}/api/v2/summary.json`);
    expect(result.reports[0]!.notes.join()).toMatch(/read the fallback/);
    expect(ms).toBeLessThan(FAST);
  });

  it('both origins failing → unknown, stale, with both reasons', async () => {
    const primary = `/chal${++n}`;
    fake.set(`${primary}/api/v2/summary.json`, { body: '<html>Just a moment...</html>' });
    const { written } = await run('claude-code', `${fake.url}${primary}`, { fallbacks: { 'claude-code': `${fake.url}/nowhere` } });
    const t = written.tools['claude-code']!;
    expect(t).toMatchObject({ state: 'unknown', stale: true, checkedAt: null });
    expect(t.error).toMatch(/expected JSON, got text\/html.*fallback 127\.0\.0\.1:\d+: HTTP 404/);
  });

  it('an overridden --source does not fall back to the real vendor unless --fallback is given', async () => {
    const primary = `/chal${++n}`;
    fake.set(`${primary}/api/v2/summary.json`, { status: 503, json: {} });
    const { written } = await run('claude-code', `${fake.url}${primary}`);
    expect(written.tools['claude-code']!.error).toBe('HTTP 503');
  });
});
