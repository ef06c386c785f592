// Adds lockfile entries for optional, platform-specific packages (other OS/CPU builds of tailwind's oxide,
// pagefind, esbuild…) that `npm install` could not record because the registry this project is developed
// against does not serve them. Without those entries `npm ci` refuses the lock ("Missing: … from lock file").
// Each added entry carries os/cpu, so npm skips it on every other platform and installs the real one where it
// matches. Run after `npm install`: `node scripts/lock-optional-platforms.mjs`, then `npm install` once more, which
// normalises the new entries (key order, dev flags) so later installs leave the lock unchanged.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const OS_ALIAS = { windows: 'win32', win32: 'win32', macos: 'darwin' };
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => OS_ALIAS[p] ?? p).find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes('wasm32') ? 'wasm32' : undefined);
  return { os, cpu };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu && !dep.includes('wasm')) continue; // not a platform build: leave it to npm
    lock.packages[`node_modules/${dep}`] = {
      version: String(range).replace(/^[\^~=]/, ''),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries`);
