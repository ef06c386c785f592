import { describe, it, expect } from 'vitest';
import { buildHead, buildJsonLd, serializeJsonLd, TITLE_MAX } from '../../src/lib/head.ts';

const base = {
  site: 'https://errors.example.org',
  path: '/claude-code/credit-balance-too-low/',
  title: 'Claude Code "Credit balance is too low": causes and fixes',
  description: 'What it means and how to fix it.',
};

describe('buildHead', () => {
  it('has exactly one title, description, canonical and JSON-LD block', () => {
    const tags = buildHead({ ...base, type: 'article', dateModified: new Date('2026-11-20') });
    const count = (pred: (t: (typeof tags)[number]) => boolean) => tags.filter(pred).length;
    expect(count((t) => t.tag === 'title')).toBe(1);
    expect(count((t) => t.tag === 'meta' && t.attrs.name === 'description')).toBe(1);
    expect(count((t) => t.tag === 'link' && t.attrs.rel === 'canonical')).toBe(1);
    expect(count((t) => t.tag === 'script' && t.attrs.type === 'application/ld+json')).toBe(1);
    expect(tags.find((t) => t.attrs.rel === 'canonical')!.attrs.href).toBe('https://errors.example.org/claude-code/credit-balance-too-low/');
    expect(tags.find((t) => t.attrs.property === 'og:url')!.attrs.content).toBe('https://errors.example.org/claude-code/credit-balance-too-low/');
  });

  it('appends the site name only while the title fits', () => {
    const short = buildHead({ ...base, title: 'Short title' }).find((t) => t.tag === 'title')!.content!;
    expect(short).toBe('Short title | agent-errors');
    const long = buildHead(base).find((t) => t.tag === 'title')!.content!;
    expect(long).toBe(base.title);
    expect(long.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('marks noindex pages', () => {
    expect(buildHead({ ...base, noindex: true }).some((t) => t.attrs.name === 'robots' && t.attrs.content === 'noindex')).toBe(true);
    expect(buildHead(base).some((t) => t.attrs.name === 'robots')).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('has a BreadcrumbList and a TechArticle with the real dateModified', () => {
    const ld = buildJsonLd({
      ...base,
      type: 'article',
      dateModified: new Date('2026-11-20T00:00:00Z'),
      crumbs: [
        { name: 'Home', path: '/' },
        { name: 'Claude Code', path: '/claude-code/' },
      ],
    }) as unknown as { '@graph': Record<string, unknown>[] };
    const types = ld['@graph'].map((n) => n['@type']);
    expect(types).toEqual(['BreadcrumbList', 'TechArticle']);
    expect(ld['@graph'][1]!.dateModified).toBe('2026-11-20');
    expect((ld['@graph'][0]!.itemListElement as { item: string }[])[1]!.item).toBe('https://errors.example.org/claude-code/');
  });

  it('cannot be broken out of with </script> or HTML comments', () => {
    const hostile = 'Error </script><script>alert(1)</script> <!-- & \u2028';
    const out = serializeJsonLd({ headline: hostile });
    expect(out).not.toMatch(/<|>/);
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out).headline).toBe(hostile);
    const tag = buildHead({ ...base, title: hostile, type: 'article' }).find((t) => t.tag === 'script')!;
    expect(tag.content).not.toContain('</script');
    expect(JSON.parse(tag.content!)['@graph'][0].headline).toBe(hostile);
  });

  it('adds FAQPage only with a visible FAQ, and WebSite + SearchAction on the home page', () => {
    const withFaq = buildJsonLd({ ...base, type: 'article', faq: [{ q: 'Why?', a: 'Because of the key.' }] }) as unknown as { '@graph': Record<string, unknown>[] };
    expect(withFaq['@graph'].map((n) => n['@type'])).toContain('FAQPage');
    const none = buildJsonLd({ ...base, type: 'article', faq: [] }) as unknown as { '@graph': Record<string, unknown>[] };
    expect(none['@graph'].map((n) => n['@type'])).not.toContain('FAQPage');
    const home = buildJsonLd({ ...base, path: '/', website: true }) as unknown as { '@graph': Record<string, unknown>[] };
    const site = home['@graph'].find((n) => n['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } };
    expect(site.potentialAction.target.urlTemplate).toBe('https://errors.example.org/search/?q={search_term_string}');
  });
});
