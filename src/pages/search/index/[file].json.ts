import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import { buildMessageIndex } from '../../../lib/search/message-index.ts';

/** /search/index/terms-<n>.json and /search/index/pages-<n>.json: the message index (src/lib/search/message-index.ts). */
async function index() {
  const catalog = await getCatalog();
  return buildMessageIndex(
    catalog.errors.map((e) => ({ url: `/${e.id}/`, tool: e.data.tool.id, title: e.data.title, messages: e.data.messages.map((m) => m.text) })),
  );
}

export async function getStaticPaths() {
  const idx = await index();
  return [
    ...idx.terms.map((t, i) => ({ params: { file: `terms-${i}` }, props: { body: t } })),
    ...idx.chunks.map((c, i) => ({ params: { file: `pages-${i}` }, props: { body: c } })),
  ];
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { body: unknown }).body), { headers: { 'Content-Type': 'application/json' } });
