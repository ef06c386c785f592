/**
 * The registry check, after rust-lang's tidy `error_codes.rs`: the content must agree with itself and with the
 * list of published ids. It runs in every build (src/lib/catalog.ts) and in the unit tests, and reports every
 * problem at once, each naming the file, the field and the fix.
 */
import { KEBAB, TOOL_IDS } from '../schemas/common.ts';
import { fixAnchor, fixSteps } from './fix-anchors.ts';
import { NEAR_DUPLICATE_THRESHOLD, ownText } from './near-duplicates.ts';
import { cachedNearDuplicates } from './near-duplicates-cache.ts';

export interface RegistryEntry {
  /** "<tool-id>/<error-id>" (the file path under content/errors/ without ".mdx"). */
  id: string;
  /** Path of the source file, as shown in messages. */
  file: string;
  data: {
    tool: string;
    messages: { text: string }[];
    causes: { id: string; text: string }[];
    waiting: { why: string };
    faq: { q: string; a: string }[];
    diagnose?: unknown[];
    related: string[];
    elsewhere: string[];
    retired?: unknown;
  };
  /** The MDX body (prose). */
  body: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Normalised form used to detect the same message claimed by two pages. */
export function messageKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** MDX components the page anatomy is built from (see src/components/mdx/). */
const REQUIRED_BLOCKS = ['Meaning', 'HowToFix', 'DontDo', 'Confirm'] as const;

export function checkRegistry(entries: RegistryEntry[], toolIds: string[], publishedIds: string[] | null): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  // Every known tool has its file (and so its hub page).
  for (const t of TOOL_IDS) {
    if (!toolIds.includes(t)) add(`content/tools/${t}.yaml`, '(file)', `tool "${t}" has no file; every tool needs content/tools/${t}.yaml for its hub page`);
  }

  const messageOwners = new Map<string, string>();
  for (const e of entries) {
    const [folder, slug, ...rest] = e.id.split('/');
    if (!folder || !slug || rest.length) {
      add(e.file, '(path)', 'error pages live at content/errors/<tool-id>/<error-id>.mdx');
      continue;
    }
    if (!KEBAB.test(slug)) add(e.file, '(file name)', `"${slug}" is not kebab-case; rename the file to lowercase words joined by hyphens (ids are permanent URLs)`);
    if (folder !== e.data.tool) add(e.file, 'tool', `is "${e.data.tool}" but the file is in content/errors/${folder}/; move the file or fix the field`);
    if (!toolIds.includes(e.data.tool)) add(e.file, 'tool', `"${e.data.tool}" is not a tool; use one of: ${toolIds.join(', ')}`);

    e.data.messages.forEach((m, i) => {
      const key = messageKey(m.text);
      const owner = messageOwners.get(key);
      if (owner && owner !== e.id) {
        add(e.file, `messages[${i}].text`, `"${m.text}" is already claimed by ${owner}; one message belongs to one page — merge the pages or link them with related`);
      } else messageOwners.set(key, e.id);
    });

    for (const field of ['related', 'elsewhere'] as const) {
      e.data[field].forEach((ref, i) => {
        if (ref === e.id) add(e.file, `${field}[${i}]`, 'links the page to itself; remove it');
        else if (!byId.has(ref)) add(e.file, `${field}[${i}]`, `"${ref}" does not exist; use the id of an existing page (content/errors/${ref}.mdx)`);
        else if (field === 'elsewhere' && ref.split('/')[0] === e.data.tool)
          add(e.file, `${field}[${i}]`, `"${ref}" is the same tool; same-tool links go in related`);
      });
    }

    if (e.data.causes.length >= 3 && !(e.data.diagnose?.length ?? 0))
      add(e.file, 'diagnose', `the page has ${e.data.causes.length} causes: add 1–2 diagnose questions (answerable from a terminal) that point readers to their cause`);

    checkBody(e, add);
  }

  for (const pair of cachedNearDuplicates(
    entries.map((e) => ({ id: e.id, file: e.file, text: ownText(e.body, e.data) })),
    NEAR_DUPLICATE_THRESHOLD,
  )) {
    add(pair.fileA, '(text)', `shares ${Math.round(pair.overlap * 100)}% of its wording with ${pair.b}; a page must say what is specific to its error — rewrite it, or merge the two pages`);
  }

  if (publishedIds) {
    const published = new Set(publishedIds);
    for (const e of entries) {
      if (!published.has(e.id)) add(e.file, '(registry)', `add "${e.id}" to content/published-ids.txt (ids there are permanent URLs)`);
    }
    for (const id of published) {
      if (!byId.has(id))
        add('content/published-ids.txt', id, `"${id}" was published but content/errors/${id}.mdx is gone; URLs are permanent — restore it and mark it retired instead of deleting it`);
    }
  }
  return problems;
}

