/**
 * Which Chromium to drive: Debian's /usr/bin/chromium when present (Playwright's own download is not possible on
 * every machine), overridable with CHROMIUM_PATH; otherwise Playwright's own. Shared by playwright.config.ts and the
 * scripts that open a browser (screenshots, benchmarks).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * The environment minus libfaketime. The suite is checked with the clock moved ahead (`faketime -f +400d npm test`,
 * README): the builds, the test runner and the server are what must not depend on the date. Chromium under the
 * preload runs some 50 times slower (90 s for one axe check) and its crash handler fails to start, so the browser
 * keeps the machine's clock; what the pages show about time comes from the pinned build.
 */
function withoutFaketime(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !k.startsWith('FAKETIME') && k !== 'LD_PRELOAD') out[k] = v;
  const preload = (env.LD_PRELOAD ?? '').split(/[: ]/).filter((lib) => lib && !lib.includes('faketime'));
  if (preload.length) out.LD_PRELOAD = preload.join(':');
  return out;
}

export function launchOptions(): LaunchOptions {
  const env = process.env.LD_PRELOAD?.includes('faketime') ? { env: withoutFaketime(process.env) } : {};
  return systemChromium
    ? {
        executablePath: systemChromium,
        // No sandbox as root in containers; the rest stop Chromium's own background traffic on a closed network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
        ...env,
      }
    : env;
}
