// A cache for the Pagefind index: a deploy build whose pages say the same as last time reuses the last index instead
// of indexing every page again (7–8 s at 1,000 pages). The key is the text Pagefind could read: every built HTML file
// with its status slots cut out. Slots (<!--s:…-->…<!--/s-->, src/status/slots.ts) hold the vendor status, which
// changes every 15 minutes, and they sit inside data-pagefind-ignore, so they never reach the index anyway.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SLOT } from '../status/slot-pattern.mjs';
import { linkOrCopyDir } from '../lib/link-or-copy.mjs';


/** Every .html file under dir, as paths relative to it, sorted (so the key does not depend on directory order). */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The cache key of an index over `site`: Pagefind's version, its options, and each page's path and HTML without its
 * status slots.
 * @param {string} site the built site's directory
 * @param {string} salt what else the index depends on (Pagefind's version and options)
 */
export function indexKey(site, salt) {
  const hash = createHash('sha256').update(salt);
  for (const file of htmlFiles(site)) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(site, file), 'utf8').replace(SLOT, ''));
  }
  return hash.digest('hex').slice(0, 32);
}

/** Puts a cached index into place (linked where possible); false when there is none for this key. */
export function restoreIndex(cacheDir, key, outputPath) {
  const cached = join(cacheDir, key);
  if (!existsSync(join(cached, 'pagefind-entry.json'))) return false;
  rmSync(outputPath, { recursive: true, force: true });
  linkOrCopyDir(cached, outputPath);
  return true;
}

/** Keeps the index just written as the only cached one (the cache holds the last build's, not a history). */
export function saveIndex(cacheDir, key, outputPath) {
  mkdirSync(cacheDir, { recursive: true });
  const partial = join(cacheDir, `${key}.partial`);
  rmSync(partial, { recursive: true, force: true });
  cpSync(outputPath, partial, { recursive: true });
  for (const old of readdirSync(cacheDir)) if (old !== `${key}.partial`) rmSync(join(cacheDir, old), { recursive: true, force: true });
  renameSync(partial, join(cacheDir, key)); // whole or absent: an interrupted copy is never taken for an index
}
