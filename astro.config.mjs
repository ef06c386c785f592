// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteUrl } from './src/site.config.mjs';
import { pagefindIndex } from './src/integrations/pagefind.mjs';
import { ogImages } from './src/integrations/og-images.mjs';
import { mdxFrontmatterOnce } from './src/integrations/mdx-frontmatter-once.mjs';
import { dataStoreLiterals } from './src/integrations/data-store-literals.mjs';
import { sitemapFilter, sitemapSerialize } from './src/lib/sitemap-lastmod.mjs';

export default defineConfig({
  // Canonical URLs and the sitemap are absolute; SITE_URL sets the origin (see README).
  site: siteUrl(),
  // Tests that build fixture content trees use their own cache, so they never leave entries behind for the real build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // One URL form, chosen once: every page is a directory and ends in "/".
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Inline the (small) stylesheet so an error page paints from its first response.
    inlineStylesheets: 'always',
    // Several pages in flight at once. Output does not depend on it (tested: two builds are identical).
    concurrency: 4,
  },
  // Classic whitespace collapsing: error messages are built from inline elements and must keep their spaces.
  compressHTML: true,
  markdown: {
    // Commands are short shell lines; highlighting would add inline styles to every page for little gain.
    syntaxHighlight: false,
  },
  // ogImages after pagefindIndex: it starts drawing when the pages are generated and waits for its cards last.
  integrations: [mdx(), sitemap({ serialize: sitemapSerialize, filter: sitemapFilter }), pagefindIndex(), ogImages()],
  vite: {
    // mdxFrontmatterOnce: topics' and comparisons' front matter is read by the content layer only, not compiled into
    // their modules too (error pages are not modules: src/lib/mdx-body.ts).
    // dataStoreLiterals: the content data store compiles in linear time, not quadratic (67 s → 4 s at 10,000 pages).
    plugins: [tailwindcss(), mdxFrontmatterOnce(), dataStoreLiterals()],
    // Never inline scripts into pages: the Content-Security-Policy allows only same-origin script files.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX page triggers a harmless notice about Astro's own "use astro:head-inject" directive; at 1,000
        // pages that is 1,000 lines hiding real warnings. Everything else is passed through.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
