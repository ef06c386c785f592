/**
 * A stand-in for the vendors' status hosts: an HTTP server on 127.0.0.1 (port 0, so tests never clash)
 * that serves recorded payloads by path and can misbehave on demand — hang, trickle, stream 50 MB,
 * redirect forever — so the fetcher's bounds are tested against real sockets, not mocks.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refresh, type RefreshOptions, type RefreshResult } from '../../src/status/refresh.ts';
import { snapshotSchema, type Snapshot } from '../../src/status/snapshot-schema.ts';

export type Route =
  /** 200 (or `status`) with a JSON body. */
  | { json: unknown; status?: number; headers?: Record<string, string> }
  /** Any body with any content type. */
  | { body: string; status?: number; type?: string; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { fault: 'hang' }
  /** Send JSON headers at once, then the body one byte every `intervalMs` (default 200). */
  | { fault: 'trickle'; intervalMs?: number; body?: string }
  /** Stream `bytes` of JSON-looking data as fast as the client takes it; optionally declare the length. */
  | { fault: 'huge'; bytes: number; declareLength?: boolean }
  /** Redirect to `to` (relative or absolute). */
  | { fault: 'redirect'; to: string; status?: number }
  /** Close the connection without answering. */
  | { fault: 'reset' }
  /** Anything else. */
  | ((req: IncomingMessage, res: ServerResponse) => void);

export interface FakeVendor {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Serve `route` at `path` (replacing any earlier one). */
  set(path: string, route: Route): void;
  /** How many requests each path received. */
  hits: Map<string, number>;
  /** Request headers of the last request to each path. */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  /** Bytes the `huge` routes managed to write before the client went away. */
  hugeBytesWritten: number;
  close(): Promise<void>;
}

const NOT_FOUND_HTML = '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>';

export async function startFakeVendor(routes: Record<string, Route> = {}): Promise<FakeVendor> {
  const table = new Map<string, Route>(Object.entries(routes));
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setInterval>>();
  const vendor: FakeVendor = {
    url: '',
    set: (path, route) => void table.set(path, route),
    hits: new Map(),
    lastHeaders: new Map(),
    hugeBytesWritten: 0,
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    vendor.hits.set(path, (vendor.hits.get(path) ?? 0) + 1);
    vendor.lastHeaders.set(path, req.headers);
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(NOT_FOUND_HTML);
      return;
    }
    if (typeof route === 'function') return route(req, res);
    if ('json' in route) {
      res.writeHead(route.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...route.headers });
      res.end(JSON.stringify(route.json));
      return;
    }
    if (!('fault' in route)) {
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
      return;
    }
    switch (route.fault) {
      case 'hang':
        return; // keep the socket open, say nothing
      case 'reset':
        req.socket.destroy();
        return;
      case 'redirect':
        res.writeHead(route.status ?? 302, { location: route.to, 'content-type': 'text/html' }).end('moved');
        return;
      case 'trickle': {
        const body = route.body ?? JSON.stringify({ status: { indicator: 'none' }, components: [] });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        let i = 0;
        const t = setInterval(() => {
          if (i >= body.length || res.destroyed) {
            clearInterval(t);
            timers.delete(t);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(body[i++]);
        }, route.intervalMs ?? 200);
        timers.add(t);
        res.on('close', () => {
          clearInterval(t);
          timers.delete(t);
        });
        return;
      }
      case 'huge': {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (route.declareLength) headers['content-length'] = String(route.bytes);
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(64 * 1024, 0x61); // "aaaa…"
        let left = route.bytes;
        res.write('{"pad":"');
        const pump = () => {
          while (left > 0 && !res.destroyed) {
            const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
            left -= piece.length;
            vendor.hugeBytesWritten += piece.length;
            if (!res.write(piece)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('"}');
        };
        res.on('error', () => {});
        pump();
        return;
      }
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  vendor.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return vendor;
}

/** A base URL on a port where nothing listens (connection refused). */
export async function refusedBase(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

// ---- running the refresh step against the fake vendor ----


export interface RunResult {
  result: RefreshResult;
  /** The snapshot as written to disk, parsed with the schema. */
  written: Snapshot;
  /** Wall time of the whole refresh, ms. */
  ms: number;
  out: string;
}

/**
 * Run `refresh` into a fresh temp directory. `previous` (an object, or raw text for corrupt-file cases)
 * is written where the step reads its previous snapshot.
 */
export async function runRefresh(opts: Partial<RefreshOptions> & { toolsDir: string; previous?: unknown }): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'status-refresh-'));
  const out = join(dir, 'snapshot.json');
  if (opts.previous !== undefined) {
    writeFileSync(out, typeof opts.previous === 'string' ? opts.previous : JSON.stringify(opts.previous, null, 2));
  }
  const { previous: _previous, ...rest } = opts;
  const t0 = performance.now();
  const result = await refresh({ out, ...rest });
  const ms = Math.round(performance.now() - t0);
  const written = snapshotSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  return { result, written, ms, out };
}
