/**
 * Which fix step addresses each cause: read from the <Fix cause="…" title="…"> tags in an MDX body, so the causes
 * list can link to its fix by name. The anchors match those Fix.astro renders ("fix-" + cause ids joined by "-").
 */
export interface FixRef {
  anchor: string;
  title: string;
}

export function fixAnchors(body: string): Record<string, FixRef> {
  const out: Record<string, FixRef> = {};
  for (const m of body.matchAll(/<Fix\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const ids = (/\bcause="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const title = /\btitle="([^"]*)"/.exec(attrs)?.[1] ?? 'the fix';
    const anchor = `fix-${ids.join('-')}`;
    for (const id of ids) out[id] ??= { anchor, title };
  }
  return out;
}
