import { fromIndicator, scopeComponents } from '../states.ts';
import {
  assemble,
  isoTime,
  compatSummary,
  componentsDoc,
  getDoc,
  getDocWithFallback,
  readHistory,
  toIncidents,
  toPageComponents,
  type StatusReader,
} from './statuspage.ts';

/**
 * Reader for incident.io status pages (OpenAI), through their Statuspage-compatible endpoints.
 *
 * The compat summary is thinner than a real Statuspage one and changes over time: every top-level key
 * but `status` has been seen missing, there are no group flags, and the Codex components were at times
 * only in /api/v2/components.json. So: watched components missing from the summary are looked up in
 * components.json, and when the summary carries no `incidents` the open ones are taken from incidents.json
 * (which also gives the recently resolved ones). /api/v2/incidents/unresolved.json is not used: it has
 * answered 404 HTML on this host.
 */
export const feedPath = 'api/v2/summary.json';

export const read: StatusReader = async (base, tool, opts) => {
  const { res, doc, base: used, notes } = await getDocWithFallback(base, feedPath, compatSummary, opts);
  let components = toPageComponents(doc.components ?? []);
  const needComponents = components.length === 0 || scopeComponents(components, tool.components).missing.length > 0;

  // Both extra documents are optional and independent: ask for them together.
  const [extra, history] = await Promise.all([
    needComponents
      ? getDoc(used, 'api/v2/components.json', componentsDoc, opts).then(
          (r) => toPageComponents(r.doc.components),
          (err: Error) => {
            notes.push(`components.json unavailable (${err.message})`);
            return [];
          },
        )
      : Promise.resolve([]),
    readHistory(used, opts, notes),
  ]);
  if (extra.length) {
    const known = new Set(components.map((c) => c.id));
    components = [...components, ...extra.filter((c) => !known.has(c.id))];
  }

  const open = Array.isArray(doc.incidents)
    ? toIncidents(doc.incidents, 'incident')
    : (history ?? []).filter((p) => p.incident.status !== 'resolved' && p.incident.status !== 'postmortem');

  return assemble(
    {
      components,
      indicator: doc.status.indicator == null ? null : fromIndicator(doc.status.indicator),
      incidents: open,
      maintenances: toIncidents(doc.scheduled_maintenances ?? [], 'maintenance'),
      history,
      vendorUpdatedAt: isoTime(doc.page?.updated_at),
    },
    tool,
    opts,
    res.url,
    notes,
  );
};
