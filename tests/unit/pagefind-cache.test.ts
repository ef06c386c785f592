/**
 * The Pagefind index cache: a new status reading (slots) keeps the key, any change to what a page says or to the set of
 * pages changes it, and the cache hands back exactly the index it was given, only for its key.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexKey, restoreIndex, saveIndex } from '../../src/integrations/pagefind-cache.mjs';

function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pf-site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
const page = (status: string, text: string) =>
  `<article data-pagefind-body><div data-pagefind-ignore><!--s:box:claude-code:billing:outage--><p>${status}</p><!--/s--></div><p>${text}</p></article>`;

describe('indexKey', () => {
  it('ignores the status slots, and nothing else', () => {
    const a = site({ 'x/index.html': page('Operational, checked 10:00', 'Credit balance is too low'), 'index.html': '<h1>Home</h1>' });
    const b = site({ 'x/index.html': page('Major outage, checked 10:15', 'Credit balance is too low'), 'index.html': '<h1>Home</h1>' });
    const c = site({ 'x/index.html': page('Operational, checked 10:00', 'Credit balance is too low!'), 'index.html': '<h1>Home</h1>' });
    const d = site({ 'y/index.html': page('Operational, checked 10:00', 'Credit balance is too low'), 'index.html': '<h1>Home</h1>' });
    expect(indexKey(a, 'pf 1')).toBe(indexKey(b, 'pf 1'));
    expect(indexKey(a, 'pf 1')).not.toBe(indexKey(c, 'pf 1')); // a page says something else
    expect(indexKey(a, 'pf 1')).not.toBe(indexKey(d, 'pf 1')); // a page moved
    expect(indexKey(a, 'pf 1')).not.toBe(indexKey(a, 'pf 2')); // another Pagefind or other options
  });
});

describe('restoreIndex / saveIndex', () => {
  it('gives back the saved index for its key only, and keeps just the latest one', () => {
    const cache = mkdtempSync(join(tmpdir(), 'pf-cache-'));
    const built = site({ 'pagefind/pagefind-entry.json': '{"v":1}', 'pagefind/index/en_1.pf_index': 'idx' });
    saveIndex(cache, 'k1', join(built, 'pagefind'));
    const out = mkdtempSync(join(tmpdir(), 'pf-out-'));
    expect(restoreIndex(cache, 'k2', join(out, 'pagefind'))).toBe(false);
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
    expect(restoreIndex(cache, 'k1', join(out, 'pagefind'))).toBe(true);
    expect(readFileSync(join(out, 'pagefind/index/en_1.pf_index'), 'utf8')).toBe('idx');
    saveIndex(cache, 'k2', join(built, 'pagefind'));
    expect(readdirSync(cache)).toEqual(['k2']);
    rmSync(cache, { recursive: true });
  });

  it('never takes a copy without its entry file for an index', () => {
    const cache = mkdtempSync(join(tmpdir(), 'pf-cache-'));
    mkdirSync(join(cache, 'k3'));
    expect(restoreIndex(cache, 'k3', join(mkdtempSync(join(tmpdir(), 'pf-out-')), 'pagefind'))).toBe(false);
  });
});
