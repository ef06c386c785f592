/**
 * Vendor text → plain text. Incident names and update bodies are written by people at the vendor and
 * contain HTML (`<br />`, `<a href>`), entities, Markdown emphasis and sometimes odd Unicode. Nothing in
 * the snapshot may carry markup or invisible characters into our pages, so every vendor string goes
 * through `plainText` and every vendor link through `safeHttpsUrl`.
 */

export const MAX_NAME = 200;
export const MAX_UPDATE = 500;
const ELLIPSIS = '…';

// Elements whose content is code or styling, never prose: dropped with their content.
const DROP_ELEMENTS = /<(script|style|noscript|template|iframe|object|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Elements that end a line or paragraph: replaced by a space so words don't run together.
const BREAKS = /<\/?(br|p|div|li|ul|ol|tr|h[1-6]|blockquote|pre|hr)\b[^>]*>/gi;
// Any tag, comment or declaration, including one left open at the end of the text.
const TAGS = /<(?:!--[\s\S]*?(?:-->|$)|[a-zA-Z/!?][^>]*(?:>|$))/g;
// What's left that still looks like the start of a tag after decoding (e.g. "&lt;script" decoded).
const TAG_START = /<(?=[a-zA-Z/!?])/g;

// C0/C1 controls (tab/newline are whitespace and handled by the collapse), bidi embeddings, overrides
// and isolates, zero-width and other invisible format characters, and Unicode "tag" characters
// (used to hide text from readers).
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** Decode the entities vendors actually use: the basic named set and numeric references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Out of range and lone surrogates can't be characters; drop them.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Cut to at most `max` characters (code points, so no half emoji), ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + ELLIPSIS;
}

/** A script-capable URL scheme, even when spread out with whitespace (browsers ignore tabs and newlines in schemes). */
const SCRIPT_SCHEME = /(?:j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:|d\s*a\s*t\s*a\s*:\s*t\s*e\s*x\s*t\s*\/\s*h\s*t\s*m\s*l/gi;
/** Rounds of normalising before we give up on convergence (real vendor text settles in one or two). */
const MAX_ROUNDS = 12;

/**
 * Turn untrusted vendor text into one line of plain text of at most `max` characters.
 * Returns null for anything that is not a string or is empty once cleaned.
 *
 * Order matters: first normalise (drop invisible characters and emphasis markers, decode entities), then strip
 * markup, and repeat the whole round until the text stops changing — so "<\u200Bimg …>" or "&amp;lt;script" can't
 * turn into a tag after a later step. Whatever still looks like the start of a tag or a script URL after that is
 * removed. The output holds no tag, no `javascript:`/`vbscript:`/`data:text/html`, and no invisible characters
 * (a property test throws random mixes of all of these at it).
 */
export function plainText(input: unknown, max: number): string | null {
  if (typeof input !== 'string') return null;
  let text = input.toWellFormed();
  for (let i = 0; i < MAX_ROUNDS; i++) {
    const before = text;
    text = text.replace(INVISIBLE, '').replace(/\*\*/g, '');
    text = decodeEntities(text);
    text = text.replace(DROP_ELEMENTS, ' ').replace(BREAKS, ' ').replace(TAGS, '').replace(SCRIPT_SCHEME, '');
    if (text === before) break;
  }
  // Refuse what survived the rounds (only possible when they did not converge): no tag start, no script scheme.
  for (let i = 0; i < MAX_ROUNDS && (TAG_START.test(text) || SCRIPT_SCHEME.test(text)); i++) {
    TAG_START.lastIndex = 0;
    SCRIPT_SCHEME.lastIndex = 0;
    text = text.replace(TAG_START, '').replace(SCRIPT_SCHEME, '').replace(INVISIBLE, '');
  }
  TAG_START.lastIndex = 0;
  SCRIPT_SCHEME.lastIndex = 0;
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return truncate(text, max);
}

/** A vendor link we may render: absolute https, no credentials, sane length; anything else is null. */
export function safeHttpsUrl(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.href;
}
