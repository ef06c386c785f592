import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { builtHtmlFiles, pathOf } from './utils.ts';

const pages = builtHtmlFiles()
  .map((f) => ({ path: pathOf(f), html: readFileSync(f, 'utf8') }))
  .filter((p) => p.path !== '/404.html' && !p.html.includes('<meta name="robots" content="noindex">'));
const attr = (html: string, re: RegExp) =>
  [...html.matchAll(re)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
const siteOrigin = new URL(readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (\S+)/)![1]!).origin;
const errorsJson = JSON.parse(readFileSync('dist/errors.json', 'utf8')) as { errors: { tool: string; id: string; title: string; messages: string[]; lastVerified: string }[] };

test('one canonical per page, absolute, in the trailing-slash form, pointing at the page itself', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const canon = attr(p.html, /<link rel="canonical" href="([^"]+)"/g);
    if (canon.length !== 1) bad.push(`${p.path}: ${canon.length} canonical links`);
    else if (canon[0] !== `${siteOrigin}${p.path}`) bad.push(`${p.path}: canonical ${canon[0]}`);
  }
  expect(bad, bad.join('\n')).toEqual([]);
});

test('no two pages share a title or a description; descriptions ≤ 160; titles ≤ 65 unless the message is longer', () => {
  const titles = new Map<string, string>();
  const descs = new Map<string, string>();
  const bad: string[] = [];
  const longMessage = new Set(errorsJson.errors.filter((e) => `${e.title}`.length > 45).map((e) => `/${e.tool}/${e.id}/`));
  for (const p of pages) {
    const title = attr(p.html, /<title>([^<]*)<\/title>/g)[0] ?? '';
    const desc = attr(p.html, /<meta name="description" content="([^"]*)"/g)[0] ?? '';
    if (titles.has(title)) bad.push(`${p.path}: same title as ${titles.get(title)}`);
    if (descs.has(desc)) bad.push(`${p.path}: same description as ${descs.get(desc)}`);
    titles.set(title, p.path);
    descs.set(desc, p.path);
    if (desc.length > 160 || desc.length < 50) bad.push(`${p.path}: description has ${desc.length} characters`);
    if (title.length > 65 && !longMessage.has(p.path)) bad.push(`${p.path}: title has ${title.length} characters: ${title}`);
  }
  expect(bad, bad.join('\n')).toEqual([]);
});

test('every error page and tool hub has its own Open Graph image, rendered as a 1200×630 PNG', () => {
  const missing: string[] = [];
  for (const p of pages.filter((x) => /^\/[^/]+\/([^/]+\/)?$/.test(x.path) && !/^\/(compare|topics|status|search)\//.test(x.path))) {
    const img = attr(p.html, /<meta property="og:image" content="([^"]+)"/g)[0];
    const file = img ? `dist${new URL(img).pathname}` : '';
    if (!img || !existsSync(file)) {
      missing.push(`${p.path}: ${img ?? 'no og:image'}`);
      continue;
    }
    const png = readFileSync(file);
    if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630) missing.push(`${p.path}: ${file} is not 1200×630`);
  }
  expect(missing, missing.join('\n')).toEqual([]);
  expect(existsSync('dist/og/site.png')).toBe(true);
  // The list the card integration draws from is a build intermediate, never deployed (src/integrations/og-images.mjs).
  expect(existsSync('dist/og/cards.json')).toBe(false);
});

test('sitemap lastmod is each error page\'s lastVerified, not the build time', () => {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const lastmod = new Map([...sitemap.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [new URL(m[1]!).pathname, m[2]]));
  for (const e of errorsJson.errors) {
    expect(lastmod.get(`/${e.tool}/${e.id}/`)?.slice(0, 10), `${e.tool}/${e.id}`).toBe(e.lastVerified);
  }
});

test('both feeds are valid RSS 2.0, and llms.txt lists every error page with its messages', async ({ page, request }) => {
  await page.goto('/');
  for (const feed of ['/rss.xml', '/status/rss.xml']) {
    const xml = await (await request.get(feed)).text();
    const report = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const rss = doc.documentElement;
      const channel = rss.querySelector(':scope > channel');
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        root: rss.nodeName,
        version: rss.getAttribute('version'),
        channel: ['title', 'link', 'description'].every((t) => !!channel?.querySelector(`:scope > ${t}`)?.textContent),
        items: [...(channel?.querySelectorAll(':scope > item') ?? [])].map((i) => ({
          title: !!i.querySelector('title')?.textContent,
          link: /^https?:\/\//.test(i.querySelector('link')?.textContent ?? ''),
        })),
      };
    }, xml);
    expect(report.parseError, feed).toBeNull();
    expect(report.root).toBe('rss');
    expect(report.version).toBe('2.0');
    expect(report.channel, feed).toBe(true);
    expect(report.items.every((i) => i.title && i.link), feed).toBe(true);
    if (feed === '/rss.xml') expect(report.items.length).toBe(errorsJson.errors.length);
  }
  const llms = await (await request.get('/llms.txt')).text();
  for (const e of errorsJson.errors) {
    expect(llms).toContain(`/${e.tool}/${e.id}/`);
    expect(llms).toContain(e.messages[0]!.replace(/\s+/g, ' '));
  }
});

test('JSON-LD on every page parses; error pages carry BreadcrumbList, TechArticle with dateModified, FAQPage when there is a FAQ; home has a SearchAction', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const blocks = [...p.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    if (blocks.length !== 1) {
      bad.push(`${p.path}: ${blocks.length} JSON-LD blocks`);
      continue;
    }
    const graph = JSON.parse(blocks[0]!)['@graph'] as { '@type': string; dateModified?: string }[];
    const types = graph.map((n) => n['@type']);
    const isError = errorsJson.errors.some((e) => `/${e.tool}/${e.id}/` === p.path);
    if (isError) {
      if (!types.includes('BreadcrumbList') || !types.includes('TechArticle')) bad.push(`${p.path}: ${types.join(', ')}`);
      const e = errorsJson.errors.find((x) => `/${x.tool}/${x.id}/` === p.path)!;
      if (graph.find((n) => n['@type'] === 'TechArticle')?.dateModified !== e.lastVerified) bad.push(`${p.path}: dateModified is not lastVerified`);
      if (p.html.includes('id="faq"') !== types.includes('FAQPage')) bad.push(`${p.path}: FAQPage and visible FAQ disagree`);
    }
    if (p.path === '/' && !types.includes('WebSite')) bad.push('/: no WebSite node');
  }
  expect(bad, bad.join('\n')).toEqual([]);
});
