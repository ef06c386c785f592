/**
 * The matcher alone, with every page as a candidate: each realistic paste must rank its page first. The suite
 * fails when fewer than 90% do (and prints the misses); tests/e2e/search.spec.ts runs the same table through the
 * real search page, Pagefind included.
 */
import { describe, it, expect, vi } from 'vitest';

// Ranking 240+ pastes against every page takes ~2 s on a quiet 2-core machine, several times that while a build runs
// beside it: a correctness test, so no tight time limit.
vi.setConfig({ testTimeout: 30_000 });
import { CLOSE_MATCH, rank, type Candidate } from '../../src/lib/search/match.ts';
import { tokens } from '../../src/lib/search/normalise.ts';
import { readdirSync, readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { splitFrontMatter } from '../../src/lib/content-check.ts';
import { PASTES } from '../fixtures/pastes.ts';
import { UNKNOWN_PASTES } from '../fixtures/pastes-unknown.ts';
import { buildMessageIndex, candidatesFromShards, shardOf } from '../../src/lib/search/message-index.ts';

function candidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const tool of readdirSync('content/errors')) {
    for (const f of readdirSync(`content/errors/${tool}`).filter((x) => x.endsWith('.mdx'))) {
      const fm = yaml.load(splitFrontMatter(readFileSync(`content/errors/${tool}/${f}`, 'utf8'))!.frontMatter) as {
        title: string;
        messages: { text: string }[];
      };
      out.push({ url: `/${tool}/${f.slice(0, -4)}/`, tool, title: fm.title, messages: fm.messages.map((m) => m.text) });
    }
  }
  return out;
}

describe('normalise', () => {
  it('strips colour codes, ids, timestamps, paths, URLs and box marks, keeping HTTP codes', () => {
    const t = tokens(`\u001b[31m2026-11-20T14:03:22Z ⎿ │ API Error: 529 req_011CaXci6gfTVhUMdZ /home/me/app/src/x.ts https://status.claude.com 5f1c0e2a-8d1b-4b7e-9a51-2c3d4e5f6a7b 42 overloaded\u001b[0m`);
    expect(t).toEqual(['api', 'error', '529', 'overloaded']);
  });

  it('reads the message out of a JSON body', () => {
    expect(tokens('{"error":{"type":"x","message":"Conversation too long"}}')).toEqual(expect.arrayContaining(['conversation', 'too', 'long']));
  });
});

describe('paste table (matcher over every page)', () => {
  const all = candidates();
  it('covers every tool with at least 30 pastes, each naming an existing page', () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(30);
    const urls = new Set(all.map((c) => c.url));
    for (const p of PASTES) expect(urls, p.expect).toContain(`/${p.expect}/`);
    // Every tool that has pages has pastes.
    const withPages = new Set(all.map((c) => c.url.split('/')[1]));
    expect(new Set(PASTES.map((p) => p.expect.split('/')[0]))).toEqual(withPages);
  });

  it('has a paste for every page: a page no paste reaches is a page search was never shown to find', () => {
    const pasted = new Set(PASTES.map((p) => `/${p.expect}/`));
    expect(all.map((c) => c.url).filter((u) => !pasted.has(u))).toEqual([]);
  });

  it('ranks the expected page first for ≥ 95% of pastes, and in the top three for all', () => {
    const misses = PASTES.filter((p) => rank(p.paste, all)[0]?.url !== `/${p.expect}/`).map(
      (p) => `${p.note}: expected ${p.expect}, got ${rank(p.paste, all)[0]?.url ?? 'nothing'}`,
    );
    const outOfTop3 = PASTES.filter((p) => !rank(p.paste, all).slice(0, 3).some((r) => r.url === `/${p.expect}/`)).map((p) => `${p.note} (${p.expect})`);
    const firstRate = (PASTES.length - misses.length) / PASTES.length;
    console.log(`paste table (matcher): ${PASTES.length - misses.length}/${PASTES.length} first${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(firstRate).toBeGreaterThanOrEqual(0.95);
    expect(outOfTop3).toEqual([]);
  });
});

describe('close matches: a page documents the error, or the search says it has none', () => {
  const all = candidates();
  it('every documented paste matches its page closely', () => {
    const weak = PASTES.map((p) => ({ p, r: rank(p.paste, all).find((x) => x.url === `/${p.expect}/`) }))
      .filter(({ r }) => !r || r.score < CLOSE_MATCH)
      .map(({ p, r }) => `${p.expect} (${p.note}): ${r?.score.toFixed(2) ?? 'not ranked'}`);
    expect(weak).toEqual([]);
  });

  it('no undocumented paste matches any page closely', () => {
    const strong = UNKNOWN_PASTES.map((u) => ({ u, top: rank(u.paste, all)[0] }))
      .filter(({ top }) => top && top.score >= CLOSE_MATCH)
      .map(({ u, top }) => `${u.note}: ${top!.url} ${top!.score.toFixed(2)}`);
    expect(strong).toEqual([]);
  });
});

describe('message index', () => {
  it('holds and finds words that are Object.prototype keys, on both sides', () => {
    const pages = [{ url: '/x/', tool: 't', title: 'X', messages: ['TypeError: Anthropic is not a constructor', 'hasOwnProperty toString __proto__ valueOf'] }];
    const index = buildMessageIndex(pages);
    const json = JSON.parse(JSON.stringify(index.terms)) as Record<string, number[]>[];
    const shards = new Map(json.map((s, i) => [i, s] as const));
    for (const w of ['constructor', '__proto__', 'tostring', 'hasownproperty', 'valueof']) {
      expect(candidatesFromShards([w], shards, 5), w).toEqual([0]);
      expect(Object.hasOwn(json[shardOf(w)]!, w), w).toBe(true);
    }
    // Words no page has, but which every plain object inherits (tokens are lower-case, so these two), find nothing
    // and throw nothing: a shard parsed from JSON is a plain object with Object.prototype behind it.
    const empty = new Map([shardOf('constructor'), shardOf('__proto__')].map((i) => [i, JSON.parse('{}') as Record<string, number[]>] as const));
    expect(candidatesFromShards(['constructor', '__proto__'], empty, 5)).toEqual([]);
  });
});
