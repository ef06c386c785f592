// Builds the Pagefind full-text index over the built pages, after Astro has written dist/ (as Starlight does).
// Only elements marked data-pagefind-body are indexed: the error pages' article, minus the parts marked
// data-pagefind-ignore (status, alternatives, links to other pages), so a page is found by its own words.
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'agent-errors:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
