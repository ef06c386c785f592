import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { toolSchema, type ToolData } from '../schemas/tool.ts';
import { resolveUnder } from './fetch-bounded.ts';
import { mergeSnapshot, parseSnapshot, serializeSnapshot, type Outcome } from './merge.ts';
import * as gatus from './providers/gatus.ts';
import * as googleCloud from './providers/google-cloud.ts';
import * as incidentio from './providers/incidentio.ts';
import * as statuspage from './providers/statuspage.ts';
import { plainText } from './sanitize.ts';
import { statusHosts, trustSnapshot } from './trust.ts';
import type { Snapshot } from './snapshot-schema.ts';
import type { StatusState } from './states.ts';

/**
 * The refresh step: read every tool's official feed, concurrently and within bounds, merge the readings
 * into the previous snapshot and write it atomically. Importable (tests call `refresh` directly); the
 * CLI only parses arguments and prints. It never throws because a vendor failed — only when the
 * arguments are wrong or the snapshot cannot be written.
 */

/** One reader per provider kind. A new provider is one file exporting `read` and `feedPath`, plus a line here. */
const READERS = { statuspage, incidentio, gatus, 'google-cloud': googleCloud } as const;

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_AGE_MINUTES = 360;
/** However slow every source is, the whole step ends by this (the build must not hang on a vendor). */
export const MAX_DEADLINE_MS = 50_000;

export interface RefreshOptions {
  /** Directory of tool YAML files (content/tools). */
  toolsDir: string;
  /** Where to write the snapshot. */
  out: string;
  /** The previous snapshot to merge from (default: `out`). */
  in?: string;
  timeoutMs?: number;
  maxAgeMinutes?: number;
  /** Read nothing; every tool keeps its last data, marked stale. */
  offline?: boolean;
  /** Refresh only these tools; the others keep their previous entries. */
  only?: readonly string[];
  /** Tool id → base URL to read instead of the tool's apiBase (disables its fallback base). */
  sources?: Readonly<Record<string, string>>;
  /** Tool id → fallback base URL. */
  fallbacks?: Readonly<Record<string, string>>;
  /** Overall deadline for all reads (default: 4 × timeout + 1 s, at most 50 s). */
  deadlineMs?: number;
  /** Response size cap per request (default 2 MB). */
  maxBytes?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

export interface ToolReport {
  id: string;
  provider: string;
  /** The state written to the snapshot (after the max-age rule). */
  state: StatusState;
  /** True when this run read the feed; false when the entry is old data (or there is none). */
  fresh: boolean;
  /** What happened, for the printed line: read | failed | no-feed | kept | offline. */
  outcome: 'read' | 'failed' | 'no-feed' | 'kept' | 'offline';
  ms: number;
  /** Why it failed (failed/offline), or why there is no feed. */
  reason: string | null;
  notes: string[];
}

export interface RefreshResult {
  snapshot: Snapshot;
  reports: ToolReport[];
  /** Problems that did not stop the run (corrupt previous snapshot, invalid tool file…). */
  warnings: string[];
  /** Every feed that was tried failed (so every entry with a feed is old data or unknown). */
  allFailed: boolean;
  out: string;
}

/** Bad arguments (unknown tool id, malformed URL): nothing was read or written. */
export class UsageError extends Error {}

interface ToolEntry {
  id: string;
  order: number;
  data: ToolData | null;
  problem: string | null;
}

/** Load content/tools/*.yaml (files starting with "_" are drafts, as in the content collection). */
export async function loadTools(dir: string): Promise<ToolEntry[]> {
  const files = (await readdir(dir)).filter((f) => /^[^_.].*\.ya?ml$/.test(f)).sort();
  const tools: ToolEntry[] = [];
  for (const file of files) {
    const id = basename(file).replace(/\.ya?ml$/, '');
    try {
      const parsed = toolSchema.safeParse(loadYaml(await readFile(join(dir, file), 'utf8')));
      if (parsed.success) tools.push({ id, order: parsed.data.order, data: parsed.data, problem: null });
      else {
        const issue = parsed.error.issues[0];
        tools.push({ id, order: 1e6, data: null, problem: `invalid tool file ${file} (${issue?.path.join('.')}: ${issue?.message})` });
      }
    } catch (err) {
      tools.push({ id, order: 1e6, data: null, problem: `unreadable tool file ${file} (${(err as Error).message})` });
    }
  }
  return tools.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

async function readPrevious(path: string, warnings: string[]): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`could not read the previous snapshot ${path} (${(err as Error).message}); starting from empty`);
    return null;
  }
  const { snapshot, problem } = parseSnapshot(text);
  if (problem) warnings.push(`${problem} (${path}); starting from empty`);
  return snapshot;
}

