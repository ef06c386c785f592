/**
 * The judge (src/status/judge.ts): the one rule set every reading goes through, at build time and in the browser.
 * Recorded page shapes where they exist; each case changes only what it is about.
 */
import { describe, expect, it } from 'vitest';
import { judge, impactState } from '../../../src/status/judge.ts';
import { toIncidents, toPageComponents } from '../../../src/status/providers/statuspage.ts';
import { fromIndicator, type PageComponent } from '../../../src/status/states.ts';
import { load } from '../../fixtures/status/builders.ts';

const row = (id: string, name: string, state: PageComponent['state']): PageComponent => ({ id, name, state, group: false, onlyShowIfDegraded: false });
const open = (impact: string, extra: Partial<{ name: string; touchedIds: string[]; touchedNames: string[]; status: string }> = {}) => ({
  impact,
  status: 'investigating',
  name: 'Elevated errors',
  touchedIds: [] as string[],
  touchedNames: [] as string[],
  ...extra,
});
const WATCH = [{ id: 'cc', name: 'Claude Code' }, { id: 'api', name: 'Claude API' }];
const ROWS = [row('cc', 'Claude Code', 'operational'), row('api', 'Claude API', 'operational'), row('web', 'claude.ai', 'major_outage')];

describe('judge', () => {
  it('watched components decide; an outage elsewhere on the page does not', () => {
    expect(judge({ rows: ROWS, watched: WATCH, toolName: 'Claude Code', incidents: [] })).toMatchObject({ state: 'operational', scope: 'components', missing: [] });
  });

  it.each([
    ['minor', 'degraded'],
    ['major', 'partial_outage'],
    ['critical', 'major_outage'],
  ])('an open %s incident on a watched component raises operational to %s', (impact, expected) => {
    const j = judge({ rows: ROWS, watched: WATCH, toolName: 'Claude Code', incidents: [open(impact, { touchedIds: ['api'] })] });
    expect(j.state).toBe(expected);
    expect(j.incidents).toHaveLength(1);
  });

  it('an incident that only names the tool counts; one about another component does not; a resolved one never', () => {
    const named = judge({ rows: ROWS, watched: WATCH, toolName: 'Claude Code', incidents: [open('major', { name: 'Claude Code sessions failing' })] });
    expect(named.state).toBe('partial_outage');
    const other = judge({ rows: ROWS, watched: WATCH, toolName: 'Claude Code', incidents: [open('critical', { name: 'claude.ai down', touchedIds: ['web'] })] });
    expect(other).toMatchObject({ state: 'operational', incidents: [] });
    const done = judge({ rows: ROWS, watched: WATCH, toolName: 'Claude Code', incidents: [open('critical', { touchedIds: ['cc'], status: 'resolved' })] });
    expect(done).toMatchObject({ state: 'operational', incidents: [] });
  });

  it('an open incident with impact none is listed but raises nothing (the verdict wording handles it)', () => {
    const j = judge({ rows: ROWS, watched: WATCH, toolName: 'Claude Code', incidents: [open('none', { touchedIds: ['cc'] })] });
    expect(j).toMatchObject({ state: 'operational' });
    expect(j.incidents).toHaveLength(1);
  });

  it('a missing watched component makes it unknown, naming it; a known outage still outranks that', () => {
    const rows = ROWS.filter((r) => r.id !== 'api');
    expect(judge({ rows, watched: WATCH, toolName: 'Claude Code', incidents: [] })).toMatchObject({ state: 'unknown', missing: [{ name: 'Claude API' }] });
    const down = rows.map((r) => (r.id === 'cc' ? { ...r, state: 'major_outage' as const } : r));
    expect(judge({ rows: down, watched: WATCH, toolName: 'Claude Code', incidents: [] }).state).toBe('major_outage');
  });

  it('a tool that watches nothing is judged by the whole page: visible rows, indicator and every open incident', () => {
    // Recorded: status.instructure.com, indicator "minor", 3 group rows + 21 components.
    const inst = load('recorded/instructure-summary.json');
    const j = judge({ rows: toPageComponents(inst.components), watched: [], toolName: 'X', incidents: [], indicator: fromIndicator(inst.status.indicator) });
    expect(j).toMatchObject({ state: 'degraded', scope: 'page' });
    expect(j.rows).toHaveLength(21);
    // Recorded: an open critical incident while every component reads operational.
    const renku = load('recorded/renku-summary-outage.json');
    const incidents = toIncidents(renku.incidents, 'incident').map((p) => ({ ...p, impact: p.incident.impact, status: p.incident.status, name: p.incident.name }));
    expect(judge({ rows: toPageComponents(renku.components), watched: [], toolName: 'X', incidents }).state).toBe('major_outage');
  });

  it('nothing to judge by is unknown', () => {
    expect(judge({ rows: [], watched: [], toolName: 'X', incidents: [] }).state).toBe('unknown');
  });

  it('maps only known impacts', () => {
    expect(impactState('constructor')).toBeNull();
    expect(impactState('maintenance')).toBeNull();
  });
});
