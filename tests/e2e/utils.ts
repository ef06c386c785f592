import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path listed in the built sitemap (the sitemap holds absolute URLs on SITE_URL; we test paths). */
export function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return files.flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

export const FOUNDING = '/claude-code/credit-balance-too-low/';

/** Every .html file in dist/ (paths relative to the project root). */
export function builtHtmlFiles(dir = 'dist'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...builtHtmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** "dist/claude-code/x/index.html" → "/claude-code/x/"; "dist/404.html" → "/404.html". */
export function pathOf(file: string): string {
  const rel = file.replace(/^dist/, '');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
