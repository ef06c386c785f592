import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** axe (WCAG 2.0/2.1/2.2 A and AA) on every kind of page, in light and in dark colour scheme: 0 violations. */
const PAGES = [
  '/',
  '/claude-code/',
  '/continue/',
  '/claude-code/credit-balance-too-low/',
  '/claude-code/overloaded/',
  '/codex/stream-disconnected/',
  '/github-copilot/rate-limited/',
  '/status/',
  '/search/?q=Credit%20balance%20is%20too%20low',
  '/compare/',
  '/compare/claude-code-vs-codex/',
  '/topics/wait-or-act/',
  '/no-such-page/',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`axe ${scheme}: ${path}`, async ({ page }) => {
      // The search page lists every documented message (for find-in-page without JavaScript): axe needs time there.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.startsWith('/search/')) await page.locator('[data-search-result]').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
}
