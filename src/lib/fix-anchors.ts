/**
 * Which fix step addresses each cause: read from the <Fix cause="…" title="…"> tags in an MDX body, so the causes
 * list can link to its fix by name. A step's anchor comes from its title (unique per page: the registry check
 * enforces it), because several steps may address the same causes.
 */
export interface FixRef {
  anchor: string;
  title: string;
}

/** "Remove the key and go back" → "fix-remove-the-key-and-go-back" */
export function fixAnchor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `fix-${slug || 'step'}`;
}

/** Each <Fix> tag's cause ids and title, in order. */
export function fixSteps(body: string): { causes: string[]; title: string }[] {
  return [...body.matchAll(/<Fix\b([^>]*)>/g)].map((m) => {
    const attrs = m[1] ?? '';
    return {
      causes: (/\bcause="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/).filter(Boolean),
      title: /\btitle="([^"]*)"/.exec(attrs)?.[1] ?? '',
    };
  });
}

export function fixAnchors(body: string): Record<string, FixRef> {
  const out: Record<string, FixRef> = {};
  for (const step of fixSteps(body)) {
    for (const id of step.causes) out[id] ??= { anchor: fixAnchor(step.title), title: step.title };
  }
  return out;
}
