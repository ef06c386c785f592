import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { SITE_NAME } from '../site.config.mjs';

/** New and updated error pages, newest first; an item's date is the day its facts were last verified. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const items = [...catalog.errors]
    .sort((a, b) => b.data.lastVerified.getTime() - a.data.lastVerified.getTime() || a.id.localeCompare(b.id))
    .map((e) => ({
      title: `${catalog.tool(e.data.tool.id).data.name}: ${e.data.title}`,
      link: `/${e.id}/`,
      pubDate: e.data.lastVerified,
      description: e.data.description,
      categories: [e.data.category],
    }));
  return rss({
    title: `${SITE_NAME}: new and updated error pages`,
    description: 'Error pages for AI coding tools, as they are added or re-verified.',
    site: site!,
    items,
    trailingSlash: true,
  });
};
