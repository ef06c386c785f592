/**
 * The browser's re-reading of a tool's status feed (src/scripts/live-status.ts), as a module of its own so it is
 * tested in Node against the fake vendor: the same parse → judge as the build, with the browser's bounds — no HTTP
 * cache, no redirects, no cookies, a deadline, a byte cap while streaming — and it refuses anything doubtful
 * (null): a feed without an incidents list, or one older than the reading the page was built from.
 */
import { judge } from './judge.ts';
import { incidentFacts, isoTime, toIncidents, toPageComponents } from './parse.ts';
import { fromIndicator } from './states.ts';
import type { BoxHeading, ToolMeta } from './render.ts';
import type { Category } from '../schemas/error.ts';
import type { ToolStatus } from './snapshot-schema.ts';

export const LIVE_MAX_BYTES = 2_000_000;
export const LIVE_TIMEOUT_MS = 4_000;

/** What the build tells the browser about a box (its data-live attribute). */
export interface Live {
  /** The tool, without what only the alternatives need (upstreams, local models). */
  t: Omit<ToolMeta, 'upstreams' | 'localModels'>;
  c: Category | null;
  h: BoxHeading;
  m: number;
  /** The vendor's `page.updated_at` in the build's reading: anything older is an older reading (a cache, a mirror). */
  u: string | null;
}

/** GET JSON with no cache, no redirects, no cookies, a deadline and a byte cap enforced while streaming. */
export async function getJson(url: string): Promise<unknown> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), LIVE_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: ctl.signal, cache: 'no-store', redirect: 'error', credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!res.ok || !/json/i.test(res.headers.get('content-type') ?? '') || !res.body) throw new Error('not the feed');
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > LIVE_MAX_BYTES) {
        ctl.abort();
        throw new Error('too large');
      }
      chunks.push(value);
    }
    const body = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.byteLength;
    }
    return JSON.parse(new TextDecoder().decode(body));
  } finally {
    clearTimeout(timer);
  }
}

const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** Read the feed and judge it as the build would; null when anything is missing or doubtful. */
export async function readLive(url: string, live: Live, now: Date): Promise<ToolStatus | null> {
  const doc = obj(await getJson(url));
  if (!doc || !Array.isArray(doc.components) || !Array.isArray(doc.incidents)) return null; // can't judge incidents → don't update
  const updated = isoTime(obj(doc.page)?.updated_at);
  if (live.u && (!updated || Date.parse(updated) < Date.parse(live.u))) return null; // older than what the build saw
  const verdict = judge({
    rows: toPageComponents(doc.components),
    watched: live.t.status.components,
    toolName: live.t.name,
    incidents: toIncidents(doc.incidents, 'incident').map(incidentFacts),
    indicator: fromIndicator(obj(doc.status)?.indicator),
  });
  const maint = toIncidents(Array.isArray(doc.scheduled_maintenances) ? doc.scheduled_maintenances : [], 'maintenance');
  return {
    state: verdict.state,
    checkedAt: now.toISOString(),
    stale: false,
    source: url,
    error: null,
    scope: verdict.scope,
    components: verdict.rows.map((c) => ({ id: c.id, name: c.name, state: c.state })),
    missing: verdict.missing.map((m) => m.name),
    vendorUpdatedAt: updated,
    incidents: verdict.incidents.map((p) => p.incident),
    maintenances: maint.filter((p) => !['completed', 'cancelled'].includes(p.incident.status)).map((p) => p.incident),
    recentIncidents: [],
  };
}

