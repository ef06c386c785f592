/**
 * How an error page's MDX body is compiled (the options @astrojs/mdx would use), and the check the loader and
 * `npm run check:content` run on every body: a mistake is reported with the file, line and column and how to fix it.
 * Kept apart from src/lib/mdx-body.ts, which renders, so the content check runs in plain Node without Astro's runtime.
 */
import { mdxToJs, type MdxCompileOptions } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';

/**
 * What @astrojs/mdx passes the compiler for this site's config (src/.../create-processor.js in @astrojs/mdx 8): GFM
 * and smart punctuation on (Astro's defaults), heading ids, HTML attribute names. Its other plugins handle images,
 * scripts, styles and client components, which error bodies do not use (checkBody refuses imports and relative images).
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
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly hint: string;
  constructor(file: string, line: number, column: number, reason: string, hint: string) {
    super(`${file}:${line}:${column}: ${reason}\n  ${hint}`);
    this.name = 'MdxBodyError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.hint = hint;
  }
}

/** The line of the file's `text` on which `body` (the text after the front matter, trimmed) starts. */
export function bodyStartLine(text: string, body: string): number {
  const at = Math.max(0, text.indexOf(body));
  return text.slice(0, at).split('\n').length;
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
  // @astrojs/mdx would bundle an image at a relative path as an asset; a page-compiled body cannot, so say so.
  const localImages: { line: number; column: number; url: string }[] = [];
  const findLocalImages = {
    name: 'local-images',
    options: { position: true },
    image(node: { url?: string; position?: { start: { line: number; column: number } } }) {
      const url = node.url ?? '';
      if (url && !URL.canParse(url) && !url.startsWith('/')) localImages.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, url });
    },
  };
  try {
    mdxToJs(body, { ...compileOptions(), mdastPlugins: [findLocalImages], outputFormat: 'function-body' });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // satteri reports "line:column: reason" relative to the body, and may name another "(line:column)" in the reason.
    const start = bodyLine();
    const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
    const reason = (m ? m[3]! : message).replace(/\((\d+):(\d+)\)/g, (_, l: string, c: string) => `(${start + Number(l) - 1}:${c})`);
    throw new MdxBodyError(file, m ? start + Number(m[1]) - 1 : start, m ? Number(m[2]) : 1, reason,
      'fix the MDX there: close every component tag (<Fix …>…</Fix>), and write a literal { or < as \\{ or &lt;');
  }
  const image = localImages[0];
  if (image) {
    throw new MdxBodyError(file, bodyLine() + image.line - 1, image.column, `the image "${image.url}" is a path relative to the page, which an error page's body cannot bundle`,
      'put the file in public/ and write its absolute path (/images/…), or link to it');
  }
}
