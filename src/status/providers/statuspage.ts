import { z } from 'astro/zod';
import { FetchError, fetchJson, resolveUnder, type JsonResponse } from '../fetch-bounded.ts';
import { fromIndicator, type PageComponent, type StatusState, type WatchedComponent } from '../states.ts';
import { incidentFacts, isoTime, toIncidents, toPageComponents, type ParsedIncident } from '../parse.ts';
import { CLOSED_STATUSES, judge } from '../judge.ts';
import type { ComponentStatus, Incident } from '../snapshot-schema.ts';

export { isoTime, toIncidents, toPageComponents, type ParsedIncident };

/**
 * Reader for Atlassian Statuspage v2 (Anthropic, GitHub, Cursor, Windsurf).
 *
 * This file also holds the reader interface every provider implements (`StatusReader`) and the parsing
 * of Statuspage-shaped JSON, because Statuspage is the reference shape: incident.io serves a
 * Statuspage-compatible copy of it and reuses these parsers. Adding a provider = one new file exporting
 * a `read` with the same signature, plus one line in refresh.ts.
 */

/** What a reader needs to know about the tool. */
export interface ToolFeed {
  /** Tool id, e.g. "claude-code". */
  id: string;
  /** Display name, e.g. "Claude Code" (an incident that names the tool counts for it). */
  name: string;
  /** The components that decide the tool's state (empty: the whole page decides). */
  components: readonly WatchedComponent[];
}

export interface ReadOptions {
  /** Per-request deadline (headers and body together). */
  timeoutMs: number;
  /** The refresh step's overall deadline. */
  signal?: AbortSignal;
  /** "Now", for the recently-resolved window (injected so tests are deterministic). */
  now: Date;
  /** A second origin to try when the first fails or answers with something that isn't the feed. */
  fallbackBase?: URL | null;
  maxBytes?: number;
  /** Hosts redirects may lead to (the tool's own status hosts). */
  allowHosts?: readonly string[];
  /** Sources given explicitly on the command line may be private addresses (tests use 127.0.0.1). */
  allowPrivate?: boolean;
}

/** One successful reading of a tool's feed. A failed reading is a thrown Error instead. */
export interface Reading {
  state: StatusState;
  /** The URL the data came from. */
  source: string;
  scope: 'components' | 'page';
  components: ComponentStatus[];
  /** Watched components the feed did not list (their absence makes the state unknown). */
  missing: string[];
  /** The vendor's own "last changed" time for the page (`page.updated_at`), when the feed gives one. */
  vendorUpdatedAt: string | null;
  incidents: Incident[];
  maintenances: Incident[];
  recentIncidents: Incident[];
  /** Things worth printing that did not fail the reading (watched component missing, optional feed down…). */
  notes: string[];
}

export type StatusReader = (base: URL, tool: ToolFeed, opts: ReadOptions) => Promise<Reading>;

export const RECENT_DAYS = 7;
export const MAX_RECENT = 5;
const MAX_OPEN = 10;
const MAX_COMPONENTS = 60;

// ---- payload schemas: only what we read, everything optional and nullable, unknown keys ignored ----

const optStr = z.string().nullish();
/** A value we inspect ourselves (vendor text, enums we map); zod 4 makes a bare z.unknown() key required. */
const anyValue = z.unknown().optional();





const statusBlock = z.looseObject({ indicator: anyValue, description: anyValue });
const pageBlock = z.looseObject({ updated_at: optStr }).nullish();

/** Statuspage summary.json: `status` and `components` are what a real Statuspage always sends. */
export const statuspageSummary = z.looseObject({
  page: pageBlock,
  status: statusBlock,
  components: z.array(z.unknown()),
  incidents: z.array(z.unknown()).nullish(),
  scheduled_maintenances: z.array(z.unknown()).nullish(),
});

/** incident.io's compat summary: every key but `status` may be missing. */
export const compatSummary = z.looseObject({
  page: pageBlock,
  status: statusBlock,
  components: z.array(z.unknown()).nullish(),
  incidents: z.array(z.unknown()).nullish(),
  scheduled_maintenances: z.array(z.unknown()).nullish(),
});

export const componentsDoc = z.looseObject({ components: z.array(z.unknown()) });
export const incidentsDoc = z.looseObject({ incidents: z.array(z.unknown()) });

// ---- fetching ----

/** Fetch and validate one document; a payload of the wrong shape is a failure like any other. */
export async function getDoc<T>(base: URL, path: string, schema: z.ZodType<T>, opts: ReadOptions): Promise<{ res: JsonResponse; doc: T }> {
  const res = await fetchJson(resolveUnder(base, path), {
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    maxBytes: opts.maxBytes,
    allowHosts: opts.allowHosts,
    allowPrivate: opts.allowPrivate,
  });
  const parsed = schema.safeParse(res.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new FetchError('shape', `unexpected JSON shape${where}: ${issue?.message ?? 'invalid'}`.slice(0, 160), res.status);
  }
  return { res, doc: parsed.data };
}

/**
 * Fetch from the tool's base, then from its fallback base if the first failed in any way (challenge page,
 * non-JSON, error, timeout). Returns the base that answered so follow-up documents come from the same origin.
 */
