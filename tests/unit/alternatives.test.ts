import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { alternativesFor } from '../../src/lib/alternatives.ts';
import { toolSchema } from '../../src/schemas/tool.ts';

const tools = readdirSync('content/tools')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace('.yaml', ''), data: toolSchema.parse(yaml.load(readFileSync(`content/tools/${f}`, 'utf8'))) }));

describe('alternativesFor', () => {
  it('lists every other tool with its own state', () => {
    const alts = alternativesFor('claude-code', tools, (id) => (id === 'codex' ? 'major_outage' : 'operational'));
    expect(alts.map((a) => a.id).sort()).toEqual(tools.map((t) => t.id).filter((id) => id !== 'claude-code').sort());
    expect(alts.find((a) => a.id === 'codex')!.state).toBe('major_outage');
  });

  it('flags bring-your-own-key tools as exposed to the same provider, and says how to avoid it', () => {
    const alts = alternativesFor('claude-code', tools, () => 'operational');
    const cline = alts.find((a) => a.id === 'cline')!;
    expect(cline.sharedUpstreams).toContain('anthropic');
    expect(cline.note).toMatch(/provider other than Anthropic/);
    expect(cline.localModels).toBe(true);
  });

  it('says a tool on other providers is not hit by the same outage', () => {
    const codex = alternativesFor('claude-code', tools, () => 'operational').find((a) => a.id === 'codex')!;
    expect(codex.sharedUpstreams).toEqual([]);
    expect(codex.sameOutage).toBe(false);
    expect(codex.note).toMatch(/not affected by the same upstream outage/);
  });

  it('notes multi-provider tools can switch model', () => {
    const cursor = alternativesFor('claude-code', tools, () => 'operational').find((a) => a.id === 'cursor')!;
    expect(cursor.note).toMatch(/pick a model from another provider/);
  });

  it('says a tool on the same single provider goes down with it, in a sentence that reads right for any name', () => {
    const kiro = alternativesFor('claude-code', tools, () => 'operational').find((a) => a.id === 'kiro')!;
    expect(kiro.sameOutage).toBe(true);
    expect(kiro.note).toBe('Uses the same provider (Anthropic), so an outage at Anthropic stops it too.');
  });
});
