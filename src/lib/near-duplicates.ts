/**
 * Near-duplicate pages: search engines treat near-identical tool × error pages as spam, and readers learn nothing
 * from a templated copy. Each page's own words (its prose, causes, waiting advice and FAQ — not the page furniture
 * every page shares) are cut into overlapping 5-word shingles; two pages sharing more than a set fraction of the
 * smaller page's shingles are reported.
 */
const SHINGLE = 5;

export interface OwnText {
  id: string;
  file: string;
  text: string;
}

/** The text that is this page's own: body prose without MDX tags or code, plus the front-matter prose. */
export function ownText(body: string, data: { causes: { text: string }[]; waiting: { why: string }; faq: { q: string; a: string }[] }): string {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ') // commands repeat legitimately (unset ANTHROPIC_API_KEY…)
    .replace(/`[^`]*`/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  return [prose, ...data.causes.map((c) => c.text), data.waiting.why, ...data.faq.flatMap((f) => [f.q, f.a])].join(' ');
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

export interface Pair {
  a: string;
  b: string;
  fileA: string;
  /** Shared shingles / shingles of the smaller page (0–1). */
  overlap: number;
}

/** Every pair above `threshold`, most similar first. */
export function nearDuplicates(pages: OwnText[], threshold: number): Pair[] {
  const sets = pages.map((p) => ({ ...p, s: shingles(p.text) }));
  const pairs: Pair[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [x, y] = sets[i]!.s.size <= sets[j]!.s.size ? [sets[i]!, sets[j]!] : [sets[j]!, sets[i]!];
      if (!x.s.size) continue;
      let shared = 0;
      for (const sh of x.s) if (y.s.has(sh)) shared++;
      const overlap = shared / x.s.size;
      if (overlap > threshold) pairs.push({ a: sets[i]!.id, b: sets[j]!.id, fileA: sets[i]!.file, overlap });
    }
  }
  return pairs.sort((p, q) => q.overlap - p.overlap);
}

/** Above this share of common 5-word runs, two pages are copies with small variations. */
export const NEAR_DUPLICATE_THRESHOLD = 0.25;
