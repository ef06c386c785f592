/**
 * The status box and first-screen line of the four newer tools, rendered by the build's own code
 * (src/status/render.ts) for every state their feed can give — and "no official status page" where that is the
 * truth (OpenCode, Aider, Kiro). The tool files are the real ones.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { toolSchema } from '../../src/schemas/tool.ts';
import { toolMeta } from '../../src/lib/tool-meta.ts';
import { statusBox, statusLine, type StatusContext } from '../../src/status/render.ts';
import { STATE_LABELS } from '../../src/lib/verdict.ts';
import type { ToolStatus } from '../../src/status/snapshot-schema.ts';
import { TEST_NOW } from '../helpers/clock.ts';

const tool = (id: string) => toolMeta({ id, data: toolSchema.parse(load(readFileSync(`content/tools/${id}.yaml`, 'utf8'))) });
const reading = (state: ToolStatus['state'], extra: Partial<ToolStatus> = {}): ToolStatus => ({
  state,
  checkedAt: new Date(TEST_NOW.getTime() - 10 * 60_000).toISOString(),
  stale: false,
  source: 'https://status.cloud.google.com/incidents.json',
  error: null,
  scope: 'components',
  components: [
    { id: 'deUeOEPYanfJ9w8cpyBJ', name: 'Gemini Code Assist', state },
    { id: 'Z0FZJAMvEB4j3NbCJs6B', name: 'Gemini on Agent Platform', state: 'operational' },
  ],
  missing: [],
  vendorUpdatedAt: null,
  incidents: [],
  maintenances: [],
  recentIncidents: [],
  ...extra,
});
const ctx = (id: string, status?: ToolStatus): StatusContext => ({
  tools: [tool(id)],
  snapshot: { generatedAt: TEST_NOW.toISOString(), maxAgeMinutes: 360, tools: status ? { [id]: status } : {} },
  now: TEST_NOW,
});

describe('Gemini CLI (Google Cloud Service Health)', () => {
  it.each(['operational', 'degraded', 'partial_outage', 'major_outage', 'unknown'] as const)('%s', (state) => {
    const c = ctx('gemini-cli', reading(state));
    const box = statusBox(c, 'gemini-cli', { category: 'capacity', heading: 'outage' }).value;
    expect(box).toContain(`data-status="${state}"`);
    expect(box).toContain(`Gemini CLI: ${STATE_LABELS[state]}`);
    expect(box).toContain('Official Gemini CLI status page');
    // The caveat: API-key users' status is elsewhere.
    expect(box).toContain('aistudio.google.com/status');
    const line = statusLine(c, 'gemini-cli', 'capacity').value;
    expect(line).toContain(`data-status="${state}"`);
    if (state === 'operational') expect(line).toContain('Google reports no incident for Gemini CLI');
    else expect(line).not.toContain('reports no incident');
  });

  it('a product missing from the feed reads unknown and says which', () => {
    const box = statusBox(ctx('gemini-cli', reading('unknown', { missing: ['Gemini Code Assist'] })), 'gemini-cli', { heading: 'hub' }).value;
    expect(box).toContain('Not on the status page any more: Gemini Code Assist.');
    expect(box).toContain('We can&#39;t tell whether Google has a problem with Gemini CLI.');
  });

  it('no reading yet reads unknown, never operational', () => {
    const box = statusBox(ctx('gemini-cli'), 'gemini-cli', { heading: 'hub' }).value;
    expect(box).toContain('data-status="unknown"');
    expect(box).toContain('We have no reading of');
  });
});

describe.each(['opencode', 'aider', 'kiro'])('%s: no official status page', (id) => {
  it('says so, and where to look instead', () => {
    const t = tool(id);
    expect(t.status.provider).toBe('none');
    const box = statusBox(ctx(id), id, { category: 'capacity', heading: 'outage' }).value;
    expect(box).toContain('data-status="unknown"');
    expect(box).toContain(`${t.name}: No official status page`);
    expect(box).toContain(t.status.note!.slice(0, 40).replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
    expect(box).not.toMatch(/Operational|reports no incident/);
    expect(statusLine(ctx(id), id, 'capacity').value).toContain(`${t.name} has no official status page.`);
  });
});
