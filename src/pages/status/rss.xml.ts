import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { statusRss } from '../../status/feeds.ts';

/** Incidents and maintenances seen in the status snapshot (src/status/feeds.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(await statusRss((await getCatalog()).statusContext, site!.href), { headers: { 'Content-Type': 'application/xml' } });
