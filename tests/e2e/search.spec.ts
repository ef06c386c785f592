import { test, expect } from '@playwright/test';
import { PASTES } from '../fixtures/pastes.ts';
import { UNKNOWN_PASTES } from '../fixtures/pastes-unknown.ts';

/**
 * The paste table through the real search page: a cold load of /search/?q=<paste> (message index, Pagefind when
 * needed, and our matcher, in the browser). ≥ 95% of pastes must put their page first, as a close message match.
 */
test('paste table: ≥ 95% of realistic pastes find their page first via /search/?q=, as a message match', async ({ page }) => {
  test.setTimeout(600_000);
  const misses: string[] = [];
  for (const p of PASTES) {
    await page.goto(`/search/?q=${encodeURIComponent(p.paste)}`);
    const first = page.locator('[data-search-result]').first();
    try {
      await first.waitFor({ timeout: 5_000 });
    } catch {
      misses.push(`${p.note}: no result`);
      continue;
    }
    const href = await first.getAttribute('href');
    if (href !== `/${p.expect}/`) misses.push(`${p.note}: expected /${p.expect}/, got ${href}`);
    else if ((await first.getAttribute('data-match')) !== 'message') misses.push(`${p.note}: first, but not as a message match`);
  }
  console.log(`paste table (search page): ${PASTES.length - misses.length}/${PASTES.length} first${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
  expect((PASTES.length - misses.length) / PASTES.length).toBeGreaterThanOrEqual(0.95);
});

test('errors we have no page for: the search says so, claims no message match, and offers a scrubbed issue', async ({ page }) => {
  test.setTimeout(120_000);
  for (const u of UNKNOWN_PASTES) {
    await page.goto(`/search/?q=${encodeURIComponent(u.paste)}`);
    await expect(page.locator('#results-summary'), u.note).toContainText('We have no page for this exact error yet');
    await expect(page.locator('[data-search-result][data-match="message"]'), u.note).toHaveCount(0);
    await expect(page.locator('#ask'), u.note).toBeVisible();
  }
  // The issue link carries the paste without its secrets.
  await page.goto(`/search/?q=${encodeURIComponent('Segmentation fault (core dumped) in /home/alice/app with key sk-ant-api03-AAAAAAAAAAAAAAAAAAAAAAAA')}`);
  await expect(page.locator('#ask')).toBeVisible();
  const href = await page.locator('#ask a').getAttribute('href');
  const body = new URL(href!).searchParams.get('body')!;
  expect(body).toContain('Segmentation fault (core dumped)');
  expect(body).not.toContain('alice');
  expect(body).not.toContain('sk-ant-api03');
});

test('a paste full of Object.prototype words searches without crashing', async ({ page }) => {
  for (const q of ['TypeError: Anthropic is not a constructor', '__proto__', 'toString hasOwnProperty', 'constructor']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#results-summary'), q).not.toContainText('Searching');
    await expect(page.locator('#results-summary'), q).not.toContainText('could not load');
  }
});

test('nothing found at all: the results list says so in its data-search-empty attribute', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('qwxzv plorkt zzyzx')}`);
  await expect(page.locator('#results[data-search-empty]')).toHaveCount(1);
  await expect(page.locator('#results-summary')).toContainText('no page mentions these words');
});

test('the home page paste box lands on /search/ with the query, and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.fill('#q', 'Credit balance is too low');
  await page.click('form[role="search"] button[type="submit"]');
  await expect(page).toHaveURL(/\/search\/\?q=Credit\+balance\+is\+too\+low/);
  // No script: the page lists every message, so find-in-page gets the reader there.
  await expect(page.locator('a[href="/claude-code/credit-balance-too-low/"]').first()).toBeVisible();
  await context.close();
});

test('search results highlight the matched message and name the tool', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('zsh: command not found: claude')}`);
  const first = page.locator('#results li').first();
  await expect(first.locator('[data-search-result]')).toHaveAttribute('href', '/claude-code/command-not-found/');
  await expect(first).toContainText('Claude Code');
  await expect(first.locator('mark').first()).toBeVisible();
});

test('typing a paste searches without submitting', async ({ page }) => {
  await page.goto('/search/');
  await page.fill('#q', 'Sorry, your request was rate-limited. Please wait 12 seconds before trying again.');
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', '/github-copilot/rate-limited/');
});

test('a message match is answered from the message index alone; Pagefind loads only for full-text queries', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto(`/search/?q=${encodeURIComponent('Unable to connect to local Ollama instance. Ollama may not be running.')}`);
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', '/continue/ollama-unable-to-connect/');
  expect(pagefind).toEqual([]);
  // Words that appear in a page's prose but in no message: the full-text index answers.
  await page.fill('#q', 'WSLENV');
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', '/claude-code/credit-balance-too-low/');
  expect(pagefind.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});
