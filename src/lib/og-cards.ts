/**
 * Which Open Graph cards the site has: /og/site.png, /og/<tool>.png and /og/<tool>/<error>.png, one per page that
 * shares well. The pages link to these paths (src/pages/[tool]/…); src/pages/og/cards.json.ts hands the list to the
 * integration that draws them after the pages are built (src/integrations/og-images.mjs).
 */
import type { Catalog } from './catalog.ts';
import type { OgCard } from './og-draw.ts';
import { SITE_TAGLINE } from '../site.config.mjs';

export interface CardFile {
  /** Path under /og/ without ".png", e.g. "claude-code/credit-balance-too-low". */
  slug: string;
  card: OgCard;
}

export function ogCards(catalog: Catalog): CardFile[] {
  return [
    { slug: 'site', card: { kicker: 'agent-errors', title: 'AI coding tool errors, explained', subtitle: SITE_TAGLINE } },
    ...catalog.tools.map((t) => ({ slug: t.id, card: { kicker: `${t.data.name} errors`, title: `${t.data.name}: causes, fixes and status`, subtitle: t.data.vendor } })),
    ...catalog.errors.map((e) => {
      const tool = catalog.tool(e.data.tool.id).data.name;
      return { slug: e.id, card: { kicker: `${tool} error`, title: e.data.title, subtitle: e.data.description } };
    }),
  ];
}
