import { z } from 'astro/zod';
import { impactState, judge } from '../judge.ts';
import { worst } from '../states.ts';
import { isoTime, type ParsedIncident } from '../parse.ts';
import { MAX_NAME, MAX_UPDATE, plainText, safeHttpsUrl } from '../sanitize.ts';
import type { PageComponent } from '../states.ts';
import { getDoc, getDocWithFallback, MAX_RECENT, RECENT_DAYS, type StatusReader } from './statuspage.ts';

/**
 * Reader for Google Cloud Service Health (Gemini CLI: Gemini Code Assist licences and Vertex AI), which publishes no
 * component states, only its incident history:
 *  - /products.json lists every product ({ id, title, current_title }): a watched product that is not there any more
 *    is missing, so the state is unknown (the judge's rule);
 *  - /incidents.json lists incidents; an open one (no `end`, and its latest update not "AVAILABLE") that names a
 *    watched product raises that product by its impact: SERVICE_OUTAGE → major outage, SERVICE_DISRUPTION → partial
 *    outage; SERVICE_INFORMATION is listed but raises nothing. With no open incident, the watched products read
 *    operational — which is what Google's own dashboard shows for them then.
 * Text is Markdown in places ("**Summary**"): plainText drops the markers like everything else it distrusts.
 */
export const feedPath = 'incidents.json';

/** Google's history can be larger than a Statuspage summary; still bounded. */
const MAX_BYTES = 8 * 1024 * 1024;

const productsDoc = z.looseObject({ products: z.array(z.unknown()) });
const incidentsDoc = z.array(z.unknown());
const row = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** Google's impact words mapped onto the Statuspage impacts the judge knows. */
const IMPACT: Record<string, string> = { SERVICE_OUTAGE: 'critical', SERVICE_DISRUPTION: 'major', SERVICE_INFORMATION: 'none' };

export const read: StatusReader = async (base, tool, opts) => {
  const bounded = { ...opts, maxBytes: Math.max(opts.maxBytes ?? 0, MAX_BYTES) };
  const { res, doc, base: used, notes } = await getDocWithFallback(base, feedPath, incidentsDoc, bounded);
  const products = (await getDoc(used, 'products.json', productsDoc, bounded)).doc.products;

  const rows: PageComponent[] = [];
  for (const p of products) {
    const r = row(p);
    const id = plainText(r?.id, 100);
    const name = plainText(r?.current_title ?? r?.title, MAX_NAME);
    if (id && name) rows.push({ id, name, state: 'operational', group: false, onlyShowIfDegraded: false });
  }

  const all: ParsedIncident[] = [];
  for (const raw of doc) {
    const r = row(raw);
    if (!r) continue;
    const latest = row(r.most_recent_update);
    const closed = !!str(r.end) || latest?.status === 'AVAILABLE';
    const affected = Array.isArray(r.affected_products) ? r.affected_products.map(row).filter((x) => x !== null) : [];
    const uri = str(r.uri);
    all.push({
      id: str(r.id),
      touchedIds: affected.flatMap((a) => (str(a.id) ? [String(a.id)] : [])),
      touchedNames: affected.flatMap((a) => [str(a.title), str(a.current_title)].filter((x): x is string => !!x)),
      incident: {
        name: plainText(r.external_desc, MAX_NAME) ?? '(untitled incident)',
        impact: (typeof r.status_impact === 'string' && IMPACT[r.status_impact]) || 'unknown',
        status: closed ? 'resolved' : 'investigating',
        startedAt: isoTime(r.begin),
        resolvedAt: closed ? isoTime(r.end) : null,
        url: uri ? safeHttpsUrl(new URL(uri, used.href.endsWith('/') ? used.href : `${used.href}/`).href) : null,
        latestUpdate: plainText(latest?.text, MAX_UPDATE),
      },
    });
  }

  // Each product's own state, as Google's dashboard colours it: the worst open incident that names it.
  for (const r of rows) {
    const states = all
      .filter((p) => p.incident.status !== 'resolved' && (p.touchedIds.includes(r.id) || p.touchedNames.includes(r.name)))
      .map((p) => impactState(p.incident.impact) ?? 'operational');
    r.state = worst(['operational', ...states]);
  }

  const facts = (p: ParsedIncident) => ({ ...p, impact: p.incident.impact, status: p.incident.status, name: p.incident.name });
  const verdict = judge({ rows, watched: tool.components, toolName: tool.name, incidents: all.map(facts) });
  if (verdict.missing.length) notes.push(`watched product(s) not in products.json, so the state is unknown: ${verdict.missing.map((m) => m.name).join(', ')}`);

  // Recently resolved incidents of the watched products (the judge's "concerns the tool" rule, on closed ones).
  const now = opts.now.getTime();
  const recent = judge({ rows, watched: tool.components, toolName: tool.name, incidents: all.filter((p) => p.incident.status === 'resolved').map((p) => ({ ...facts(p), status: 'open' })) })
    .incidents.filter((p) => {
      const at = Date.parse(p.incident.resolvedAt ?? '');
      return at >= now - RECENT_DAYS * 86_400_000 && at <= now + 300_000;
    })
    .sort((a, b) => Date.parse(b.incident.resolvedAt!) - Date.parse(a.incident.resolvedAt!))
    .slice(0, MAX_RECENT);

  return {
    state: verdict.state,
    source: res.url,
    scope: verdict.scope,
    components: verdict.rows.map((c) => ({ id: c.id, name: c.name, state: c.state })),
    missing: verdict.missing.map((m) => m.name),
    vendorUpdatedAt: null,
    incidents: verdict.incidents.map((p) => p.incident),
    maintenances: [],
    recentIncidents: recent.map((p) => p.incident),
    notes,
  };
};
