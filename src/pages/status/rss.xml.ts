import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { SITE_NAME } from '../../site.config.mjs';
import { esc } from '../../lib/html.ts';

/**
 * Incidents and maintenances seen in the status snapshot (active and recently resolved), newest first.
 * Vendor text is plain text already (src/status/trust.ts). Feed readers render <description> as HTML, so it is
 * HTML-escaped here first; @astrojs/rss then escapes it for XML.
 */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const seen = new Map<string, { title: string; link: string; pubDate: Date; description: string }>();
  for (const t of catalog.tools) {
    const st = catalog.statusOf(t.id);
    if (!st) continue;
    for (const [kind, list] of [['incident', st.incidents], ['maintenance', st.maintenances], ['resolved', st.recentIncidents]] as const) {
      for (const i of list) {
        const when = i.startedAt ?? st.checkedAt ?? catalog.snapshot.generatedAt;
        const key = `${t.id}|${i.url ?? i.name}|${kind}`;
        seen.set(key, {
          title: `${t.data.name}: ${i.name}${kind === 'resolved' ? ' (resolved)' : ''}`,
          link: i.url ?? '/status/',
          pubDate: new Date(when),
          description: esc([`Status: ${i.status}`, i.impact !== 'none' ? `impact: ${i.impact}` : '', i.latestUpdate ?? ''].filter(Boolean).join('. ')),
        });
      }
    }
  }
  return rss({
    title: `${SITE_NAME}: AI coding tool incidents`,
    description: 'Incidents and maintenance from the official status pages of Claude Code, Codex, Cursor, GitHub Copilot, Cline and Windsurf, as read at build time.',
    site: new URL('/status/', site!).href,
    items: [...seen.values()].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  });
};
