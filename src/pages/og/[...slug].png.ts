import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { renderOg, type OgCard } from '../../lib/og.ts';
import { SITE_TAGLINE } from '../../site.config.mjs';

/** /og/site.png, /og/<tool>.png and /og/<tool>/<error>.png: one card per page that shares well. */
export async function getStaticPaths() {
  const catalog = await getCatalog();
  const cards: { slug: string; card: OgCard }[] = [
    { slug: 'site', card: { kicker: 'agent-errors', title: 'AI coding tool errors, explained', subtitle: SITE_TAGLINE } },
    ...catalog.tools.map((t) => ({ slug: t.id, card: { kicker: `${t.data.name} errors`, title: `${t.data.name}: causes, fixes and status`, subtitle: t.data.vendor } })),
    ...catalog.errors.map((e) => {
      const tool = catalog.tool(e.data.tool.id).data.name;
      return { slug: e.id, card: { kicker: `${tool} error`, title: e.data.title, subtitle: e.data.description } };
    }),
  ];
  return cards.map(({ slug, card }) => ({ params: { slug }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderOg((props as { card: OgCard }).card)), { headers: { 'Content-Type': 'image/png' } });
