import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap (the sitemap holds absolute URLs on SITE_URL; we test paths). */
export function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return files.flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

export const FOUNDING = '/claude-code/credit-balance-too-low/';
