// Draws the Open Graph cards into dist/og/ after the pages are built. The list comes from the build itself
// (dist/og/cards.json, written by src/pages/og/cards.json.ts from the catalogue, then deleted here). Drawing starts
// when the pages are generated and is awaited when the build is done, so it runs while the integrations before this
// one finish — above all Pagefind, whose indexing runs in its own process: the cards use the core it leaves.
// src/lib/og.ts is loaded by Node itself (type stripping), not through the bundle.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MANIFEST = 'og/cards.json';

/** Draws (or copies from the cache) every card listed in `site`/og/cards.json, then removes the list. */
async function drawAll(site) {
  const started = performance.now();
  const manifest = join(site, MANIFEST);
  /** @type {{ slug: string, card: import('../lib/og-draw.ts').OgCard }[]} */
  const cards = JSON.parse(readFileSync(manifest, 'utf8'));
  rmSync(manifest);
  const { writeOg } = await import(pathToFileURL(join(process.cwd(), 'src/lib/og.ts')).href);
  let drawn = 0;
  for (const { slug, card } of cards) {
    if ((await writeOg(card, join(site, 'og', `${slug}.png`))) === 'drawn') drawn++;
    // Let the event loop run between cards: Pagefind's replies to this process must not wait for the last card.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { cards: cards.length, drawn, ms: Math.round(performance.now() - started) };
}

/** @returns {import('astro').AstroIntegration} */
export function ogImages() {
  /** @type {Promise<{ cards: number, drawn: number, ms: number }> | undefined} */
  let pending;
  return {
    name: 'agent-errors:og-images',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        pending = drawAll(fileURLToPath(dir));
        pending.catch(() => {}); // awaited, and its error reported, in astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const done = await (pending ?? drawAll(fileURLToPath(dir)));
        logger.info(`${done.cards} Open Graph cards in ${done.ms} ms: ${done.drawn} drawn, ${done.cards - done.drawn} from the cache`);
      },
    },
  };
}
