/**
 * `npm run lighthouse` — Lighthouse (mobile preset: throttled 4G, mid-range phone) on the home page, a tool hub and
 * the founding page, against the built site served locally (run `npm run build` first). Prints the four category
 * scores and LCP / CLS / TBT. Uses Debian's Chromium when present (CHROMIUM_PATH overrides).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4399);
const PAGES = ['/', '/claude-code/', '/claude-code/credit-balance-too-low/'];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` (or `npx astro build`) first.');
  process.exit(1);
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!);
  } catch {
    /* already gone */
  }
};

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  await waitForServer();
  const notes: string[] = [];
  console.log('| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    console.log(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audit('largest-contentful-paint')} | ${audit('cumulative-layout-shift')} | ${audit('total-blocking-time')} |`,
    );
    // Name what cost points, so a score under 100 is actionable.
    for (const cat of Object.values(lhr.categories)) {
      for (const ref of cat.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) notes.push(`${path} ${cat.title}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
  }
  if (notes.length) console.log(`\nWhat cost points:\n  ${notes.join('\n  ')}`);
  console.log('\nMobile preset (simulated slow 4G, 4x CPU slowdown). SEO may lose points for the localhost canonical when SITE_URL is unset.');
} finally {
  await chrome.kill();
  stopServer();
}
