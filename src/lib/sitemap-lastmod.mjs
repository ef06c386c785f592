// Sitemap helpers read by astro.config.mjs (plain JS: the config loads before any TypeScript tooling).
// - lastmod comes from each page's own lastVerified date, never the build time;
// - reverse comparison pages (/compare/<b>-vs-<a>/ that only point to the canonical page) stay out.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const contentDir = () => process.env.CONTENT_DIR ?? './content';

function lastVerifiedOf(file) {
  return /^lastVerified:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(file, 'utf8'))?.[1];
}

function mdxFiles(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')) : [];
}

/** "/<path>/" → "YYYY-MM-DD" for error pages, topic hubs and comparisons. */
function lastmodByPath() {
  const map = new Map();
  const errors = join(contentDir(), 'errors');
  for (const tool of existsSync(errors) ? readdirSync(errors) : []) {
    for (const f of mdxFiles(join(errors, tool))) {
      const d = lastVerifiedOf(join(errors, tool, f));
      if (d) map.set(`/${tool}/${f.slice(0, -4)}/`, d);
    }
  }
  for (const [folder, prefix] of [['topics', '/topics/'], ['compare', '/compare/']]) {
    for (const f of mdxFiles(join(contentDir(), folder))) {
      const d = lastVerifiedOf(join(contentDir(), folder, f));
      if (d) map.set(`${prefix}${f.slice(0, -4)}/`, d);
    }
  }
  return map;
}

let cache;
/** @param {{ url: string, lastmod?: string }} item */
export function sitemapSerialize(item) {
  cache ??= lastmodByPath();
  const lastmod = cache.get(new URL(item.url).pathname);
  return lastmod ? { ...item, lastmod } : item;
}

let canonicalCompare;
/** Keep every page but the reverse-direction comparison pointers. @param {string} page */
export function sitemapFilter(page) {
  const m = /\/compare\/([^/]+)\/$/.exec(new URL(page).pathname);
  if (!m) return true;
  canonicalCompare ??= new Set(mdxFiles(join(contentDir(), 'compare')).map((f) => f.slice(0, -4)));
  return canonicalCompare.has(m[1]);
}
