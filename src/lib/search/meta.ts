/**
 * What each error page tells the search about itself, through Pagefind metadata: one key, "m", holding the tool,
 * title and messages as URI-encoded JSON (Pagefind keeps one key per attribute, and the value must survive as
 * plain attribute text).
 */
export interface PageMeta {
  tool: string;
  title: string;
  messages: string[];
}

export function encodeMeta(m: PageMeta): string {
  return `m:${encodeURIComponent(JSON.stringify(m))}`;
}

export function decodeMeta(meta: Record<string, string | undefined>): PageMeta {
  let v: Partial<PageMeta> = {};
  try {
    v = JSON.parse(decodeURIComponent(meta.m ?? '')) as Partial<PageMeta>;
  } catch {
    v = {};
  }
  return {
    tool: typeof v.tool === 'string' ? v.tool : '',
    title: typeof v.title === 'string' ? v.title : '',
    messages: Array.isArray(v.messages) ? v.messages.filter((x): x is string => typeof x === 'string') : [],
  };
}
