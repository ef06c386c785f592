/**
 * Property test of the sanitiser (src/status/sanitize.ts) with fast-check: random mixes of markup, entities,
 * invisible and bidi characters, Markdown emphasis and script schemes — the material of the bypasses found so far
 * ("<\u200Bimg …>", "&amp;lt;script", "java\u200Bscript:") — never come out as a tag, a script URL or an invisible
 * character, and cleaning is idempotent.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainText } from '../../../src/status/sanitize.ts';

const PIECES = [
  '<', '>', '</', '/>', '<!--', '-->', '<!', '<?', 'script', 'img', 'svg', 'a', 'b', 'iframe', ' src=x', ' onerror=alert(1)', ' href=',
  '"', "'", '=', 'javascript:', 'java', 'script:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html', ':', '&lt;', '&gt;', '&#60;', '&#x3c;', '&#X3C;',
  '&amp;', '&amp;lt;', '&quot;', '&#0;', '&#x110000;', '\u200B', '\u200D', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u0000', '\u0007', '\u009B',
  '\u{E0041}', '**', '*', ' ', '\n', '\t', 'x', 'Elevated errors', '·', 'é', '😀',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]|\uDB40[\uDC00-\uDC7F]/;

describe('plainText (property)', () => {
  it('never outputs a tag, a script URL or an invisible character', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const out = plainText(input, 500);
        if (out === null) return;
        expect(out).not.toMatch(/<[a-zA-Z/!?]/);
        expect(out.replace(/\s+/g, '')).not.toMatch(/javascript:|vbscript:|data:text\/html/i);
        expect(out).not.toMatch(INVISIBLE);
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('is idempotent: cleaning clean text changes nothing', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const once = plainText(input, 10_000);
        if (once !== null) expect(plainText(once, 10_000)).toBe(once);
      }),
      { numRuns: 1500, seed: 20261130 },
    );
  });
});
