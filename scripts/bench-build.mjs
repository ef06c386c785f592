// Builds one project in this process and prints what it cost, as JSON on the last line:
// { wallMs, cpuMs, maxRssMb, phases: { name: ms } }. Used by scripts/bench.ts; runs inside the project copy it is
// given. CPU is the whole process (Open Graph cards included); Pagefind's own binary is a child process and is not
// counted there. Phases come from the build's log lines, timed as they are written.
import { build } from 'astro';

const root = process.argv[2] ?? '.';
const marks = [];
const write = process.stdout.write.bind(process.stdout);
const t0 = performance.now();
// Astro logs to stdout; keep our own copy of each line with the time it arrived (and don't print it).
process.stdout.write = (chunk, ...rest) => {
  for (const line of String(chunk).split('\n')) if (line.trim()) marks.push([performance.now() - t0, line]);
  return typeof rest.at(-1) === 'function' ? (rest.at(-1)(), true) : true;
};
const c0 = process.cpuUsage();
try {
  await build({ root, logLevel: 'info' });
} finally {
  process.stdout.write = write;
}
const cpu = process.cpuUsage(c0);
const wallMs = Math.round(performance.now() - t0);
const at = (re, from = 0) => marks.find(([t, l]) => t >= from && re.test(l))?.[0];
const phases = {};
const contentEnd = at(/\[types\] Generated|\[content\] Synced content/) ?? 0;
const viteStart = at(/Building static entrypoints/) ?? contentEnd;
const viteEnd = at(/\[vite\] .*built in/, viteStart) ?? viteStart;
const pagesStart = at(/generating static routes/, viteEnd) ?? viteEnd;
const pagesEnd = at(/Completed in/, pagesStart) ?? pagesStart;
// Only the result lines: while a slow hook runs, Astro also prints 'Waiting for integration "agent-errors:pagefind"…'.
const PAGEFIND_DONE = /\[agent-errors:pagefind\] indexed/;
const OG_DONE = /\[agent-errors:og-images\] \d+ Open Graph cards/;
const ownMs = (re) => Number(/in (\d+) ms/.exec(marks.find(([, l]) => re.test(l))?.[1] ?? '')?.[1] ?? 0);
const postEnd = Math.max(at(PAGEFIND_DONE, pagesEnd) ?? pagesEnd, at(OG_DONE, pagesEnd) ?? pagesEnd);
phases['config, content layer, types'] = Math.round(viteStart);
phases['bundling (vite)'] = Math.round(viteEnd - viteStart);
phases['pages, feeds'] = Math.round(pagesEnd - pagesStart);
// The cards are drawn while the sitemap is written and Pagefind indexes (src/integrations/og-images.mjs): one phase.
phases['sitemap + Pagefind + OG cards'] = Math.round(postEnd - pagesEnd);
phases['other'] = wallMs - Object.values(phases).reduce((a, b) => a + b, 0);
// Each one's own timer, for where the last phase goes (they overlap, so they are not added to the total).
phases['  of which Pagefind (own timer)'] = ownMs(PAGEFIND_DONE);
phases['  of which OG cards (own timer)'] = ownMs(OG_DONE);
console.log(JSON.stringify({ wallMs, cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), phases }));
