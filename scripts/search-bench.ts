/**
 * `npm run bench:search` — the search budget at scale: builds a 1,000-page copy of the site (scripts/bench.ts
 * --generate), serves it, and in Chromium measures for several pastes
 *   - what the first query fetches (the search script, message-index shards and page chunks; Pagefind's script,
 *     WebAssembly, index chunks and fragments when full text is needed), in brotli bytes as a
 *     CDN would send them (the local server sends them uncompressed, so each body is compressed here), and
 *   - how long the query takes from search to rendered results: the first one (cold: Pagefind and its index load)
 *     and a second one on the same page (warm).
 *   npm run bench:search -- --pages 1000 [--site <already built dist dir>]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const flag = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const pages = Number(flag('--pages') ?? 1000);
const PORT = 4398;
const PASTES = [
  '⎿  API Error: Repeated 529 Overloaded errors. The API is at capacity — this is usually temporary.',
  'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API."},"request_id":"req_011CaXci6gfTVhUMdZHgjYRU"}',
  '■ stream disconnected before completion: An error occurred while processing your request.',
  'Sorry, your request was rate-limited. Please wait 43 seconds before trying again.',
  'Unable to connect to local Ollama instance. Ollama may not be running.',
  // Matches no message, only page prose: the full-text (Pagefind) fallback and its cost.
  'WSLENV',
];

let dir = flag('--site') ? resolve(flag('--site')!, '..') : '';
let cleanup = false;
if (!flag('--site')) {
  dir = mkdtempSync(join(tmpdir(), `search-bench-${pages}-`));
  cleanup = true;
  console.log(`generating and building ${pages} pages in ${dir} …`);
  const gen = spawnSync(process.execPath, ['scripts/bench.ts', '--generate', dir, '--pages', String(pages)], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(1);
  const b = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_CACHE_DIR: join(dir, '.bench-cache/astro'), OG_CACHE_DIR: join(dir, '.bench-cache/og') },
  });
  if (b.status !== 0) throw new Error(b.stderr);
}
if (!existsSync(join(dir, 'dist/pagefind'))) throw new Error(`no Pagefind index in ${dir}/dist`);

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: dir, stdio: 'ignore', detached: true });
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/search/`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`\n| paste | first query: requests | bytes (brotli) | cold answer | warm answer | first result |`);
  console.log('|---|---:|---:|---:|---:|---|');
  for (const paste of PASTES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Buffer[] = [];
    const byKind = new Map<string, number>();
    // Everything the search needs besides the HTML document: its script, then what the query fetches.
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'document' || res.url().endsWith('/favicon.svg')) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      bodies.push(body);
      const kind = new URL(res.url()).pathname
        .replace(/^\/pagefind\/(index|fragment)\/.*/, '/pagefind/$1/*')
        .replace(/\.[0-9a-f_]+\.pf_meta$/, '.pf_meta')
        .replace(/^\/search\/index\/(terms|pages)-\d+\.json$/, '/search/index/$1-*.json');
      byKind.set(kind, (byKind.get(kind) ?? 0) + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
    });
    await page.goto(`http://127.0.0.1:${PORT}/search/`);
    await page.waitForSelector('html[data-search-ready]');
    await page.fill('#q', paste);
    await page.waitForSelector('#results[data-ms]');
    const cold = Number(await page.getAttribute('#results', 'data-ms'));
    await page.waitForTimeout(300); // let late responses (fragments) land in the tally
    const brotli = bodies.reduce((s, b) => s + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
    const requests = bodies.length;
    // A second, different query on the same page: Pagefind is loaded, the index partly cached.
    await page.evaluate(() => document.querySelector('#results')!.removeAttribute('data-ms'));
    await page.fill('#q', `${paste} again`);
    await page.waitForSelector('#results[data-ms]');
    const warm = Number(await page.getAttribute('#results', 'data-ms'));
    const first = await page.getAttribute('[data-search-result]', 'href');
    if (process.env.SEARCH_BENCH_DETAIL) console.log([...byKind].map(([k, v]) => `    ${k}: ${(v / 1024).toFixed(1)} KB`).join('\n'));
    console.log(`| ${paste.slice(0, 40).replace(/\|/g, '/')}… | ${requests} | ${(brotli / 1024).toFixed(1)} KB | ${cold} ms | ${warm} ms | ${first} |`);
    await context.close();
  }
  console.log('\nBytes: every response but the HTML document (the search script, then the query\'s fetches), each compressed with brotli q11.');
} finally {
  await browser.close();
  try {
    process.kill(-server.pid!);
  } catch {
    /* gone */
  }
  if (cleanup) rmSync(dir, { recursive: true, force: true });
}
