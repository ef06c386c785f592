import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FOUNDING } from './utils.ts';

/**
 * The progressive re-check: with the vendor's feed answering (stubbed here by routing the request; the real host
 * is unreachable from the test machine), the box updates and says so; when the feed fails or has lost a watched
 * component, the build-time box stays exactly as it was.
 */
const components = (claudeCode: string) => ({
  components: [
    { id: 'rwppv331jlwc', name: 'claude.ai', status: 'major_outage' },
    { id: 'yyzkbfz2thpt', name: 'Claude Code', status: claudeCode },
    { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)', status: 'operational' },
  ],
});

test('a live reading updates the box: scoped to the watched components, worded for this error', async ({ page }) => {
  await page.route('https://status.claude.com/api/v2/components.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(components('partial_outage')) }),
  );
  await page.goto(FOUNDING);
  const box = page.locator('section.status[data-tool="claude-code"]');
  await expect(box).toHaveAttribute('data-status', 'partial_outage');
  await expect(box.locator('[data-live-label]')).toHaveText('Partial outage');
  // A billing error during an outage: the outage is real but won't fix this.
  await expect(box.locator('[data-live-verdict]')).toContainText("won't cause this error");
  await expect(box.locator('[data-live-note]')).toHaveText('Re-checked just now in your browser from status.claude.com.');
});

test('a page red only for claude.ai reads operational for Claude Code', async ({ page }) => {
  await page.route('https://status.claude.com/api/v2/components.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(components('operational')) }),
  );
  await page.goto('/claude-code/overloaded/');
  const box = page.locator('section.status[data-tool="claude-code"]');
  await expect(box).toHaveAttribute('data-status', 'operational');
  await expect(box.locator('[data-live-note]')).toContainText('Re-checked just now');
});

for (const [name, reply] of [
  ['a failing feed', { status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }],
  ['a feed without the watched components', { status: 200, contentType: 'application/json', body: JSON.stringify({ components: [{ id: 'x', name: 'Other', status: 'operational' }] }) }],
] as const) {
  test(`${name} leaves the build-time box as it was`, async ({ page }) => {
    const built = JSON.parse(readFileSync('dist/status.json', 'utf8')).tools['claude-code'].state as string;
    let asked = false;
    await page.route('https://status.claude.com/api/v2/components.json', (route) => {
      asked = true;
      return route.fulfill({ ...reply, headers: { 'Access-Control-Allow-Origin': '*' } });
    });
    await page.goto(FOUNDING);
    await expect.poll(() => asked).toBe(true);
    await page.waitForTimeout(300);
    const box = page.locator('section.status[data-tool="claude-code"]');
    await expect(box).toHaveAttribute('data-status', built);
    await expect(box.locator('[data-live-note]')).toHaveText('');
  });
}
