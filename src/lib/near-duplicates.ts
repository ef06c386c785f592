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

/**
 * A 5-word run found on more pages than this is site-wide phrasing (furniture), not one page copying another; it is
 * left out of the pair counts, which also keeps the check linear-ish in the number of pages.
 */
const COMMON_RUN_PAGES = 50;

/** Every pair above `threshold`, most similar first. Counts shared shingles through an inverted index. */
export function nearDuplicates(pages: OwnText[], threshold: number): Pair[] {
  const sets = pages.map((p) => shingles(p.text));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const sh of set) {
      const list = postings.get(sh);
      if (list) list.push(i);
      else postings.set(sh, [i]);
    }
  });
  const shared = new Map<number, number>();
  const n = pages.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > COMMON_RUN_PAGES) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: Pair[] = [];
  for (const [key, count] of shared) {
    const i = Math.floor(key / n);
    const j = key % n;
    const smaller = Math.min(sets[i]!.size, sets[j]!.size);
    const overlap = smaller ? count / smaller : 0;
    if (overlap > threshold) pairs.push({ a: pages[i]!.id, b: pages[j]!.id, fileA: pages[i]!.file, overlap });
  }
  return pairs.sort((p, q) => q.overlap - p.overlap || p.a.localeCompare(q.a));
}

/** Above this share of common 5-word runs, two pages are copies with small variations. */
export const NEAR_DUPLICATE_THRESHOLD = 0.25;
