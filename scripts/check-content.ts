/**
 * `npm run check:content [-- <content dir>]`: the build's content checks in about a second, without building.
 * Exits 1 and lists every problem (file → field: fix) when there is one.
 */
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblems } from '../src/lib/registry.ts';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { problems, warnings, pages } = checkContent(root);
for (const w of warnings) console.warn(`warning: ${w.file} → ${w.field}: ${w.message}`);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${pages} error pages.`);
