/**
 * The content data store module, cut into short string literals (src/integrations/data-store-literals.mjs): the same
 * value, whatever the characters and wherever the cuts fall; other shapes left alone; and Astro still writes the
 * shape the plugin rewrites (an upgrade that changes it would silently bring back the quadratic compile).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitDataStoreLiteral } from '../../src/integrations/data-store-literals.mjs';

/** The default export of an ES module given as code (the module's only statement is `export default …`). */
const evaluate = (code: string): unknown => new Function(`return (${code.replace(/^export default /, '')});`)();

describe('splitDataStoreLiteral', () => {
  it('keeps the value: non-ASCII text, escapes, and surrogate pairs cut in half at a literal boundary', () => {
    // 32,767 ASCII characters put the first emoji's two halves on either side of the first cut.
    const json = JSON.stringify([['Map', 1], { body: `${'x'.repeat(32_767)}😀 “quoted” — \\ "a" \n ’` }, 'é'.repeat(70_000)]);
    const code = `export default JSON.parse(${JSON.stringify(json)})`;
    const split = splitDataStoreLiteral(code)!;
    expect(split).not.toBeNull();
    expect((split.match(/\n/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(evaluate(split)).toEqual(evaluate(code));
    expect(JSON.stringify(evaluate(split))).toBe(json);
  });

  it('leaves any other shape alone', () => {
    expect(splitDataStoreLiteral('export default new Map()')).toBeNull();
    expect(splitDataStoreLiteral('export default{"errors":[(await import("x"))]}')).toBeNull();
    expect(splitDataStoreLiteral('export default JSON.parse(someVariable)')).toBeNull();
    expect(splitDataStoreLiteral('export default JSON.parse(42)')).toBeNull();
  });

  it('matches the module Astro writes for a single-file data store', () => {
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const plugin = readFileSync(join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    const consts = readFileSync(join(astroDir, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });
});
