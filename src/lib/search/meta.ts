/**
 * What each error page tells the search about itself, through Pagefind metadata: one key, "m", holding the tool,
 * title and messages as JSON. Pagefind reads it from an attribute (`data-pagefind-meta="m[data-m]"`), which it takes
 * whole and entity-decoded, so the JSON needs no extra encoding: the messages stay plain text that brotli matches
 * against the same messages shown on the page (URI-encoding them cost about 300 bytes on the founding page).
 */
export interface PageMeta {
  tool: string;
  title: string;
  messages: string[];
}

/** The attributes for the page's <article>. */
export function metaAttributes(m: PageMeta): { 'data-pagefind-meta': string; 'data-m': string } {
  return { 'data-pagefind-meta': 'm[data-m]', 'data-m': JSON.stringify(m) };
}

export function decodeMeta(meta: Record<string, string | undefined>): PageMeta {
  let v: Partial<PageMeta> = {};
  try {
    v = JSON.parse(meta.m ?? '') as Partial<PageMeta>;
  } catch {
    v = {};
  }
  return {
    tool: typeof v.tool === 'string' ? v.tool : '',
    title: typeof v.title === 'string' ? v.title : '',
    messages: Array.isArray(v.messages) ? v.messages.filter((x): x is string => typeof x === 'string') : [],
  };
}
