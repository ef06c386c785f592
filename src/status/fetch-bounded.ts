/**
 * A fetch for JSON from hosts we don't control, bounded in every direction: time (one deadline for
 * headers, body and redirects together, so a body that trickles in a byte at a time is cut off too),
 * size (counted while streaming, so a 50 MB answer is dropped at the cap instead of buffered), redirects
 * (followed by hand, http/https only, never downgraded from https) and shape (JSON content type, parseable
 * JSON). Each failure becomes a FetchError with a short reason that ends up in the snapshot's `error`.
 */

import { checkHost, HostRefused } from './host-policy.ts';

export const USER_AGENT = 'agent-errors-status/1 (+build-time status check)';
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 3;

export type FetchErrorKind =
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'http'
  | 'redirect'
  | 'content-type'
  | 'too-large'
  | 'invalid-json'
  | 'shape';

/** A failed read, with a reason short enough to print and store. */
export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly status: number | undefined;
  constructor(kind: FetchErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'FetchError';
    this.kind = kind;
    this.status = status;
  }
}

export interface BoundedFetchOptions {
  /** One deadline for the whole request: connect, headers, every redirect and the full body. */
  timeoutMs: number;
  /** Body size cap in bytes (after decompression, so a gzip bomb is capped too). */
  maxBytes?: number;
  maxRedirects?: number;
  /** An outer signal (the refresh step's overall deadline). */
  signal?: AbortSignal;
  /** Hosts a redirect may lead to, besides the first URL's own host (src/status/host-policy.ts). */
  allowHosts?: readonly string[];
  /** Allow IP literals and non-public addresses: only for sources given explicitly (tests on 127.0.0.1). */
  allowPrivate?: boolean;
}

export interface JsonResponse {
  /** The URL that finally answered (after redirects). */
  url: string;
  status: number;
  data: unknown;
  bytes: number;
}

/**
 * Resolve an API path under a base that may itself carry a path: base http://127.0.0.1:9/anthropic plus
 * `api/v2/summary.json` gives http://127.0.0.1:9/anthropic/api/v2/summary.json (plain `new URL(path, base)`
 * would drop the last base segment, or the whole path for a leading "/").
 */
export function resolveUnder(base: URL | string, path: string): URL {
  const u = new URL(String(base));
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  u.search = '';
  u.hash = '';
  return new URL(path.replace(/^\/+/, ''), u);
}

const JSONISH = /^(application\/([\w.+-]+\+)?json|text\/json)\s*(;|$)/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GET a JSON document within the bounds above. Resolves with parsed JSON or rejects with a FetchError. */
export async function fetchJson(input: URL | string, opts: BoundedFetchOptions): Promise<JsonResponse> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([deadline.signal, opts.signal]) : deadline.signal;

  // Name the bound that fired rather than the low-level error it produced.
  const explain = (err: unknown): FetchError => {
    if (err instanceof FetchError) return err;
    if (deadline.signal.aborted) return new FetchError('timeout', `timed out after ${opts.timeoutMs} ms`);
    if (opts.signal?.aborted) return new FetchError('aborted', 'stopped at the overall deadline');
    const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
    const code = cause?.code ?? (err as { code?: string } | null)?.code;
    const text = code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    return new FetchError('network', `${networkWhat(code)} (${text})`);
  };

  try {
    let url = new URL(String(input));
    const hosts = new Set([url.hostname, ...(opts.allowHosts ?? [])]);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new FetchError('redirect', `refused non-http URL (${url.protocol})`);
      }
      if (!hosts.has(url.hostname)) throw new FetchError('redirect', `refused a redirect to another host (${url.hostname})`);
      try {
        await checkHost(url, { allowPrivate: opts.allowPrivate ?? false });
      } catch (err) {
        if (err instanceof HostRefused) throw new FetchError('redirect', err.message);
        throw err;
      }
      const res = await fetch(url, {
        method: 'GET',
        redirect: 'manual',
        credentials: 'omit', // no cookies or auth, ever
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'application/json' },
      });

      if (REDIRECTS.has(res.status)) {
        await discard(res);
        const location = res.headers.get('location');
        if (!location) throw new FetchError('redirect', `HTTP ${res.status} without a Location`, res.status);
        if (hop >= maxRedirects) throw new FetchError('redirect', `more than ${maxRedirects} redirects`, res.status);
        const next = new URL(location, url);
        if (url.protocol === 'https:' && next.protocol === 'http:') {
          throw new FetchError('redirect', 'refused a redirect from https to http', res.status);
        }
        url = next;
        continue;
      }

      if (!res.ok) {
        await discard(res);
        throw new FetchError('http', httpReason(res), res.status);
      }

      const type = res.headers.get('content-type') ?? '';
      if (!JSONISH.test(type)) {
        await discard(res);
        const what = type.split(';')[0]?.trim() || 'no content type';
        const hint = /html/i.test(what) ? ' (challenge or error page?)' : '';
        throw new FetchError('content-type', `expected JSON, got ${what}${hint}`, res.status);
      }

      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await discard(res);
        throw new FetchError('too-large', `body larger than ${maxBytes} bytes (declared ${declared})`, res.status);
      }

      const body = await readCapped(res, maxBytes, deadline);
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder('utf-8').decode(body).replace(/^\uFEFF/, ''));
      } catch {
        throw new FetchError('invalid-json', 'body is not valid JSON', res.status);
      }
      return { url: url.href, status: res.status, data, bytes: body.byteLength };
    }
  } catch (err) {
    throw explain(err);
  } finally {
    clearTimeout(timer);
  }
}

/** Read the body chunk by chunk, aborting the request as soon as it passes the cap. */
async function readCapped(res: Response, maxBytes: number, deadline: AbortController): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the transfer now; don't let the rest of the body arrive (or sit in memory).
      deadline.abort();
      reader.cancel().catch(() => {});
      throw new FetchError('too-large', `body larger than ${maxBytes} bytes`, res.status);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Drop a body we won't read, so the connection is released instead of left streaming. */
async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    /* already closed */
  }
}

/** Say in words what a socket-level error code means (the code stays, for searching). */
function networkWhat(code: string | undefined): string {
  if (!code) return 'network error';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'DNS lookup failed';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'connection closed';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'connect timed out';
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) return 'TLS error';
  return 'network error';
}

function httpReason(res: Response): string {
  let reason = `HTTP ${res.status}`;
  const type = res.headers.get('content-type') ?? '';
  if (res.headers.get('cf-mitigated') === 'challenge' || ((res.status === 403 || res.status === 405) && /html/i.test(type))) {
    reason += ' (challenge page)';
  }
  const retry = res.headers.get('retry-after');
  if (res.status === 429 && retry && /^\d{1,6}$/.test(retry)) reason += ` (retry after ${retry} s)`;
  return reason;
}
