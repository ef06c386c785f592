/**
 * The MDX compiler gets each page with its front matter blanked (the content layer reads the front matter; nothing
 * reads the copy compiled into the module): line numbers kept, body untouched, and the wrapped plugin is the one
 * @astrojs/mdx really registers, so an upgrade that renames it shows up here rather than as a silently slower build.
 */
import { describe, expect, it, vi } from 'vitest';
import mdx from '@astrojs/mdx';
import { blankFrontmatter, mdxFrontmatterOnce } from '../../src/integrations/mdx-frontmatter-once.mjs';

const page = ['---', 'tool: aider', 'title: "Example"', 'causes:', '  - id: x', '    text: y', '---', '', '<Meaning>', 'Body `code`.', '</Meaning>', ''].join('\n');

describe('blankFrontmatter', () => {
  it('empties the front-matter lines, keeps their count, and leaves the body as it was', () => {
    const out = blankFrontmatter(page);
    expect(out.split('\n')).toHaveLength(page.split('\n').length);
    expect(out).toBe(['---', '', '', '', '', '', '---', '', '<Meaning>', 'Body `code`.', '</Meaning>', ''].join('\n'));
  });

  it('handles CRLF files, and leaves files without front matter alone', () => {
    const crlf = page.replaceAll('\n', '\r\n');
    const out = blankFrontmatter(crlf);
    expect(out.endsWith('<Meaning>\r\nBody `code`.\r\n</Meaning>\r\n')).toBe(true);
    expect(out).not.toContain('tool: aider');
    expect(out.split('\n')).toHaveLength(crlf.split('\n').length);
    expect(blankFrontmatter('<Meaning>No front matter.</Meaning>\n')).toBe('<Meaning>No front matter.</Meaning>\n');
  });

  it('leaves a page whose body uses `frontmatter` unchanged', () => {
    const uses = page.replace('Body `code`.', 'Title: {frontmatter.title}');
    expect(blankFrontmatter(uses)).toBe(uses);
  });
});

describe('mdxFrontmatterOnce', () => {
  /** The Vite plugins @astrojs/mdx registers, as its setup hook hands them over. */
  async function mdxPlugins() {
    let plugins: { name: string; transform?: { handler: (code: string, id: string) => unknown } }[] = [];
    const setup = mdx().hooks['astro:config:setup'] as (p: unknown) => Promise<void>;
    await setup({
      config: { root: new URL('file:///tmp/'), markdown: {} },
      updateConfig: (c: { vite: { plugins: typeof plugins } }) => (plugins = c.vite.plugins),
      addPageExtension() {},
      addContentEntryType() {},
      addRenderer() {},
    });
    return plugins;
  }

  it('wraps the compiling plugin @astrojs/mdx registers, which then sees the blanked file', async () => {
    const plugins = await mdxPlugins();
    const compiler = plugins.find((p) => p.name === '@mdx-js/rolldown');
    expect(compiler?.transform?.handler, '@astrojs/mdx no longer registers "@mdx-js/rolldown" with a transform handler: update src/integrations/mdx-frontmatter-once.mjs').toBeTypeOf('function');
    const seen: string[] = [];
    compiler!.transform!.handler = (code) => seen.push(code);
    const warn = vi.fn();
    (mdxFrontmatterOnce().configResolved as (r: unknown) => void)({ plugins, logger: { warn } });
    await compiler!.transform!.handler.call({}, page, '/x/page.mdx');
    expect(seen).toEqual([blankFrontmatter(page)]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns, and changes nothing, when the plugin is not there', () => {
    const warn = vi.fn();
    (mdxFrontmatterOnce().configResolved as (r: unknown) => void)({ plugins: [{ name: 'other' }], logger: { warn } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('was not found'));
  });
});