export async function getDocWithFallback<T>(
  base: URL,
  path: string,
  schema: z.ZodType<T>,
  opts: ReadOptions,
): Promise<{ res: JsonResponse; doc: T; base: URL; notes: string[] }> {
  try {
    return { ...(await getDoc(base, path, schema, opts)), base, notes: [] };
  } catch (first) {
    const fallback = opts.fallbackBase;
    if (!fallback || opts.signal?.aborted) throw first;
    const why = (first as Error).message;
    try {
      const got = await getDoc(fallback, path, schema, opts);
      return { ...got, base: fallback, notes: [`${base.host} failed (${why}); read the fallback ${fallback.host}`] };
    } catch (second) {
      throw new FetchError((second as FetchError).kind ?? 'network', `${why}; fallback ${fallback.host}: ${(second as Error).message}`);
    }
  }
}

// ---- parsing: src/status/parse.ts (shared with the browser re-check) ----

const byTimeDesc = (key: 'startedAt' | 'resolvedAt') => (a: ParsedIncident, b: ParsedIncident) =>
  Date.parse(b.incident[key] ?? '') - Date.parse(a.incident[key] ?? '') || 0;

// ---- assembling a reading ----

export interface PageData {
  components: PageComponent[];
  indicator: StatusState | null;
  /** Unresolved incidents. */
  incidents: ParsedIncident[];
  maintenances: ParsedIncident[];
  /** incidents.json, when it could be read. */
  history: ParsedIncident[] | null;
  /** `page.updated_at`, normalised (null when absent). */
  vendorUpdatedAt?: string | null;
}

/** Scope the page to the tool and produce the reading. Shared by every Statuspage-shaped provider. */
export function assemble(page: PageData, tool: ToolFeed, opts: ReadOptions, source: string, notes: string[]): Reading {
  const facts = incidentFacts;
  const verdict = judge({
    rows: page.components,
    watched: tool.components,
    toolName: tool.name,
    incidents: page.incidents.map(facts),
    indicator: page.indicator,
  });
  if (verdict.missing.length) notes.push(`watched component(s) not on the page, so the state is unknown: ${verdict.missing.map((m) => m.name).join(', ')}`);
  if (verdict.scope === 'page') notes.push('no components watched; using the whole page');

  // Maintenances and the recently resolved list follow the same "concerns the tool" rule as open incidents.
  const concerning = (list: ParsedIncident[]) =>
    judge({ rows: page.components, watched: tool.components, toolName: tool.name, incidents: list.map((p) => ({ ...facts(p), status: 'open' })) }).incidents;
  const open = [...verdict.incidents].sort(byTimeDesc('startedAt'));
  const maint = concerning(page.maintenances.filter((p) => !CLOSED_STATUSES.has(p.incident.status))).sort(
    (a, b) => Date.parse(a.incident.startedAt ?? '') - Date.parse(b.incident.startedAt ?? '') || 0,
  );

  const now = opts.now.getTime();
  const since = now - RECENT_DAYS * 86_400_000;
  const recent = concerning(
    (page.history ?? []).filter((p) => {
      const at = Date.parse(p.incident.resolvedAt ?? '');
      return (p.incident.status === 'resolved' || p.incident.status === 'postmortem') && at >= since && at <= now + 300_000;
    }),
  ).sort(byTimeDesc('resolvedAt'));

  return {
    state: verdict.state,
    source,
    scope: verdict.scope,
    components: verdict.rows.slice(0, MAX_COMPONENTS).map((c) => ({ id: c.id, name: c.name, state: c.state })),
    missing: verdict.missing.map((m) => m.name),
    vendorUpdatedAt: page.vendorUpdatedAt ?? null,
    incidents: dedupe(open).slice(0, MAX_OPEN).map((p) => p.incident),
    maintenances: dedupe(maint).slice(0, MAX_OPEN).map((p) => p.incident),
    recentIncidents: dedupe(recent).slice(0, MAX_RECENT).map((p) => p.incident),
    notes,
  };
}

function dedupe(list: ParsedIncident[]): ParsedIncident[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = p.id ?? `${p.incident.name}|${p.incident.startedAt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Read incidents.json for "recently resolved"; optional, so a failure is only a note. */
export async function readHistory(base: URL, opts: ReadOptions, notes: string[]): Promise<ParsedIncident[] | null> {
  try {
    const { doc } = await getDoc(base, 'api/v2/incidents.json', incidentsDoc, opts);
    return toIncidents(doc.incidents, 'incident');
  } catch (err) {
    notes.push(`recent incidents unavailable (${(err as Error).message})`);
    return null;
  }
}

// ---- the reader ----

/** The main document, relative to the tool's apiBase (also what the snapshot names when a read fails). */
export const feedPath = 'api/v2/summary.json';

export const read: StatusReader = async (base, tool, opts) => {
  const { res, doc, base: used, notes } = await getDocWithFallback(base, feedPath, statuspageSummary, opts);
  const history = await readHistory(used, opts, notes);
  return assemble(
    {
      components: toPageComponents(doc.components),
      indicator: doc.status.indicator == null ? null : fromIndicator(doc.status.indicator),
      incidents: toIncidents(doc.incidents ?? [], 'incident'),
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
