/**
 * `verify:messages` for one tool: search the tool's published client packages (its tool file's `client.npm`) for
 * every message its pages mark as printed by the client, in the latest version and back through its history, and
 * say per message which pieces were found, in which package, and the first and last checked version that held it.
 *
 * History: every package's versions are sampled evenly from the first release to the latest (the latest always
 * included), then the edges — where a message appears or disappears between two samples — are narrowed by bisection
 * within a download budget. A message is assumed to be present over one unbroken run of versions, which is how
 * wordings change; the data names the versions actually checked, so a reader can see how close the edges are.
 */
import { fragmentsOf, searchForms } from './fragments.ts';
import { packument, releaseVersions, tarball, type Packument, type RegistryOptions } from './registry.ts';
import { scanTarball } from './scan.ts';
import type { MessageCheck, Verification } from '../schemas/verification.ts';

export interface ClientPackage {
  package: string;
  /** Codex publishes each platform build as a version of the same package, e.g. "0.171.0-linux-x64". */
  versionSuffix?: string | undefined;
}

export interface PageMessages {
  /** "<tool-id>/<error-id>" */
  page: string;
  messages: { text: string; origin?: string | undefined; fragments?: string[] | undefined; seenIn?: string | undefined }[];
}

export interface VerifyOptions extends RegistryOptions {
  /** Versions sampled per package across its history (the latest included). */
  samples: number;
  /** Extra versions per package that bisection may download to narrow first/last seen. */
  bisectBudget: number;
  /** Largest unpacked package (and embedded archive) we search, in bytes. */
  maxUnpackedBytes: number;
  now: Date;
  log?: (line: string) => void;
}

interface Job {
  pkg: ClientPackage;
  doc: Packument;
  /** Releases in order, with the suffix (as the registry names them). */
  versions: string[];
  /** Version → which fragment keys it holds. */
  seen: Map<string, Set<string>>;
  /** Whether its binaries carry archives worth opening: learnt on the first (latest) version checked. */
  embedded: boolean | undefined;
}

const bare = (v: string, suffix = '') => v.slice(0, v.length - suffix.length);

function evenly<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  const out = new Set<T>();
  for (let i = 0; i < n; i++) out.add(list[Math.round((i * (list.length - 1)) / (n - 1))]!);
  return [...out];
}

