/**
 * Serve a built site the way static hosts do: directory URLs get index.html, unknown paths get 404.html with a 404,
 * and, optionally, the rules of `_headers` are applied as Netlify and Cloudflare Pages apply them (every rule whose
 * path pattern matches adds its headers; a header set by two rules is joined with ", "). Used by the CSP test, the
 * screenshots script and the benchmarks; no dependencies.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parse a `_headers` file: a path line (with `*` wildcards and `:placeholders`), then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/gi, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      if (at > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a host would send for a path. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    if (!r.pattern.test(path)) continue;
    for (const [k, v] of r.headers) {
      const key = k.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${v}` : v;
    }
  }
  return out;
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function serveDir(root: string, opts: { headers?: boolean; port?: number } = {}): Promise<StaticServer> {
  const rules = opts.headers && existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const body = existsSync(file) ? readFileSync(file) : Buffer.from('not found');
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(rules, path) });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}
