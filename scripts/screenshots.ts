/**
 * `npm run screenshots`: the built site (dist/) in Chromium at a phone and a desktop size, light and dark, for the
 * page kinds a reviewer should look at, written to screenshots/ (git-ignored). It also prints where the first-screen
 * pieces of the founding page sit (status line, quick answer, first fix step), the numbers the first-viewport
 * contract is about. Run a build first.
 *
 *   node scripts/screenshots.ts [--out <dir>] [--full]
 */
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { serveDir } from '../tests/helpers/static-server.ts';
import { launchOptions } from '../tests/helpers/browser.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' }, full: { type: 'boolean', default: false } } });
if (!existsSync('dist/index.html')) {
  console.error('screenshots: no dist/ — run `npx astro build` first.');
  process.exit(2);
}

const PAGES: [string, string][] = [
  ['home', '/'],
  ['hub', '/claude-code/'],
  ['founding', '/claude-code/credit-balance-too-low/'],
  ['long', '/codex/login-port-in-use/'],
  ['search', '/search/?q=API%20Error%3A%20529%20Overloaded'],
  ['status', '/status/'],
  ['compare', '/compare/claude-code-vs-codex/'],
];
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

const site = await serveDir('dist');
const browser = await chromium.launch(launchOptions());
mkdirSync(values.out!, { recursive: true });
try {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await ctx.newPage();
      for (const [name, path] of PAGES) {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        await page.screenshot({ path: join(values.out!, `${name}-${size.name}-${scheme}.png`), fullPage: values.full });
        if (name === 'founding' && scheme === 'light') {
          const at = (sel: string, edge: 'top' | 'bottom') =>
            page.evaluate(([s, e]) => {
              const el = document.querySelector(s!);
              return el ? String(Math.round(el.getBoundingClientRect()[e as 'top' | 'bottom'] + scrollY)) : '—';
            }, [sel, edge]);
          const top = (sel: string) => at(sel, 'top');
          const bottom = (sel: string) => at(sel, 'bottom');
          console.log(
            `${size.name} ${size.width}×${size.height}: h1 ${await top('h1')}–${await bottom('h1')} px, status line ${await top('[data-status-line]')}–${await bottom('[data-status-line]')}, ` +
              `quick answer ${await top('[data-quick-fix]')}–${await bottom('[data-quick-fix]')}, status box ${await top('section#status')}, first fix step ${await top('.fix')}`,
          );
        }
      }
      await ctx.close();
    }
  }
  console.log(`screenshots: ${PAGES.length * SIZES.length * 2} files in ${values.out}/`);
} finally {
  await browser.close();
  await site.close();
}
