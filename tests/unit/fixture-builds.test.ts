/**
 * The real `astro build` on fixture content, one build at a time:
 * - bad content fails the build with the file and the field named, for schema errors (zod, reported by Astro's
 *   content layer), for registry errors (our check, run when the pages load the catalogue) and with the file, line
 *   and column for MDX mistakes in an error page's body (checked as the content loads);
 * - untrusted text (a hostile status snapshot, a message holding </script>) reaches the pages only as text.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, edit } from '../helpers/fixture-build.ts';

const PAGE = 'errors/claude-code/sample-error.mdx';
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('astro build on bad content', () => {
  it('fails on a schema error, naming the file and the field', () => {
    const b = buildFixture({ mutate: (r) => edit(r, PAGE, 'category: network', 'category: networking') });
    roots.push(b.root);
    expect(b.status).not.toBe(0);
    expect(b.output).toContain('errors/claude-code/sample-error.mdx');
    expect(b.output).toMatch(/category: unknown category "networking"; use one of: billing/);
  }, 120_000);

  it('fails on a registry error, naming the file and the field', () => {
    const b = buildFixture({ mutate: (r) => edit(r, PAGE, 'related: [claude-code/other-error]', 'related: [claude-code/no-such-page]') });
    roots.push(b.root);
    expect(b.status).not.toBe(0);
    expect(b.output).toMatch(/errors\/claude-code\/sample-error\.mdx → related\[0\]: "claude-code\/no-such-page" does not exist/);
  }, 120_000);

  it('fails on an MDX mistake in a body, naming the file, line and column, before any page is built', () => {
    // Line 30 of the fixture is its `</Fix>`; without it, `</HowToFix>` on line 44 closes the wrong tag.
    const b = buildFixture({ mutate: (r) => edit(r, PAGE, '</Fix>', '') });
    roots.push(b.root);
    expect(b.status).not.toBe(0);
    expect(b.output).toMatch(/errors\/claude-code\/sample-error\.mdx:44:1: Unexpected closing tag `<\/HowToFix>`, expected corresponding closing tag for `<Fix>` \(26:1\)/);
    expect(b.output).not.toContain('Building static entrypoints');
  }, 120_000);
});

describe('untrusted text in the built pages', () => {
  const HOSTILE = 'Sample failure </script><script>alert("m")</script>';
  let page = '';
  let statusJson = '';
  let statusRss = '';

  it('builds a site whose snapshot and message hold markup', () => {
    const b = buildFixture({
      snapshot: 'tests/fixtures/content/hostile/snapshot.json',
      mutate: (r) => {
        edit(r, PAGE, '"Sample failure: something went wrong"', JSON.stringify(HOSTILE));
        edit(r, PAGE, 'title: Sample failure', `title: ${JSON.stringify(HOSTILE)}`);
      },
    });
    roots.push(b.root);
    expect(b.status, b.output).toBe(0);
    page = readFileSync(join(b.root, 'dist/claude-code/sample-error/index.html'), 'utf8');
    statusJson = readFileSync(join(b.root, 'dist/status.json'), 'utf8');
    statusRss = readFileSync(join(b.root, 'dist/status/rss.xml'), 'utf8');
  }, 120_000);

  it('never turns it into markup', () => {
    // Attribute values may hold "<" literally (HTML never parses tags there); everywhere else it must be escaped.
    const outsideAttributes = page.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>alert');
    expect(outsideAttributes).not.toContain('<img src=x');
    expect(outsideAttributes).not.toContain('<b>bold</b>');
    // The only script elements are our own: the JSON-LD block and same-origin modules.
    const ours = (page.match(/<script type="application\/ld\+json">/g) ?? []).length + (page.match(/<script type="module" src="\/_astro\//g) ?? []).length;
    expect((outsideAttributes.match(/<script\b/g) ?? []).length).toBe(ours);
  });

  it('shows the message as text; vendor markup in a snapshot is stripped when the snapshot is read', () => {
    expect(page).toContain('Sample failure &lt;/script&gt;');
    expect(page).toContain('Elevated errors');
    expect(page).not.toContain('alert(1)');
    expect(page).not.toContain('&lt;b&gt;bold');
  });

  it('keeps the RSS feed free of markup once a feed reader decodes it', () => {
    const xmlDecode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const descriptions = [...statusRss.matchAll(/<description>([\s\S]*?)<\/description>/g)].map((m) => xmlDecode(m[1]!));
    expect(descriptions.length).toBeGreaterThan(1);
    // What a reader renders as HTML: no element may appear in it.
    for (const d of descriptions) expect(d).not.toMatch(/<[a-z]/i);
  });

  it('keeps it inside the one JSON-LD block, escaped, parsing back to the original', () => {
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/<\/?script/i);
    const graph = JSON.parse(blocks[0]!)['@graph'] as { '@type': string; headline?: string }[];
    expect(graph.find((n) => n['@type'] === 'TechArticle')!.headline).toContain(HOSTILE);
  });

  it('keeps a retired page at its URL, saying since when', () => {
    const retired = readFileSync(join(roots.at(-1)!, 'dist/claude-code/other-error/index.html'), 'utf8');
    expect(retired).toContain('Retired: Claude Code no longer prints this message since 1 Jun 2026.');
  });

  it('drops script and foreign links, and never trusts a reading dated in the future', () => {
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).not.toContain('evil.example');
    expect(statusJson).not.toContain('evil.example');
    const s = JSON.parse(statusJson);
    expect(s.tools.cursor.checkedAt).toBe('2099-01-01T00:00:00.000Z');
    expect(s.tools.cursor.state).toBe('unknown');
  });

  it('keeps the state, and only plain text in status.json', () => {
    const s = JSON.parse(statusJson);
    expect(s.tools['claude-code'].state).toBe('major_outage');
    expect(page).toContain('data-status="major_outage"');
    expect(s.tools['claude-code'].incidents[0].name).toMatch(/^Elevated errors/);
    expect(statusJson).not.toMatch(/<[a-z/]/i);
    expect(statusJson).not.toMatch(/javascript:/i);
  });
});

describe('the fast status refresh (npm run status:apply)', () => {
  it('turns a site built with one snapshot into the byte-identical site a full build with another gives', async () => {
    const { applyStatus } = await import('../../src/status/apply.ts');
    const { TEST_NOW } = await import('../helpers/clock.ts');
    const { readdirSync, statSync } = await import('node:fs');
    const list = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? list(join(dir, n)).map((f) => `${n}/${f}`) : [n]));
    // A: built with no readings at all; B: built with an outage, an incident and a future-dated reading.
    const a = buildFixture();
    const b = buildFixture({ snapshot: 'tests/fixtures/content/hostile/snapshot.json' });
    roots.push(a.root, b.root);
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    const r = await applyStatus({
      dist: join(a.root, 'dist'),
      snapshot: 'tests/fixtures/content/hostile/snapshot.json',
      tools: join(a.root, 'tools'),
      now: TEST_NOW,
      site: 'http://localhost:4321',
    });
    expect(r.slots).toBeGreaterThan(10);
    expect(r.changed).toBeGreaterThan(3);
    const files = list(join(b.root, 'dist')).sort();
    expect(list(join(a.root, 'dist')).sort()).toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(a.root, 'dist', f)).equals(readFileSync(join(b.root, 'dist', f))));
    expect(differ).toEqual([]);
  }, 240_000);
});
