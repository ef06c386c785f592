// Site-wide settings read by astro.config.mjs and by pages. Plain JS so the config can import it.

/** The default origin when SITE_URL is unset: the local preview server, so a local build is self-consistent. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The public origin of the site, from SITE_URL (e.g. https://errors.example.org). Trailing slashes are dropped. */
export function siteUrl(env = process.env) {
  const raw = (env.SITE_URL ?? '').trim() || DEFAULT_SITE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://errors.example.org; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http: or https:; got "${raw}".`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Where readers report a wrong or outdated fix (REPO_URL overrides it). */
export function repoUrl(env = process.env) {
  return (env.REPO_URL ?? '').trim() || 'https://github.com/agent-errors/agent-errors';
}

export const SITE_NAME = 'agent-errors';
export const SITE_TAGLINE = 'AI coding tool errors, explained — and whether the vendor is down.';
