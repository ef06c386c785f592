/**
 * `npm run bench` — how the build scales. In a temporary copy of the project it generates N schema-valid error
 * pages by cloning the real ones under new ids and messages (so they weigh what real pages weigh), builds, and
 * prints a table: cold build wall time and CPU, peak memory, pages per second, one page's bytes (raw, gzip,
 * brotli), and the time of a rebuild after only the status snapshot changed (the every-15-minutes case).
 *
 *   npm run bench                                  N = 100 and 1000
 *   npm run bench -- --pages 300                   one size
 *   npm run bench -- --generate /tmp/site --pages 1000   only write the ready-to-build copy, then exit
 *
 * Clones keep every real sentence's shape but swap every other prose word for another word of the same length from the
 * real pages' vocabulary, so each clone's text is its own (the near-duplicate check would rightly reject a verbatim
 * copy) at the same weight, in words a real page would use.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import * as yaml from 'js-yaml';

const ROOT = resolve('.');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Deterministic pseudo-random generator, so two runs generate the same copy. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * The real pages' own words, by length: what the clones' swapped words are drawn from. Made-up letter strings gave
 * every clone ~170 words no other page has (172,000 distinct words at 1,000 pages), which no real site has and which
 * weighs on exactly one phase, Pagefind's index; words from the site's own vocabulary keep that realistic.
 */
let vocabulary: Map<number, string[]> | undefined;

/** Replace every other prose word with another word of the same length (so no 5-word run survives). */
function scramble(text: string, rand: () => number): string {
  let n = 0;
  return text.replace(/\b[a-z]{2,}\b/g, (w) => {
    if (++n % 2) return w;
    const pool = vocabulary?.get(w.length);
    return pool && pool.length > 1 ? pool[Math.floor(rand() * pool.length)]! : Array.from(w, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');
  });
}

function cloneBody(body: string, rand: () => number): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence;
      if (inFence || line.trimStart().startsWith('<') || line.startsWith('```')) return line;
      // Only plain words: tags (<kbd>…</kbd>), code spans and link targets stay as they are.
      return line
        .split(/(<[^>]*>|`[^`]*`|\]\([^)]*\)|\{[^}]*\})/)
        .map((part, i) => (i % 2 ? part : scramble(part, rand)))
        .join('');
    })
    .join('\n');
}

/** Write a buildable copy of the project with `pages` error pages (the real ones plus clones). */
export function generate(dir: string, pages: number) {
  mkdirSync(dir, { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const real: { tool: string; id: string; text: string }[] = [];
  for (const tool of readdirSync(join(dir, 'content/errors'))) {
    for (const f of readdirSync(join(dir, 'content/errors', tool)).filter((x) => x.endsWith('.mdx'))) {
      real.push({ tool, id: f.slice(0, -4), text: readFileSync(join(dir, 'content/errors', tool, f), 'utf8') });
    }
  }
  const ids: string[] = real.map((r) => `${r.tool}/${r.id}`);
  const words = new Set(real.flatMap((r) => r.text.toLowerCase().match(/\b[a-z]{2,}\b/g) ?? []));
  vocabulary = new Map();
  for (const w of [...words].sort()) vocabulary.set(w.length, [...(vocabulary.get(w.length) ?? []), w]);
  const rand = rng(42);
  for (let k = 0; real.length + k < pages; k++) {
    const src = real[k % real.length]!;
    const id = `${src.id}-bench-${k}`;
    const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src.text)!;
    type Front = {
      title: string;
      description: string;
      popular?: number;
      messages: { text: string }[];
      causes: { text: string }[];
      waiting: { why: string };
      faq?: { q: string; a: string }[];
    };
    const d = yaml.load(fm!) as Front;
    // New, unique messages and title; prose scrambled at the same length; not featured on the home page.
    d.title = `${d.title} (${k})`;
    d.description = `${d.description.slice(0, 150).trimEnd()} #${k}`;
    delete d.popular;
    d.messages = d.messages.map((m) => ({ ...m, text: `${m.text} [bench ${k}]` }));
    d.causes = d.causes.map((c) => ({ ...c, text: scramble(c.text, rand) }));
    d.waiting = { ...d.waiting, why: scramble(d.waiting.why, rand) };
    d.faq = (d.faq ?? []).map((f) => ({ q: scramble(f.q, rand), a: scramble(f.a, rand) }));
    const front = yaml.dump(d, { lineWidth: -1 }).trimEnd();
    writeFileSync(join(dir, 'content/errors', src.tool, `${id}.mdx`), `---\n${front}\n---\n${cloneBody(body!, rand)}`);
    ids.push(`${src.tool}/${id}`);
  }
  writeFileSync(join(dir, 'content/published-ids.txt'), `${ids.join('\n')}\n`);
  return ids.length;
}

