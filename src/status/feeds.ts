/**
 * /status.json and /status/rss.xml as pure functions of the status context, so the build's endpoints and the fast
 * status refresh (src/status/apply.ts) write the same bytes.
 */
import { getRssString } from '@astrojs/rss';
import { esc } from '../lib/html.ts';
import { SITE_NAME } from '../site.config.mjs';
import { stateOf, type StatusContext } from './render.ts';

/**
 * The snapshot as the pages show it: every tool, in display order, with its state after the max-age and future-date
 * rules (a tool the snapshot doesn't know yet is there too, as unknown with no reading).
 */
export function statusJson(ctx: StatusContext): string {
  const none = { state: 'unknown', checkedAt: null, stale: true, source: null, error: 'not read yet', scope: null, components: [], missing: [], vendorUpdatedAt: null, incidents: [], maintenances: [], recentIncidents: [] };
  const tools = Object.fromEntries(ctx.tools.map((t) => [t.id, { ...(stateOf(ctx, t.id).status ?? none), state: stateOf(ctx, t.id).state }]));
  return JSON.stringify({ ...ctx.snapshot, tools }, null, 2) + '\n';
}

/**
 * Incidents and maintenances seen in the snapshot (active and recently resolved), newest first. Vendor text is plain
 * text already (src/status/trust.ts). Feed readers render <description> as HTML, so it is HTML-escaped here first;
 * getRssString then escapes it for XML.
 */
export function statusRss(ctx: StatusContext, site: string): Promise<string> {
  const seen = new Map<string, { title: string; link: string; pubDate: Date; description: string }>();
  for (const t of ctx.tools) {
    const st = Object.hasOwn(ctx.snapshot.tools, t.id) ? ctx.snapshot.tools[t.id] : undefined;
    if (!st) continue;
    for (const [kind, list] of [['incident', st.incidents], ['maintenance', st.maintenances], ['resolved', st.recentIncidents]] as const) {
      for (const i of list) {
        const when = i.startedAt ?? st.checkedAt ?? ctx.snapshot.generatedAt;
        seen.set(`${t.id}|${i.url ?? i.name}|${kind}`, {
          title: `${t.name}: ${i.name}${kind === 'resolved' ? ' (resolved)' : ''}`,
          link: i.url ?? '/status/',
          pubDate: new Date(when),
          description: esc([`Status: ${i.status}`, i.impact !== 'none' ? `impact: ${i.impact}` : '', i.latestUpdate ?? ''].filter(Boolean).join('. ')),
        });
      }
    }
  }
  const names = ctx.tools.filter((t) => t.status.provider !== 'none').map((t) => t.name);
  return getRssString({
    title: `${SITE_NAME}: AI coding tool incidents`,
    description: `Incidents and maintenance from the official status pages of ${names.join(', ')}, as read at build time.`,
    site: new URL('/status/', site).href,
    items: [...seen.values()].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title)),
  });
}
