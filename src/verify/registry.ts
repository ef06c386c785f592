/**
 * The npm registry, bounded: package documents and tarballs are fetched with one deadline each and a size cap
 * enforced while the bytes arrive; tarballs are checked against the registry's integrity hash and cached on disk by
 * name and version (a published version never changes), so a second run downloads nothing it already has.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegistryOptions {
  /** e.g. https://registry.npmjs.org/ (the tests use a local fake). */
  registry: string;
  /** Deadline per request, headers and body together. */
  timeoutMs: number;
  /** Largest tarball accepted, in bytes (compressed). */
  maxTarballBytes: number;
  /** Where tarballs are kept between runs. */
  cacheDir: string;
}

export class RegistryError extends Error {}

async function fetchBytes(url: string, opts: { timeoutMs: number; maxBytes: number; accept?: string }): Promise<Buffer> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), opts.timeoutMs);
  try {
    const res = await fetch(url, { signal: ctl.signal, headers: { accept: opts.accept ?? '*/*', 'user-agent': 'agent-errors-verify/1' } });
    if (!res.ok) throw new RegistryError(`${url}: HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > opts.maxBytes) throw new RegistryError(`${url}: larger than the cap (${declared} > ${opts.maxBytes} bytes)`);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of res.body ?? []) {
      total += chunk.byteLength;
      if (total > opts.maxBytes) {
        ctl.abort();
        throw new RegistryError(`${url}: larger than the cap (${opts.maxBytes} bytes)`);
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  } catch (err) {
    if (err instanceof RegistryError) throw err;
    if (ctl.signal.aborted) throw new RegistryError(`${url}: timed out after ${opts.timeoutMs} ms`);
    throw new RegistryError(`${url}: ${(err as Error).message}${(err as { cause?: { code?: string } }).cause?.code ? ` (${(err as { cause: { code: string } }).cause.code})` : ''}`);
  } finally {
    clearTimeout(timer);
  }
}

export interface Packument {
  name: string;
  latest: string;
  versions: Record<string, { tarball: string; integrity?: string }>;
}

/** The package's versions and where their tarballs are (the registry's abbreviated document). */
export async function packument(name: string, opts: RegistryOptions): Promise<Packument> {
  const url = new URL(name.replace('/', '%2f'), opts.registry.endsWith('/') ? opts.registry : `${opts.registry}/`).href;
  const body = await fetchBytes(url, { timeoutMs: opts.timeoutMs, maxBytes: 64 * 1024 * 1024, accept: 'application/vnd.npm.install-v1+json' });
  let doc: { 'dist-tags'?: { latest?: string }; versions?: Record<string, { dist?: { tarball?: string; integrity?: string } }> };
  try {
    doc = JSON.parse(body.toString('utf8'));
  } catch {
    throw new RegistryError(`${name}: the registry answered something that is not JSON`);
  }
  const versions: Packument['versions'] = {};
  for (const [v, meta] of Object.entries(doc.versions ?? {})) {
    if (meta?.dist?.tarball) versions[v] = { tarball: meta.dist.tarball, integrity: meta.dist.integrity };
  }
  const latest = doc['dist-tags']?.latest;
  if (!latest || !versions[latest]) throw new RegistryError(`${name}: no latest version in the registry document`);
  return { name, latest, versions };
}

/** A tarball's bytes: from the cache, or downloaded, checked against its integrity hash, then cached. */
export async function tarball(name: string, version: string, dist: { tarball: string; integrity?: string }, opts: RegistryOptions): Promise<Buffer> {
  const dir = join(opts.cacheDir, name.replace('/', '+'));
  const file = join(dir, `${version}.tgz`);
  if (existsSync(file)) return readFileSync(file);
  const bytes = await fetchBytes(dist.tarball, { timeoutMs: opts.timeoutMs, maxBytes: opts.maxTarballBytes });
  const sri = dist.integrity?.match(/^(sha512|sha384|sha256|sha1)-(.+)$/);
  if (sri && createHash(sri[1]!).update(bytes).digest('base64') !== sri[2]) throw new RegistryError(`${name}@${version}: the tarball does not match its integrity hash`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  return bytes;
}

/** Versions in release order; pre-releases are left out, and a suffix (Codex's "-linux-x64" builds) is kept apart. */
export function releaseVersions(all: readonly string[], suffix = ''): string[] {
  const parse = (v: string) => v.slice(0, v.length - suffix.length).split('.').map(Number);
  return all
    .filter((v) => v.endsWith(suffix) && /^\d+\.\d+\.\d+$/.test(v.slice(0, v.length - suffix.length)))
    .sort((a, b) => {
      const [x, y] = [parse(a), parse(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
}
