import { describe, it, expect } from 'vitest';
import { fromComponentStatus, fromIndicator, mentionsAny, scopeComponents, worst, type PageComponent } from '../../../src/status/states.ts';

const row = (id: string, name: string, state: PageComponent['state'], extra: Partial<PageComponent> = {}): PageComponent => ({
  id,
  name,
  state,
  group: false,
  onlyShowIfDegraded: false,
  ...extra,
});

describe('vocabulary', () => {
  it('maps Statuspage and incident.io component states', () => {
    expect(fromComponentStatus('operational')).toBe('operational');
    expect(fromComponentStatus('degraded_performance')).toBe('degraded');
    expect(fromComponentStatus('partial_outage')).toBe('partial_outage');
    expect(fromComponentStatus('major_outage')).toBe('major_outage');
    expect(fromComponentStatus('full_outage')).toBe('major_outage');
    expect(fromComponentStatus('under_maintenance')).toBe('maintenance');
  });

  it('maps anything else to unknown, never operational', () => {
    for (const v of ['sparkly_new_state', 'Operational', '', null, undefined, 1, 'toString', '__proto__']) {
      expect(fromComponentStatus(v)).toBe('unknown');
    }
    expect(fromIndicator('catastrophic')).toBe('unknown');
    expect(fromIndicator('constructor')).toBe('unknown');
  });

  it('maps page indicators', () => {
    expect(fromIndicator('none')).toBe('operational');
    expect(fromIndicator('minor')).toBe('degraded');
    expect(fromIndicator('major')).toBe('partial_outage');
    expect(fromIndicator('critical')).toBe('major_outage');
    expect(fromIndicator('maintenance')).toBe('maintenance');
  });
});

describe('worst', () => {
  it('orders operational < maintenance < unknown < degraded < partial < major', () => {
    expect(worst(['operational', 'maintenance'])).toBe('maintenance');
    expect(worst(['operational', 'unknown'])).toBe('unknown');
    expect(worst(['maintenance', 'unknown'])).toBe('unknown');
    expect(worst(['unknown', 'degraded'])).toBe('degraded');
    expect(worst(['degraded', 'partial_outage', 'operational'])).toBe('partial_outage');
    expect(worst(['major_outage', 'unknown', 'partial_outage'])).toBe('major_outage');
  });
  it('has nothing to judge by → unknown', () => {
    expect(worst([])).toBe('unknown');
  });
});

describe('scopeComponents', () => {
  const page = [
    row('g1', 'Group', 'major_outage', { group: true }),
    row('a', 'Copilot', 'operational'),
    row('b', 'Actions', 'major_outage'),
    row('gov', 'Claude for Government', 'operational', { onlyShowIfDegraded: true }),
  ];

  it('matches by id first, then by name case-insensitively, and lists what it could not find', () => {
    const s = scopeComponents(page, [
      { id: 'renamed-id', name: 'copilot' },
      { id: 'gone', name: 'Gone' },
    ]);
    expect(s.found.map((c) => c.id)).toEqual(['a']);
    expect(s.missing.map((m) => m.name)).toEqual(['Gone']);
  });

  it('lists every visible non-group row (what decides for a tool that watches nothing)', () => {
    expect(scopeComponents(page, []).visible.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('mentionsAny', () => {
  it('matches whole words only', () => {
    expect(mentionsAny('Disruption with some GitHub Copilot services', ['Copilot'])).toBe(true);
    expect(mentionsAny('Incident with Actions', ['Copilot'])).toBe(false);
    expect(mentionsAny('Hide the IDEAS board', ['IDE'])).toBe(false);
    expect(mentionsAny('IDE - Tab completions', ['IDE'])).toBe(true);
    expect(mentionsAny('Errors on Claude API (api.anthropic.com)', ['Claude API (api.anthropic.com)'])).toBe(true);
  });
});

describe('renamed components (recorded GitHub components.json, 2021 names)', () => {
  it('match by id despite the rename, and by name when the id changed', async () => {
    const { toPageComponents } = await import('../../../src/status/providers/statuspage.ts');
    const { load } = await import('../../fixtures/status/builders.ts');
    const rows = toPageComponents(load('recorded/github-components-with-problem.json').components);
    const byId = scopeComponents(rows, [{ id: 'br0l2tvcx85d', name: 'Actions' }]);
    expect(byId.found).toMatchObject([{ name: 'GitHub Actions', state: 'partial_outage' }]);
    const byName = scopeComponents(rows, [{ id: 'recreated-id', name: 'github actions' }]);
    expect(byName.found).toMatchObject([{ id: 'br0l2tvcx85d' }]);
  });
});
