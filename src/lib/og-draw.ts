/**
 * Drawing one Open Graph card (1200×630 PNG) from one template: a dark card, a kicker line at the top, the title and a
 * subtitle in the middle, the site's line at the bottom — the layout a flex column with `justify-content:
 * space-between` gives, computed here directly. Fonts ship in the repo (no network). Pure: no cache, no threads —
 * src/lib/og.ts decides where it runs.
 */
import { baselineOffset, face, lineBox, wrap, type TextStyle } from './og-text.ts';
import { Canvas, loadRasteriser } from './og-raster.ts';
import { encodeIndexedPng } from './png.ts';

export interface OgCard {
  /** Small line above the title, e.g. "Claude Code error". */
  kicker: string;
  title: string;
  /** One line under the title (the message, or the tool summary). */
  subtitle?: string;
}

/** Bump when the template changes, so cached images are re-rendered. */
export const TEMPLATE_VERSION = '6';

const WIDTH = 1200;
const HEIGHT = 630;
const PADDING = 72;
const INNER = WIDTH - 2 * PADDING;
const GAP = 24; // between title and subtitle
const BACKGROUND = '#111418';
const GREEN = '#5fd38a';
const TEXT = '#e6e9ed';
const MUTED = '#a9b1bb';
const FOOTER = 'agent-errors: is it the vendor, or is it me';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Block {
  text: string;
  style: TextStyle;
  colour: string;
}

export async function drawOg(card: OgCard): Promise<Uint8Array> {
  await loadRasteriser();
  const kicker: Block = { text: clip(card.kicker, 60), style: { weight: 700, size: 30 }, colour: GREEN };
  const title: Block = { text: clip(card.title, 110), style: { weight: 700, size: card.title.length > 60 ? 52 : 64, lineHeight: 1.15 }, colour: TEXT };
  const subtitle: Block | null = card.subtitle ? { text: clip(card.subtitle, 150), style: { weight: 400, size: 30, lineHeight: 1.3 }, colour: MUTED } : null;
  const footer: Block = { text: FOOTER, style: { weight: 400, size: 26 }, colour: MUTED };

  const laid = new Map<Block, ReturnType<typeof wrap>>();
  for (const b of [kicker, title, subtitle, footer]) if (b) laid.set(b, wrap(b.text, b.style, INNER));
  const h = (b: Block) => laid.get(b)!.length * lineBox(b.style);
  const middle = h(title) + (subtitle ? GAP + h(subtitle) : 0);
  // space-between: the free height is split evenly between the two gaps around the middle block.
  const free = HEIGHT - 2 * PADDING - h(kicker) - middle - h(footer);
  const tops = new Map<Block, number>([
    [kicker, PADDING],
    [title, PADDING + h(kicker) + free / 2],
    [footer, HEIGHT - PADDING - h(footer)],
  ]);
  if (subtitle) tops.set(subtitle, tops.get(title)! + h(title) + GAP);

  const canvas = new Canvas(WIDTH, HEIGHT, BACKGROUND, [GREEN, TEXT, MUTED]);
  for (const [b, lines] of laid) {
    const f = face(b.style.weight);
    lines.forEach((line, i) => {
      const baseline = Math.round(tops.get(b)! + i * lineBox(b.style) + baselineOffset(b.style));
      for (const g of line.glyphs) canvas.glyph(g.glyph, String(b.style.weight), f.unitsPerEm, b.style.size, PADDING + g.x, baseline, b.colour);
    });
  }
  return encodeIndexedPng(canvas.pixels, canvas.palette, WIDTH, HEIGHT);
}
