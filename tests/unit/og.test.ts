/**
 * Open Graph cards: the PNG encoder writes a valid indexed file that decodes back to the exact indices, text wraps
 * as a browser would wrap it, and a drawn card is a 1200×630 PNG with its text inside the padding, the same bytes
 * every time.
 */
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodeIndexedPng } from '../../src/lib/png.ts';
import { drawOg } from '../../src/lib/og-draw.ts';
import { LEVELS } from '../../src/lib/og-raster.ts';
import { wrap } from '../../src/lib/og-text.ts';

/** The chunks of a PNG, each CRC checked. */
function chunks(png: Uint8Array) {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    expect(buf.readUInt32BE(at + 8 + len), `CRC of ${type}`).toBe(crc32(data, crc32(Buffer.from(type, 'latin1'))) >>> 0);
    out.push({ type, data });
    at += 12 + len;
  }
  return out;
}

describe('encodeIndexedPng', () => {
  it('writes IHDR, PLTE, IDAT, IEND with valid CRCs, and the indices come back exactly', () => {
    const [w, h] = [7, 5];
    const indices = new Uint8Array(w * h).map((_, i) => (i * 37) % 4);
    const palette = Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255]);
    encodeIndexedPng(new Uint8Array(20 * 20).fill(1), palette, 20, 20); // a bigger image first: its rows must not leak into the next
    const parts = chunks(encodeIndexedPng(indices, palette, w, h));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]]).toEqual([w, h, 8, 3, 0, 0, 0]);
    expect([...parts[1]!.data]).toEqual([...palette]);
    const raw = inflateSync(parts[2]!.data);
    expect(raw.length).toBe((w + 1) * h);
    for (let y = 0; y < h; y++) {
      expect(raw[y * (w + 1)], `filter byte of row ${y}`).toBe(0);
      expect([...raw.subarray(y * (w + 1) + 1, (y + 1) * (w + 1))]).toEqual([...indices.subarray(y * w, (y + 1) * w)]);
    }
  });

  it('refuses an index buffer of the wrong size and a palette that is not 1–256 RGB triples', () => {
    expect(() => encodeIndexedPng(new Uint8Array(3), new Uint8Array(3), 2, 2)).toThrow(/expected 4 indices/);
    expect(() => encodeIndexedPng(new Uint8Array(4), new Uint8Array(4), 2, 2)).toThrow(/1 to 256 RGB triples/);
    expect(() => encodeIndexedPng(new Uint8Array(4), new Uint8Array(257 * 3), 2, 2)).toThrow(/1 to 256 RGB triples/);
  });
});

describe('wrap', () => {
  const style = { weight: 700 as const, size: 64, lineHeight: 1.15 };
  const text = (line: { text: string }) => line.text;
  const drawn = (line: { glyphs: { glyph: { codePoints: number[] } }[] }) => line.glyphs.map((g) => String.fromCodePoint(...g.glyph.codePoints)).join('');

  it('breaks at spaces, keeps every line within the width, and drops the spaces it breaks at', () => {
    // The title size the card uses for titles over 60 characters; the lines a browser draws for it.
    const lines = wrap('stream disconnected before completion: Transport error: error decoding response body', { ...style, size: 52 }, 1056);
    expect(lines.map(text)).toEqual(['stream disconnected before completion:', 'Transport error: error decoding response', 'body']);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(1056);
    expect(lines.map(drawn)).toEqual(lines.map((l) => l.text.replaceAll(' ', ''))); // the glyphs are those words' letters
    expect(lines[0]!.glyphs[0]!.x).toBe(0);
    expect(lines[1]!.glyphs[0]!.x).toBe(0);
    // A word starts a space's width (about a quarter of the size) past the end of the word before it.
    const xOfD = (t: string) => wrap(t, style, 1056)[0]!.glyphs.find((g) => g.glyph.codePoints[0] === 100)!.x;
    expect(xOfD('stream disconnected') - xOfD('streamdisconnected')).toBeGreaterThan(12);
    expect(xOfD('stream disconnected') - xOfD('streamdisconnected')).toBeLessThan(20);
  });

  it('breaks a word wider than the line between letters', () => {
    const lines = wrap('x'.repeat(60), style, 500);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map(text).join('')).toBe('x'.repeat(60));
    expect(lines.map(drawn).join('')).toBe('x'.repeat(60));
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(500);
  });

  it('kerns: "AV" is narrower than the sum of its letters', () => {
    const [av] = wrap('AV', style, 1056);
    const [a] = wrap('A', style, 1056);
    const [v] = wrap('V', style, 1056);
    expect(av!.width).toBeLessThan(a!.width + v!.width - 2);
  });
});

/** The palette indices of a card, decoded. */
function pixels(png: Uint8Array) {
  const parts = chunks(png);
  const w = parts[0]!.data.readUInt32BE(0);
  const raw = inflateSync(parts.find((c) => c.type === 'IDAT')!.data);
  return { w, h: raw.length / (w + 1), at: (x: number, y: number) => raw[y * (w + 1) + 1 + x]! };
}

describe('drawOg', () => {
  const card = { kicker: 'Claude Code error', title: 'Credit balance is too low', subtitle: 'Your API credit balance ran out.' };

  it('draws a 1200×630 indexed card within 64 KB, text inside the padding, in the three text colours', async () => {
    const png = await drawOg(card);
    const { w, h, at } = pixels(png);
    expect([w, h]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(64 * 1024);
    const families = new Set<number>();
    let inked = 0;
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const i = at(x, y);
        if (i === 0) continue;
        inked++;
        families.add(Math.floor((i - 1) / LEVELS));
        expect(x >= 70 && x < 1130 && y >= 70 && y < 560, `ink at ${x},${y}, outside the card's padding`).toBe(true);
      }
    expect(families).toEqual(new Set([0, 1, 2])); // kicker green, title, muted subtitle and footer
    expect(inked).toBeGreaterThan(10_000); // text was drawn, not an empty canvas
  });

  it('is deterministic: the same bytes every time, whatever was drawn before (glyphs are cached per thread)', async () => {
    const first = await drawOg(card);
    await drawOg({ kicker: 'Cursor error', title: 'AVAVA Wo Ty — a different card', subtitle: 'x'.repeat(300) });
    expect(Buffer.from(await drawOg(card)).equals(Buffer.from(first))).toBe(true);
  });
});
