// Astro puts the content collections' data into the bundle as one string literal, `export default JSON.parse("…")`
// (astro:data-layer-content), which the build then imports to render the pages. V8 compiles a long string literal
// holding non-ASCII characters in time that grows with the square of its length, and every page here has typographic
// quotes and dashes. Measured on this machine, importing such a module: 2 MB 0.11 s, 10 MB 1.5 s, 20 MB 4.9 s, and
// the 77 MB store of a 10,000-page site 67 s, most of that build's pages phase. Cut into 32 KB literals joined when
// the module runs, the same string compiles in linear time: the 77 MB store in 4.1 s, JSON.parse included.
// The value is unchanged (tests/unit/data-store-literals.test.ts); a module in any other shape is left as it is.

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';
/** UTF-16 code units per literal: small enough to compile in linear time, large enough to keep the array short. */
const PIECE = 32 * 1024;

/**
 * `export default JSON.parse("<s>")` rewritten as `export default JSON.parse(["<s1>","<s2>",…].join(""))`, where
 * s1 + s2 + … === s; null for code in any other shape. A cut may fall between the two halves of a surrogate pair:
 * JSON.stringify writes a lone half as an escape, and joining puts the pair back together.
 * @param {string} code
 * @returns {string | null}
 */
export function splitDataStoreLiteral(code) {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return null;
  let value;
  try {
    value = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return null;
  }
  if (typeof value !== 'string') return null;
  const pieces = [];
  for (let i = 0; i < value.length; i += PIECE) pieces.push(JSON.stringify(value.slice(i, i + PIECE)));
  return `${PREFIX}[${pieces.join(',\n')}].join("")${SUFFIX}`;
}

/** @returns {import('vite').Plugin} */
export function dataStoreLiterals() {
  return {
    name: 'agent-errors:data-store-literals',
    transform: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(code) {
        const split = splitDataStoreLiteral(code);
        if (split) return { code: split, map: null };
        // An empty store, or Astro's chunked storage, needs nothing; any other shape means Astro changed how it writes
        // the store, and the build may be slow again at scale.
        if (code !== 'export default new Map()' && !code.startsWith('export default{')) {
          this.warn('the content data store module has a shape agent-errors:data-store-literals does not know; it is left as it is (see src/integrations/data-store-literals.mjs)');
        }
        return null;
      },
    },
  };
}
