/** The near-duplicate result is reused only for exactly the same pages, and never trusted when unreadable. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedNearDuplicates } from '../../src/lib/near-duplicates-cache.ts';
import { nearDuplicates } from '../../src/lib/near-duplicates.ts';

const words = (seed: number) => Array.from({ length: 60 }, (_, i) => `w${(i * seed) % 97}`).join(' ');
const pages = [
  { id: 'a/one', file: 'content/errors/a/one.mdx', text: words(7) },
  { id: 'a/two', file: 'content/errors/a/two.mdx', text: words(7) + ' a little more' },
  { id: 'b/three', file: 'content/errors/b/three.mdx', text: words(11) },
];
const FILE = 'agent-errors-near-duplicates.json';

describe('cachedNearDuplicates', () => {
  it('computes what nearDuplicates computes, and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-cache-'));
    const expected = nearDuplicates(pages, 0.25);
    expect(expected.map((p) => `${p.a}~${p.b}`)).toEqual(['a/one~a/two']);
    expect(cachedNearDuplicates(pages, 0.25, dir)).toEqual(expected);
    expect(JSON.parse(readFileSync(join(dir, FILE), 'utf8')).pairs).toEqual(expected);
  });

  it('reads the kept result for the same pages, and computes again when any text, id or the threshold changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-cache-'));
    cachedNearDuplicates(pages, 0.25, dir);
    // Mark the kept result, so a read is told apart from a fresh computation.
    const saved = JSON.parse(readFileSync(join(dir, FILE), 'utf8'));
    writeFileSync(join(dir, FILE), JSON.stringify({ ...saved, pairs: [{ a: 'marker', b: 'marker', fileA: 'x', overlap: 1 }] }));
    expect(cachedNearDuplicates(pages, 0.25, dir)[0]!.a).toBe('marker');
    const edited = pages.map((p, i) => (i === 2 ? { ...p, text: `${p.text} edited` } : p));
    expect(cachedNearDuplicates(edited, 0.25, dir).map((p) => p.a)).toEqual(['a/one']);
    writeFileSync(join(dir, FILE), JSON.stringify({ ...saved, pairs: [{ a: 'marker', b: 'marker', fileA: 'x', overlap: 1 }] }));
    expect(cachedNearDuplicates(pages, 0.5, dir).map((p) => p.a)).toEqual(['a/one']);
    writeFileSync(join(dir, FILE), JSON.stringify({ ...saved, pairs: [{ a: 'marker', b: 'marker', fileA: 'x', overlap: 1 }] }));
    const renamed = pages.map((p, i) => (i === 0 ? { ...p, id: 'a/uno' } : p));
    expect(cachedNearDuplicates(renamed, 0.25, dir).map((p) => p.a)).toEqual(['a/uno']);
  });

  it('computes afresh when the kept file is unreadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-cache-'));
    writeFileSync(join(dir, FILE), '{ not json');
    expect(cachedNearDuplicates(pages, 0.25, dir).map((p) => p.a)).toEqual(['a/one']);
  });
});
