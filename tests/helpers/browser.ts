/**
 * Which Chromium to drive: Debian's /usr/bin/chromium when present (Playwright's own download is not possible on
 * every machine), overridable with CHROMIUM_PATH; otherwise Playwright's own. Shared by playwright.config.ts and the
 * scripts that open a browser (screenshots, benchmarks).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export function launchOptions(): LaunchOptions {
  return systemChromium
    ? {
        executablePath: systemChromium,
        // No sandbox as root in containers; the rest stop Chromium's own background traffic on a closed network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      }
    : {};
}
