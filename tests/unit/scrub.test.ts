import { describe, expect, it } from 'vitest';
import { scrub } from '../../src/lib/search/scrub.ts';

describe('scrub (paste → pre-filled issue)', () => {
  const paste = [
    'ANTHROPIC_API_KEY=sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdEFGH',
    'OPENAI_API_KEY="sk-proj-Zyx987654321abcdefghijklmnop"',
    'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'token ghp_0123456789abcdefghijABCDEFGHIJ012345 for jane.doe@example.com',
    'at /Users/jdoe/code/app/index.ts and /home/alice/.claude/settings.json',
    'C:\\Users\\Bob Smith\\AppData\\Roaming\\Code',
    'key AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q',
    '{"api_key": "abcdef123456"}',
  ].join('\n');
  const out = scrub(paste);

  it('removes every kind of secret and personal detail', () => {
    for (const secret of ['sk-ant-api03', 'sk-proj-Zyx', 'eyJhbGciOiJIUzI1NiJ9', 'ghp_0123', 'jane.doe@example.com', 'jdoe', 'alice', 'Bob Smith', 'AIzaSy', 'abcdef123456']) {
      expect(out, secret).not.toContain(secret);
    }
  });

  it('keeps the error itself readable', () => {
    expect(out).toContain('ANTHROPIC_API_KEY=<API key>');
    expect(out).toContain('Authorization: Bearer <token>');
    expect(out).toContain('/Users/<user>/code/app/index.ts');
    expect(out).toContain('C:\\Users\\<user>\\AppData');
    expect(scrub('API Error: 529 Overloaded')).toBe('API Error: 529 Overloaded');
  });
});
