import { describe, it, expect } from 'vitest';
import { MAX_NAME, MAX_UPDATE, decodeEntities, plainText, safeHttpsUrl } from '../../../src/status/sanitize.ts';

describe('plainText', () => {
  it('strips tags, keeps words apart at <br>, decodes entities and collapses whitespace', () => {
    expect(plainText('Jobs were delayed.<br /><br />We restored service &amp; are monitoring.\n\n  Thanks', 500)).toBe(
      'Jobs were delayed. We restored service & are monitoring. Thanks',
    );
    expect(plainText('It&#8217;s <a href="https://x.test">here</a> &quot;now&quot; &#x2014; ok', 500)).toBe('It’s here "now" — ok');
  });

  it('drops script and style elements with their content', () => {
    expect(plainText('Before<script>alert(1)</script> after<style>p{}</style>', 200)).toBe('Before after');
    expect(plainText('x</script><img src=x onerror=alert(1)>y', 200)).toBe('xy');
  });

  it('does not let encoded markup come back as tags', () => {
    const out = plainText('&lt;script&gt;alert(1)&lt;/script&gt; and &amp;lt;img src=x&amp;gt;', 200)!;
    expect(out).not.toMatch(/<[a-zA-Z/!?]/);
    expect(out).toBe('and');
  });

  it('keeps a lone "<" that is not a tag', () => {
    expect(plainText('latency < 5 s and 3 > 2', 200)).toBe('latency < 5 s and 3 > 2');
  });

  it('removes an unterminated tag at the end', () => {
    expect(plainText('Elevated errors <a href="javascript:alert(1)"', 200)).toBe('Elevated errors');
  });

  it('removes bidi overrides, zero-width, control and tag characters', () => {
    const hostile = 'Claude\u202Eedoc\u202C Code\u200B\u200D\u2066x\u2069\u0007\u0000\u009B\uFEFF\u{E0041}ok';
    const out = plainText(hostile, 200)!;
    expect(out).toBe('Claudeedoc Codexok');
    expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
  });

  it('removes Markdown emphasis markers in titles', () => {
    expect(plainText('**Elevated** errors on Copilot', 200)).toBe('Elevated errors on Copilot');
  });

  it('cuts long text with an ellipsis, within the limit, without splitting a character', () => {
    const name = plainText('x'.repeat(1000), MAX_NAME)!;
    expect(Array.from(name)).toHaveLength(MAX_NAME);
    expect(name.endsWith('…')).toBe(true);
    const body = plainText('😀'.repeat(600), MAX_UPDATE)!;
    expect(Array.from(body)).toHaveLength(MAX_UPDATE);
    expect(body.toWellFormed()).toBe(body);
  });

  it('returns null for non-strings and for text that is empty once cleaned', () => {
    expect(plainText(null, 10)).toBeNull();
    expect(plainText(42, 10)).toBeNull();
    expect(plainText('<script>x</script> \u200B ', 10)).toBeNull();
  });

  it('decodes numeric entities but drops impossible code points', () => {
    expect(decodeEntities('&#65;&#x42;&#0;&#xD800;&#x110000;&unknown;')).toBe('AB&unknown;');
  });
});

describe('safeHttpsUrl', () => {
  it('keeps https links only', () => {
    expect(safeHttpsUrl('https://stspg.io/w8d77c7t94zf')).toBe('https://stspg.io/w8d77c7t94zf');
    expect(safeHttpsUrl('http://stspg.io/x')).toBeNull();
    expect(safeHttpsUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpsUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpsUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpsUrl('https://user:pw@evil.test/')).toBeNull();
    expect(safeHttpsUrl('/incidents/1')).toBeNull();
    expect(safeHttpsUrl(null)).toBeNull();
  });
});
