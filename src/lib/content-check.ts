/**
 * The content check outside Astro: reads content/ from disk, validates every error file's front matter with the
 * same zod schema the build uses, then runs the registry check. Used by `npm run check:content` (fast feedback
 * for authors, no build) and by the unit tests' bad-content fixtures. The build runs the same checks itself.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { errorSchema, type MessageOrigin } from '../schemas/error.ts';
import { toolSchema, type ToolData } from '../schemas/tool.ts';
import { verificationSchema, type Verification } from '../schemas/verification.ts';
import { checkNote } from './verification.ts';
import { checkHubs, checkRegistry, staleWarnings, type Problem, type RegistryEntry } from './registry.ts';
import { bodyStartLine, checkBody, MdxBodyError } from './mdx-body-check.ts';
import { topicSchema, compareSchema } from '../schemas/topic.ts';

/** "messages[0].text" from a zod issue path. */
export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(front matter)';
}

export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({ file, field: fieldPath(i.path), message: i.message }));
}

/** Split an MDX file into its YAML front matter and body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontMatter: m[1] ?? '', body: m[2] ?? '' } : null;
}

/** The permanent ids in <root>/published-ids.txt ("#" lines are comments), or null when the file is absent. */
export function readPublishedIds(root: string): string[] | null {
  const file = join(root, 'published-ids.txt');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function checkContent(root: string, { now = new Date() }: { now?: Date } = {}): { problems: Problem[]; warnings: Problem[]; pages: number } {
  const problems: Problem[] = [];
  const show = (p: string) => relative(process.cwd(), p) || p;

  const toolDir = join(root, 'tools');
  const toolIds: string[] = [];
  const toolData = new Map<string, ToolData>();
  for (const f of existsSync(toolDir) ? readdirSync(toolDir).sort() : []) {
    if (!f.endsWith('.yaml') || f.startsWith('_')) continue;
    const file = join(toolDir, f);
    try {
      const parsed = toolSchema.safeParse(yaml.load(readFileSync(file, 'utf8')));
      if (!parsed.success) problems.push(...zodProblems(show(file), parsed.error));
      else toolData.set(f.slice(0, -'.yaml'.length), parsed.data);
    } catch (e) {
      problems.push({ file: show(file), field: '(YAML)', message: (e as Error).message.split('\n')[0] ?? 'invalid YAML' });
    }
    toolIds.push(f.slice(0, -'.yaml'.length));
  }

  const schema = errorSchema({ now });
  const entries: RegistryEntry[] = [];
  const errorsDir = join(root, 'errors');
  for (const tool of existsSync(errorsDir) ? readdirSync(errorsDir).sort() : []) {
    const dir = join(errorsDir, tool);
    let files: string[];
    try {
      files = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const f of files) {
      if (!f.endsWith('.mdx') || f.startsWith('_')) continue;
      const file = join(dir, f);
      const split = splitFrontMatter(readFileSync(file, 'utf8'));
      if (!split) {
        problems.push({ file: show(file), field: '(front matter)', message: 'start the file with a --- YAML front matter block ---' });
        continue;
      }
      let data: unknown;
      try {
        data = yaml.load(split.frontMatter, { schema: yaml.JSON_SCHEMA });
      } catch (e) {
        problems.push({ file: show(file), field: '(YAML)', message: (e as Error).message.split('\n')[0] ?? 'invalid YAML' });
        continue;
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        problems.push(...zodProblems(show(file), parsed.error));
        continue;
      }
      try {
        const body = split.body.trim();
        checkBody(show(file), body, () => bodyStartLine(readFileSync(file, 'utf8'), body));
      } catch (e) {
        if (!(e instanceof MdxBodyError)) throw e;
        problems.push({ file: e.file, field: `(body) line ${e.line}:${e.column}`, message: `${e.reason}; ${e.hint}` });
      }
      entries.push({ id: `${tool}/${f.slice(0, -4)}`, file: show(file), data: parsed.data, body: split.body });
    }
  }

  const published = readPublishedIds(root);
  problems.push(...checkRegistry(entries, toolIds, published));

  // Topic hubs and comparisons.
  const loadDir = <T extends z.ZodType>(name: string, schema: T) => {
    const dir = join(root, name);
    const out: { id: string; file: string; data: z.infer<T> }[] = [];
    for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
      if (!f.endsWith('.mdx') || f.startsWith('_')) continue;
      const file = join(dir, f);
      const split = splitFrontMatter(readFileSync(file, 'utf8'));
      const parsed = schema.safeParse(split ? yaml.load(split.frontMatter, { schema: yaml.JSON_SCHEMA }) : undefined);
      if (!parsed.success) problems.push(...zodProblems(show(file), parsed.error));
      else out.push({ id: f.slice(0, -4), file: show(file), data: parsed.data });
    }
    return out;
  };
  const topics = loadDir('topics', topicSchema);
  const compares = loadDir('compare', compareSchema);
  problems.push(
    ...checkHubs(
      topics.map((t) => ({ id: t.id, file: t.file, errors: t.data.errors })),
      compares.map((c) => ({ id: c.id, file: c.file, ...c.data })),
      new Set(entries.map((e) => e.id)),
      toolIds,
    ),
  );
  const warnings = staleWarnings(
    entries.map((e) => ({ id: e.id, file: e.file, lastVerified: (e.data as unknown as { lastVerified: Date }).lastVerified })),
    now,
  );
  warnings.push(...verificationWarnings(root, entries, toolData));
  return { problems, warnings, pages: entries.length };
}

/**
 * verify:messages data against the pages: a message marked current that the latest checked client no longer prints
 * (or never printed) is a warning — its wording may have changed, or it needs `current: false` or `fragments`.
 * An unreadable verification file is reported too (the build would reject it).
 */
function verificationWarnings(root: string, entries: RegistryEntry[], tools: Map<string, ToolData>): Problem[] {
  const out: Problem[] = [];
  const dir = join(root, 'verification');
  const files = new Map<string, Verification>();
  for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.json')) : []) {
    const parsed = verificationSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (parsed.success) files.set(f.slice(0, -5), parsed.data);
    else out.push({ file: join(dir, f), field: '(schema)', message: `${parsed.error.issues[0]?.message}; run npm run verify:messages again` });
  }
  for (const e of entries) {
    const t = tools.get(e.data.tool);
    const file = files.get(e.data.tool);
    if (!t?.client || !file) continue;
    (e.data.messages as { text: string; origin?: MessageOrigin; current?: boolean }[]).forEach((m, i) => {
      if (m.current === false) return;
      const note = checkNote({ toolName: t.name, vendor: t.vendor, packages: t.client!.npm.map((p) => p.package), file, page: e.id, message: m });
      if (note.kind === 'older' || note.kind === 'not-found')
        out.push({ file: e.file, field: `messages[${i}]`, message: `marked current, but ${note.text} Fix the wording, list its literal pieces in fragments, or set current: false` });
    });
  }
  return out;
}
