/**
 * A stand-in for the npm registry on 127.0.0.1 (port 0): package documents and tarballs built in the test from
 * plain file contents, plus the faults verify:messages must survive — a corrupt tarball, one over the size cap, a
 * version whose tarball has vanished, a registry that never answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A ustar archive of the given files (enough for npm tarballs: regular files under package/). */
export function tar(files: Record<string, string | Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const tgz = (files: Record<string, string | Buffer>) => gzipSync(tar(files));

export type Fault = 'hang' | 'vanished' | 'corrupt';

export interface FakeRegistry {
  url: string;
  /** Publish versions of a package: version → files under package/ (or a fault for that version's tarball). */
  publish(name: string, versions: Record<string, Record<string, string | Buffer> | Fault>, latest?: string): void;
  /** Make the package document itself misbehave. */
  breakDocument(name: string, fault: 'hang' | 'vanished'): void;
  downloads: Map<string, number>;
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const docs = new Map<string, unknown>();
  const tarballs = new Map<string, Buffer | Fault>();
  const brokenDocs = new Map<string, 'hang' | 'vanished'>();
  const downloads = new Map<string, number>();
  let server: Server;
  const url = await new Promise<string>((resolve) => {
    server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!.slice(1));
      if (path.startsWith('-/')) {
        const t = tarballs.get(path);
        downloads.set(path, (downloads.get(path) ?? 0) + 1);
        if (t === 'hang') return;
        if (t === undefined || t === 'vanished') return void res.writeHead(404).end('not found');
        if (t === 'corrupt') return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from('\x1f\x8b\x08\x00garbage that is not deflate'));
        return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': t.length }).end(t);
      }
      const name = path.replace('%2f', '/');
      const broken = brokenDocs.get(name);
      if (broken === 'hang') return;
      const doc = docs.get(name);
      if (!doc || broken === 'vanished') return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
    }).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`));
  });
  return {
    url,
    downloads,
    publish(name, versions, latest) {
      const entries: Record<string, { dist: { tarball: string; integrity?: string } }> = {};
      for (const [v, files] of Object.entries(versions)) {
        const key = `-/${name.replace('/', '+')}-${v}.tgz`;
        const bytes = typeof files === 'string' ? files : tgz(Object.fromEntries(Object.entries(files).map(([f, c]) => [`package/${f}`, c])));
        tarballs.set(key, bytes);
        const integrity = Buffer.isBuffer(bytes) ? `sha512-${createHash('sha512').update(bytes).digest('base64')}` : undefined;
        entries[v] = { dist: { tarball: `${url}${key}`, ...(integrity ? { integrity } : {}) } };
      }
      docs.set(name, { name, 'dist-tags': { latest: latest ?? Object.keys(versions).at(-1) }, versions: entries });
    },
    breakDocument(name, fault) {
      brokenDocs.set(name, fault);
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
