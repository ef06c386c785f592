/**
 * The GitHub workflows run with write access to the site: every action is pinned to a commit (a tag can be moved),
 * checkout leaves no token behind for later steps, and permissions are granted per job, never by default.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const wf = load(text) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: { uses?: string; with?: Record<string, unknown> }[] }> };

  it('pins every action to a full commit SHA with the release in a comment', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)].map((m) => ({ ref: m[1]!, comment: m[2]! }));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      expect(u.ref, u.ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(u.comment, u.ref).toMatch(/#\s*v\d+/);
    }
  });

  it('grants no permissions by default and only what each job needs', () => {
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) expect(job.permissions, name).toBeDefined();
  });

  it('never leaves the token in .git/config', () => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });
});
