/**
 * Open Graph cards: the PNG encoder writes a valid file that decodes back to the exact pixels, and a drawn card is a
 * 1200×630 PNG of a sensible size, the same bytes every time.
 */
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from '../../src/lib/png.ts';
import { drawOg } from '../../src/lib/og-draw.ts';

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

describe('encodePng', () => {
  it('writes IHDR, IDAT, IEND with valid CRCs, and the pixels come back exactly', () => {
    const [w, h] = [7, 5];
    const pixels = new Uint8Array(w * h * 4).map((_, i) => (i * 37) % 256);
    encodePng(new Uint8Array(20 * 20 * 4).fill(9), 20, 20); // a bigger image first: its rows must not leak into the next
    const parts = chunks(encodePng(pixels, w, h));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]]).toEqual([w, h, 8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe((w * 4 + 1) * h);
    for (let y = 0; y < h; y++) {
      expect(raw[y * (w * 4 + 1)], `filter byte of row ${y}`).toBe(0);
      expect([...raw.subarray(y * (w * 4 + 1) + 1, (y + 1) * (w * 4 + 1))]).toEqual([...pixels.subarray(y * w * 4, (y + 1) * w * 4)]);
    }
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/expected 16 bytes/);
  });
});

describe('drawOg', () => {
  it('draws a 1200×630 card, deterministic, within 64 KB', async () => {
    const card = { kicker: 'Claude Code error', title: 'Credit balance is too low', subtitle: 'Your API credit balance ran out.' };
    const [a, b] = [await drawOg(card), await drawOg(card)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const ihdr = chunks(a)[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([1200, 630]);
    expect(a.length).toBeLessThan(64 * 1024);
    expect(a.length).toBeGreaterThan(5 * 1024); // text was drawn, not an empty canvas
  });
});
