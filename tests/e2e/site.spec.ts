import { test, expect } from '@playwright/test';
import { FOUNDING, sitemapPaths } from './utils.ts';
import { toolIds } from '../helpers/tools.ts';

const TOOLS = toolIds();

test('every page in the sitemap answers 200 and has exactly one h1', async ({ page }) => {
  // One page after another: a few hundred pages take longer than the default 30 s on a loaded 2-core machine.
  test.setTimeout(300_000);
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    expect(await page.locator('h1').count(), path).toBe(1);
  }
});

test('every tool has a hub with a status box, and the home page lists them all', async ({ page }) => {
  await page.goto('/');
  for (const tool of TOOLS) {
    await expect(page.locator(`#tools ~ ul a[href="/${tool}/"]`)).toHaveCount(1);
  }
  for (const tool of TOOLS) {
    await page.goto(`/${tool}/`);
    await expect(page.locator(`section.status[data-tool="${tool}"]`)).toHaveCount(1);
  }
});

test('every tool hub indexes every error page of its tool', async ({ page, request }) => {
  const body = (await (await request.get('/errors.json')).json()) as { errors: { tool: string; id: string }[] };
  for (const tool of TOOLS) {
    await page.goto(`/${tool}/`);
    const linked = new Set(await page.locator('#find ~ section a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    for (const e of body.errors.filter((x) => x.tool === tool)) expect(linked, `${tool} hub → ${e.id}`).toContain(`/${tool}/${e.id}/`);
  }
});

test('the error page works with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(FOUNDING);
  expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(9);
  await expect(page.locator('main')).toContainText('unset ANTHROPIC_API_KEY');
  await expect(page.locator('section.status')).toBeVisible();
  await context.close();
});

test('errors.json lists every error page with the documented fields', async ({ request }) => {
  const body = await (await request.get('/errors.json')).json();
  expect(Array.isArray(body.errors)).toBe(true);
  const founding = body.errors.find((e: { tool: string; id: string }) => e.tool === 'claude-code' && e.id === 'credit-balance-too-low');
  expect(founding).toMatchObject({ category: 'billing', waiting: 'no', title: 'Credit balance is too low' });
  expect(founding.messages).toContain('Credit balance is too low');
  expect(founding.sources.length).toBeGreaterThanOrEqual(2);
  expect(founding.url).toMatch(/\/claude-code\/credit-balance-too-low\/$/);
  const pages = sitemapPaths().filter((p) => p.split('/').filter(Boolean).length === 2 && TOOLS.includes(p.split('/')[1]!));
  expect(body.errors.length).toBe(pages.length);
});

test('status page, status.json, robots.txt and the 404 page exist', async ({ page, request }) => {
  await page.goto('/status/');
  expect(await page.locator('section.status[data-status]').count()).toBe(TOOLS.length);
  const status = await (await request.get('/status.json')).json();
  expect(Object.keys(status.tools).sort()).toEqual([...TOOLS].sort());
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  const missing = await page.goto('/no/such/page/');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
