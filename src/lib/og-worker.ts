/**
 * An Open Graph image renderer running in a worker thread (src/lib/og.ts starts one per spare core), so cards are
 * drawn while the main thread renders HTML pages. Plain Node (type stripping), loaded from the source tree.
 */
import { parentPort } from 'node:worker_threads';
import { drawOg, type OgCard } from './og-draw.ts';

parentPort!.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
  try {
    const png = await drawOg(card);
    parentPort!.postMessage({ id, png }); // copied: resvg's buffer lives in native memory and can't be transferred
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
