import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/helpers/browser.ts';

/**
 * End-to-end tests run against the BUILT site (`npm run test:e2e` builds first), served by `astro preview`.
 * Browser: see tests/helpers/browser.ts.
 */
const PORT = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
