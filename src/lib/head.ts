/**
 * The whole <head> as data, built in one tested function (after Starlight's utils/head.ts): the layout only
 * renders what this returns. Keeping it data makes "one canonical, one description, one JSON-LD block" a unit test.
 */
import type { BreadcrumbList, FAQPage, Graph, Organization, TechArticle, WebPage, WebSite } from 'schema-dts';
import { SITE_NAME } from '../site.config.mjs';

/** Longest <title> we aim for: search results cut longer ones. */
export const TITLE_MAX = 65;

export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content (title text, or JSON-LD already escaped for a <script> element). */
  content?: string;
}

export interface Crumb {
  name: string;
  /** Site-relative path, e.g. "/claude-code/". */
  path: string;
}

export interface HeadInput {
  /** Site origin (no trailing slash), e.g. https://errors.example.org. */
  site: string;
  /** Site-relative path of this page, ending in "/". */
  path: string;
  title: string;
  description: string;
  /** "article" for error pages, "website" otherwise. */
  type?: 'article' | 'website';
  /** Breadcrumb trail from the home page to this page (this page last). */
  crumbs?: Crumb[];
  /** For articles: the real date the content last changed (lastVerified). */
  dateModified?: Date;
  /** Headline for TechArticle (defaults to title). */
  headline?: string;
  /** Visible FAQ on the page: becomes a FAQPage node. */
  faq?: { q: string; a: string }[];
  /** Home page only: a WebSite node whose SearchAction points at /search/?q=. */
  website?: boolean;
  /** Site path of the Open Graph image (defaults to the site card). */
  image?: string;
  /** Whether search engines may index the page (false for 404). */
  noindex?: boolean;
}

/** Absolute URL for a site path. */
export function absolute(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify leaves "<" as is, so a message such as
 * "</script>" would end the element early; escaping <, > and & (and the JS line separators) makes any string safe.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function buildJsonLd(input: HeadInput): Graph {
  const url = absolute(input.site, input.path);
  type Node = BreadcrumbList | TechArticle | WebPage | FAQPage | WebSite;
  const graph: Exclude<Node, string>[] = [];
  const project: Organization = { '@type': 'Organization', name: SITE_NAME, url: absolute(input.site, '/') };
  if (input.website) {
    graph.push({
      '@type': 'WebSite',
      name: SITE_NAME,
      url: absolute(input.site, '/'),
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${absolute(input.site, '/search/')}?q={search_term_string}` },
        // schema.org's documented form for the query placeholder.
        'query-input': 'required name=search_term_string',
      } as never,
    });
  }
  if (input.crumbs?.length) {
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: input.crumbs.map((c, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: c.name,
        item: absolute(input.site, c.path),
      })),
    });
  }
  if (input.type === 'article') {
    graph.push({
      '@type': 'TechArticle',
      headline: input.headline ?? input.title,
      description: input.description,
      url,
      mainEntityOfPage: url,
      ...(input.dateModified ? { dateModified: input.dateModified.toISOString().slice(0, 10) } : {}),
      author: project,
      publisher: project,
    });
  } else {
    graph.push({ '@type': 'WebPage', name: input.title, description: input.description, url });
  }
  if (input.faq?.length) {
    graph.push({
      '@type': 'FAQPage',
      mainEntity: input.faq.map((f) => ({ '@type': 'Question', name: f.q, acceptedAnswer: { '@type': 'Answer', text: f.a } })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

export function buildHead(input: HeadInput): HeadTag[] {
  const url = absolute(input.site, input.path);
  // The site name is appended only while the whole title stays within what search results show (~65 chars).
  const suffixed = `${input.title} | ${SITE_NAME}`;
  const fullTitle = input.path === '/' || suffixed.length > TITLE_MAX ? input.title : suffixed;
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { charset: 'utf-8' } },
    { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
    { tag: 'title', attrs: {}, content: fullTitle },
    { tag: 'meta', attrs: { name: 'description', content: input.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' } },
    { tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
    { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: `${SITE_NAME} updates`, href: '/rss.xml' } },
    { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' } },
    { tag: 'meta', attrs: { property: 'og:type', content: input.type ?? 'website' } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: SITE_NAME } },
    { tag: 'meta', attrs: { property: 'og:title', content: input.title } },
    { tag: 'meta', attrs: { property: 'og:description', content: input.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: url } },
    { tag: 'meta', attrs: { property: 'og:image', content: absolute(input.site, input.image ?? '/og/site.png') } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  ];
  if (input.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  if (input.dateModified && input.type === 'article') {
    tags.push({ tag: 'meta', attrs: { property: 'article:modified_time', content: input.dateModified.toISOString().slice(0, 10) } });
  }
  tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: serializeJsonLd(buildJsonLd(input)) });
  return tags;
}

/**
 * The head with the Content-Security-Policy meta tag placed right after the charset, before anything it governs
 * (src/lib/csp.ts). The layout applies it to every page, so no page can forget it.
 */
export function withCsp(tags: HeadTag[], policy: string): HeadTag[] {
  const rest = tags.filter((t) => !(t.tag === 'meta' && (t.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy'));
  const at = rest.findIndex((t) => t.tag === 'meta' && 'charset' in t.attrs) + 1;
  return [...rest.slice(0, at), { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy } }, ...rest.slice(at)];
}
