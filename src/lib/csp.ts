/**
 * The Content-Security-Policy, in one place. Every page carries it as a <meta http-equiv> (so it holds on any host,
 * GitHub Pages included, which ignores `_headers`); hosts that apply `public/_headers` send the same policy plus
 * `frame-ancestors`, which only works as a header. A unit test keeps `_headers` equal to `headerPolicy`.
 *
 * - script-src 'self': same-origin module files only; Astro's script inlining is off (astro.config.mjs). JSON-LD
 *   blocks are data, which CSP does not run. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (the
 *   full-text fallback of the search page) and nothing else: it does not allow eval() of JavaScript.
 * - style-src 'unsafe-inline': the stylesheet is inlined into each page so it paints from the first response.
 * - connect-src: our own origin, plus the status feeds the browser re-checks (tools with browserRecheck).
 */
import type { ToolMeta } from '../status/render.ts';
import { liveUrlOf } from '../status/render.ts';

/** Origins the live status re-check may fetch from, sorted (their order must not change the policy). */
export function statusOrigins(tools: readonly ToolMeta[]): string[] {
  return [...new Set(tools.map(liveUrlOf).filter((u): u is string => !!u).map((u) => new URL(u).origin))].sort();
}

export function metaPolicy(tools: readonly ToolMeta[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...statusOrigins(tools)].join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The header form: the meta policy plus what only a header can say. */
export function headerPolicy(tools: readonly ToolMeta[]): string {
  return `${metaPolicy(tools)}; frame-ancestors 'none'`;
}
