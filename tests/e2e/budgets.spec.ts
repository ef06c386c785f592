import { test, expect } from '@playwright/test';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { builtHtmlFiles, pathOf, FOUNDING } from './utils.ts';

/**
 * Weight budgets on built files (like Starlight's size-limit, per page type), in brotli bytes at the quality a CDN
 * uses for static files. Prints the numbers. Render-blocking = stylesheets <link>ed in <head> and classic scripts
 * without async/defer; module scripts are deferred by definition.
 */
const br = (s: string | Buffer) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const KB = 1024;

function assetsOf(page: string) {
  const css = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  // A classic script blocks parsing unless it is async or deferred; modules are deferred; JSON-LD is data.
  const blockingJs = [...page.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type="(?:module|application\/ld\+json)"|\sasync[\s>=]|\sdefer[\s>=]/.test(tag));
  const js = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  return { css, blockingJs, js };
}
const file = (url: string) => readFileSync(`dist${url}`);

/** A page's script and every module it imports statically (what loads up front); dynamic import() is loaded later. */
function withStaticImports(urls: string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = file(url).toString('utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(new URL(m[1]!, `http://x${url}`).pathname);
  };
  urls.forEach(visit);
  return [...seen];
}

test('founding page: HTML with its CSS inlined ≤ 10 KB brotli, in one request; JS ≤ 10 KB; CSS ≤ 8 KB', () => {
  const page = readFileSync(`dist${FOUNDING}index.html`, 'utf8');
  const { css, js } = assetsOf(page);
  const inlineCss = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const htmlBr = br(page);
  const cssBr = br(inlineCss) + css.reduce((s, u) => s + br(file(u)), 0);
  const blockingCssBr = css.reduce((s, u) => s + br(file(u)), 0);
  const jsBr = withStaticImports(js).reduce((s, u) => s + br(file(u)), 0);
  console.log(
    `founding page (brotli): HTML ${(htmlBr / KB).toFixed(1)} KB (raw ${(page.length / KB).toFixed(1)} KB, CSS inlined ${(br(inlineCss) / KB).toFixed(1)} KB of it), ` +
      `external render-blocking CSS ${(blockingCssBr / KB).toFixed(1)} KB in ${css.length} file(s), JS ${(jsBr / KB).toFixed(1)} KB in ${js.length} file(s); ` +
      `before first paint ${((htmlBr + blockingCssBr) / KB).toFixed(1)} KB in ${1 + css.length} request(s)`,
  );
  expect(css, 'no external stylesheet: the page paints from its first response').toEqual([]);
  expect(htmlBr + blockingCssBr).toBeLessThanOrEqual(10 * KB);
  expect(jsBr).toBeLessThanOrEqual(10 * KB);
  expect(cssBr).toBeLessThanOrEqual(8 * KB);
});

test('no page has render-blocking JavaScript; every error page stays within its JS and CSS budgets', () => {
  const problems: string[] = [];
  let worstJs = 0;
  for (const f of builtHtmlFiles()) {
    const page = readFileSync(f, 'utf8');
    const { blockingJs, js, css } = assetsOf(page);
    if (blockingJs.length) problems.push(`${pathOf(f)}: render-blocking ${blockingJs.join(' ')}`);
    if (/^dist\/[^/]+\/[^/]+\/index\.html$/.test(f) && !f.startsWith('dist/compare/') && !f.startsWith('dist/topics/')) {
      const jsBr = withStaticImports(js).reduce((s, u) => s + br(file(u)), 0);
      worstJs = Math.max(worstJs, jsBr);
      if (jsBr > 10 * KB) problems.push(`${pathOf(f)}: ${jsBr} B of JS (budget 10 KB)`);
      if (css.length) problems.push(`${pathOf(f)}: external stylesheet ${css.join(' ')} (CSS should be inlined)`);
    }
  }
  console.log(`largest JS on an error page: ${(worstJs / KB).toFixed(2)} KB brotli`);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('copy buttons cost at most 1 KB of JavaScript (brotli)', () => {
  const dir = 'dist/_astro';
  const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(`${dir}/${f}`, 'utf8').includes('Copy to clipboard'));
  expect(chunks).toHaveLength(1);
  const size = br(readFileSync(`${dir}/${chunks[0]}`));
  console.log(`copy buttons: ${size} B brotli`);
  expect(size).toBeLessThanOrEqual(1024);
});
