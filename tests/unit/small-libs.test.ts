import { describe, it, expect } from 'vitest';
import { errorH1, errorTitle, htmlLength } from '../../src/lib/titles.ts';
import { fixAnchor, fixAnchors } from '../../src/lib/fix-anchors.ts';
import { formatDate, formatDateTime, hostOf } from '../../src/lib/format.ts';
import { messageKey } from '../../src/lib/registry.ts';
import { effectiveState } from '../../src/status/age.ts';
import { siteUrl } from '../../src/site.config.mjs';
import { errorsJson } from '../../src/lib/errors-json.ts';

describe('titles', () => {
  it('builds the H1 and a title of at most 65 chars', () => {
    expect(errorH1('Codex', 'stream disconnected before completion')).toBe('Codex "stream disconnected before completion": causes and fixes');
    const t = errorTitle('Claude Code', 'Opus is not available with the Pro plan');
    expect(t.length).toBeLessThanOrEqual(65);
    expect(t).toBe('Claude Code "Opus is not available with the Pro plan": fixes');
  });

  it('keeps the tool name on long messages (titles must differ between tools) and cuts at a word within 90', () => {
    const msg = 'This credential is only authorized for use with Claude Code and cannot be used for other API requests.';
    const a = errorTitle('Claude Code', msg);
    const b = errorTitle('OpenCode', msg);
    expect(a).not.toBe(b);
    for (const t of [a, b]) {
      expect(t.length).toBeLessThanOrEqual(90);
      expect(t.endsWith('…')).toBe(true);
    }
    expect(a.startsWith('Claude Code: This credential is only authorized')).toBe(true);
  });

  it('counts the entities Astro writes for quotes, so a JSON body still fits within 90 as written', () => {
    const t = errorTitle('OpenCode', 'Unauthorized: {"error":{"message":"User not found.","code":401}}');
    expect(htmlLength(t)).toBeLessThanOrEqual(90);
    expect(t.startsWith('OpenCode: Unauthorized: {"error"')).toBe(true);
    expect(t.endsWith('…')).toBe(true);
    expect(htmlLength(`it's "a" <b> & c`)).toBe(16 + 4 + 10 + 8 + 4);
  });
});

describe('fixAnchors', () => {
  it('maps each cause to the first step that addresses it', () => {
    const body = '<Fix cause="a b" title="First">x</Fix>\n<Fix cause="b c" title="Second">y</Fix>';
    expect(fixAnchors(body)).toEqual({
      a: { anchor: 'fix-first', title: 'First' },
      b: { anchor: 'fix-first', title: 'First' },
      c: { anchor: 'fix-second', title: 'Second' },
    });
    expect(fixAnchor('Remove the key — and go back!')).toBe('fix-remove-the-key-and-go-back');
  });
});

describe('format', () => {
  it('prints UTC, deterministically', () => {
    expect(formatDate(new Date('2026-11-24T23:59:00Z'))).toBe('24 Nov 2026');
    expect(formatDateTime('2026-11-24T09:05:00Z')).toBe('24 Nov 2026, 09:05 UTC');
    expect(hostOf('https://status.claude.com/api/v2/summary.json')).toBe('status.claude.com');
    expect(hostOf('not a url')).toBe('');
  });
});

describe('messageKey', () => {
  it('ignores case and whitespace', () => {
    expect(messageKey('  Credit   balance is TOO low ')).toBe(messageKey('credit balance is too low'));
  });
});

describe('effectiveState', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const reading = (checkedAt: string | null) => ({
    state: 'operational' as const, checkedAt, stale: false, source: null, error: null, scope: null,
    components: [], missing: [], vendorUpdatedAt: null, incidents: [], maintenances: [], recentIncidents: [],
  });
  it('shows a fresh reading as it is', () => expect(effectiveState(reading('2026-11-24T11:00:00Z'), now, 360)).toBe('operational'));
  it('never shows an old reading as operational', () => expect(effectiveState(reading('2026-11-24T05:59:00Z'), now, 360)).toBe('unknown'));
  it('never trusts a reading dated in the future (it would never age), beyond a few minutes of clock skew', () => {
    expect(effectiveState(reading('2026-11-24T12:04:00Z'), now, 360)).toBe('operational');
    expect(effectiveState(reading('2026-11-24T12:06:00Z'), now, 360)).toBe('unknown');
    expect(effectiveState(reading('2099-01-01T00:00:00Z'), now, 360)).toBe('unknown');
  });
  it('is unknown without a reading', () => {
    expect(effectiveState(reading(null), now, 360)).toBe('unknown');
    expect(effectiveState(undefined, now, 360)).toBe('unknown');
  });
});

describe('siteUrl', () => {
  it('defaults, trims the slash, and rejects nonsense', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(siteUrl({ SITE_URL: 'https://errors.example.org/' })).toBe('https://errors.example.org');
    expect(() => siteUrl({ SITE_URL: 'errors.example.org' })).toThrow(/absolute URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.org' })).toThrow(/http/);
  });
});

describe('errorsJson', () => {
  it('lists one row per page with the documented fields', () => {
    const out = errorsJson(
      [
        {
          id: 'claude-code/x',
          data: {
            tool: 'claude-code', title: 'X', description: 'd', messages: [{ text: 'X happened', origin: 'client' as const, current: true }], category: 'auth', quickFix: { cause: 'c', likely: 'A likely cause here.', fix: 'Do this' },
            waiting: { verdict: 'no', why: 'because' }, causes: [], related: [], elsewhere: [], faq: [],
            sources: [{ url: 'https://a.example/x', label: 'A' }], lastVerified: new Date('2026-11-01'), diagnose: [],
          },
        },
      ],
      'https://errors.example.org/',
    );
    expect(out).toEqual({
      errors: [
        {
          tool: 'claude-code', id: 'x', url: 'https://errors.example.org/claude-code/x/', title: 'X', messages: ['X happened'],
          messageChecks: [{ text: 'X happened', origin: 'client', current: true, check: { kind: 'unchecked', note: '', package: null, firstSeen: null, lastSeen: null } }],
          category: 'auth', waiting: 'no', lastVerified: '2026-11-01', sources: ['https://a.example/x'], retired: false,
        },
      ],
    });
  });
});

describe('search page metadata', () => {
  it('round-trips through the data-m attribute and survives garbage', async () => {
    const { metaAttributes, decodeMeta } = await import('../../src/lib/search/meta.ts');
    const m = { tool: 'opencode', title: 'Unauthorized', messages: ['Unauthorized: {"error":{"code":401}}', 'a, b: c & <d>'] };
    const attrs = metaAttributes(m);
    expect(attrs['data-pagefind-meta']).toBe('m[data-m]');
    expect(decodeMeta({ m: attrs['data-m'] })).toEqual(m);
    expect(decodeMeta({ m: '%7B' })).toEqual({ tool: '', title: '', messages: [] });
    expect(decodeMeta({ m: '{"tool":1,"messages":["ok",2]}' })).toEqual({ tool: '', title: '', messages: ['ok'] });
  });
});
