import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The first-screen contract of every error page: on a phone (390×844) and a laptop (1280×800), without scrolling,
 * the reader sees the message (the h1), the vendor's state for this error ([data-status]) and the most likely fix
 * ([data-quick-fix]) — each fully inside the viewport. Layout does not depend on the colour scheme, so every page
 * is checked in light and a sample of every tool in dark. And no page scrolls sideways on a 320 px screen.
 */
const pages = (JSON.parse(readFileSync('dist/errors.json', 'utf8')) as { errors: { tool: string; id: string; retired: boolean }[] }).errors
  .filter((e) => !e.retired)
  .map((e) => `/${e.tool}/${e.id}/`);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
];
/** A few pages of every tool (the first three and the longest-titled), for the dark scheme and the 320 px check. */
const byTool = new Map<string, string[]>();
for (const p of pages) byTool.set(p.split('/')[1]!, [...(byTool.get(p.split('/')[1]!) ?? []), p]);
const sample = [...byTool.values()].flatMap((list) => list.slice(0, 3));

async function contract(page: Page, height: number): Promise<string[]> {
  return page.evaluate((h) => {
    const problems: string[] = [];
    for (const [what, sel] of [['the message (h1)', 'main h1'], ['the status line', '[data-status-line][data-status]'], ['the quick fix', '[data-quick-fix]']] as const) {
      const el = document.querySelector(sel);
      if (!el) {
        problems.push(`${what} is missing`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.height === 0 || r.top < 0 || r.bottom > h) problems.push(`${what} spans ${Math.round(r.top)}–${Math.round(r.bottom)} px (viewport ${h})`);
    }
    return problems;
  }, height);
}

for (const size of SIZES) {
  test(`first screen at ${size.width}×${size.height}: message, status and quick fix visible on every error page`, async ({ browser }) => {
    test.setTimeout(600_000);
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    const bad: string[] = [];
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      for (const p of await contract(page, size.height)) bad.push(`${path}: ${p}`);
    }
    await context.close();
    console.log(`first screen ${size.name}: ${pages.length - new Set(bad.map((b) => b.split(':')[0])).size}/${pages.length} pages meet the contract`);
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });
}

test('first screen in the dark scheme, a sample of every tool, both sizes', async ({ browser }) => {
  test.setTimeout(300_000);
  const bad: string[] = [];
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: 'dark' });
    const page = await context.newPage();
    for (const path of sample) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      for (const p of await contract(page, size.height)) bad.push(`${size.name} ${path}: ${p}`);
    }
    await context.close();
  }
  expect(bad, bad.join('\n')).toEqual([]);
});

test('no page scrolls sideways on a 320 px screen', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const bad: string[] = [];
  for (const path of ['/', '/status/', '/search/?q=Credit%20balance%20is%20too%20low', '/compare/claude-code-vs-codex/', '/topics/wait-or-act/', ...[...byTool.keys()].map((t) => `/${t}/`), ...sample]) {
    await page.goto(path, { waitUntil: 'load' });
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (width > 320) bad.push(`${path}: ${width} px wide`);
  }
  await context.close();
  expect(bad, bad.join('\n')).toEqual([]);
});

test('copy buttons copy, announce it, and work from the keyboard', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The system clipboard needs a focused window, which parallel headless pages don't all have: record what is written.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void ((window as unknown as { __copied: string }).__copied = t) } });
  });
  await page.goto('/claude-code/credit-balance-too-low/');
  // The first block the reader can see (the OS tabs hide the other systems' blocks).
  const pre = page.locator('.fix pre:visible').first();
  const button = pre.locator('button.copy');
  await expect(button).toHaveText('Copy');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  await expect(page.locator('[aria-live="polite"].sr-only')).toHaveText('Copied');
  const copied = await page.evaluate(() => (window as unknown as { __copied: string }).__copied);
  expect(copied).toBe(await pre.locator('code').textContent());
  await context.close();
});

test('without JavaScript a command block is plain text, with no button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/claude-code/credit-balance-too-low/');
  await expect(page.locator('button.copy')).toHaveCount(0);
  await expect(page.locator('.fix pre code').first()).toBeVisible();
  await context.close();
});

test('OS tabs open on the reader’s system, remember a choice across pages, and show every system without JavaScript', async ({ browser }) => {
  const windows = await browser.newContext({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36' });
  const page = await windows.newPage();
  await page.goto('/claude-code/credit-balance-too-low/');
  const group = page.locator('.by-os[data-tabs]').first();
  await expect(group.locator('[role="tab"][aria-selected="true"]')).toHaveText(/Windows/);
  await expect(group.locator('.os[data-os~="windows"]')).toBeVisible();
  await expect(group.locator('.os[data-os~="macos"]')).toBeHidden();
  // Choose WSL: every group on this page follows, and so does the next page.
  await group.locator('[role="tab"]', { hasText: 'WSL' }).click();
  await expect(group.locator('.os[data-os~="wsl"]')).toBeVisible();
  await page.goto('/claude-code/invalid-api-key/');
  const next = page.locator('.by-os[data-tabs]').first();
  if (await next.locator('.os[data-os~="wsl"]').count()) await expect(next.locator('.os[data-os~="wsl"]')).toBeVisible();
  await windows.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/claude-code/credit-balance-too-low/');
  for (const os of ['macos', 'windows', 'wsl']) await expect(plain.locator(`.by-os .os[data-os~="${os}"]`).first()).toBeVisible();
  await expect(plain.locator('[role="tablist"]')).toHaveCount(0);
  await noJs.close();
});

test('no layout shift while the page loads and its scripts run (phone size)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/claude-code/credit-balance-too-low/', '/codex/login-port-in-use/', '/', '/claude-code/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), path).toBe(0);
  }
  await context.close();
});
