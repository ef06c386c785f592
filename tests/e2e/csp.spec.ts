import { test, expect, type Page } from '@playwright/test';
import { serveDir, type StaticServer } from '../helpers/static-server.ts';

/**
 * The Content-Security-Policy holds where it applies: every kind of page, served with the meta tag alone (as on
 * GitHub Pages) and with public/_headers applied as Netlify and Cloudflare Pages apply it, while the message
 * search, a full-text-only search (Pagefind's WebAssembly) and the live status re-check run. Any
 * securitypolicyviolation event fails the test.
 */
const PAGES = ['/', '/claude-code/', '/claude-code/credit-balance-too-low/', '/status/', '/compare/claude-code-vs-codex/', '/topics/wait-or-act/', '/search/', '/no-such-page/'];
const FEED = 'https://status.claude.com/api/v2/summary.json';

let withHeaders: StaticServer;
test.beforeAll(async () => {
  withHeaders = await serveDir('dist', { headers: true });
});
test.afterAll(async () => withHeaders.close());

async function watch(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // The vendor is unreachable here: answer the re-check from a stub (CSP is checked before the request is made).
  await page.route(FEED, (r) =>
    r.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ page: { updated_at: '2030-01-01T00:00:00Z' }, status: { indicator: 'none' }, components: [], incidents: [] }),
    }),
  );
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

for (const mode of ['meta tag only', '_headers applied'] as const) {
  test.describe(mode, () => {
    const base = () => (mode === '_headers applied' ? withHeaders.url : '');

    test('the header carries the same policy plus frame-ancestors', async ({ request }) => {
      test.skip(mode !== '_headers applied');
      const res = await request.get(`${base()}/`);
      expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    });

    for (const path of PAGES) {
      test(`no violation: ${path}`, async ({ page }) => {
        const violations = await watch(page);
        await page.goto(`${base()}${path}`, { waitUntil: 'networkidle' });
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
        expect(await violations()).toEqual([]);
      });
    }

    test('no violation while searching by message, by full text (Pagefind) and re-checking status', async ({ page }) => {
      const violations = await watch(page);
      await page.goto(`${base()}/search/?q=${encodeURIComponent('Credit balance is too low')}`);
      await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', '/claude-code/credit-balance-too-low/');
      await page.fill('#q', 'WSLENV');
      await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', '/claude-code/credit-balance-too-low/');
      await expect(page.locator('#results-summary')).not.toContainText('could not load');
      await page.goto(`${base()}/claude-code/credit-balance-too-low/`, { waitUntil: 'networkidle' });
      await expect(page.locator('[data-live-note]')).toContainText('Re-checked just now');
      expect(await violations()).toEqual([]);
    });
  });
}
