/**
 * A snapshot is data we wrote, but it reaches the build through a commit or the deploy workflow's cache, which we
 * don't fully control. So whenever one is read (by the build and by the refresh step) it is checked again, beyond
 * its schema (which already drops non-https links): every vendor string goes through the same sanitiser as at
 * refresh time (so a hand-edited or poisoned file can't carry markup into status.json or the RSS feed), incident
 * links must point at the tool's own status hosts (or Statuspage's link shortener), and readings dated in the
 * future read `unknown` (src/status/age.ts).
 */
import type { Incident, Snapshot, ToolStatus } from './snapshot-schema.ts';
import { MAX_NAME, MAX_UPDATE, plainText } from './sanitize.ts';

/** Statuspage's own link shortener, used in every incident's `shortlink`. */
export const SHORTLINK_HOSTS = ['stspg.io'] as const;

/** The hosts a tool's status links may point to: its page, API base and fallback, and the shortener. */
export function statusHosts(status: { page?: string | undefined; apiBase?: string | undefined; fallbackApiBase?: string | undefined }): string[] {
  const hosts = new Set<string>(SHORTLINK_HOSTS);
  for (const u of [status.page, status.apiBase, status.fallbackApiBase]) {
    if (!u) continue;
    try {
      hosts.add(new URL(u).hostname);
    } catch {
      /* the tool schema guarantees URLs; nothing to add otherwise */
    }
  }
  return [...hosts];
}

function onHosts(url: string | null, hosts: ReadonlySet<string>): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && hosts.has(u.hostname) ? url : null;
  } catch {
    return null;
  }
}

/** The snapshot with every incident link that leaves the tool's status hosts set to null (a tool with no hosts keeps none). */
export function trustSnapshot(snapshot: Snapshot, hostsByTool: Readonly<Record<string, readonly string[]>>): Snapshot {
  const tools: Record<string, ToolStatus> = {};
  for (const [id, t] of Object.entries(snapshot.tools)) {
    const hosts = new Set(Object.hasOwn(hostsByTool, id) ? hostsByTool[id] : []);
    const fix = (list: Incident[]) =>
      list.map((i) => ({
        ...i,
        name: plainText(i.name, MAX_NAME) ?? '(untitled incident)',
        latestUpdate: plainText(i.latestUpdate, MAX_UPDATE),
        url: onHosts(i.url, hosts),
      }));
    tools[id] = {
      ...t,
      error: t.error === null ? null : plainText(t.error, 240),
      components: t.components.map((c) => ({ ...c, name: plainText(c.name, MAX_NAME) ?? c.id })),
      missing: t.missing.map((m) => plainText(m, MAX_NAME) ?? '?'),
      incidents: fix(t.incidents),
      maintenances: fix(t.maintenances),
      recentIncidents: fix(t.recentIncidents),
    };
  }
  return { ...snapshot, tools };
}
