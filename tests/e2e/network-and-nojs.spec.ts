import { test, expect } from '@playwright/test';

const PAGES = ['/', '/claude-code/', '/claude-code/credit-balance-too-low/', '/codex/stream-disconnected/', '/status/', '/search/', '/compare/claude-code-vs-cursor/', '/topics/stray-api-key/'];
/** The only hosts a page may contact besides its own: the vendors' status feeds, for the optional live re-check. */
const STATUS_HOSTS = ['status.claude.com', 'anthropic.statuspage.io', 'status.openai.com', 'www.githubstatus.com', 'status.cursor.com', 'status.windsurf.com', 'status.cline.bot'];

for (const path of PAGES) {
  test(`no request leaves the site at load, except to vendor status hosts: ${path}`, async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin !== new URL(baseURL!).origin && !STATUS_HOSTS.includes(u.host) && u.protocol !== 'data:') outside.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(outside).toEqual([]);
  });

  test(`works with JavaScript off — same headings and main text: ${path}`, async ({ browser }) => {
    const read = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'networkidle' });
      const headings = await page.locator('main h1, main h2, main h3').allInnerTexts();
      // Text written by the live re-check or by search results exists only with JavaScript, and <noscript> only without;
      // times read "12 min ago" with JavaScript and as a date without; copy buttons and OS tab buttons are
      // enhancements (the OS panels themselves stay in the text either way): leave them out.
      const text = await page.locator('main').evaluate((main) => {
        const clone = main.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('[data-live-note], #results, #results-summary, noscript, time[data-age], button.copy, .os-tabs').forEach((n) => n.remove());
        return clone.innerText.replace(/\s+/g, ' ').trim();
      });
      await context.close();
      return { headings, text };
    };
    const off = await read(false);
    const on = await read(true);
    expect(off.headings.length).toBeGreaterThan(0);
    expect(off.headings).toEqual(on.headings);
    expect(off.text).toEqual(on.text);
  });
}
