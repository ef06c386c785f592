import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { errorsJson } from '../lib/errors-json.ts';

/** The whole catalogue, machine-readable (shape documented in the README). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const body = errorsJson(
    catalog.errors.map((e) => ({ id: e.id, data: { ...e.data, tool: e.data.tool.id }, notes: catalog.checkNotes(e) })),
    site!.href,
  );
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
