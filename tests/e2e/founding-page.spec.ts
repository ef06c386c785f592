import { test, expect } from '@playwright/test';
import { FOUNDING } from './utils.ts';

/** The founding page keeps the seed's sections, in its order, with its headings, then goes beyond them. */
const SECTIONS = [
  'Is there an outage right now?',
  'What this error means',
  'Common causes',
  'How to fix',
  'When waiting helps (and when it won’t)',
  'Alternatives when Claude Code is down',
  'Related errors',
  'FAQ',
  'Compare Claude Code with others',
  'Sources',
];

test('founding page: every section, in order', async ({ page }) => {
  await page.goto(FOUNDING);
  await expect(page.locator('h1')).toHaveText('Claude Code "Credit balance is too low": causes and fixes');
  const h2s = (await page.locator('main h2').allTextContents()).map((t) => t.replace(/'/g, '’').trim());
  expect(h2s).toEqual(SECTIONS);
});

test('founding page: the exact message comes first; the other wordings are labelled, one click away', async ({ page }) => {
  await page.goto(FOUNDING);
  const messages = page.locator('[data-message]');
  await expect(messages.first()).toContainText('Credit balance is too low');
  await expect(messages.first()).toBeVisible();
  expect(await messages.count()).toBeGreaterThanOrEqual(3);
  const summary = page.locator('details.wordings > summary');
  await expect(summary).toHaveText(`Other wordings (${(await messages.count()) - 1})`);
  await summary.click();
  await expect(page.locator('[data-message] .chip', { hasText: 'raw API' })).toBeVisible();
});

test('founding page: status box with a known state, a time or an honest "no reading"', async ({ page }) => {
  await page.goto(FOUNDING);
  const box = page.locator('section.status[data-tool="claude-code"]');
  await expect(box).toHaveCount(1);
  const state = await box.getAttribute('data-status');
  expect(['operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance', 'unknown']).toContain(state);
  const snapshot = await (await page.request.get('/status.json')).json();
  expect(state).toBe(snapshot.tools['claude-code'].state);
  if (snapshot.tools['claude-code'].checkedAt) {
    await expect(box.locator('time')).toHaveAttribute('datetime', snapshot.tools['claude-code'].checkedAt);
  } else {
    await expect(box).toContainText('We have no reading');
  }
  if (state !== 'operational') await expect(box).not.toContainText(/reports no incident/);
  // The first-screen line says the same state and links down to this box.
  await expect(page.locator('[data-status-line]')).toHaveAttribute('data-status', state!);
  await expect(page.locator('[data-status-line] a[href="#status"]')).toHaveCount(1);
  await expect(box.locator('a[href="https://status.claude.com"]')).toHaveCount(1);
});

test('founding page: ≥ 6 distinct causes, each linked to a fix step that exists', async ({ page }) => {
  await page.goto(FOUNDING);
  const causes = page.locator('#causes ~ ol > li');
  expect(await causes.count()).toBeGreaterThanOrEqual(6);
  const texts = await causes.allTextContents();
  expect(new Set(texts).size).toBe(texts.length);
  for (const href of await page.locator('#causes ~ ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
});

test('founding page: guided diagnosis links every answer to a cause on the page, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(FOUNDING);
  const box = page.locator('[data-diagnose]');
  await expect(box.locator('details')).toHaveCount(2);
  const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(new Set(hrefs).size).toBe(6);
  for (const href of hrefs) await expect(page.locator(href)).toHaveCount(1);
  await box.locator('summary').nth(1).click();
  await expect(box.locator('details').nth(1).locator('a').first()).toBeVisible();
  await context.close();
});

test('founding page: per-OS steps for macOS/Linux, Windows PowerShell and WSL', async ({ page }) => {
  await page.goto(FOUNDING);
  for (const os of ['macos', 'linux', 'windows', 'wsl']) {
    expect(await page.locator(`.os[data-os~="${os}"]`).count(), os).toBeGreaterThan(0);
  }
  await expect(page.locator('.os[data-os~="windows"] code').first()).toContainText('ANTHROPIC_API_KEY');
});

test('founding page: ≥ 2 first-party sources and a last-verified date', async ({ page }) => {
  await page.goto(FOUNDING);
  const hrefs = await page.locator('#sources ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const firstParty = hrefs.filter((h) => /^https:\/\/(code\.claude\.com|platform\.claude\.com|github\.com\/anthropics\/)/.test(h));
  expect(firstParty.length).toBeGreaterThanOrEqual(2);
  await expect(page.locator('#sources ~ p time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('founding page: one JSON-LD block that parses, with breadcrumbs and a TechArticle', async ({ page }) => {
  await page.goto(FOUNDING);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const types = JSON.parse(blocks[0]!)['@graph'].map((n: { '@type': string }) => n['@type']);
  expect(types).toEqual(expect.arrayContaining(['BreadcrumbList', 'TechArticle', 'FAQPage']));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/claude-code\/credit-balance-too-low\/$/);
});

test('the Claude Code hub links to the founding page', async ({ page }) => {
  await page.goto('/claude-code/');
  await expect(page.locator(`main a[href="${FOUNDING}"]`).first()).toBeVisible();
  await expect(page.locator('section.status[data-status]')).toHaveCount(1);
});
