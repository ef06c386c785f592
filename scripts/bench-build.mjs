// Builds one project in this process and prints what it cost, as JSON on the last line:
// { wallMs, cpuMs, maxRssMb }. Used by scripts/bench.ts; runs inside the project copy it is given.
import { build } from 'astro';

const root = process.argv[2] ?? '.';
const t0 = performance.now();
const c0 = process.cpuUsage();
await build({ root, logLevel: 'error' });
const cpu = process.cpuUsage(c0);
console.log(
  JSON.stringify({
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