export async function verifyTool(tool: string, packages: readonly ClientPackage[], pages: readonly PageMessages[], opts: VerifyOptions): Promise<Verification> {
  const log = opts.log ?? (() => {});
  // The client messages and their pieces; every piece becomes one search key.
  const rows = pages.flatMap((p) =>
    p.messages
      .filter((m) => (m.origin ?? 'client') === 'client')
      .map((m) => ({ page: p.page, text: m.text, pieces: fragmentsOf(m.text, m.fragments), seenIn: m.seenIn })),
  );
  const patterns = new Map<string, Buffer[]>();
  for (const r of rows) for (const piece of r.pieces) patterns.set(piece, searchForms(piece));

  const jobs: Job[] = [];
  for (const pkg of packages) {
    const doc = await packument(pkg.package, opts);
    const versions = releaseVersions(Object.keys(doc.versions), pkg.versionSuffix);
    const latest = pkg.versionSuffix ? `${doc.latest}${pkg.versionSuffix}` : doc.latest;
    if (!doc.versions[latest]) throw new Error(`${pkg.package}: the latest version ${latest} is not in the registry document`);
    jobs.push({ pkg, doc, versions, seen: new Map(), embedded: undefined });
  }

  const check = async (job: Job, version: string) => {
    if (job.seen.has(version)) return job.seen.get(version)!;
    const dist = job.doc.versions[version];
    if (!dist) throw new Error(`${job.pkg.package}@${version} is not in the registry document`);
    const t0 = performance.now();
    const bytes = await tarball(job.pkg.package, version, dist, opts);
    const { found, embeddedHits } = scanTarball(bytes, patterns, { maxUnpackedBytes: opts.maxUnpackedBytes, embedded: job.embedded });
    job.embedded ??= embeddedHits > 0;
    job.seen.set(version, found);
    log(`  ${job.pkg.package}@${version}: ${found.size}/${patterns.size} pieces (${Math.round(performance.now() - t0)} ms)`);
    return found;
  };
  const holds = (found: Set<string>, pieces: string[]) => pieces.length > 0 && pieces.every((p) => found.has(p));

  for (const job of jobs) {
    const latest = job.pkg.versionSuffix ? `${job.doc.latest}${job.pkg.versionSuffix}` : job.doc.latest;
    const sample = new Set([...evenly(job.versions.slice(0, job.versions.indexOf(latest) + 1), opts.samples), latest]);
    for (const v of [...sample].reverse()) await check(job, v);
    // A version a page names (seenIn) is checked too: a wording that lived for a few releases between two samples
    // would otherwise never be seen, and no edge would lead bisection to it.
    for (const r of rows) {
      const hinted = r.seenIn && `${r.seenIn}${job.pkg.versionSuffix ?? ''}`;
      if (hinted && job.versions.includes(hinted) && !holds(job.seen.get(latest)!, r.pieces)) await check(job, hinted);
    }
    // Narrow each edge: between a checked version that holds a message and a neighbouring checked one that doesn't.
    let budget = opts.bisectBudget;
    for (const r of rows) {
      for (;;) {
        if (budget <= 0) break;
        const checked = job.versions.filter((v) => job.seen.has(v));
        const has = checked.map((v) => holds(job.seen.get(v)!, r.pieces));
        let gap: [number, number] | null = null;
        for (let i = 0; i + 1 < checked.length && !gap; i++) {
          if (has[i] !== has[i + 1]) {
            const a = job.versions.indexOf(checked[i]!);
            const b = job.versions.indexOf(checked[i + 1]!);
            if (b - a > 1) gap = [a, b];
          }
        }
        if (!gap) break;
        await check(job, job.versions[Math.floor((gap[0] + gap[1]) / 2)]!);
        budget--;
      }
    }
  }

  const messages: MessageCheck[] = rows.map((r) => {
    // The first package (in tool-file order) whose latest version holds the whole message, else the first that ever did.
    const latestOf = (j: Job) => (j.pkg.versionSuffix ? `${j.doc.latest}${j.pkg.versionSuffix}` : j.doc.latest);
    const inLatest = jobs.find((j) => holds(j.seen.get(latestOf(j))!, r.pieces));
    const ever = inLatest ?? jobs.find((j) => [...j.seen.values()].some((f) => holds(f, r.pieces)));
    const union = new Set(jobs.flatMap((j) => [...j.seen.get(latestOf(j))!]));
    const pieces = r.pieces.map((p) => ({ text: p, found: union.has(p) }));
    const held = ever ? ever.versions.filter((v) => ever.seen.has(v) && holds(ever.seen.get(v)!, r.pieces)) : [];
    return {
      page: r.page,
      text: r.text,
      package: ever?.pkg.package ?? null,
      status: inLatest ? 'found' : pieces.some((p) => p.found) ? 'partial' : 'not-found',
      fragments: pieces,
      firstSeen: held.length ? bare(held[0]!, ever!.pkg.versionSuffix) : null,
      lastSeen: held.length ? bare(held.at(-1)!, ever!.pkg.versionSuffix) : null,
    };
  });

  return {
    tool,
    checkedAt: opts.now.toISOString(),
    packages: jobs.map((j) => ({
      name: j.pkg.versionSuffix ? `${j.pkg.package} (${j.pkg.versionSuffix.replace(/^-/, '')} builds)` : j.pkg.package,
      latest: j.doc.latest,
      checked: j.versions.filter((v) => j.seen.has(v)).map((v) => bare(v, j.pkg.versionSuffix)),
      published: j.versions.length,
    })),
    messages,
  };
}
