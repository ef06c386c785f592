/**
 * The message index: what the search fetches first. Pagefind alone costs ~90 KB (brotli) before its index chunks,
 * which does not fit a 100 KB first query, so messages are matched through this small index of our own, and
 * Pagefind's full-text index is loaded only when no message matches well.
 *
 * - terms-<s>.json: for the words of every page's messages and title, hashed into TERM_SHARDS files,
 *   { word: [page numbers] }. A query fetches the shards of its few distinctive words.
 * - pages-<c>.json: the pages themselves in chunks of PAGE_CHUNK ([url, tool, title, messages]). A query fetches
 *   only the chunks of its best candidates.
 * Both sides use `tokens()` from normalise.ts, so a paste and a message are cut into words the same way.
 */
import { tokens } from './normalise.ts';

export const TERM_SHARDS = 64;
export const PAGE_CHUNK = 16;
export const INDEX_BASE = '/search/index/';

export interface IndexedPage {
  url: string;
  tool: string;
  title: string;
  messages: string[];
}

/** FNV-1a: a small, stable string hash (same result in Node and browsers). */
export function shardOf(word: string, shards = TERM_SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/**
 * Words are keys of plain objects on both sides (JSON has no maps), and messages hold words like "constructor" or
 * "__proto__": every lookup goes through Object.hasOwn, never through the prototype.
 */
export function postings(shard: Record<string, number[]> | undefined, word: string): number[] {
  return shard && Object.hasOwn(shard, word) && Array.isArray(shard[word]) ? shard[word] : [];
}

export function buildMessageIndex(pages: IndexedPage[]) {
  // Null-prototype objects: "__proto__" is then an ordinary key (and JSON.stringify writes it like any other).
  const terms: Record<string, number[]>[] = Array.from({ length: TERM_SHARDS }, () => Object.create(null) as Record<string, number[]>);
  pages.forEach((p, n) => {
    const words = new Set([p.title, ...p.messages].flatMap((m) => tokens(m)));
    for (const w of words) {
      const shard = terms[shardOf(w)]!;
      if (!Object.hasOwn(shard, w)) shard[w] = [];
      shard[w]!.push(n);
    }
  });
  const chunks: [string, string, string, string[]][][] = [];
  for (let i = 0; i < pages.length; i += PAGE_CHUNK) {
    chunks.push(pages.slice(i, i + PAGE_CHUNK).map((p) => [p.url, p.tool, p.title, p.messages]));
  }
  return { terms, chunks, pages: pages.length };
}

/** Candidate page numbers for the query words, most words matched first (ties: lower number first). */
export function candidatesFromShards(words: string[], shards: Map<number, Record<string, number[]>>, limit: number): number[] {
  const hits = new Map<number, number>();
  for (const w of new Set(words)) {
    for (const n of postings(shards.get(shardOf(w)), w)) hits.set(n, (hits.get(n) ?? 0) + 1);
  }
  return [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([n]) => n);
}