interface Cost {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  phases: Record<string, number>;
}

function buildIn(dir: string): Cost {
  // The status step is left out on purpose: it is network-bound, and the benchmark measures the build.
  // The copy's node_modules is a link to the project's: give it its own Astro and OG caches, so the benchmark
  // neither reads the project's warm caches nor leaves its pages in them (the Pagefind cache included).
  const env = { ...process.env, NO_COLOR: '1', ASTRO_CACHE_DIR: join(dir, '.bench-cache/astro'), OG_CACHE_DIR: join(dir, '.bench-cache/og'), PAGEFIND_CACHE_DIR: join(dir, '.bench-cache/pagefind') };
  const res = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-build.mjs'), dir], { cwd: dir, encoding: 'utf8', env });
  if (res.status !== 0) throw new Error(`build failed in ${dir}:\n${res.stdout}\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Cost;
}

function bytes(buf: Buffer) {
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}

function pageWeight(dist: string) {
  const html = readFileSync(join(dist, 'claude-code/credit-balance-too-low/index.html'));
  const text = html.toString();
  const css = Buffer.from([...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''));
  const js = Buffer.concat([...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!))));
  return { html: bytes(html), css: bytes(css), js: bytes(js) };
}

function run(pages: number) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${pages}-`));
  try {
    const total = generate(dir, pages);
    // Cold: the copy starts with empty caches (see buildIn).
    const cold = buildIn(dir);
    const weight = pageWeight(join(dir, 'dist'));
    // The every-15-minutes refresh: a new reading (here: the snapshot rewritten by the status step, which fails fast on
    // this offline machine) applied to the built site's status pieces.
    const t0 = performance.now();
    const refresh = spawnSync(process.execPath, ['src/status/cli.ts', '--timeout', '3000'], { cwd: dir, encoding: 'utf8' });
    const apply = spawnSync(process.execPath, ['src/status/apply.ts'], { cwd: dir, encoding: 'utf8' });
    if (refresh.status !== 0 || apply.status !== 0) throw new Error(`status update failed:\n${refresh.stderr}${apply.stderr}`);
    const statusUpdateMs = Math.round(performance.now() - t0);
    // A deploy build: the same site again with the caches the deploy workflow restores (OG images, Astro's cache).
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    const warm = buildIn(dir);
    const built = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    return { pages: total, built, cold, warm, statusUpdateMs, weight };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (flag('--generate')) {
  const n = Number(flag('--pages') ?? 1000);
  const dir = resolve(flag('--generate')!);
  console.log(`wrote ${generate(dir, n)} error pages to ${dir}; build it with: cd ${dir} && npx astro build`);
} else {
  const sizes = flag('--pages') ? [Number(flag('--pages'))] : [100, 1000];
  console.log(`agent-errors build benchmark — node ${process.version}, ${new Date().toISOString()}`);
  console.log('| error pages | HTML pages | cold wall | cold CPU | peak RSS | pages/s | deploy build (caches kept) | status update (refresh + apply) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  const results = sizes.map(run);
  for (const r of results) {
    console.log(
      `| ${r.pages} | ${r.built} | ${(r.cold.wallMs / 1000).toFixed(1)} s | ${(r.cold.cpuMs / 1000).toFixed(1)} s | ${r.cold.maxRssMb} MB | ${Math.round(r.built / (r.cold.wallMs / 1000))} | ${(r.warm.wallMs / 1000).toFixed(1)} s | ${(r.statusUpdateMs / 1000).toFixed(1)} s |`,
    );
  }
  for (const r of results) {
    console.log(`\nWhere the time goes at ${r.pages} pages (s): phase | cold | deploy build`);
    for (const k of Object.keys(r.cold.phases)) console.log(`  ${k.padEnd(30)} ${(r.cold.phases[k]! / 1000).toFixed(1).padStart(6)} ${((r.warm.phases[k] ?? 0) / 1000).toFixed(1).padStart(6)}`);
  }
  const w = results.at(-1)!.weight;
  console.log('\nOne error page (/claude-code/credit-balance-too-low/), raw / gzip / brotli:');
  for (const [k, v] of Object.entries(w)) console.log(`  ${k.padEnd(4)} ${kb(v.raw)} / ${kb(v.gzip)} / ${kb(v.br)}`);
  console.log('Peak RSS is the build process; Pagefind indexes in a child process not counted there.');
}
