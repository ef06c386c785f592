import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { ogCards } from '../../lib/og-cards.ts';

/**
 * The list of Open Graph cards to draw, for src/integrations/og-images.mjs, which draws them once the pages are
 * built (while Pagefind indexes) and then deletes this file: it is never deployed. Drawing them here, as one route
 * per card, cost Astro's per-route work 1,040 times at 1,000 pages and held the pages back.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(ogCards(await getCatalog())), { headers: { 'Content-Type': 'application/json' } });
