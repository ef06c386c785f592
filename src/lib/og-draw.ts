/**
 * Drawing one Open Graph card (1200×630 PNG) from one template with satori + resvg and a font shipped in the repo
 * (no network). Pure: no cache, no threads — src/lib/og.ts decides where it runs.
 *
 * resvg's WebAssembly build, not its native Node addon: the addon never frees a rendered image (thx/resvg-js#216;
 * here about 3.3 MB of RSS per card, 4.6 GB peak at 1,000 pages), and the fresh memory it maps for every card made it
 * slower too (about 50 ms per card against 30 ms here). The WebAssembly build frees each image explicitly; its PNG
 * encoder is slow, so the pixels go to Node's zlib instead (src/lib/png.ts).
 */
import satori from 'satori';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { encodePng } from './png.ts';

export interface OgCard {
  /** Small line above the title, e.g. "Claude Code error". */
  kicker: string;
  title: string;
  /** One line under the title (the message, or the tool summary). */
  subtitle?: string;
}

// From the project root: the build and its worker threads both run there (this file may run bundled or not).
const FONT_DIR = join(process.cwd(), 'src/assets/fonts');
/** Bump when the template changes, so cached images are re-rendered. */
export const TEMPLATE_VERSION = '5';

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Inter', data: readFileSync(join(FONT_DIR, 'inter-latin-400-normal.woff')), weight: 400, style: 'normal' },
    { name: 'Inter', data: readFileSync(join(FONT_DIR, 'inter-latin-700-normal.woff')), weight: 700, style: 'normal' },
  ];
  return fonts;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The card as satori's element tree (plain objects: no JSX needed). */
function tree(card: OgCard) {
  const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });
  return el(
    'div',
    { width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#111418', color: '#e6e9ed', fontFamily: 'Inter' },
    [
      el('div', { display: 'flex', width: 1056, fontSize: 30, color: '#5fd38a', fontWeight: 700 }, clip(card.kicker, 60)),
      el('div', { display: 'flex', flexDirection: 'column', width: 1056, gap: 24 }, [
        el('div', { width: 1056, fontSize: card.title.length > 60 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }, clip(card.title, 110)),
        ...(card.subtitle ? [el('div', { width: 1056, fontSize: 30, color: '#a9b1bb', lineHeight: 1.3 }, clip(card.subtitle, 150))] : []),
      ]),
      el('div', { display: 'flex', width: 1056, fontSize: 26, color: '#a9b1bb' }, 'agent-errors: is it the vendor, or is it me'),
    ],
  );
}

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  // Once per thread: initWasm refuses a second call.
  wasmReady ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

export async function drawOg(card: OgCard): Promise<Uint8Array> {
  const [svg] = await Promise.all([satori(tree(card) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: loadFonts() }), loadWasm()]);
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } });
  const image = resvg.render();
  try {
    return encodePng(image.pixels, image.width, image.height);
  } finally {
    image.free();
    resvg.free();
  }
}
