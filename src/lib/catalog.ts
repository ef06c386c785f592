/**
 * The one place pages get content from. It loads the collections once, runs the registry check and
 * throws (failing the build) with every problem named by file and field.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readPublishedIds } from './content-check.ts';
import { checkHubs, checkRegistry, formatProblems, staleWarnings } from './registry.ts';
import { buildNow, effectiveState } from '../status/age.ts';
import { statusHosts, trustSnapshot } from '../status/trust.ts';
import type { Snapshot, ToolStatus } from '../status/snapshot-schema.ts';
import type { StatusContext } from '../status/render.ts';
import { toolMeta } from './tool-meta.ts';
import { checkNote, type CheckNote } from './verification.ts';
import type { StatusState } from '../schemas/common.ts';

export type ErrorEntry = CollectionEntry<'errors'>;
export type ToolEntry = CollectionEntry<'tools'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type CompareEntry = CollectionEntry<'compare'>;

export interface Catalog {
  tools: ToolEntry[];
  errors: ErrorEntry[];
  topics: TopicEntry[];
  compares: CompareEntry[];
  snapshot: Snapshot;
  /** The build's "now": what status ages are measured against. */
  now: Date;
  tool(id: string): ToolEntry;
  error(id: string): ErrorEntry;
  errorsOf(toolId: string): ErrorEntry[];
  /** The state we may show now (unknown when the reading is missing or older than the max age). */
  stateOf(toolId: string): StatusState;
  statusOf(toolId: string): ToolStatus | undefined;
  /** What the status pieces of a page are rendered from (src/status/render.ts). */
  statusContext: StatusContext;
  /** Where each message of a page comes from and what verify:messages found (src/lib/verification.ts). */
  checkNotes(entry: ErrorEntry): CheckNote[];
}

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Catalog> {
  const tools = (await getCollection('tools')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const errors = (await getCollection('errors')).sort((a, b) => a.id.localeCompare(b.id));
  const problems = checkRegistry(
    errors.map((e) => ({
      id: e.id,
      file: e.filePath ?? `content/errors/${e.id}.mdx`,
      data: { ...e.data, tool: e.data.tool.id },
      body: e.body ?? '',
    })),
    tools.map((t) => t.id),
    readPublishedIds(process.env.CONTENT_DIR ?? './content'),
  );
  const topics = (await getCollection('topics')).sort((a, b) => a.id.localeCompare(b.id));
  const compares = (await getCollection('compare')).sort((a, b) => a.id.localeCompare(b.id));
  problems.push(
    ...checkHubs(
      topics.map((t) => ({ id: t.id, file: t.filePath ?? t.id, errors: t.data.errors })),
      compares.map((c) => ({ id: c.id, file: c.filePath ?? c.id, ...c.data })),
      new Set(errors.map((e) => e.id)),
      tools.map((t) => t.id),
    ),
  );
  if (problems.length) throw new Error(formatProblems(problems));
  const now = buildNow();
  for (const w of staleWarnings(errors.map((e) => ({ id: e.id, file: e.filePath ?? e.id, lastVerified: e.data.lastVerified })), now)) {
    console.warn(`[content] warning: ${w.file} → ${w.field}: ${w.message}`);
  }

  const snapshotEntry = await getEntry('status', 'snapshot');
  if (!snapshotEntry) throw new Error('content/status/snapshot.json is missing; run `npm run status:refresh -- --offline` to create one.');
  // Links are re-checked against each tool's own status hosts whenever a snapshot is read (src/status/trust.ts).
  const snapshot = trustSnapshot(snapshotEntry.data, Object.fromEntries(tools.map((t) => [t.id, statusHosts(t.data.status)])));

  const verifications = new Map((await getCollection('verification')).map((v) => [v.id, v.data]));
  const toolById = new Map(tools.map((t) => [t.id, t]));
  const errorById = new Map(errors.map((e) => [e.id, e]));
  return {
    tools,
    errors,
    topics,
    compares,
    snapshot,
    now,
    tool: (id) => toolById.get(id) ?? fail(`no tool "${id}"`),
    error: (id) => errorById.get(id) ?? fail(`no error page "${id}"`),
    errorsOf: (toolId) => errors.filter((e) => e.data.tool.id === toolId),
    stateOf: (toolId) => effectiveState(snapshot.tools[toolId], now, snapshot.maxAgeMinutes),
    statusOf: (toolId) => snapshot.tools[toolId],
    statusContext: { tools: tools.map(toolMeta), snapshot, now },
    checkNotes: (entry) => {
      const t = toolById.get(entry.data.tool.id)!.data;
      return entry.data.messages.map((message) =>
        checkNote({
          toolName: t.name,
          vendor: t.vendor,
          packages: t.client?.npm.map((p) => p.package) ?? [],
          file: verifications.get(entry.data.tool.id),
          page: entry.id,
          message,
        }),
      );
    },
  };
}

function fail(msg: string): never {
  throw new Error(msg);
}
