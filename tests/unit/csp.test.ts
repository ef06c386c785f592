/**
 * The Content-Security-Policy: the meta form every page carries, and public/_headers kept equal to the header form
 * (same policy plus frame-ancestors), with connect-src derived from the tools whose feed the browser re-checks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { headerPolicy, metaPolicy, statusOrigins } from '../../src/lib/csp.ts';
import { withCsp, buildHead } from '../../src/lib/head.ts';
import { toolSchema } from '../../src/schemas/tool.ts';
import { toolMeta } from '../../src/lib/tool-meta.ts';

const tools = readdirSync('content/tools')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => toolMeta({ id: f.replace(/\.yaml$/, ''), data: toolSchema.parse(load(readFileSync(`content/tools/${f}`, 'utf8'))) }));

describe('CSP', () => {
  it('allows scripts from our origin and Pagefind WebAssembly only, and no inline script', () => {
    const p = metaPolicy(tools);
    expect(p).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(p).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(p).not.toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(p).not.toContain('frame-ancestors'); // ignored in a meta tag; header only
  });

  it('lets the browser reach exactly the status feeds it re-checks', () => {
    const origins = statusOrigins(tools);
    expect(origins).toContain('https://status.claude.com');
    expect(metaPolicy(tools)).toContain(`connect-src 'self' ${origins.join(' ')}`);
  });

  it('public/_headers sends the same policy plus frame-ancestors', () => {
    const line = readFileSync('public/_headers', 'utf8').split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(line?.trim(), 'update public/_headers to this exact line').toBe(`Content-Security-Policy: ${headerPolicy(tools)}`);
  });

  it('is placed right after the charset, once', () => {
    const head = withCsp(withCsp(buildHead({ site: 'https://x.example', path: '/', title: 'T', description: 'D' }), 'a'), "default-src 'self'");
    expect(head[0]!.attrs).toEqual({ charset: 'utf-8' });
    expect(head[1]!.attrs).toEqual({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'self'" });
    expect(head.filter((t) => t.attrs['http-equiv'])).toHaveLength(1);
  });
});
