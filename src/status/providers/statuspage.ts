import { z } from 'astro/zod';
import { FetchError, fetchJson, resolveUnder, type JsonResponse } from '../fetch-bounded.ts';
import { MAX_NAME, MAX_UPDATE, plainText, safeHttpsUrl } from '../sanitize.ts';
import {
  fromComponentStatus,
  fromIndicator,
  mentionsAny,
  scopeComponents,
  worst,
  type PageComponent,
  type StatusState,
  type WatchedComponent,
} from '../states.ts';
import type { ComponentStatus, Incident } from '../snapshot-schema.ts';

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
}

/** One successful reading of a tool's feed. A failed reading is a thrown Error instead. */
export interface Reading {
  state: StatusState;
  /** The URL the data came from. */
  source: string;
  scope: 'components' | 'page';
  components: ComponentStatus[];
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

const componentRow = z.looseObject({
  id: optStr,
  name: optStr,
  status: anyValue,
  group: z.boolean().nullish(),
  only_show_if_degraded: z.boolean().nullish(),
});

/** An entry of `incident_updates[].affected_components`. */
const affectedRow = z.looseObject({ code: optStr, name: optStr });
/** An entry of `incidents[].components` (full component objects; null on incident.io). */
const incidentComponentRow = z.looseObject({ id: optStr, name: optStr });

const updateRow = z.looseObject({
  body: anyValue,
  display_at: optStr,
  created_at: optStr,
  affected_components: z.array(z.unknown()).nullish(),
});

const incidentRow = z.looseObject({
  id: optStr,
  name: anyValue,
  status: optStr,
  impact: optStr,
  created_at: optStr,
  started_at: optStr,
  resolved_at: optStr,
  scheduled_for: optStr,
  shortlink: anyValue,
  components: z.array(z.unknown()).nullish(),
  incident_updates: z.array(z.unknown()).nullish(),
});

const statusBlock = z.looseObject({ indicator: anyValue, description: anyValue });

/** Statuspage summary.json: `status` and `components` are what a real Statuspage always sends. */
export const statuspageSummary = z.looseObject({
  status: statusBlock,
  components: z.array(z.unknown()),
  incidents: z.array(z.unknown()).nullish(),
  scheduled_maintenances: z.array(z.unknown()).nullish(),
});

/** incident.io's compat summary: every key but `status` may be missing. */
export const compatSummary = z.looseObject({
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
  const res = await fetchJson(resolveUnder(base, path), { timeoutMs: opts.timeoutMs, signal: opts.signal, maxBytes: opts.maxBytes });
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

// ---- parsing ----

export function toPageComponents(rows: readonly unknown[]): PageComponent[] {
  const out: PageComponent[] = [];
  for (const raw of rows) {
    const r = componentRow.safeParse(raw);
    if (!r.success) continue; // one malformed row doesn't drop the others
    const id = plainText(r.data.id, 100);
    const name = plainText(r.data.name, MAX_NAME);
    if (!id && !name) continue;
    out.push({
      id: id ?? name ?? '',
      name: name ?? id ?? '',
      state: fromComponentStatus(r.data.status),
      group: r.data.group === true,
      onlyShowIfDegraded: r.data.only_show_if_degraded === true,
    });
  }
  return out;
}

/** An incident plus what it touches, for scoping. */
export interface ParsedIncident {
  incident: Incident;
  id: string | null;
  touchedIds: string[];
  touchedNames: string[];
}

const IMPACTS = new Set(['none', 'minor', 'major', 'critical', 'maintenance']);

/** Vendor timestamps come with any offset and fraction; store them as UTC ISO, or null. */
export function isoTime(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

const vendorStatus = (s: unknown) => (typeof s === 'string' && /^[a-z_]{1,40}$/.test(s) ? s : 'unknown');

export function toIncidents(rows: readonly unknown[], kind: 'incident' | 'maintenance'): ParsedIncident[] {
  const out: ParsedIncident[] = [];
  for (const raw of rows) {
    const r = incidentRow.safeParse(raw);
    if (!r.success) continue;
    const d = r.data;
    const touchedIds: string[] = [];
    const touchedNames: string[] = [];
    for (const c of d.components ?? []) {
      const p = incidentComponentRow.safeParse(c);
      if (p.success) {
        if (p.data.id) touchedIds.push(p.data.id);
        if (p.data.name) touchedNames.push(p.data.name);
      }
    }
    // Updates: newest first on Statuspage, but pick by time rather than trust the order.
    let latest: { body: unknown; at: number } | null = null;
    for (const u of d.incident_updates ?? []) {
      const p = updateRow.safeParse(u);
      if (!p.success) continue;
      for (const a of p.data.affected_components ?? []) {
        const q = affectedRow.safeParse(a);
        if (q.success) {
          if (q.data.code) touchedIds.push(q.data.code);
          if (q.data.name) touchedNames.push(q.data.name);
        }
      }
      const at = Date.parse(p.data.display_at ?? p.data.created_at ?? '');
      const t = Number.isFinite(at) ? at : -Infinity;
      if (!latest || t > latest.at) latest = { body: p.data.body, at: t };
    }
    const started = kind === 'maintenance' ? (d.scheduled_for ?? d.started_at ?? d.created_at) : (d.started_at ?? d.created_at);
    out.push({
      id: d.id ?? null,
      touchedIds,
      touchedNames,
      incident: {
        name: plainText(d.name, MAX_NAME) ?? '(untitled incident)',
        impact: typeof d.impact === 'string' && IMPACTS.has(d.impact) ? d.impact : 'unknown',
        status: vendorStatus(d.status),
        startedAt: isoTime(started),
        resolvedAt: isoTime(d.resolved_at),
        url: safeHttpsUrl(d.shortlink),
        latestUpdate: latest ? plainText(latest.body, MAX_UPDATE) : null,
      },
    });
  }
  return out;
}

const CLOSED = new Set(['resolved', 'postmortem', 'completed', 'cancelled']);
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
}

/** Scope the page to the tool and produce the reading. Shared by every Statuspage-shaped provider. */
export function assemble(page: PageData, tool: ToolFeed, opts: ReadOptions, source: string, notes: string[]): Reading {
  const scoped = scopeComponents(page.components, tool.components);
  let state: StatusState;
  if (scoped.scope === 'components') {
    state = worst(scoped.components.map((c) => c.state));
    if (scoped.missing.length) notes.push(`watched component(s) not on the page: ${scoped.missing.map((m) => m.name).join(', ')}`);
  } else {
    // Page-wide: the indicator also reflects open incidents; an unknown indicator makes it unknown.
    const states = scoped.components.map((c) => c.state);
    if (page.indicator) states.push(page.indicator);
    state = worst(states);
    notes.push(
      tool.components.length
        ? 'none of the watched components were found; using the whole page'
        : 'no components watched; using the whole page',
    );
  }

  // Incidents count for the tool when they touch a watched component or name one (or the tool).
  const ids = new Set(scoped.components.map((c) => c.id));
  const names = [...new Set([...scoped.components.map((c) => c.name), ...tool.components.map((c) => c.name), tool.name])];
  const relevant = (p: ParsedIncident) =>
    scoped.scope === 'page' ||
    p.touchedIds.some((id) => ids.has(id)) ||
    p.touchedNames.some((n) => mentionsAny(n, names)) ||
    mentionsAny(p.incident.name, names);

  const open = page.incidents.filter((p) => !CLOSED.has(p.incident.status) && relevant(p)).sort(byTimeDesc('startedAt'));
  const maint = page.maintenances
    .filter((p) => !CLOSED.has(p.incident.status) && relevant(p))
    .sort((a, b) => Date.parse(a.incident.startedAt ?? '') - Date.parse(b.incident.startedAt ?? '') || 0);

  const now = opts.now.getTime();
  const since = now - RECENT_DAYS * 86_400_000;
  const recent = (page.history ?? [])
    .filter((p) => {
      const at = Date.parse(p.incident.resolvedAt ?? '');
      return (p.incident.status === 'resolved' || p.incident.status === 'postmortem') && at >= since && at <= now + 300_000;
    })
    .filter(relevant)
    .sort(byTimeDesc('resolvedAt'));

  return {
    state,
    source,
    scope: scoped.scope,
    components: scoped.components.slice(0, MAX_COMPONENTS).map((c) => ({ id: c.id, name: c.name, state: c.state })),
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
    },
    tool,
    opts,
    res.url,
    notes,
  );
};
