import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { builtHtmlFiles, pathOf, sitemapPaths } from './utils.ts';

/**
 * Links over the built site (after Astro docs' lint-linkcheck): every internal link and #anchor resolves; the
 * sitemap and the HTML pages agree; external links are https and well-formed.
 */
const files = builtHtmlFiles();
const html = new Map(files.map((f) => [pathOf(f), readFileSync(f, 'utf8')]));
const siteOrigin = new URL(readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (\S+)/)![1]!).origin;

/** The built file a site path is served from, or null. */
function fileFor(path: string): string | null {
  const p = decodeURI(path);
  const candidates = p.endsWith('/') ? [`dist${p}index.html`] : [`dist${p}`, `dist${p}/index.html`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

function ids(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

function links(page: string): string[] {
  // Attribute values only (text like "<a href=…>" inside <code> is escaped, so it never matches).
  return [...page.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const [from, page] of html) {
    for (const raw of links(page)) {
      let url: URL;
      try {
        url = new URL(raw, `${siteOrigin}${from}`);
      } catch {
        broken.push(`${from}: malformed link "${raw}"`);
        continue;
      }
      if (url.origin !== siteOrigin) continue;
      const target = url.pathname === from ? (files.find((f) => pathOf(f) === from) ?? null) : fileFor(url.pathname);
      if (!target) {
        broken.push(`${from}: ${raw} → no such page`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids(readFileSync(target, 'utf8')).has(id)) broken.push(`${from}: ${raw} → no element with id "${id}"`);
      }
    }
  }
  expect(broken, broken.slice(0, 40).join('\n')).toEqual([]);
});

test('external links are https (or a support mailto) and well-formed', () => {
  const bad: string[] = [];
  for (const [from, page] of html) {
    for (const raw of links(page)) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith(siteOrigin)) continue;
      try {
        const u = new URL(raw);
        // Vendors' support addresses are first-party contacts readers need (account blocks, billing).
        if (u.protocol === 'mailto:') {
          if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(u.pathname)) bad.push(`${from}: ${raw} is not a valid address`);
          continue;
        }
        if (u.protocol !== 'https:') bad.push(`${from}: ${raw} is not https`);
        if (!u.hostname.includes('.')) bad.push(`${from}: ${raw} has no proper host`);
      } catch {
        bad.push(`${from}: ${raw} is malformed`);
      }
    }
  }
  expect(bad, bad.slice(0, 40).join('\n')).toEqual([]);
});

test('the sitemap lists every indexable page, and only pages that exist', () => {
  const inSitemap = new Set(sitemapPaths());
  const missingFiles = [...inSitemap].filter((p) => !fileFor(p));
  // Pages kept out of the sitemap on purpose: the 404 page and noindex pointers (reverse comparisons).
  const indexable = [...html].filter(([p, page]) => p !== '/404.html' && !/<meta name="robots" content="noindex"/.test(page)).map(([p]) => p);
  const notListed = indexable.filter((p) => !inSitemap.has(p));
  expect(missingFiles, `in the sitemap but not built: ${missingFiles.join(', ')}`).toEqual([]);
  expect(notListed, `built but not in the sitemap: ${notListed.join(', ')}`).toEqual([]);
});
