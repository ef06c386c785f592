/**
 * Open Graph images (1200×630 PNG), one per error page and hub. Each image is cached on disk by a hash of everything
 * that shapes it, so a rebuild re-renders only pages whose title, message or tool changed (the deploy workflow keeps
 * the cache). Cards not in the cache are drawn in worker threads, one per core (up to 4), while the main thread goes on
 * rendering pages (astro.config.mjs lets several pages be in flight). One per core rather than per spare core: the
 * pages are done long before the cards, and from then on the main thread only waits. With one core they are drawn
 * in-process.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { drawOg, TEMPLATE_VERSION, type OgCard } from './og-draw.ts';

export type { OgCard };

const CACHE_DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/agent-errors-og';

interface Job {
  resolve: (png: Uint8Array) => void;
  reject: (err: Error) => void;
}

/** A few workers, kept referenced only while they have work, so an idle pool never holds the build open. */
class Pool {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly jobs = new Map<number, Job>();
  private next = 0;
  broken = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // The source file, run by Node's type stripping: the bundle Astro builds has no separate worker entry.
      // Small heaps: a worker holds one card at a time, and with Node's default limits each one grew to ~300 MB of
      // garbage before collecting it (peak RSS 1.82 GB at 1,000 pages with two workers; 1.58 GB with these).
      const w = new Worker(join(process.cwd(), 'src/lib/og-worker.ts'), { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
      w.unref();
      const slot = { w, busy: 0 };
      w.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
        const job = this.jobs.get(m.id)!;
        this.jobs.delete(m.id);
        if (--slot.busy === 0) w.unref();
        if (m.error) job.reject(new Error(m.error));
        else job.resolve(new Uint8Array(m.png!));
      });
      w.on('error', (err: Error) => {
        // A worker that died (out of memory, a crash) fails its pending cards; renderOg draws them in this thread,
        // and every later card too: a pool with a dead worker would wait for it forever.
        if (!this.broken) console.warn(`OG images: a worker failed (${err.message}); drawing the remaining cards in the main thread`);
        this.broken = true;
        for (const [id, job] of this.jobs) {
          job.reject(err);
          this.jobs.delete(id);
        }
      });
      this.workers.push(slot);
    }
  }

  draw(card: OgCard): Promise<Uint8Array> {
    if (this.broken) return Promise.reject(new Error('the OG worker pool lost a worker'));
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.next++;
    if (slot.busy++ === 0) slot.w.ref();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      slot.w.postMessage({ id, card });
    });
  }
}

let pool: Pool | null | undefined;
function getPool(): Pool | null {
  if (pool === undefined) {
    const cores = availableParallelism();
    const size = Number(process.env.OG_WORKERS ?? Math.min(4, cores));
    pool = cores > 1 && size >= 1 ? new Pool(size) : null;
  }
  return pool;
}

export async function renderOg(card: OgCard): Promise<Uint8Array> {
  const key = createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(card)).digest('hex').slice(0, 24);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const p = getPool();
  const png = p ? await p.draw(card).catch(() => drawOg(card)) : await drawOg(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
