import { describe, it, expect } from 'vitest';
import { buildMessageIndex, candidatesFromShards, shardOf, PAGE_CHUNK, TERM_SHARDS } from '../../src/lib/search/message-index.ts';
import { queryTerms } from '../../src/lib/search/match.ts';

const pages = Array.from({ length: 40 }, (_, i) => ({
  url: `/t/p${i}/`,
  tool: 't',
  title: `Page ${i}`,
  messages: i === 33 ? ['Unable to connect to local Ollama instance'] : [`Generic failure number ${i}`],
}));

describe('message index', () => {
  it('hashes words to stable shards', () => {
    expect(shardOf('ollama')).toBe(shardOf('ollama'));
    expect(shardOf('ollama')).toBeGreaterThanOrEqual(0);
    expect(shardOf('ollama')).toBeLessThan(TERM_SHARDS);
  });

  it('finds a page from the shards of its words, and its row in the right chunk', () => {
    const idx = buildMessageIndex(pages);
    expect(idx.chunks).toHaveLength(Math.ceil(40 / PAGE_CHUNK));
    const words = queryTerms('[31m⎿ Unable to connect to local Ollama instance. Ollama may not be running.');
    const shards = new Map(words.map((w) => [shardOf(w), idx.terms[shardOf(w)]!]));
    const [best] = candidatesFromShards(words, shards, 5);
    expect(best).toBe(33);
    expect(idx.chunks[Math.floor(33 / PAGE_CHUNK)]![33 % PAGE_CHUNK]![0]).toBe('/t/p33/');
  });

  it('returns nothing for words no message has', () => {
    const idx = buildMessageIndex(pages);
    const shards = new Map([[shardOf('zzzunknown'), idx.terms[shardOf('zzzunknown')]!]]);
    expect(candidatesFromShards(['zzzunknown'], shards, 5)).toEqual([]);
  });
});
