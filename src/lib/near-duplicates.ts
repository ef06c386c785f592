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

/**
 * A page's 5-word shingles, each as a 53-bit number: two 32-bit rolling hashes of the words' ids side by side.
 * Numbers, not joined strings: at 3,000 pages the strings and the maps keyed by them were most of this check's time.
 * Two shingles share a number by accident about once in 2^53 pairs; it would add one shared shingle to one pair.
 */
function shingles(text: string, ids: Map<string, number>): Set<number> {
  const words = text.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
  const w = words.map((word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size + 1));
    return id;
  });
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9;
    for (let k = i; k < i + SHINGLE; k++) {
      a = Math.imul(a ^ w[k]!, 0x01000193);
      b = Math.imul(b + w[k]!, 0x85ebca6b) ^ (b >>> 13);
    }
    out.add((a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff));
  }
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
  const ids = new Map<string, number>();
  const sets = pages.map((p) => shingles(p.text, ids));
  // Each shingle's pages, in page order. Most shingles are on one page only, so that page is kept as a number and a
  // list is made only when a second page has the shingle: a list per shingle was a good part of this check's
  // time at 3,000 pages.
  const firstPage = new Map<number, number>();
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const sh of set) {
      const first = firstPage.get(sh);
      if (first === undefined) firstPage.set(sh, i);
      else {
        const list = postings.get(sh);
        if (list) list.push(i);
        else postings.set(sh, [first, i]);
      }
    }
  });
  const shared = new Map<number, number>();
  const n = pages.length;
  for (const list of postings.values()) {
    if (list.length > COMMON_RUN_PAGES) continue;
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
  return pairs.sort((p, q) => q.overlap - p.overlap || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

/** Above this share of common 5-word runs, two pages are copies with small variations. */
export const NEAR_DUPLICATE_THRESHOLD = 0.25;
