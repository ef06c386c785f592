/**
 * Cached outputs go into dist/ as hard links where possible (src/lib/link-or-copy.mjs): the same bytes as a copy, and
 * a card drawn anew never writes through a link into the cache.
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkOrCopyDir, linkOrCopyFile } from '../../src/lib/link-or-copy.mjs';

const temp = () => mkdtempSync(join(tmpdir(), 'link-or-copy-'));

describe('linkOrCopyFile / linkOrCopyDir', () => {
  it('links a file (same inode), and copies over a file already there', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a'), 'cached');
    linkOrCopyFile(join(dir, 'a'), join(dir, 'b'));
    expect(statSync(join(dir, 'b')).ino).toBe(statSync(join(dir, 'a')).ino);
    // Linking onto an existing path fails (EEXIST): the fallback copy replaces it.
    writeFileSync(join(dir, 'c'), 'old');
    linkOrCopyFile(join(dir, 'a'), join(dir, 'c'));
    expect(readFileSync(join(dir, 'c'), 'utf8')).toBe('cached');
    expect(statSync(join(dir, 'c')).ino).not.toBe(statSync(join(dir, 'a')).ino);
  });

  it('recreates a directory tree', () => {
    const from = temp();
    mkdirSync(join(from, 'sub/deeper'), { recursive: true });
    writeFileSync(join(from, 'top.json'), '{}');
    writeFileSync(join(from, 'sub/deeper/x.pf_index'), 'x');
    const to = join(temp(), 'pagefind');
    linkOrCopyDir(from, to);
    expect(readdirSync(to, { recursive: true }).sort()).toEqual(['sub', 'sub/deeper', 'sub/deeper/x.pf_index', 'top.json']);
    expect(readFileSync(join(to, 'sub/deeper/x.pf_index'), 'utf8')).toBe('x');
  });
});

describe('writeOg and its cache', () => {
  it('links a cached card into place, and a card drawn over a linked one leaves the cache entry intact', async () => {
    const cache = temp();
    const site = temp();
    vi.stubEnv('OG_CACHE_DIR', cache);
    vi.resetModules();
    const { writeOg } = await import('../../src/lib/og.ts');
    const card = { kicker: 'Claude Code error', title: 'Overloaded', subtitle: 'API Error: 529' };
    const file = join(site, 'og/a.png');
    expect(await writeOg(card, file)).toBe('drawn');
    const [entry] = readdirSync(cache);
    const cached = join(cache, entry!);
    const bytes = readFileSync(cached);
    expect(await writeOg(card, join(site, 'og/b.png'))).toBe('cached');
    expect(statSync(join(site, 'og/b.png')).ino).toBe(statSync(cached).ino);
    // A different card drawn at a path that is a link into the cache (as after a build that did not empty dist/).
    expect(await writeOg({ ...card, title: 'Something else' }, join(site, 'og/b.png'))).toBe('drawn');
    expect(readFileSync(cached)).toEqual(bytes);
    expect(readFileSync(join(site, 'og/b.png'))).not.toEqual(bytes);
    vi.unstubAllEnvs();
  });
});
