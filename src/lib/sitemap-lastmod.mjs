// Sitemap lastmod from each error page's own lastVerified date, never the build time.
// Plain JS because astro.config.mjs imports it before any TypeScript tooling runs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Map "/<tool>/<error>/" → "YYYY-MM-DD" read from the MDX front matter. */
function lastVerifiedByPath(dir = join(process.env.CONTENT_DIR ?? './content', 'errors')) {
  const map = new Map();
  if (!existsSync(dir)) return map;
  for (const tool of readdirSync(dir)) {
    const toolDir = join(dir, tool);
    let files;
    try {
      files = readdirSync(toolDir);
    } catch {
      continue;
    }
    for (const f of files) {
      if (!f.endsWith('.mdx') || f.startsWith('_')) continue;
      const text = readFileSync(join(toolDir, f), 'utf8');
      const m = /^lastVerified:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(text);
      if (m) map.set(`/${tool}/${f.slice(0, -4)}/`, m[1]);
    }
  }
  return map;
}

let cache;
/** @param {{ url: string, lastmod?: string }} item */
export function sitemapSerialize(item) {
  cache ??= lastVerifiedByPath();
  const path = new URL(item.url).pathname;
  const lastmod = cache.get(path);
  return lastmod ? { ...item, lastmod } : item;
}
