import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { statusJson } from '../status/feeds.ts';

/**
 * The public status snapshot, same shape as content/status/snapshot.json, with each tool's state as shown on
 * the pages (unknown when the reading is too old). Vendor strings are already plain text.
 */
export const GET: APIRoute = async () =>
  new Response(statusJson((await getCatalog()).statusContext), { headers: { 'Content-Type': 'application/json' } });
