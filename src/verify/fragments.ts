/**
 * The stable parts of a message, as a tool's code holds them. Messages carry variable parts — numbers, ids, model
 * names, paths, URLs, quoted values — that the code fills in from template pieces: "You've hit your session limit ·
 * resets 11:30pm (Europe/Berlin)" is built from "You've hit your session limit", "resets" and a time. So a message
 * is cut at its variable parts and at the separators code usually joins pieces with (" · ", newlines), and only the
 * pieces long enough to mean something are looked for. A page can list the pieces itself (messages[].fragments) when
 * this cut gets them wrong.
 */

/** Variable parts: replaced by a cut. Order matters (URLs before paths, quotes before numbers). */
const VARIABLE: RegExp[] = [
  /\b(?:https?|wss?|file):\/\/[^\s"'<>)\]]+/gi, // URLs
  /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.){1,80}'|`[^`\n]*`|‘[^’\n]*’|“[^”\n]*”/g, // quoted values
  /<[^<>\n]{1,60}>/g, // <placeholders> and tags
  /\((?:[A-Z][A-Z0-9_]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]*)+)\)/g, // error codes in parentheses: (ENOTFOUND), (ConnectionRefused)
  /\{[^{}\n]*\}/g, // {json} and {placeholders}
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // UUIDs
  /\b(?:req|msg|toolu|chatcmpl|resp|run|sess)_[A-Za-z0-9]+\b/g, // request ids
  /(?:[A-Za-z]:)?(?:[\\/][\w.@~+-]+){2,}[\\/]?/g, // paths
  /\b[A-Z][a-z]+\/[A-Z][\w+-]+(?:\/[A-Z][\w+-]+)?\b/g, // time zones (Europe/Berlin)
  /\b[\w.-]*\d[\w.:-]*\b/g, // anything with a digit: numbers, versions, times, model names, ports
  // Icons a terminal UI prints before a line (⚠ ✗ ■ 🖐 ⚡ ✕ ⎿): usually a separate string from the text.
  /[\p{Extended_Pictographic}\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\uFE0F]/gu,
];
/**
 * Separators code commonly joins separate pieces with: " · ", newlines, dashes, "prefix: {inner error}", and
 * sentence ends (each sentence of a longer message is often its own string).
 */
const SEPARATORS = /\s+·\s+|\s*\n\s*|\s+[—–]\s+|\s\|\s|:\s+|(?<=[.!?])\s+(?=[A-Z])/g;

/** A piece worth looking for: long enough not to match by chance in a 400 MB binary. */
function meaningful(piece: string): boolean {
  const words = piece.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  return piece.length >= 12 || (piece.length >= 8 && words.length >= 2);
}

const CUT = '\u0000';

export function fragmentsOf(text: string, explicit?: readonly string[]): string[] {
  if (explicit?.length) return [...explicit];
  let t = text;
  for (const re of VARIABLE) t = t.replace(re, CUT);
  t = t.replace(SEPARATORS, CUT);
  const pieces = t
    .split(CUT)
    // Trim the punctuation a cut leaves at the edges ("(", ": ", " at ", trailing ".").
    .map((p) => p.replace(/^[\s.,:;()[\]!?-]+|[\s,:;([\]-]+$/g, '').trim())
    // A cut inside parentheses leaves an unmatched one at the end.
    .map((p) => (p.endsWith(')') && !p.includes('(') ? p.slice(0, -1).trim() : p))
    .filter(meaningful);
  return [...new Set(pieces)];
}

/**
 * The byte forms a piece may take inside a published package: as written (UTF-8, as in Rust binaries and most
 * bundles), with quotes escaped for a JavaScript string literal, and with non-ASCII characters escaped the way
 * minifiers write them (\u2019, \xB7).
 */
export function searchForms(piece: string): Buffer[] {
  const forms = new Set<string>([piece]);
  const quotes = piece.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/"/g, '\\"');
  forms.add(quotes);
  forms.add(piece.replace(/'/g, "\\'"));
  forms.add(piece.replace(/"/g, '\\"'));
  for (const base of [...forms]) {
    if (!/[^\x00-\x7f]/.test(base)) continue;
    const u = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    forms.add(base.replace(/[^\x00-\x7f]/g, u));
    forms.add(base.replace(/[^\x00-\x7f]/g, (c) => u(c).toUpperCase().replace('\\U', '\\u')));
    forms.add(base.replace(/[\x80-\xff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
  }
  return [...forms].map((f) => Buffer.from(f, 'utf8'));
}
