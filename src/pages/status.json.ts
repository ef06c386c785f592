import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';

/**
 * The public status snapshot, same shape as content/status/snapshot.json, with each tool's state as shown on
 * the pages (unknown when the reading is too old). Vendor strings are already plain text.
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const tools = Object.fromEntries(
    Object.entries(catalog.snapshot.tools).map(([id, s]) => [id, { ...s, state: catalog.stateOf(id) }]),
  );
  return new Response(JSON.stringify({ ...catalog.snapshot, tools }, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
};