/** The body must hold the prose blocks in order, and each <Fix cause="…"> must name a cause in the front matter. */
function checkBody(e: RegistryEntry, add: (file: string, field: string, message: string) => void) {
  const body = e.body;
  for (const block of REQUIRED_BLOCKS) {
    const opens = body.match(new RegExp(`<${block}[\\s>]`, 'g'))?.length ?? 0;
    if (opens !== 1) add(e.file, `(body) <${block}>`, opens === 0 ? `add a <${block}>…</${block}> block` : `use <${block}> once, not ${opens} times`);
  }
  const meaningAt = body.indexOf('<Meaning');
  const fixAt = body.indexOf('<HowToFix');
  if (meaningAt > -1 && fixAt > -1 && fixAt < meaningAt) add(e.file, '(body)', 'put <Meaning> before <HowToFix>');
  // Only whitespace may stand outside the two top-level blocks: the page places each block in its section.
  const outside = body
    .replace(/<Meaning>[\s\S]*?<\/Meaning>/, '')
    .replace(/<HowToFix>[\s\S]*?<\/HowToFix>/, '')
    .replace(/^import .*$/gm, '')
    .trim();
  if (outside) add(e.file, '(body)', `text outside <Meaning> and <HowToFix> would not be shown: "${outside.slice(0, 60)}…"; move it inside one of them`);

  const causeIds = new Set(e.data.causes.map((c) => c.id));
  const fixed = new Set<string>();
  const anchors = new Map<string, string>();
  for (const step of fixSteps(body)) {
    if (!step.title) add(e.file, '(body) <Fix>', 'give every <Fix> a title="…" (what the step does)');
    const anchor = fixAnchor(step.title);
    if (anchors.has(anchor)) add(e.file, `(body) <Fix title="${step.title}">`, `two steps share the title "${step.title}"; titles name the steps' anchors, so make them differ`);
    anchors.set(anchor, step.title);
    if (!step.causes.length) add(e.file, `(body) <Fix title="${step.title}">`, 'add cause="<cause-id>" naming the cause(s) this step addresses');
    for (const one of step.causes) {
      if (!causeIds.has(one)) add(e.file, `(body) <Fix cause="${one}">`, `names no cause; use one of the causes[].id values: ${[...causeIds].join(', ')}`);
      fixed.add(one);
    }
  }
  for (const id of causeIds) {
    if (!fixed.has(id)) add(e.file, `causes (${id})`, `no <Fix cause="${id}"> step addresses this cause; add one, or list it in an existing step: cause="${id} other-id"`);
  }
  if (!/<Fix\b/.test(body)) add(e.file, '(body) <Fix>', 'add at least one <Fix cause="…" title="…"> step inside <HowToFix>');
}

/** One readable block for a failed build: every problem with its file and field. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** Topic hubs and comparisons: every error they name exists, every tool they name exists, file names match. */
export function checkHubs(
  topics: { id: string; file: string; errors: string[] }[],
  compares: { id: string; file: string; a: string; b: string; situations: { a?: string | undefined; b?: string | undefined }[] }[],
  errorIds: Set<string>,
  toolIds: string[],
): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  for (const t of topics) {
    if (!KEBAB.test(t.id)) add(t.file, '(file name)', `"${t.id}" is not kebab-case; topic ids are permanent URLs`);
    t.errors.forEach((ref, i) => {
      if (!errorIds.has(ref)) add(t.file, `errors[${i}]`, `"${ref}" does not exist; use the id of an existing page`);
    });
  }
  for (const c of compares) {
    for (const side of ['a', 'b'] as const) {
      if (!toolIds.includes(c[side])) add(c.file, side, `"${c[side]}" is not a tool; use one of: ${toolIds.join(', ')}`);
    }
    if (c.id !== `${c.a}-vs-${c.b}`) add(c.file, '(file name)', `name the file ${c.a}-vs-${c.b}.mdx (the URL is /compare/<a>-vs-<b>/)`);
    c.situations.forEach((s, i) => {
      for (const side of ['a', 'b'] as const) {
        const ref = s[side];
        if (!ref) continue;
        if (!errorIds.has(ref)) add(c.file, `situations[${i}].${side}`, `"${ref}" does not exist; use the id of an existing page`);
        else if (ref.split('/')[0] !== c[side]) add(c.file, `situations[${i}].${side}`, `"${ref}" is not a ${c[side]} page`);
      }
    });
  }
  return problems;
}

/** Pages whose facts were last checked more than a year before `now`: a warning, not a failure (re-verify them). */
export function staleWarnings(entries: { id: string; file: string; lastVerified: Date }[], now: Date): Problem[] {
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  return entries
    .filter((e) => e.lastVerified < yearAgo)
    .map((e) => ({ file: e.file, field: 'lastVerified', message: `last verified ${e.lastVerified.toISOString().slice(0, 10)}, over 12 months ago; check the sources again and update the date` }));
}
