#!/usr/bin/env node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_AGE_MINUTES, DEFAULT_TIMEOUT_MS, refresh, UsageError, type RefreshResult } from './refresh.ts';

/**
 * `node src/status/cli.ts` (npm run status:refresh): argument parsing and printing only; the work is in
 * refresh.ts. Exit codes: 0 whenever a snapshot was written — even if every vendor failed, because the
 * build must go on with the last good data marked stale — 1 if it could not be written, 2 for bad arguments.
 */

const USAGE = `Usage: node src/status/cli.ts [options]

Reads each tool's official status feed and writes the status snapshot.

  --source <tool-id>=<base URL>    read this base instead of the tool's apiBase (repeatable;
                                   disables the tool's fallback base)
  --fallback <tool-id>=<base URL>  fallback base for the tool (repeatable)
  --timeout <ms>                   per-request deadline, headers and body (default ${DEFAULT_TIMEOUT_MS})
  --out <file>                     snapshot to write (default content/status/snapshot.json)
  --in <file>                      previous snapshot to merge from (default: --out)
  --offline                        read nothing; every tool keeps its last data, marked stale
  --max-age <minutes>              older readings are written as unknown (default ${DEFAULT_MAX_AGE_MINUTES})
  --only <tool-id>                 refresh only this tool (repeatable)
  --tools <dir>                    tool YAML directory (default content/tools)
  -h, --help                       show this help`;

/** Content lives under CONTENT_DIR when set (as in src/content.config.ts), else the repo's content/. */
const contentDir = process.env.CONTENT_DIR
  ? resolve(process.env.CONTENT_DIR)
  : fileURLToPath(new URL('../../content/', import.meta.url));

function pairs(flag: string, values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const at = v.indexOf('=');
    if (at <= 0 || at === v.length - 1) throw new UsageError(`${flag} expects <tool-id>=<base URL>, got "${v}"`);
    out[v.slice(0, at)] = v.slice(at + 1);
  }
  return out;
}

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive whole number, got "${value}"`);
  return n;
}

function print(result: RefreshResult, offline: boolean): void {
  for (const r of result.reports) {
    const freshness = r.outcome === 'read' ? 'fresh' : r.outcome === 'no-feed' ? 'no-feed' : 'stale';
    const extra = [r.reason, ...r.notes].filter(Boolean).join('; ');
    console.log(`${r.id.padEnd(16)} ${r.state.padEnd(15)} ${freshness.padEnd(7)} ${String(r.ms).padStart(6)} ms${extra ? `  ${extra}` : ''}`);
  }
  const fresh = result.reports.filter((r) => r.fresh).length;
  if (offline) {
    console.log(`Offline run: no feed was read; every tool keeps its last data, marked stale. Wrote ${result.out}`);
  } else if (result.allFailed) {
    console.log(`All status sources were unreachable: kept the committed snapshot's last data for every tool, marked stale. Wrote ${result.out}`);
  } else {
    console.log(`Wrote ${result.out}: ${fresh} fresh, ${result.reports.length - fresh} not refreshed.`);
  }
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        source: { type: 'string', multiple: true },
        fallback: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        out: { type: 'string' },
        in: { type: 'string' },
        offline: { type: 'boolean', default: false },
        'max-age': { type: 'string' },
        only: { type: 'string', multiple: true },
        tools: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  try {
    const out = values.out ? resolve(values.out) : resolve(contentDir, 'status/snapshot.json');
    const result = await refresh({
      toolsDir: values.tools ? resolve(values.tools) : resolve(contentDir, 'tools'),
      out,
      in: values.in ? resolve(values.in) : out,
      timeoutMs: positiveInt('--timeout', values.timeout, DEFAULT_TIMEOUT_MS),
      maxAgeMinutes: positiveInt('--max-age', values['max-age'], DEFAULT_MAX_AGE_MINUTES),
      offline: values.offline,
      only: values.only,
      sources: pairs('--source', values.source),
      fallbacks: pairs('--fallback', values.fallback),
    });
    for (const w of result.warnings) console.error(`warning: ${w}`);
    print(result, values.offline ?? false);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`status refresh: could not write the snapshot: ${(err as Error).message}`);
    return 1;
  }
}

// Exit explicitly: an aborted request must not keep the build waiting on a half-closed socket.
// (stdout/stderr to files and pipes are synchronous on Linux and macOS, so nothing printed is lost.)
process.exit(await main(process.argv.slice(2)));
