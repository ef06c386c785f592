/**
 * Looking for hundreds of message pieces inside a published package: a .tgz whose files may be JavaScript bundles
 * or 400 MB native binaries (Bun and Node single-file executables, Rust builds), some of which carry a further
 * gzip-compressed archive inside them (the Copilot CLI does). The search itself is GNU grep's fixed-string
 * matcher (`grep -aoF -f patterns`), which finds every piece in one pass at a few hundred MB/s; a loop in
 * JavaScript was 20× slower.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, inflateRawSync, constants } from 'node:zlib';

/** Every pattern (each with its alternative byte forms) looked for in one pass over a buffer. */
export class MultiSearch {
  readonly found = new Set<string>();
  private readonly keyOf = new Map<string, string>();
  private readonly dir: string;
  private readonly file: string;

  constructor(patterns: ReadonlyMap<string, readonly Buffer[]>) {
    for (const [key, forms] of patterns) for (const f of forms) if (f.length && !f.includes(10)) this.keyOf.set(f.toString('latin1'), key);
    this.dir = mkdtempSync(join(tmpdir(), 'verify-'));
    this.file = join(this.dir, 'patterns');
  }

  get done(): boolean {
    return this.found.size >= new Set(this.keyOf.values()).size;
  }

  /**
   * grep -o prints one match per place, the longest, so a piece that overlaps another found piece ("…your limit"
   * then "limit’s end") is not printed the first time: the pieces still missing are looked for again on their own,
   * for as long as a pass finds something new.
   */
  scan(buf: Uint8Array): void {
    if (this.done || !buf.length) return;
    // grep reads the bytes from a file (a pipe of several hundred MB is several times slower).
    const data = join(this.dir, 'data');
    writeFileSync(data, buf);
    try {
      for (let pass = 0; pass < 3 && !this.done; pass++) {
        const before = this.found.size;
        this.pass(data);
        if (this.found.size === before) break;
      }
    } finally {
      rmSync(data, { force: true });
    }
  }

  private pass(data: string): void {
    const wanted = [...this.keyOf].filter(([, key]) => !this.found.has(key)).map(([form]) => form);
    writeFileSync(this.file, Buffer.from(wanted.join('\n') + '\n', 'latin1'));
    const res = spawnSync('grep', ['-a', '-o', '-F', '-f', this.file, data], {
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, LC_ALL: 'C' },
    });
    if (res.error) throw new Error(`grep failed: ${res.error.message}`);
    if (res.status !== 0 && res.status !== 1) throw new Error(`grep failed: ${res.stderr.toString().slice(0, 200)}`);
    const matches = new Set(res.stdout.toString('latin1').split('\n').filter(Boolean));
    for (const form of wanted) {
      const key = this.keyOf.get(form)!;
      // A piece inside a longer printed match is there too.
      if (matches.has(form) || [...matches].some((m) => m.length > form.length && m.includes(form))) this.found.add(key);
    }
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The files of a tar archive (ustar, with GNU/pax long names), as views into the buffer. */
export function* tarEntries(tar: Buffer): Generator<{ name: string; data: Buffer }> {
  let at = 0;
  let longName: string | null = null;
  while (at + 512 <= tar.length) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new Error('corrupt tar header');
    const type = String.fromCharCode(header[156]!);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = at + 512;
    if (body + size > tar.length) throw new Error(`truncated tar entry ${name}`);
    const data = tar.subarray(body, body + size);
    longName = null;
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (path) longName = path[1]!;
    } else if (type === '0' || type === '\0' || type === '7') yield { name, data };
    at = body + Math.ceil(size / 512) * 512;
  }
}

/**
 * Gzip streams embedded in a larger file (self-extracting binaries), decompressed. Each candidate header is tried;
 * invalid ones fail at once. `maxBytes` caps each stream's output.
 */
export function* embeddedGzips(buf: Buffer, maxBytes: number): Generator<Buffer> {
  const magic = Buffer.from([0x1f, 0x8b, 0x08]);
  for (let off = buf.indexOf(magic); off !== -1; off = buf.indexOf(magic, off + 3)) {
    const flags = buf[off + 3]!;
    if (flags & 0xe0) continue; // reserved bits set: not a gzip header
    let p = off + 10;
    if (flags & 4) p += 2 + buf.readUInt16LE(p);
    if (flags & 8) while (p < buf.length && buf[p++] !== 0);
    if (flags & 16) while (p < buf.length && buf[p++] !== 0);
    if (flags & 2) p += 2;
    try {
      const out = inflateRawSync(buf.subarray(p), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
      if (out.length >= 1024) yield out;
    } catch {
      // not a stream, or over the cap: skip
    }
  }
}

export interface ScanLimits {
  /** Largest unpacked size of the package (the .tgz's tar), and of any embedded archive. */
  maxUnpackedBytes: number;
  /** Look inside archives embedded in large binaries (slow; the caller learns per package whether it pays off). */
  embedded?: boolean;
}

export interface ScanResult {
  found: Set<string>;
  /** Pieces found only inside embedded archives. */
  embeddedHits: number;
}

/** Which patterns a package tarball holds, in its files and (when asked) in archives embedded in its large binaries. */
export function scanTarball(tgz: Buffer, patterns: ReadonlyMap<string, readonly Buffer[]>, limits: ScanLimits): ScanResult {
  let tar: Buffer;
  try {
    tar = gunzipSync(tgz, { maxOutputLength: limits.maxUnpackedBytes });
  } catch (err) {
    throw new Error(/buffer|length|range/i.test((err as Error).message) ? `unpacks to more than ${limits.maxUnpackedBytes} bytes` : `not a gzip archive (${(err as Error).message})`);
  }
  const search = new MultiSearch(patterns);
  try {
    // The tar holds every file's bytes as they are: one pass over it covers every file.
    search.scan(tar);
    const direct = search.found.size;
    if (search.done || limits.embedded === false) return { found: search.found, embeddedHits: 0 };
    // Native executables may carry their JavaScript as a compressed archive: look inside those too.
    for (const entry of tarEntries(tar)) {
      if (entry.data.length < 8 * 1024 * 1024 || !entry.data.subarray(0, 4096).includes(0)) continue;
      for (const inner of embeddedGzips(entry.data, limits.maxUnpackedBytes)) {
        search.scan(inner);
        if (search.done) break;
      }
    }
    return { found: search.found, embeddedHits: search.found.size - direct };
  } finally {
    search.close();
  }
}
