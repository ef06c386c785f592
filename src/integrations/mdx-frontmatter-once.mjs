// The front matter of an MDX page (topics and comparisons; error pages are not modules at all: src/lib/mdx-body.ts)
// is read once, by the content layer (typed by the zod schema, kept in its data store); nothing reads the copy
// @astrojs/mdx would compile into every page's module as `export const frontmatter`. Front matter is most of such a
// file, so that copy was parsed as YAML, serialised and bundled for nothing: this plugin hands the MDX compiler the
// file with its front-matter lines blanked (line numbers kept, so MDX errors still point at the right line). Measured
// when error pages were modules too, at 1,000 pages: the Vite phase 7.8 s → 6.5 s, and the built site byte-identical
// (diff -r). A body that uses `frontmatter` gets the file unchanged.

/** The MDX source with the front matter's lines emptied, or unchanged when the body refers to `frontmatter`. */
export function blankFrontmatter(code) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(code);
  if (!m) return code;
  const body = code.slice(m[0].length);
  if (/\bfrontmatter\b/.test(body)) return code;
  return `---\n${m[1].replace(/[^\n]/g, '')}\n---${m[2]}${body}`;
}

/** @returns {import('vite').Plugin} */
export function mdxFrontmatterOnce() {
  return {
    name: 'agent-errors:mdx-frontmatter-once',
    configResolved(resolved) {
      // @astrojs/mdx's compiling plugin; wrapped here rather than run before it, because plugin order between an
      // integration's plugins and the config's is not ours to fix.
      const mdx = resolved.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdx?.transform;
      if (!transform || typeof transform.handler !== 'function') {
        resolved.logger.warn('agent-errors:mdx-frontmatter-once: @astrojs/mdx\'s "@mdx-js/rolldown" plugin was not found; every page\'s front matter is compiled into its module again (slower, same output)');
        return;
      }
      const compile = transform.handler;
      transform.handler = function (code, id) {
        return compile.call(this, blankFrontmatter(code), id);
      };
    },
  };
}
