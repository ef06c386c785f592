/**
 * An Open Graph image renderer running in a worker thread (src/lib/og.ts starts one per spare core), so cards are
 * drawn while the main thread renders HTML pages. Plain Node (type stripping), loaded from the source tree.
 */
import { parentPort } from 'node:worker_threads';
import { drawOg, type OgCard } from './og-draw.ts';

parentPort!.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
  try {
    const png = await drawOg(card);
    parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]); // moved, not copied: the PNG is a fresh buffer of its own
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
