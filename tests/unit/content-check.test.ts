/**
 * Bad content fails with a message naming the file, the field and the fix. Each case copies the good fixture
 * tree (tests/fixtures/content/good), breaks one thing, and runs the same checks the build runs.
 * tests/unit/fixture-builds.test.ts proves the real `astro build` fails the same way.
 */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check.ts';

const GOOD = 'tests/fixtures/content/good';
const NOW = new Date('2026-11-24T12:00:00Z');
const PAGE = 'errors/claude-code/sample-error.mdx';

/** Copy the good tree, let `mutate` break it, return the problems. */
function problemsAfter(mutate: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync(GOOD, root, { recursive: true });
    mutate(root);
    return checkContent(root, { now: NOW }).problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Replace text in a fixture file (throws if the text isn't there, so a test can't silently pass). */
function edit(root: string, file: string, from: string | RegExp, to: string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply: ${String(from)}`);
  writeFileSync(path, after);
}

function expectProblem(problems: { file: string; field: string; message: string }[], file: string, field: string, fix: RegExp) {
  const hit = problems.find((p) => p.file.endsWith(file) && p.field === field);
  expect(hit, `expected a problem for ${file} → ${field}; got:\n${problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n')}`).toBeTruthy();
  expect(hit!.message).toMatch(fix);
}

describe('content check', () => {
  it('passes the good fixture', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('passes the real content', () => {
    const { problems, pages } = checkContent('content');
    expect(problems.map((p) => `${p.file} → ${p.field}: ${p.message}`)).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(1);
  });

  it('missing messages', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, /messages:\n  - text: "Sample failure: something went wrong"\n    origin: client\n/, ''));
    expectProblem(problems, PAGE, 'messages', /messages is required.*verbatim/);
  });

  it('a message without its origin', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, '    origin: client\n', ''));
    expectProblem(problems, PAGE, 'messages[0].origin', /origin is required: say who prints this message/);
  });

  it('no quick fix, or one naming a cause that does not exist', () => {
    expectProblem(problemsAfter((r) => edit(r, PAGE, /quickFix: .*\n/, '')), PAGE, 'quickFix', /quickFix is required/);
    expectProblem(problemsAfter((r) => edit(r, PAGE, 'cause: first-cause, likely', 'cause: no-such-cause, likely')), PAGE, 'quickFix.cause', /names no cause "no-such-cause"/);
  });

  it('empty messages list', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, /messages:\n  - text: "Sample failure: something went wrong"\n    origin: client\n/, 'messages: []\n'));
    expectProblem(problems, PAGE, 'messages', /at least one verbatim message/);
  });

  it('unknown category', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, 'category: network', 'category: networking'));
    expectProblem(problems, PAGE, 'category', /unknown category "networking"; use one of: billing, auth/);
  });

  it('related id that does not exist', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, 'related: [claude-code/other-error]', 'related: [claude-code/no-such-page]'));
    expectProblem(problems, PAGE, 'related[0]', /"claude-code\/no-such-page" does not exist; use the id of an existing page/);
  });

  it('the same message on two pages', () => {
    const problems = problemsAfter((r) =>
      edit(r, 'errors/claude-code/other-error.mdx', 'Other failure: another thing', 'Sample failure:  something went WRONG'),
    );
    // Whitespace and case don't make a message different.
    expectProblem(problems, 'errors/claude-code/sample-error.mdx', 'messages[0].text', /already claimed by claude-code\/other-error/);
  });

  it('description over 160 characters', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, /^description: .*$/m, `description: ${'x'.repeat(161)}`));
    expectProblem(problems, PAGE, 'description', /160 characters or fewer.*shorten/);
  });

  it('no sources', () => {
    const problems = problemsAfter((r) =>
      edit(r, PAGE, /sources:\n  - \{ url: https:\/\/code.claude.com\/docs\/en\/errors, label: Claude Code docs — Error reference \}\n/, 'sources: []\n'),
    );
    expectProblem(problems, PAGE, 'sources', /at least one https source/);
  });

  it('a source that is not https', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, 'url: https://code.claude.com', 'url: http://code.claude.com'));
    expectProblem(problems, PAGE, 'sources[0].url', /https/);
  });

  it('lastVerified in the future', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, 'lastVerified: 2026-11-01', 'lastVerified: 2026-11-25'));
    expectProblem(problems, PAGE, 'lastVerified', /in the future/);
  });

  it('a fix step naming a cause that does not exist', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, 'cause="first-cause second-cause"', 'cause="first-cause typo-cause"'));
    expectProblem(problems, PAGE, '(body) <Fix cause="typo-cause">', /names no cause; use one of .*first-cause, second-cause/);
    expectProblem(problems, PAGE, 'causes (second-cause)', /no <Fix cause="second-cause"> step addresses this cause/);
  });

  it('two fix steps with the same title', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, '<DontDo>', '<Fix cause="first-cause" title="Do the thing">\n\nAgain.\n\n</Fix>\n\n<DontDo>'));
    expectProblem(problems, PAGE, '(body) <Fix title="Do the thing">', /two steps share the title/);
  });

  it('an MDX mistake in the body, placed at its line and column in the file', () => {
    // Line 30 of the fixture is its `</Fix>`; without it, `</HowToFix>` on line 44 closes the wrong tag.
    const p = problemsAfter((r) => edit(r, PAGE, '</Fix>', ''));
    expectProblem(p, PAGE, '(body) line 44:1', /^Unexpected closing tag `<\/HowToFix>`, expected corresponding closing tag for `<Fix>` \(26:1\).*; fix the MDX there/);
  });

  it('prose outside the two body blocks', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, '<Meaning>', 'Stray paragraph.\n\n<Meaning>'));
    expectProblem(problems, PAGE, '(body)', /outside <Meaning> and <HowToFix>/);
  });

  it('a page missing from published-ids.txt, and a published page deleted', () => {
    const problems = problemsAfter((r) => {
      writeFileSync(join(r, 'published-ids.txt'), 'claude-code/sample-error\nclaude-code/other-error\nclaude-code/gone-page\n');
      renameSync(join(r, 'errors/claude-code/other-error.mdx'), join(r, 'errors/claude-code/renamed-error.mdx'));
      edit(r, PAGE, 'related: [claude-code/other-error]', 'related: []');
    });
    expectProblem(problems, 'errors/claude-code/renamed-error.mdx', '(registry)', /add "claude-code\/renamed-error" to content\/published-ids.txt/);
    expectProblem(problems, 'content/published-ids.txt', 'claude-code/gone-page', /mark it retired instead of deleting it/);
  });

  it('a file name that is not kebab-case', () => {
    const problems = problemsAfter((r) => {
      renameSync(join(r, 'errors/claude-code/other-error.mdx'), join(r, 'errors/claude-code/Other_Error.mdx'));
      edit(r, PAGE, 'related: [claude-code/other-error]', 'related: []');
    });
    expectProblem(problems, 'errors/claude-code/Other_Error.mdx', '(file name)', /not kebab-case/);
  });

  it('a tool without its file (so no hub)', () => {
    const problems = problemsAfter((r) => rmSync(join(r, 'tools/windsurf.yaml')));
    expectProblem(problems, 'content/tools/windsurf.yaml', '(file)', /every tool needs content\/tools\/windsurf.yaml/);
  });

  it('a page filed under the wrong tool folder', () => {
    const problems = problemsAfter((r) => edit(r, PAGE, 'tool: claude-code', 'tool: codex'));
    expectProblem(problems, PAGE, 'tool', /move the file or fix the field/);
  });

  it('a templated copy of another page (near-duplicate text)', () => {
    const problems = problemsAfter((r) => {
      const copy = readFileSync(join(r, PAGE), 'utf8')
        .replace('Sample failure: something went wrong', 'Copied failure: different message')
        .replace('title: Sample failure', 'title: Copied failure')
        .replace('What it means.', 'What it means when the sample fails and the retry loop gives up after the third attempt on a slow network.');
      writeFileSync(join(r, 'errors/claude-code/copied-error.mdx'), copy);
      writeFileSync(join(r, 'published-ids.txt'), 'claude-code/sample-error\nclaude-code/other-error\nclaude-code/copied-error\n');
      edit(r, PAGE, 'What it means.', 'What it means when the sample fails and the retry loop gives up after the third attempt on a slow network.');
    });
    expectProblem(problems, 'errors/claude-code/copied-error.mdx', '(text)', /shares \d+% of its wording with claude-code\/sample-error/);
  });

  it('warns (without failing) when lastVerified is over 12 months old', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync(GOOD, root, { recursive: true });
      edit(root, PAGE, 'lastVerified: 2026-11-01', 'lastVerified: 2025-10-01');
      const { problems, warnings } = checkContent(root, { now: NOW });
      expect(problems).toEqual([]);
      expect(warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([expect.stringMatching(/^lastVerified: last verified 2025-10-01, over 12 months ago/)]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports every problem at once', () => {
    const problems = problemsAfter((r) => {
      edit(r, PAGE, 'category: network', 'category: nope');
      edit(r, 'errors/claude-code/other-error.mdx', 'lastVerified: 2026-11-01', 'lastVerified: 2027-01-01');
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});
