/**
 * Status slots: the pieces of built pages that depend on the status snapshot, each between two HTML comments that
 * name what it is, e.g. `<!--s:line:claude-code:billing-->…<!--/s-->`. The build writes them
 * (src/components/StatusSlot.astro); `npm run status:apply` re-renders every slot of a built site from a new snapshot
 * in a second or two instead of rebuilding every page. Both go through `renderSlot`, so a site refreshed this way is
 * byte-identical to a full build with the same snapshot and the same "now" (tested).
 */
import type { Html } from '../lib/html.ts';
import type { Category } from '../schemas/error.ts';
import { alternatives, stateChip, statusBoard, statusBox, statusLine, type BoxHeading, type StatusContext } from './render.ts';
import { SLOT } from './slot-pattern.mjs';

export const SLOT_KINDS = ['line', 'box', 'alts', 'chip', 'board'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/** Arguments are ids and keywords only (kebab-case), so they never need escaping inside a comment. */
const ARG = /^[a-z0-9-]*$/;

export function renderSlot(kind: SlotKind, args: readonly string[], ctx: StatusContext): Html {
  const [tool = '', a = '', b = ''] = args;
  const category = (a || undefined) as Category | undefined;
  switch (kind) {
    case 'line':
      return statusLine(ctx, tool, category);
    case 'box':
      return statusBox(ctx, tool, { category, heading: (b || 'outage') as BoxHeading });
    case 'alts':
      return alternatives(ctx, tool, a as Category);
    case 'chip':
      return stateChip(ctx, tool);
    case 'board':
      return statusBoard(ctx);
  }
}

/** The slot as it goes into a page: opening marker, the rendered piece, closing marker. */
export function slotMarkup(kind: SlotKind, args: readonly string[], ctx: StatusContext): string {
  for (const a of args) if (!ARG.test(a)) throw new Error(`status slot argument "${a}" must be kebab-case`);
  return `<!--s:${[kind, ...args].join(':')}-->${renderSlot(kind, args, ctx).value}<!--/s-->`;
}

/** Re-render every slot in a page. Unknown kinds are a bug in the build: fail loudly rather than leave old status. */
export function applySlots(page: string, ctx: StatusContext): { html: string; count: number } {
  let count = 0;
  const out = page.replace(SLOT, (_whole, kind: string, rest: string) => {
    if (!(SLOT_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown status slot "${kind}"`);
    count++;
    return slotMarkup(kind as SlotKind, rest ? rest.slice(1).split(':') : [], ctx);
  });
  return { html: out, count };
}