/** Write via a temp file in the same directory and rename it over the target, so readers never see half a file. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

function parseBase(what: string, id: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} ${id}=${value}: not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${what} ${id}=${value}: only http and https URLs`);
  return url;
}

const shortReason = (err: unknown) => plainText(err instanceof Error ? err.message : String(err), 240) ?? 'failed';

export async function refresh(opts: RefreshOptions): Promise<RefreshResult> {
  const clock = opts.now ?? (() => new Date());
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAgeMinutes = opts.maxAgeMinutes ?? DEFAULT_MAX_AGE_MINUTES;
  const deadlineMs = Math.min(opts.deadlineMs ?? 4 * timeoutMs + 1_000, MAX_DEADLINE_MS);
  const warnings: string[] = [];

  const tools = await loadTools(opts.toolsDir);
  const ids = new Set(tools.map((t) => t.id));
  for (const [what, list] of [
    ['--source', Object.keys(opts.sources ?? {})],
    ['--fallback', Object.keys(opts.fallbacks ?? {})],
    ['--only', opts.only ?? []],
  ] as const) {
    for (const id of list) if (!ids.has(id)) throw new UsageError(`${what}: no tool "${id}" in ${opts.toolsDir} (tools: ${[...ids].join(', ')})`);
  }
  const sources = Object.fromEntries(Object.entries(opts.sources ?? {}).map(([id, u]) => [id, parseBase('--source', id, u)]));
  const fallbacks = Object.fromEntries(Object.entries(opts.fallbacks ?? {}).map(([id, u]) => [id, parseBase('--fallback', id, u)]));

  const read = await readPrevious(opts.in ?? opts.out, warnings);
  const previous = read && trustSnapshot(read, Object.fromEntries(tools.flatMap((t) => (t.data ? [[t.id, statusHosts(t.data.status)]] : []))));

  // One overall deadline for every request of the run; a timer after it cuts off any reader that
  // somehow ignores the signal.
  const overall = new AbortController();
  const overallTimer = setTimeout(() => overall.abort(), deadlineMs);

  const runOne = async (tool: ToolEntry): Promise<{ outcome: Outcome; report: Omit<ToolReport, 'state'> }> => {
    const started = performance.now();
    const report = (outcome: ToolReport['outcome'], reason: string | null, notes: string[] = []) => ({
      id: tool.id,
      provider: tool.data?.status.provider ?? 'unknown',
      fresh: outcome === 'read',
      outcome,
      ms: Math.round(performance.now() - started),
      reason,
      notes,
    });
    if (!tool.data) {
      warnings.push(tool.problem ?? `invalid tool ${tool.id}`);
      return { outcome: { kind: 'failed', error: tool.problem ?? 'invalid tool file', source: null }, report: report('failed', tool.problem) };
    }
    const status = tool.data.status;
    if (status.provider === 'none') {
      return { outcome: { kind: 'no-feed', reason: 'no official status page' }, report: report('no-feed', 'no official status page') };
    }
    if (opts.only?.length && !opts.only.includes(tool.id)) return { outcome: { kind: 'kept' }, report: report('kept', 'not in --only') };

    const reader = READERS[status.provider];
    const override = sources[tool.id];
    const base = override ?? (status.apiBase ? new URL(status.apiBase) : null);
    if (!base) return { outcome: { kind: 'failed', error: 'no apiBase configured', source: null }, report: report('failed', 'no apiBase configured') };
    const planned = resolveUnder(base, reader.feedPath).href;
    if (opts.offline) {
      return { outcome: { kind: 'failed', error: 'offline run (not refreshed)', source: planned }, report: report('offline', 'offline run') };
    }
    // An overridden source gets no fallback unless one is given explicitly (tests must not reach the vendor).
    const fallbackBase = fallbacks[tool.id] ?? (override ? null : status.fallbackApiBase ? new URL(status.fallbackApiBase) : null);

    let guard: ReturnType<typeof setTimeout> | undefined;
    try {
      const reading = await Promise.race([
        reader.read(base, { id: tool.id, name: tool.data.name, components: status.components }, {
          timeoutMs,
          signal: overall.signal,
          now: clock(),
          fallbackBase,
          maxBytes: opts.maxBytes,
          // Redirects stay on the tool's own status hosts; explicit sources (tests, mirrors) may be private addresses.
          allowHosts: [...statusHosts(status), ...[override, fallbacks[tool.id]].flatMap((u) => (u ? [u.hostname] : []))],
          allowPrivate: !!override || !!fallbacks[tool.id],
        }),
        new Promise<never>((_, reject) => {
          guard = setTimeout(() => reject(new Error('stopped at the overall deadline')), deadlineMs + 250);
        }),
      ]);
      return { outcome: { kind: 'read', reading, at: clock() }, report: report('read', null, reading.notes) };
    } catch (err) {
      const reason = shortReason(err);
      return { outcome: { kind: 'failed', error: reason, source: planned }, report: report('failed', reason) };
    } finally {
      clearTimeout(guard);
    }
  };

  let settled: PromiseSettledResult<Awaited<ReturnType<typeof runOne>>>[];
  try {
    settled = await Promise.allSettled(tools.map(runOne));
  } finally {
    clearTimeout(overallTimer);
  }

  const outcomes: [string, Outcome][] = [];
  const partial: Omit<ToolReport, 'state'>[] = [];
  settled.forEach((s, i) => {
    const tool = tools[i]!;
    if (s.status === 'fulfilled') {
      outcomes.push([tool.id, s.value.outcome]);
      partial.push(s.value.report);
    } else {
      // runOne catches everything; this is a last line of defence so one tool can never sink the run.
      const reason = shortReason(s.reason);
      outcomes.push([tool.id, { kind: 'failed', error: reason, source: null }]);
      partial.push({ id: tool.id, provider: tool.data?.status.provider ?? 'unknown', fresh: false, outcome: 'failed', ms: 0, reason, notes: [] });
    }
  });

  const snapshot = mergeSnapshot(previous, outcomes, { now: clock(), maxAgeMinutes });
  await writeAtomic(opts.out, serializeSnapshot(snapshot));

  const reports = partial.map((r) => ({ ...r, state: snapshot.tools[r.id]?.state ?? 'unknown' }));
  const tried = reports.filter((r) => r.outcome === 'read' || r.outcome === 'failed');
  return { snapshot, reports, warnings, allFailed: tried.length > 0 && tried.every((r) => r.outcome === 'failed'), out: opts.out };
}
