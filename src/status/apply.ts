#!/usr/bin/env node
/**
 * `npm run status:apply`: bring an already built site (dist/) up to date with the status snapshot, without a
 * rebuild. Every page's status pieces sit between slot markers (src/status/slots.ts); this re-renders each slot
 * with the same functions the build uses, and rewrites /status.json and /status/rss.xml. With the same snapshot
 * and the same "now" (SOURCE_DATE_EPOCH), the result is byte-identical to a full build (tested), so the
 * every-15-minutes refresh costs seconds instead of a rebuild of every page.
 *
 *   node src/status/apply.ts [--dist dist] [--snapshot content/status/snapshot.json] [--tools content/tools]
 *
 * Exit 0 when the site was updated, 1 when it could not be (no dist/, unreadable snapshot), 2 for bad arguments.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTools } from './refresh.ts';
import { parseSnapshot } from './merge.ts';
import { statusHosts, trustSnapshot } from './trust.ts';
import { applySlots } from './slots.ts';
import { statusJson, statusRss } from './feeds.ts';
import { toolMeta } from '../lib/tool-meta.ts';
import { siteUrl } from '../site.config.mjs';
import type { StatusContext } from './render.ts';
import { buildNow } from './age.ts';

export interface ApplyResult {
  pages: number;
  slots: number;
  changed: number;
  ms: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export async function statusContextFrom(opts: { snapshot: string; tools: string; now: Date }): Promise<StatusContext> {
  const tools = (await loadTools(opts.tools)).flatMap((t) => (t.data ? [{ id: t.id, data: t.data }] : []));
  const { snapshot, problem } = parseSnapshot(await readFile(opts.snapshot, 'utf8'));
  if (!snapshot) throw new Error(`${opts.snapshot}: ${problem}`);
  return {
    tools: tools.map(toolMeta),
    snapshot: trustSnapshot(snapshot, Object.fromEntries(tools.map((t) => [t.id, statusHosts(t.data.status)]))),
    now: opts.now,
  };
}

export async function applyStatus(opts: { dist: string; snapshot: string; tools: string; now: Date; site: string }): Promise<ApplyResult> {
  const t0 = performance.now();
  const ctx = await statusContextFrom(opts);
  const files = await htmlFiles(opts.dist);
  let slots = 0;
  let changed = 0;
  // Pages are independent: read, re-render and write them a few at a time.
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let file = queue.pop(); file; file = queue.pop()) {
        const before = await readFile(file, 'utf8');
        const { html, count } = applySlots(before, ctx);
        slots += count;
        if (html !== before) {
          await writeFile(file, html);
          changed++;
        }
      }
    }),
  );
  await writeFile(join(opts.dist, 'status.json'), statusJson(ctx));
  await writeFile(join(opts.dist, 'status/rss.xml'), await statusRss(ctx, opts.site));
  return { pages: files.length, slots, changed, ms: Math.round(performance.now() - t0) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const content = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : fileURLToPath(new URL('../../content/', import.meta.url));
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dist: { type: 'string', default: 'dist' },
        snapshot: { type: 'string', default: join(content, 'status/snapshot.json') },
        tools: { type: 'string', default: join(content, 'tools') },
      },
    }));
  } catch (err) {
    console.error(`status:apply: ${(err as Error).message}`);
    process.exit(2);
  }
  try {
    const r = await applyStatus({ dist: values.dist!, snapshot: values.snapshot!, tools: values.tools!, now: buildNow(), site: siteUrl() });
    console.log(`status:apply: ${r.slots} status pieces in ${r.pages} pages re-rendered (${r.changed} pages changed), status.json and status/rss.xml rewritten, in ${r.ms} ms`);
  } catch (err) {
    console.error(`status:apply: ${(err as Error).message}`);
    process.exit(1);
  }
}
