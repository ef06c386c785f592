import { effectiveState } from './age.ts';
import { snapshotSchema, type Snapshot, type ToolStatus } from './snapshot-schema.ts';
import type { Reading } from './providers/statuspage.ts';

/**
 * Previous snapshot + this run's outcomes → the next snapshot. The rules that keep the page honest:
 *  - a successful reading replaces the tool's entry, with checkedAt = when we read it;
 *  - a failed reading keeps the last good data, marked stale, with its own (old) checkedAt and the reason;
 *  - a reading older than maxAgeMinutes (or none at all) has state `unknown`, whatever it said then —
 *    the components and incidents stay for context.
 */

export type Outcome =
  /** The feed was read, at `at`. */
  | { kind: 'read'; reading: Reading; at: Date }
  /** The feed could not be read (or the run was offline). `source` = what we tried. */
  | { kind: 'failed'; error: string; source: string | null }
  /** The tool has no official feed. */
  | { kind: 'no-feed'; reason: string }
  /** Not refreshed in this run (left out by --only): the previous entry stands, aged. */
  | { kind: 'kept' };

export interface MergeOptions {
  now: Date;
  maxAgeMinutes: number;
}

const empty = (source: string | null, error: string): ToolStatus => ({
  state: 'unknown',
  checkedAt: null,
  stale: true,
  source,
  error,
  scope: null,
  components: [],
  missing: [],
  vendorUpdatedAt: null,
  incidents: [],
  maintenances: [],
  recentIncidents: [],
});

/** Apply the max-age rule to an entry. */
function aged(entry: ToolStatus, opts: MergeOptions): ToolStatus {
  return { ...entry, state: effectiveState(entry, opts.now, opts.maxAgeMinutes) };
}

export function mergeEntry(prev: ToolStatus | undefined, outcome: Outcome, opts: MergeOptions): ToolStatus {
  switch (outcome.kind) {
    case 'read': {
      const r = outcome.reading;
      return {
        state: r.state,
        checkedAt: outcome.at.toISOString(),
        stale: false,
        source: r.source,
        error: null,
        scope: r.scope,
        components: r.components,
        missing: r.missing,
        vendorUpdatedAt: r.vendorUpdatedAt,
        incidents: r.incidents,
        maintenances: r.maintenances,
        recentIncidents: r.recentIncidents,
      };
    }
    case 'failed': {
      if (!prev || !prev.checkedAt) return empty(prev?.source ?? outcome.source, outcome.error);
      return aged({ ...prev, stale: true, error: outcome.error }, opts);
    }
    case 'no-feed':
      return empty(null, outcome.reason);
    case 'kept':
      return prev ? aged(prev, opts) : empty(null, 'not read yet');
  }
}

/**
 * Build the next snapshot. `outcomes` is in display order and lists every current tool; tools that are
 * in the previous snapshot but no longer in content/tools are dropped. The result is validated.
 */
export function mergeSnapshot(prev: Snapshot | null, outcomes: ReadonlyArray<readonly [string, Outcome]>, opts: MergeOptions): Snapshot {
  const tools: Record<string, ToolStatus> = {};
  for (const [id, outcome] of outcomes) tools[id] = mergeEntry(prev?.tools[id], outcome, opts);
  return snapshotSchema.parse({ generatedAt: opts.now.toISOString(), maxAgeMinutes: opts.maxAgeMinutes, tools });
}

/** Deterministic file text: schema key order, 2-space indent, trailing newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshotSchema.parse(snapshot), null, 2) + '\n';
}

/** Parse a previous snapshot; anything unreadable is reported, never thrown (we start from empty). */
export function parseSnapshot(text: string): { snapshot: Snapshot | null; problem: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { snapshot: null, problem: 'previous snapshot is not valid JSON' };
  }
  const parsed = snapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { snapshot: null, problem: `previous snapshot does not match the schema (${issue?.path.join('.') || '(root)'}: ${issue?.message})` };
  }
  return { snapshot: parsed.data, problem: null };
}
