/**
 * The near-duplicate check's result, kept between builds. The check compares every page's wording with every other's
 * (0.6 s at 1,000 pages, 4.6 s at 3,000, 14 s at 10,000) and runs on every build, while its result changes only when
 * some page's text does: a deploy build whose pages' text is unchanged reads the last result instead.
 *
 * The key is everything the result depends on: each page's id, file and own text, the threshold, and the source of
 * src/lib/near-duplicates.ts itself (so a change to the algorithm never reads a result computed by the old one). The
 * file sits in Astro's cache directory (ASTRO_CACHE_DIR, as astro.config.mjs sets it), which the deploy workflow
 * keeps. Anything unreadable or mismatched means computing afresh; a failed write only loses the saving.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearDuplicates, type OwnText, type Pair } from './near-duplicates.ts';

const ALGORITHM = 'src/lib/near-duplicates.ts';
const FILE = 'agent-errors-near-duplicates.json';

/** Where Astro keeps its cache for this build (astro.config.mjs: ASTRO_CACHE_DIR, else Astro's default). */
function astroCacheDir(): string {
  return process.env.ASTRO_CACHE_DIR || 'node_modules/.astro';
}

/** nearDuplicates(pages, threshold), read from `dir` when the same pages were checked last time. */
export function cachedNearDuplicates(pages: OwnText[], threshold: number, dir = astroCacheDir()): Pair[] {
  let source: string;
  try {
    source = readFileSync(ALGORITHM, 'utf8');
  } catch {
    return nearDuplicates(pages, threshold); // not run from the project's root: no cache
  }
  const hash = createHash('sha256').update(source).update(`\0${threshold}`);
  for (const p of pages) hash.update(`\0${p.id}\0${p.file}\0${p.text}`);
  const key = hash.digest('hex');
  const file = join(dir, FILE);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; pairs?: Pair[] };
    if (saved.key === key && Array.isArray(saved.pairs)) return saved.pairs;
  } catch {
    // no result yet, or an unreadable one
  }
  const pairs = nearDuplicates(pages, threshold);
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ key, pairs }));
    renameSync(partial, file);
  } catch {
    // a read-only cache directory: the next build computes again
  }
  return pairs;
}
