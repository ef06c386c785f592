// Builds the Pagefind full-text index over the built pages, after Astro has written dist/ (as Starlight does).
// Only elements marked data-pagefind-body are indexed: the error pages' article, minus the parts marked
// data-pagefind-ignore (status, alternatives, links to other pages), so a page is found by its own words.
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexKey, restoreIndex, saveIndex } from './pagefind-cache.mjs';

const OPTIONS = { forceLanguage: 'en' };
// pagefind's package.json is not among its exports: find it beside the entry point.
const PAGEFIND_VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
/** Where the last index is kept between builds (the deploy workflow persists .cache/pagefind). */
const CACHE_DIR = process.env.PAGEFIND_CACHE_DIR ?? 'node_modules/.cache/agent-errors-pagefind';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'agent-errors:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const key = indexKey(site, `${PAGEFIND_VERSION}\0${JSON.stringify(OPTIONS)}`);
        if (restoreIndex(CACHE_DIR, key, `${site}pagefind`)) {
          logger.info(`indexed 0 pages in ${Math.round(performance.now() - started)} ms: the pages say what they said last build, index reused`);
          return;
        }
        const { index, errors } = await pagefind.createIndex(OPTIONS);
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          saveIndex(CACHE_DIR, key, `${site}pagefind`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
