import { z } from 'astro/zod';
import { plainText, MAX_NAME } from '../sanitize.ts';
import type { PageComponent, StatusState } from '../states.ts';
import { judge } from '../judge.ts';
import { getDocWithFallback, type StatusReader } from './statuspage.ts';

/**
 * Reader for Gatus (Cline): GET /api/v1/endpoints/statuses lists health-check endpoints, each with its
 * recent check results. Gatus has no indicator, components states or incident text, so:
 *  - an endpoint's state comes from its latest result (by timestamp): success → operational, a failing
 *    check → major_outage, no results or no verdict → unknown;
 *  - watched endpoints (matched by key, then name) decide with "worst wins", like components elsewhere, and a
 *    watched endpoint that is gone makes the state unknown (src/status/judge.ts);
 *  - with none watched, the page-wide state is: every endpoint failing → major_outage, some failing →
 *    partial_outage (one failing check out of many is not a full outage of the service), otherwise the
 *    worst of the rest (so one unreadable endpoint keeps it from reading operational).
 */

const result = z.looseObject({ success: z.boolean().nullish(), timestamp: z.string().nullish() });
const endpoint = z.looseObject({
  name: z.string(),
  group: z.string().nullish(),
  key: z.string().nullish(),
  results: z.array(z.unknown()).nullish(),
});
const statuses = z.array(z.unknown());

function latestVerdict(results: readonly unknown[]): StatusState {
  let bestAt = -Infinity;
  let verdict: boolean | null | undefined;
  let seen = false;
  for (const raw of results) {
    const r = result.safeParse(raw);
    if (!r.success) continue;
    const parsed = Date.parse(r.data.timestamp ?? '');
    const at = Number.isFinite(parsed) ? parsed : -Infinity;
    // Later timestamp wins; on a tie (or without timestamps) the later entry, as Gatus lists oldest first.
    if (!seen || at >= bestAt) {
      bestAt = at;
      verdict = r.data.success;
      seen = true;
    }
  }
  if (typeof verdict !== 'boolean') return 'unknown';
  return verdict ? 'operational' : 'major_outage';
}

export const feedPath = 'api/v1/endpoints/statuses';

export const read: StatusReader = async (base, tool, opts) => {
  const { res, doc, notes } = await getDocWithFallback(base, feedPath, statuses, opts);
  const rows: PageComponent[] = [];
  for (const raw of doc) {
    const e = endpoint.safeParse(raw);
    if (!e.success) continue;
    const name = plainText(e.data.group ? `${e.data.group} / ${e.data.name}` : e.data.name, MAX_NAME);
    if (!name) continue;
    rows.push({
      id: plainText(e.data.key, 200) ?? name,
      name,
      state: latestVerdict(e.data.results ?? []),
      group: false,
      onlyShowIfDegraded: false,
    });
  }

  // Watched endpoints decide (a missing one makes the state unknown): the same judge as every other feed.
  const verdict = judge({ rows, watched: tool.components, toolName: tool.name, incidents: [] });
  let state = verdict.state;
  if (verdict.missing.length) notes.push(`watched endpoint(s) not on the page, so the state is unknown: ${verdict.missing.map((m) => m.name).join(', ')}`);
  if (verdict.scope === 'page') {
    // Gatus has no indicator: one failing check out of many is a partial outage, all failing a major one.
    const failing = rows.filter((r) => r.state === 'major_outage').length;
    if (rows.length === 0) state = 'unknown';
    else if (failing === rows.length) state = 'major_outage';
    else if (failing > 0) state = 'partial_outage';
    notes.push('no endpoints watched; using every endpoint');
    if (rows.length === 0) notes.push('the page lists no endpoints');
  }

  return {
    state,
    source: res.url,
    scope: verdict.scope,
    components: verdict.rows.slice(0, 60).map((c) => ({ id: c.id, name: c.name, state: c.state })),
    missing: verdict.missing.map((m) => m.name),
    vendorUpdatedAt: null,
    incidents: [],
    maintenances: [],
    recentIncidents: [],
    notes,
  };
};
