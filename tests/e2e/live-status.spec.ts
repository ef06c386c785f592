import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FOUNDING } from './utils.ts';

/**
 * The progressive re-check: with the vendor's feed answering (stubbed here by routing the request; the real host
 * is unreachable from the test machine), the whole box is re-rendered by the build's own code — rows, incidents,
 * state and verdict together — and so is the first-screen line; when the feed fails, redirects, is too large, has
 * lost a watched component's incidents list or is older than the build's reading, the build-time box stays.
 */
const FEED = 'https://status.claude.com/api/v2/summary.json';
const CORS = { 'Access-Control-Allow-Origin': '*' };

function summary(claudeCode: string, incidents: unknown[] = [], updatedAt = '2030-01-01T00:00:00Z') {
  return {
    page: { id: 'tymt9n04zgry', name: 'Claude', url: 'https://status.claude.com', updated_at: updatedAt },
    status: { indicator: 'none', description: 'All Systems Operational' },
    components: [
      { id: 'rwppv331jlwc', name: 'claude.ai', status: 'major_outage' },
      { id: 'yyzkbfz2thpt', name: 'Claude Code', status: claudeCode },
      { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)', status: 'operational' },
    ],
    incidents,
    scheduled_maintenances: [],
  };
}

const stub = (page: Page, body: unknown, extra: Record<string, unknown> = {}) =>
  page.route(FEED, (route) => route.fulfill({ status: 200, contentType: 'application/json', headers: CORS, body: JSON.stringify(body), ...extra }));

const box = (page: Page) => page.locator('section.status[data-tool="claude-code"]');
const line = (page: Page) => page.locator('[data-status-line][data-tool="claude-code"]');

test('a live reading re-renders the whole box and the first-screen line, worded for this error', async ({ page }) => {
  await stub(page, summary('partial_outage'));
  await page.goto(FOUNDING);
  await expect(box(page)).toHaveAttribute('data-status', 'partial_outage');
  await expect(box(page)).toContainText('Claude Code: Partial outage');
  // The rows changed with the state (not only the label).
  await expect(box(page).locator('.status-rows li', { hasText: 'Claude Code' })).toContainText('Partial outage');
  // A billing error during an outage: the outage is real but won't fix this.
  await expect(box(page)).toContainText("won't cause this error");
  await expect(box(page).locator('[data-live-note]')).toHaveText('Re-checked just now in your browser from status.claude.com.');
  await expect(line(page)).toHaveAttribute('data-status', 'partial_outage');
  await expect(line(page)).toContainText('just now');
});

test('an open incident on a watched component raises the state while the component still reads operational', async ({ page }) => {
  await stub(
    page,
    summary('operational', [
      {
        id: 'inc1',
        name: 'Elevated errors on Claude Code',
        status: 'investigating',
        impact: 'major',
        shortlink: 'https://stspg.io/abc',
        started_at: '2029-12-31T23:40:00Z',
        components: [{ id: 'yyzkbfz2thpt', name: 'Claude Code', status: 'operational' }],
        incident_updates: [{ body: 'We are investigating <b>elevated</b> errors.', display_at: '2029-12-31T23:41:00Z' }],
      },
    ]),
  );
  await page.goto('/claude-code/overloaded/');
  await expect(box(page)).toHaveAttribute('data-status', 'partial_outage');
  await expect(box(page)).toContainText('Active incidents');
  await expect(box(page)).toContainText('Elevated errors on Claude Code');
  await expect(box(page)).toContainText('We are investigating elevated errors.');
  await expect(box(page)).not.toContainText('reports no incident');
  await expect(line(page)).not.toContainText('on your side');
});

test('a page red only for claude.ai reads operational for Claude Code', async ({ page }) => {
  await stub(page, summary('operational'));
  await page.goto('/claude-code/overloaded/');
  await expect(box(page)).toHaveAttribute('data-status', 'operational');
  await expect(box(page).locator('[data-live-note]')).toContainText('Re-checked just now');
});

const keeps: [string, (page: Page) => Promise<unknown>][] = [
  ['a failing feed', (p) => p.route(FEED, (r) => r.fulfill({ status: 503, contentType: 'text/html', headers: CORS, body: '<h1>Service Unavailable</h1>' }))],
  ['a feed without an incidents list', (p) => stub(p, { ...summary('operational'), incidents: undefined })],
  ['a redirect elsewhere', (p) => p.route(FEED, (r) => r.fulfill({ status: 302, headers: { ...CORS, Location: 'https://example.org/fake.json' } }))],
  ['a body over the size cap', (p) => stub(p, { ...summary('operational'), padding: 'x'.repeat(2_100_000) })],
];
for (const [name, setup] of keeps) {
  test(`${name} leaves the build-time box as it was`, async ({ page }) => {
    const built = JSON.parse(readFileSync('dist/status.json', 'utf8')).tools['claude-code'].state as string;
    let asked = false;
    page.on('request', (r) => {
      if (r.url() === FEED) asked = true;
    });
    await setup(page);
    await page.goto(FOUNDING);
    await expect.poll(() => asked).toBe(true);
    await page.waitForTimeout(500);
    await expect(box(page)).toHaveAttribute('data-status', built);
    await expect(box(page).locator('[data-live-note]')).toHaveText('');
  });
}

test('the re-check never answers from the HTTP cache', async ({ page }) => {
  // The first answer says it may be cached for an hour; the second load must still ask the feed and see the outage.
  let calls = 0;
  await page.route(FEED, (route) => {
    calls++;
    const body = JSON.stringify(summary(calls === 1 ? 'operational' : 'major_outage'));
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { ...CORS, 'Cache-Control': 'public, max-age=3600' }, body });
  });
  await page.goto(FOUNDING);
  await expect(box(page)).toHaveAttribute('data-status', 'operational');
  await page.reload();
  await expect(box(page)).toHaveAttribute('data-status', 'major_outage');
  expect(calls).toBe(2);
});
