/**
 * Open Graph images (1200×630 PNG), one per error page and hub. Each image is cached on disk by a hash of everything
 * that shapes it, so a rebuild re-draws only cards whose title, message or tool changed (the deploy workflow keeps
 * the cache). Cards are drawn in this thread: at about 2 ms a card (src/lib/og-draw.ts) worker threads cost more
 * than they saved — 1,000 cards took 3.5 s of wall and 5.1 s of CPU here, against 3.7–3.9 s and 6–7 s with one or
 * two workers, each of which had to warm up its own fonts and glyphs. They are drawn after the pages, while Pagefind
 * indexes in its own process (src/integrations/og-images.mjs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { drawOg, TEMPLATE_VERSION, type OgCard } from './og-draw.ts';
import { linkOrCopyFile } from './link-or-copy.mjs';

export type { OgCard };

const CACHE_DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/agent-errors-og';

const made = new Set<string>();
function ensureDir(dir: string) {
  if (!made.has(dir)) mkdirSync(dir, { recursive: true });
  made.add(dir);
}

function cachePath(card: OgCard): string {
  const key = createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(card)).digest('hex').slice(0, 24);
  return join(CACHE_DIR, `${key}.png`);
}

/** Writes one card to `file`: linked or copied from the cache when it is there, drawn (and cached) otherwise. Says which. */
export async function writeOg(card: OgCard, file: string): Promise<'cached' | 'drawn'> {
  ensureDir(dirname(file));
  const cached = cachePath(card);
  if (existsSync(cached)) {
    linkOrCopyFile(cached, file);
    return 'cached';
  }
  const png = await drawOg(card);
  // Unlinked first: a card left in dist/ by an earlier build may be a link into the cache, which must not be written through.
  rmSync(file, { force: true });
  writeFileSync(file, png);
  ensureDir(CACHE_DIR);
  // Written under a temporary name and renamed: a build that dies mid-write never leaves a truncated card in the cache.
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return 'drawn';
}
