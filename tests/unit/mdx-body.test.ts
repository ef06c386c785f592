/**
 * Error pages' bodies are compiled by their page (src/lib/mdx-body.ts), not by @astrojs/mdx as modules. These tests
 * hold the two to the same output: every real body compiles to the same JSX code through @astrojs/mdx's own Sätteri
 * processor (configured as astro.config.mjs configures it) and through ours. An upgrade that changes either side fails
 * here, naming the page.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { mdxToJs } from 'satteri';
import { satteri } from '@astrojs/markdown-satteri';
import { checkBody, compileOptions } from '../../src/lib/mdx-body-check.ts';
import { splitFrontMatter } from '../../src/lib/content-check.ts';

const DIR = 'content/errors';
const pages = readdirSync(DIR).flatMap((tool) =>
  readdirSync(join(DIR, tool)).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).map((f) => join(DIR, tool, f)));
/** What Astro's content layer stores as an .mdx entry's body: the text after the front matter, trimmed. */
const bodyOf = (text: string) => splitFrontMatter(text)!.body.trim();
/** The compiled content function, without the module wrapping each side adds (frontmatter, headings exports). */
const contentCode = (code: string) => code.slice(code.indexOf('function _createMdxContent'), code.indexOf('function MDXContent'));

describe('error bodies compiled by their page', () => {
  it('use the Sätteri that @astrojs/mdx uses', () => {
    const fromMdx = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx')).resolve('satteri');
    expect(createRequire(import.meta.url).resolve('satteri')).toBe(fromMdx);
  });

  it(`compile to the same code as @astrojs/mdx compiles them to (${pages.length} pages)`, async () => {
    // astro.config.mjs sets markdown.syntaxHighlight to false and leaves gfm and smartypants at their defaults.
    const renderer = await satteri().createMdxRenderer!(
      { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
      { optimize: false, srcDir: new URL('../../src/', import.meta.url) } as never,
    );
    expect(pages.length).toBeGreaterThan(100);
    // What no page uses yet but a body may: headings (ids), GFM tables, task lists, strikethrough, autolinks; quotes.
    const sample = '## A "quoted" heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task ~~old~~ www.example.com -- it\'s\n';
    for (const [file, body] of [...pages.map((f) => [f, bodyOf(readFileSync(f, 'utf8'))]), ['sample', sample]]) {
      const astro = contentCode((await renderer.process(body!, join(process.cwd(), file!), {})).code);
      const ours = contentCode((await mdxToJs(body!, { ...compileOptions(), jsxImportSource: 'astro' })).code);
      expect(astro.length, file).toBeGreaterThan(100);
      expect(ours, file).toBe(astro);
    }
  });
});

describe('checkBody', () => {
  const BODY = '<Meaning>\nIt means this.\n</Meaning>\n\n<HowToFix>\n\n<Fix cause="a" title="Do it">\n\nRun `x`.\n\n</HowToFix>';

  it('accepts a body that compiles', () => {
    expect(() => checkBody('content/errors/t/ok.mdx', BODY.replace('\n\n</HowToFix>', '\n\n</Fix>\n\n</HowToFix>'), () => 20)).not.toThrow();
  });

  it('names the file, the line and column in the file, and the fix, for an unclosed tag', () => {
    // The body starts on line 20; its `</HowToFix>` is its 11th line, and the `<Fix>` left open its 7th.
    expect(() => checkBody('content/errors/t/bad.mdx', BODY, () => 20)).toThrow(
      /^content\/errors\/t\/bad\.mdx:30:1: Unexpected closing tag `<\/HowToFix>`, expected corresponding closing tag for `<Fix>` \(26:1\)[\s\S]*\n {2}fix the MDX there: close every component tag/,
    );
  });

  it('rejects an import line, but not one inside a code fence', () => {
    expect(() => checkBody('x.mdx', 'Intro.\n\nimport Foo from "./foo.astro"\n\n<Foo />', () => 5)).toThrow(
      /^x\.mdx:7:1: MDX reads a line starting with "import " as a module import/,
    );
    expect(() => checkBody('x.mdx', 'Run:\n\n```text\nimport os\n```', () => 5)).not.toThrow();
  });

  it('rejects an image at a relative path, but not one from public/ or another site', () => {
    expect(() => checkBody('x.mdx', 'Intro.\n\nSee ![the dialog](./dialog.png).', () => 5)).toThrow(
      /^x\.mdx:7:5: the image "\.\/dialog\.png" is a path relative to the page[\s\S]*put the file in public\//,
    );
    expect(() => checkBody('x.mdx', '![a](/images/a.png) ![b](https://example.com/b.png)', () => 5)).not.toThrow();
  });
});
