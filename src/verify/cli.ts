#!/usr/bin/env node
/**
 * `npm run verify:messages`: search each tool's published client (its tool file's `client.npm`) for the messages
 * its pages quote, and write content/verification/<tool-id>.json. A network step like the status refresh: the build
 * never goes to the network, it reads the committed files. A tool whose packages cannot be read keeps its previous
 * file untouched (and the run exits 1); bad arguments exit 2.
 *
 *   node src/verify/cli.ts [--only <tool-id>]… [--registry <url>] [--samples 10] [--bisect 8] [--timeout <ms>]
 *                          [--max-tarball <bytes>] [--max-unpacked <bytes>] [--cache <dir>] [--out <dir>]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as yaml from 'js-yaml';
import { loadTools, writeAtomic } from '../status/refresh.ts';
import { splitFrontMatter } from '../lib/content-check.ts';
import { verificationSchema } from '../schemas/verification.ts';
import { verifyTool, type PageMessages } from './run.ts';

const content = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : fileURLToPath(new URL('../../content/', import.meta.url));

function usage(msg: string): never {
  console.error(`verify:messages: ${msg}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      registry: { type: 'string', default: process.env.npm_config_registry || 'https://registry.npmjs.org/' },
      samples: { type: 'string', default: '10' },
      bisect: { type: 'string', default: '8' },
      timeout: { type: 'string', default: '180000' },
      'max-tarball': { type: 'string', default: String(600 * 1024 * 1024) },
      'max-unpacked': { type: 'string', default: String(1536 * 1024 * 1024) },
      cache: { type: 'string', default: join(homedir(), '.cache', 'agent-errors', 'verify') },
      out: { type: 'string', default: join(content, 'verification') },
      tools: { type: 'string', default: join(content, 'tools') },
      errors: { type: 'string', default: join(content, 'errors') },
    },
  }));
} catch (err) {
  usage((err as Error).message);
}
const num = (name: string, v: string) => (/^\d+$/.test(v) ? Number(v) : usage(`--${name} must be a whole number`));

export function pagesOf(errorsDir: string, tool: string): PageMessages[] {
  const dir = join(errorsDir, tool);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const fm = yaml.load(splitFrontMatter(readFileSync(join(dir, f), 'utf8'))?.frontMatter ?? '') as PageMessages;
      return { page: `${tool}/${f.slice(0, -4)}`, messages: fm.messages ?? [] };
    });
}

const tools = (await loadTools(values.tools!)).filter((t) => t.data?.client && (!values.only?.length || values.only.includes(t.id)));
for (const id of values.only ?? []) if (!tools.some((t) => t.id === id)) usage(`no tool "${id}" with client.npm in ${values.tools}`);

let failed = 0;
for (const t of tools) {
  const started = performance.now();
  console.log(`${t.id}: ${t.data!.client!.npm.map((p) => p.package + (p.versionSuffix ?? '')).join(', ')}`);
  try {
    const result = await verifyTool(t.id, t.data!.client!.npm, pagesOf(values.errors!, t.id), {
      registry: values.registry!,
      timeoutMs: num('timeout', values.timeout!),
      maxTarballBytes: num('max-tarball', values['max-tarball']!),
      maxUnpackedBytes: num('max-unpacked', values['max-unpacked']!),
      cacheDir: values.cache!,
      samples: Math.max(2, num('samples', values.samples!)),
      bisectBudget: num('bisect', values.bisect!),
      now: new Date(),
      log: (line) => console.log(line),
    });
    await writeAtomic(join(values.out!, `${t.id}.json`), JSON.stringify(verificationSchema.parse(result), null, 2) + '\n');
    const count = (s: string) => result.messages.filter((m) => m.status === s).length;
    console.log(
      `${t.id}: ${count('found')} found, ${count('partial')} partly, ${count('not-found')} not found of ${result.messages.length} client messages in ${result.packages.map((p) => `${p.name}@${p.latest}`).join(', ')} (${Math.round((performance.now() - started) / 1000)} s)`,
    );
  } catch (err) {
    failed++;
    console.error(`${t.id}: FAILED, kept the previous data: ${(err as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
