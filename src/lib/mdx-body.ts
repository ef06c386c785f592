/**
 * Error pages' MDX bodies, compiled while their page renders instead of as one Vite module per page.
 *
 * Why: @astrojs/mdx turns every .mdx entry into a Vite module, so 1,000 error pages meant 1,000 modules compiled,
 * bundled into 1,000 chunks and imported again on every build, cached or not. The bodies are short and use only the
 * components in src/components/mdx (no imports, no images to bundle), so the page compiles its own body with the compiler
 * @astrojs/mdx uses (satteri), with the options it uses, and Astro renders the result through the same JSX renderer.
 * Measured: the site built byte-identical to the module route (diff -r over dist/), and at 1,000 pages every build
 * some 5 s faster.
 *
 * The loader in src/lib/mdx-body-loader.ts keeps the entries from becoming modules and checks each body's syntax when
 * the content is loaded, so an MDX mistake fails the build naming the file, line and column.
 */
import { evaluate, type EvaluateOptions } from 'satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import * as astroServer from 'astro/runtime/server/index.js';
import { readFileSync } from 'node:fs';
import { bodyStartLine, checkBody, compileOptions } from './mdx-body-check.ts';

type Renderable = ((props: Record<string, unknown>) => unknown) & Record<symbol, unknown>;

/**
 * The body as a component Astro renders like an MDX module's `Content`: pass the body components in `components`.
 * Mirrors what @astrojs/mdx adds around a compiled module (the Fragment component, the renderer tag).
 */
export function bodyComponent(body: string, file: string): Renderable {
  const runtime = { Fragment, jsx: jsx as EvaluateOptions['jsx'], jsxs: jsxs as EvaluateOptions['jsxs'] };
  let mod: Record<string, unknown>;
  try {
    mod = evaluate(body, { ...compileOptions(), ...runtime }) as Record<string, unknown>;
  } catch (e) {
    // Only in `astro dev`, where the loader keeps a body that failed its check: the same error, placed in the file.
    checkBody(file, body, () => bodyStartLine(readFileSync(file, 'utf8'), body));
    throw e;
  }
  const MDXContent = mod.default as (props: Record<string, unknown>) => unknown;
  const Content = ((props: Record<string, unknown> = {}) =>
    MDXContent({ ...props, components: { Fragment, ...(props.components as object) } })) as Renderable;
  Content[Symbol.for('mdx-component')] = true;
  Content[Symbol.for('astro.needsHeadRendering')] = true;
  // What @astrojs/mdx appends to every module: render this with its JSX renderer. Exported, but not in Astro's types.
  (astroServer as unknown as { __astro_tag_component__: (c: unknown, renderer: string) => void }).__astro_tag_component__(Content, 'astro:jsx');
  return Content;
}
