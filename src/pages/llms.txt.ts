import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { SITE_NAME, SITE_TAGLINE } from '../site.config.mjs';

/** /llms.txt: a plain index of every error page and the messages it covers, for AI assistants. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const lines = [`# ${SITE_NAME}`, '', `> ${SITE_TAGLINE} Each page: verbatim messages, causes, per-OS fixes, whether waiting helps, sources, last-verified date.`, ''];
  lines.push(`Machine-readable catalogue: ${new URL('/errors.json', site).href}`, `Vendor status: ${new URL('/status.json', site).href}`, '');
  for (const t of catalog.tools) {
    const errors = catalog.errorsOf(t.id);
    lines.push(`## ${t.data.name}`, '');
    if (!errors.length) lines.push(`No pages yet. Official docs: ${t.data.docs}`);
    for (const e of errors) {
      lines.push(`- [${e.data.title}](${new URL(`/${e.id}/`, site).href}): ${e.data.description}`);
      for (const m of e.data.messages) lines.push(`  - "${m.text.replace(/\s+/g, ' ')}"${m.variant ? ` (${m.variant})` : ''}`);
    }
    lines.push('');
  }
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
