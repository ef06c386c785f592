/**
 * Pixels for the Open Graph cards: a flat background and text in a few colours, kept as palette indices (one byte a
 * pixel) so the PNG is an 8-bit indexed image. Each glyph outline is rasterised once per thread — by resvg, at each of
 * four sub-pixel offsets — and then only copied: a card is a few hundred copies of cached coverage masks, not a
 * vector render. This is what took a card from about 38 ms (satori laying out an SVG, resvg rendering all of it, a
 * 3 MB RGBA image deflated) to a few milliseconds.
 *
 * Coverage is kept at 64 levels per colour (the palette has room for 4 colours × 63 levels + the background); the
 * step is below what anti-aliased text on a dark card shows.
 */
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Glyph } from 'fontkit';

export const LEVELS = 63;
const MAX_COLOURS = 4;

let wasmReady: Promise<void> | undefined;
/** resvg's WebAssembly build, loaded once per thread (initWasm refuses a second call). */
export function loadRasteriser(): Promise<void> {
  wasmReady ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

interface Mask {
  /** Offset of the mask's top-left pixel from the glyph's origin (whole pixels). */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage 0–255, row by row. */
  alpha: Uint8Array;
}

const masks = new Map<string, Mask | null>();

/** The coverage mask of one glyph at one size, its origin `sub` quarter-pixels right of a whole pixel. */
function mask(glyph: Glyph, fontKey: string, unitsPerEm: number, size: number, sub: number): Mask | null {
  const key = `${fontKey}|${glyph.id}|${size}|${sub}`;
  const hit = masks.get(key);
  if (hit !== undefined) return hit;
  const s = size / unitsPerEm;
  const b = glyph.bbox;
  let m: Mask | null = null;
  if (Number.isFinite(b.minX) && b.maxX > b.minX && b.maxY > b.minY) {
    const dx = sub / 4;
    // One spare pixel on each side for the anti-aliased edge.
    const left = Math.floor(dx + b.minX * s) - 1;
    const top = Math.floor(-b.maxY * s) - 1;
    const width = Math.ceil(dx + b.maxX * s) + 1 - left;
    const height = Math.ceil(-b.minY * s) + 1 - top;
    // Font units have y up; the image has y down.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${dx - left} ${-top}) scale(${s} ${-s})" d="${glyph.path.toSVG()}"/></svg>`;
    const resvg = new Resvg(svg);
    const image = resvg.render();
    try {
      const rgba = image.pixels;
      const alpha = new Uint8Array(image.width * image.height);
      for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
      m = { left, top, width: image.width, height: image.height, alpha };
    } finally {
      image.free();
      resvg.free();
    }
  }
  masks.set(key, m);
  return m;
}

let shared: Uint8Array | undefined;

/** The level a coverage of a/255 gets over bare background: what the general blend below gives with nothing beneath. */
const ALONE = Uint8Array.from({ length: 256 }, (_, a) => Math.round((1 - (1 - 0) * (1 - a / 255)) * LEVELS));

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/**
 * A canvas of palette indices: 0 is the background, then LEVELS shades of each text colour over it. Its pixels are
 * valid until the next Canvas is made in this thread.
 */
export class Canvas {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  readonly palette: Uint8Array;
  private readonly colours: string[];

  constructor(width: number, height: number, background: string, colours: string[]) {
    this.width = width;
    this.height = height;
    if (colours.length > MAX_COLOURS) throw new Error(`Canvas: at most ${MAX_COLOURS} text colours, got ${colours.length}`);
    this.colours = colours;
    // One buffer for every canvas of this thread, cleared for each: a fresh 756 KB array per card is a large-object
    // allocation, and in the build's big heap those brought on full collections (cards took 6.3 ms each there
    // against 3.4 ms in a small process). Safe because drawOg uses a canvas synchronously, from creation to PNG.
    if (!shared || shared.length < width * height) shared = new Uint8Array(width * height);
    this.pixels = shared.subarray(0, width * height);
    this.pixels.fill(0);
    const bg = hex(background);
    const entries = [bg];
    for (const c of colours) {
      const fg = hex(c);
      for (let l = 1; l <= LEVELS; l++) entries.push(bg.map((v, k) => Math.round(v + ((fg[k]! - v) * l) / LEVELS)));
    }
    this.palette = Uint8Array.from(entries.flat());
  }

  /** Draws one glyph with its origin at (x, baseline); x may be fractional (quarter pixels), baseline is whole. */
  glyph(glyph: Glyph, fontKey: string, unitsPerEm: number, size: number, x: number, baseline: number, colour: string) {
    const quarter = Math.round(x * 4);
    const m = mask(glyph, fontKey, unitsPerEm, size, ((quarter % 4) + 4) % 4);
    if (!m) return;
    const c = this.colours.indexOf(colour);
    if (c < 0) throw new Error(`Canvas: colour ${colour} is not in the palette`);
    const base = 1 + c * LEVELS;
    const x0 = Math.floor(quarter / 4) + m.left;
    const y0 = baseline + m.top;
    for (let my = 0; my < m.height; my++) {
      const y = y0 + my;
      if (y < 0 || y >= this.height) continue;
      for (let mx = 0; mx < m.width; mx++) {
        const a = m.alpha[my * m.width + mx]!;
        const x = x0 + mx;
        if (a === 0 || x < 0 || x >= this.width) continue;
        const at = y * this.width + x;
        const cur = this.pixels[at]!;
        if (cur === 0) {
          // Bare background, nearly every pixel: the level alone, from a table (the same arithmetic as below).
          const level = ALONE[a]!;
          if (level > 0) this.pixels[at] = base + level - 1;
          continue;
        }
        // Where two glyphs of one colour touch, their coverage adds up as two layers of paint would; where colours
        // meet (they never do on this template), the stronger coverage wins.
        const prev = cur >= base && cur < base + LEVELS ? (cur - base + 1) / LEVELS : 0;
        const cov = 1 - (1 - prev) * (1 - a / 255);
        const level = Math.round(cov * LEVELS);
        if (level === 0) continue;
        const curLevel = cur === 0 ? 0 : ((cur - 1) % LEVELS) + 1;
        if (prev > 0 || level > curLevel) this.pixels[at] = base + level - 1;
      }
    }
  }
}
