/**
 * Statuspage-shaped rows (components, incidents, maintenances) → our plain, sanitised shapes. Written without zod
 * so the reader's browser runs exactly the same parsing as the build (src/scripts/live-status.ts): one malformed
 * row is skipped, never fatal; every vendor string goes through plainText, every link through safeHttpsUrl.
 */
import { MAX_NAME, MAX_UPDATE, plainText, safeHttpsUrl } from './sanitize.ts';
import { fromComponentStatus, type PageComponent } from './states.ts';
import type { Incident } from './snapshot-schema.ts';

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const rows = (v: unknown): Row[] => (Array.isArray(v) ? v.filter(isRow) : []);

export function toPageComponents(list: readonly unknown[]): PageComponent[] {
  const out: PageComponent[] = [];
  for (const r of rows(list)) {
    const id = plainText(r.id, 100);
    const name = plainText(r.name, MAX_NAME);
    if (!id && !name) continue;
    out.push({
      id: id ?? name ?? '',
      name: name ?? id ?? '',
      state: fromComponentStatus(r.status),
      group: r.group === true,
      onlyShowIfDegraded: r.only_show_if_degraded === true,
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

export function toIncidents(list: readonly unknown[], kind: 'incident' | 'maintenance'): ParsedIncident[] {
  const out: ParsedIncident[] = [];
  for (const d of rows(list)) {
    const touchedIds: string[] = [];
    const touchedNames: string[] = [];
    const touch = (c: Row, idKey: 'id' | 'code') => {
      const id = str(c[idKey]);
      const name = str(c.name);
      if (id) touchedIds.push(id);
      if (name) touchedNames.push(name);
    };
    for (const c of rows(d.components)) touch(c, 'id');
    // Updates: newest first on Statuspage, but pick by time rather than trust the order.
    let latest: { body: unknown; at: number } | null = null;
    for (const u of rows(d.incident_updates)) {
      for (const a of rows(u.affected_components)) touch(a, 'code');
      const at = Date.parse(str(u.display_at) ?? str(u.created_at) ?? '');
      const t = Number.isFinite(at) ? at : -Infinity;
      if (!latest || t > latest.at) latest = { body: u.body, at: t };
    }
    const started = kind === 'maintenance' ? (d.scheduled_for ?? d.started_at ?? d.created_at) : (d.started_at ?? d.created_at);
    const impact = str(d.impact);
    out.push({
      id: str(d.id),
      touchedIds,
      touchedNames,
      incident: {
        name: plainText(d.name, MAX_NAME) ?? '(untitled incident)',
        impact: impact && IMPACTS.has(impact) ? impact : 'unknown',
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

/** The fields the judge reads (src/status/judge.ts), from a parsed incident. */
export const incidentFacts = <P extends ParsedIncident>(p: P) => ({ ...p, impact: p.incident.impact, status: p.incident.status, name: p.incident.name });
