/**
 * HTML as strings, escaped by construction: `html\`<p>${text}</p>\`` escapes every interpolated value unless it is
 * itself the result of `html` (or `raw`). Used for the status fragments, which are rendered by the same code at
 * build time (through Astro's set:html), by the fast status refresh over a built site, and in the reader's browser,
 * so the three can never disagree. Dependency-free: it ships to the browser.
 */

/** Markup that is already safe (built by `html`). */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for an element's content or a quoted attribute value. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function flat(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(flat).join('');
  return esc(part);
}

/** The tagged template: literal parts are ours, interpolations are escaped (arrays joined, null/false dropped). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += flat(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup from our own code (never vendor or reader text). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** An attribute that is present only when the value is, e.g. `<a${attr('href', url)}>`. */
export function attr(name: string, value: string | number | null | undefined): Html {
  return value === null || value === undefined ? new Html('') : new Html(` ${name}="${esc(value)}"`);
}
