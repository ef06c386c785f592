/** What a page says beside each message (src/lib/verification.ts), for every origin and verification outcome. */
import { describe, expect, it } from 'vitest';
import { checkNote, verifiedCount } from '../../src/lib/verification.ts';
import type { Verification } from '../../src/schemas/verification.ts';

const file: Verification = {
  tool: 'claude-code',
  checkedAt: '2026-11-30T10:00:00.000Z',
  packages: [{ name: '@anthropic-ai/claude-code-linux-x64', latest: '2.1.332', checked: ['2.1.200', '2.1.300', '2.1.332'], published: 140 }],
  messages: [
    { page: 'claude-code/a', text: 'Credit balance is too low', package: '@anthropic-ai/claude-code-linux-x64', status: 'found', fragments: [], firstSeen: '2.1.200', lastSeen: '2.1.332' },
    { page: 'claude-code/a', text: 'Old wording', package: '@anthropic-ai/claude-code-linux-x64', status: 'not-found', fragments: [], firstSeen: '2.1.200', lastSeen: '2.1.300' },
    { page: 'claude-code/a', text: 'Never there', package: null, status: 'not-found', fragments: [], firstSeen: null, lastSeen: null },
    { page: 'claude-code/a', text: 'Half: from the server', package: null, status: 'partial', fragments: [], firstSeen: null, lastSeen: null },
  ],
};
const base = { toolName: 'Claude Code', vendor: 'Anthropic', packages: ['@anthropic-ai/claude-code-linux-x64'], file, page: 'claude-code/a' };

describe('checkNote', () => {
  it.each([
    ['Credit balance is too low', undefined, 'printed', 'Printed by Claude Code 2.1.200 – 2.1.332 (checked 30 Nov 2026).'],
    ['Old wording', undefined, 'older', 'Not printed by Claude Code 2.1.332; last seen in 2.1.300 (checked 30 Nov 2026).'],
    ['Never there', undefined, 'not-found', 'Not found in Claude Code 2.1.332 or 2 earlier versions we searched (checked 30 Nov 2026).'],
    ['Half: from the server', undefined, 'partly', 'Claude Code 2.1.332 prints part of it; the rest is filled in at run time, e.g. from the server\'s reply (checked 30 Nov 2026).'],
    ['A new message', undefined, 'unchecked', "Not yet checked against Claude Code's published client."],
    ['{"type":"error"}', 'api' as const, 'relayed', "Written by Anthropic's servers and passed on by Claude Code: not in the client's code."],
    ['zsh: command not found: claude', 'system' as const, 'system', 'Printed by your shell, the operating system or another program, not by Claude Code.'],
    ['VS Code only', 'extension' as const, 'unpublished', "Printed by a part of Claude Code that is not published on npm (an IDE extension or app): checked against Anthropic's source, docs and reports."],
    ['Installation was killed', 'installer' as const, 'unpublished', "Printed by Claude Code's install script, which is not in the published package: checked against Anthropic's docs, changelog and reports."],
  ])('%s (%s) → %s', (text, origin, kind, words) => {
    const n = checkNote({ ...base, message: { text, origin } });
    expect(n.kind).toBe(kind);
    expect(n.text).toBe(words);
  });

  it('a tool with no published client says so', () => {
    const n = checkNote({ ...base, toolName: 'Cursor', vendor: 'Anysphere', packages: [], file: undefined, message: { text: 'x', origin: 'extension' } });
    expect(n.text).toBe("Cursor publishes no client we can search: checked against Anysphere's docs, source and reports only.");
  });

  it('counts client messages found in a published version (older wordings included)', () => {
    const notes = ['Credit balance is too low', 'Old wording', 'Never there', 'A new message'].map((text) => checkNote({ ...base, message: { text } }));
    notes.push(checkNote({ ...base, message: { text: 'x', origin: 'api' } }));
    expect(verifiedCount(notes)).toEqual({ client: 4, found: 2 });
  });
});
