/**
 * Error pages' MDX bodies, compiled while their page renders instead of as one Vite module per page.
 *
 * Why: @astrojs/mdx turns every .mdx entry into a Vite module, so 1,000 error pages meant 1,000 modules compiled,
 * bundled into 1,000 chunks and imported again on every build, cached or not. The bodies are short and use only the
 * components in src/components/mdx (no imports, no images), so the page compiles its own body with the compiler
 * @astrojs/mdx uses (satteri), with the options it uses, and Astro renders the result through the same JSX renderer.
 * Measured: the site built byte-identical to the module route (diff -r over dist/), and at 1,000 pages every build
 * some 5 s faster.
 *
 * The loader in src/lib/mdx-body-loader.ts keeps the entries from becoming modules and checks each body's syntax when
 * the content is loaded, so an MDX mistake fails the build naming the file, line and column.
 */
import { evaluate, mdxToJs, type EvaluateOptions, type MdxCompileOptions } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import * as astroServer from 'astro/runtime/server/index.js';

/**
 * What @astrojs/mdx passes the compiler for this site's config (src/.../create-processor.js in @astrojs/mdx 8): GFM
 * and smart punctuation on (Astro's defaults), heading ids, HTML attribute names. Its other plugins handle images,
 * scripts, styles and client components, which error bodies do not use (checkBody rejects imports).
 */
export function compileOptions(): MdxCompileOptions {
  return {
    hastPlugins: [satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    elementAttributeNameCase: 'html',
  };
}

/** An MDX mistake in a body, located in its file. */
export class MdxBodyError extends Error {
  constructor(file: string, line: number, column: number, reason: string, hint: string) {
    super(`${file}:${line}:${column}: ${reason}\n  ${hint}`);
    this.name = 'MdxBodyError';
  }
}

/**
 * Checks a body compiles, before any page is built. `bodyLine` gives the file line the body starts on (asked only
 * when there is an error), so the error points into the file the author edits. Throws MdxBodyError.
 */
export function checkBody(file: string, body: string, bodyLine: () => number): void {
  // An import or export line would compile but resolve to nothing at render time: say so now.
  let fenced = false;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i]!)) fenced = !fenced;
    if (!fenced && /^(import|export)\s/.test(lines[i]!)) {
      const word = lines[i]!.split(/\s/)[0];
      throw new MdxBodyError(file, bodyLine() + i, 1, `MDX reads a line starting with "${word} " as a module ${word}, which an error page's body cannot use`,
        'use the components listed in src/components/mdx/index.ts without importing them, or reword the line');
    }
  }
  try {
    mdxToJs(body, { ...compileOptions(), outputFormat: 'function-body' });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // satteri reports "line:column: reason" relative to the body, and may name another "(line:column)" in the reason.
    const start = bodyLine();
    const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
    const reason = (m ? m[3]! : message).replace(/\((\d+):(\d+)\)/g, (_, l: string, c: string) => `(${start + Number(l) - 1}:${c})`);
    throw new MdxBodyError(file, m ? start + Number(m[1]) - 1 : start, m ? Number(m[2]) : 1, reason,
      'fix the MDX there: close every component tag (<Fix …>…</Fix>), and write a literal { or < as \\{ or &lt;');
  }
}

type Renderable = ((props: Record<string, unknown>) => unknown) & Record<symbol, unknown>;

/**
 * The body as a component Astro renders like an MDX module's `Content`: pass the body components in `components`.
 * Mirrors what @astrojs/mdx adds around a compiled module (the Fragment component, the renderer tag).
 */
export function bodyComponent(body: string): Renderable {
  const runtime = { Fragment, jsx: jsx as EvaluateOptions['jsx'], jsxs: jsxs as EvaluateOptions['jsxs'] };
  const mod = evaluate(body, { ...compileOptions(), ...runtime }) as Record<string, unknown>;
  const MDXContent = mod.default as (props: Record<string, unknown>) => unknown;
  const Content = ((props: Record<string, unknown> = {}) =>
    MDXContent({ ...props, components: { Fragment, ...(props.components as object) } })) as Renderable;
  Content[Symbol.for('mdx-component')] = true;
  Content[Symbol.for('astro.needsHeadRendering')] = true;
  // What @astrojs/mdx appends to every module: render this with its JSX renderer. Exported, but not in Astro's types.
  (astroServer as unknown as { __astro_tag_component__: (c: unknown, renderer: string) => void }).__astro_tag_component__(Content, 'astro:jsx');
  return Content;
}
