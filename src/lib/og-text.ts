/**
 * Text for the Open Graph cards: fonts shipped in the repo, read by fontkit and kerned, wrapped into lines
 * the way the browser would wrap a block of that width (break at spaces; a word wider than the line breaks between
 * letters). Pure: glyph ids and pixel positions out, no pixels — src/lib/og-raster.ts draws them.
 */
import * as fontkit from 'fontkit';
import { join } from 'node:path';

export type Weight = 400 | 700;

// From the project root, where the build runs (this file is loaded by Node itself, not bundled: src/integrations/og-images.mjs).
const FONT_DIR = join(process.cwd(), 'src/assets/fonts');
const FONT_FILES: Record<Weight, string> = { 400: 'inter-latin-400-normal.woff', 700: 'inter-latin-700-normal.woff' };

const faces = new Map<Weight, fontkit.Font>();
export function face(weight: Weight): fontkit.Font {
  let f = faces.get(weight);
  if (!f) {
    f = fontkit.openSync(join(FONT_DIR, FONT_FILES[weight])) as fontkit.Font;
    faces.set(weight, f);
  }
  return f;
}

export interface PlacedGlyph {
  glyph: fontkit.Glyph;
  /** Pen position of the glyph's origin, in pixels from the block's left edge. */
  x: number;
}

export interface TextLine {
  /** The words on this line, joined by single spaces (for tests and debugging; the glyphs are what is drawn). */
  text: string;
  glyphs: PlacedGlyph[];
  width: number;
}

export interface TextStyle {
  weight: Weight;
  size: number;
  /** CSS line-height as a multiple of the size; undefined is CSS `normal` (the font's own ascent + descent + gap). */
  lineHeight?: number;
}

/** The height of one line box, in pixels. */
export function lineBox(style: TextStyle): number {
  const f = face(style.weight);
  return style.lineHeight ? style.size * style.lineHeight : ((f.ascent - f.descent + f.lineGap) / f.unitsPerEm) * style.size;
}

/** Where the baseline sits below the top of a line box: half the leading, then the ascent (as CSS places it). */
export function baselineOffset(style: TextStyle): number {
  const f = face(style.weight);
  const s = style.size / f.unitsPerEm;
  const content = (f.ascent - f.descent) * s;
  return (lineBox(style) - content) / 2 + f.ascent * s;
}

interface Shaped {
  /** The word's characters, one per glyph. */
  chars: string[];
  glyphs: fontkit.Glyph[];
  /** Advances in font units, kerning included (size-independent, so one shaping serves every size). */
  xAdvance: number[];
  width: number;
}

/**
 * Kerning between two characters, in font units, read once per pair by letting fontkit shape just that pair (the
 * pair adjustments of GPOS do not depend on anything around the pair). Shaping every word with fontkit instead cost
 * about 2 ms a card inside the build, most of it setting up each call: titles carry words no other card has.
 */
const kerns = new Map<string, number>();
function kern(weight: Weight, a: fontkit.Glyph, b: fontkit.Glyph, pair: string): number {
  const key = `${weight}|${pair}`;
  let k = kerns.get(key);
  if (k === undefined) {
    const run = face(weight).layout(pair);
    k = run.positions.reduce((sum, p) => sum + p.xAdvance, 0) - a.advanceWidth - b.advanceWidth;
    kerns.set(key, k);
  }
  return k;
}

/**
 * A word's glyphs and pen advances in font units (size-independent, so one shaping serves every size), remembered:
 * the same words come back card after card. Characters map to glyphs one to one, kerned pair by pair; Inter's
 * substitutions (contextual alternates such as "->" drawn as an arrow) are not applied to the cards.
 */
const shaped = new Map<string, Shaped>();
function shapeWord(weight: Weight, word: string): Shaped {
  const key = `${weight}|${word}`;
  let w = shaped.get(key);
  if (!w) {
    const f = face(weight);
    const chars = Array.from(word);
    const glyphs = chars.map((c) => f.glyphForCodePoint(c.codePointAt(0)!));
    const xAdvance = glyphs.map((g, i) => g.advanceWidth + (i + 1 < glyphs.length ? kern(weight, g, glyphs[i + 1]!, chars[i]! + chars[i + 1]!) : 0));
    w = { chars, glyphs, xAdvance, width: xAdvance.reduce((a, b) => a + b, 0) };
    shaped.set(key, w);
  }
  return w;
}

/**
 * Cuts `text` into lines no wider than `maxWidth` pixels, as CSS wraps a block: at spaces, with the spaces at the
 * breaks dropped; a word wider than a whole line is broken between letters.
 */
export function wrap(text: string, style: TextStyle, maxWidth: number): TextLine[] {
  const f = face(style.weight);
  const s = style.size / f.unitsPerEm;
  const space = f.glyphForCodePoint(32).advanceWidth * s;
  const lines: TextLine[] = [];
  let line: PlacedGlyph[] = [];
  let pen = 0; // pixels from the start of the current line, after its last glyph's advance
  let width = 0; // pen after the last visible glyph
  let words: string[] = [];
  const finish = () => {
    lines.push({ text: words.join(' '), glyphs: line, width });
    line = [];
    words = [];
    pen = 0;
    width = 0;
  };

  for (const word of text.split(' ')) {
    if (word === '') {
      if (line.length > 0) pen += space; // a run of spaces keeps its width inside a line
      continue;
    }
    const w = shapeWord(style.weight, word);
    if (line.length > 0 && pen + space + w.width * s > maxWidth) finish();
    let x = line.length > 0 ? pen + space : 0;
    let from = 0; // where this line's part of the word starts
    w.glyphs.forEach((glyph, i) => {
      const advance = w.xAdvance[i]! * s;
      if (line.length > 0 && x + advance > maxWidth) {
        // Only a word wider than the whole line gets here: it continues on the next line.
        words.push(w.chars.slice(from, i).join(''));
        finish();
        from = i;
        x = 0;
      }
      line.push({ glyph, x });
      x += advance;
      width = x;
    });
    words.push(w.chars.slice(from).join(''));
    pen = x;
  }
  if (line.length > 0) finish();
  return lines;
}
