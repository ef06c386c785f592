/**
 * Every piece of a page that depends on the status snapshot, rendered as escaped HTML strings by one set of pure
 * functions. Three callers use them and must agree byte for byte:
 *  - the build, which puts each piece in its page between markers (src/components/StatusSlot.astro);
 *  - the fast status refresh (`npm run status:apply`), which re-renders the pieces of an already built site from a
 *    new snapshot (src/status/slots.ts);
 *  - the reader's browser, which re-renders the status box and line after a live re-check (src/scripts/live-status.ts).
 * Vendor text reaches here as plain text and is escaped by `html` (src/lib/html.ts). Dependency-free: no zod.
 */
import { html, attr, raw, type Html } from '../lib/html.ts';
import { STATE_LABELS, statusVerdict } from '../lib/verdict.ts';
import { formatDateTime, hostOf } from '../lib/format.ts';
import { alternativesFor } from '../lib/alternatives.ts';
import { effectiveState } from './age.ts';
import type { Category } from '../schemas/error.ts';
import type { StatusState } from '../lib/status-vocab.ts';
import type { Incident, Snapshot, ToolStatus } from './snapshot-schema.ts';

/** What the renderers need to know about a tool (a subset of its tool file). */
export interface ToolMeta {
  id: string;
  name: string;
  vendor: string;
  status: {
    provider: string;
    page?: string | undefined;
    apiBase?: string | undefined;
    components: { id: string; name: string }[];
    browserRecheck: boolean;
    note?: string | undefined;
  };
  upstreams: string[];
  localModels: boolean;
}

/** Everything a status piece depends on: the tools, the snapshot, and the build's "now". */
export interface StatusContext {
  tools: ToolMeta[];
  snapshot: Snapshot;
  now: Date;
}

/** A glyph per state, so the state reads without colour too (the words say it as well). */
const ICONS: Record<StatusState, string> = {
  operational: '✓',
  degraded: '!',
  partial_outage: '!',
  major_outage: '×',
  maintenance: 'i',
  unknown: '?',
};

export const icon = (state: StatusState) => html`<span class="status-icon" aria-hidden="true">${ICONS[state]}</span>`;

function toolOf(ctx: StatusContext, id: string): ToolMeta {
  const t = ctx.tools.find((x) => x.id === id);
  if (!t) throw new Error(`status: no tool "${id}"`);
  return t;
}

/** The state we may show now, and the reading it comes from. */
export function stateOf(ctx: StatusContext, id: string): { state: StatusState; status: ToolStatus | undefined } {
  const status = Object.hasOwn(ctx.snapshot.tools, id) ? ctx.snapshot.tools[id] : undefined;
  return { state: effectiveState(status, ctx.now, ctx.snapshot.maxAgeMinutes), status };
}

/** The feed a browser may re-read for this tool (Statuspage-format feeds that allow cross-origin reads). */
export function liveUrlOf(tool: ToolMeta): string | undefined {
  const f = tool.status;
  return f.browserRecheck && f.apiBase && (f.provider === 'statuspage' || f.provider === 'incidentio') && f.components.length
    ? `${f.apiBase.replace(/\/$/, '')}/api/v2/summary.json`
    : undefined;
}

const time = (iso: string) => html`<time datetime="${iso}" data-age>${formatDateTime(iso)}</time>`;

/**
 * The first-screen line of an error page: the state in a glyph, a colour and words, when and where we read it, and
 * what it means for this error's category. Links to the full box below.
 */
export function statusLine(ctx: StatusContext, toolId: string, category?: Category): Html {
  const tool = toolOf(ctx, toolId);
  const { state, status } = stateOf(ctx, toolId);
  const noFeed = tool.status.provider === 'none';
  const v = statusVerdict({ tool: tool.name, vendor: tool.vendor, state, category, noFeed, openIncidents: status?.incidents.length, missing: status?.missing });
  const shown = noFeed ? 'unknown' : state;
  const checked = !noFeed && status?.checkedAt ? html` · checked ${time(status.checkedAt)}` : !noFeed ? html` · no recent reading` : '';
  return html`<p class="status-line" data-status="${shown}" data-status-line data-tool="${tool.id}">${icon(shown)}<span><strong>${v.headline}</strong> ${v.short}${checked} · <a href="#status">Status details</a></span></p>`;
}

function incidentItem(i: Incident, what: 'since' | 'at'): Html {
  const name = i.url ? html`<a href="${i.url}">${i.name}</a>` : html`${i.name}`;
  const when = i.startedAt ? html` <span class="muted text-sm">(${what === 'since' ? 'since ' : ''}${time(i.startedAt)}; ${i.status})</span>` : '';
  const update = i.latestUpdate ? html`<p class="text-sm my-1">${i.latestUpdate}</p>` : '';
  return html`<li>${name}${when}${update}</li>`;
}

export type BoxHeading = 'outage' | 'tool' | 'hub';

/** The full status box: state, verdict, watched components, incidents, maintenances, when and where read, notices. */
export function statusBox(ctx: StatusContext, toolId: string, opts: { category?: Category | undefined; heading: BoxHeading }): Html {
  const tool = toolOf(ctx, toolId);
  const feed = tool.status;
  const noFeed = feed.provider === 'none';
  const { state, status } = stateOf(ctx, toolId);
  const open = status?.incidents ?? [];
  const missing = status?.missing ?? [];
  const v = statusVerdict({ tool: tool.name, vendor: tool.vendor, state, category: opts.category, noFeed, openIncidents: open.length, missing });
  const checkedAt = status?.checkedAt ?? null;
  const aged = !!checkedAt && state === 'unknown' && status?.state !== 'unknown';
  const host = hostOf(status?.source);
  const sectionId = opts.heading === 'outage' ? 'status' : `status-${tool.id}`;
  const headingText = opts.heading === 'outage' ? 'Is there an outage right now?' : opts.heading === 'hub' ? `${tool.name} status now` : tool.name;
  const liveUrl = liveUrlOf(tool);
  // What the browser needs to re-render this box exactly as the build would (src/scripts/live-status.ts).
  const live = liveUrl
    ? JSON.stringify({
        // Only what the browser's re-render reads (the rest of ToolMeta is for alternatives, which it leaves alone).
        t: { id: tool.id, name: tool.name, vendor: tool.vendor, status: { provider: feed.provider, page: feed.page, apiBase: feed.apiBase, components: feed.components, browserRecheck: true, note: feed.note } },
        c: opts.category ?? null,
        h: opts.heading,
        m: ctx.snapshot.maxAgeMinutes,
        u: status?.vendorUpdatedAt ?? null,
      })
    : undefined;
  const shown = noFeed ? 'unknown' : state;

  const components =
    !noFeed && status && status.components.length > 0
      ? html`<ul class="status-rows">${status.components.map((c) => html`<li data-status="${c.state}">${icon(c.state)}${c.name}: ${STATE_LABELS[c.state]}</li>`)}</ul>`
      : '';
  const missingNote = !noFeed && missing.length ? html`<p class="text-sm">Not on the status page any more: ${missing.join(', ')}.</p>` : '';
  // A tool file's caveat about its feed (e.g. which of the tool's back ends the page does not cover).
  const caveat = !noFeed && feed.note ? html`<p class="text-sm">${feed.note}</p>` : '';
  // Every box is a section of its page (the status page has one per tool, under the page's h1).
  const level = 2;
  const sub = raw(`h${level + 1}`);
  const incidents = open.length ? html`<${sub}>Active incidents</${sub}><ul>${open.map((i) => incidentItem(i, 'since'))}</ul>` : '';
  const maint = status && status.maintenances.length ? html`<${sub}>Maintenance</${sub}><ul>${status.maintenances.map((m) => incidentItem(m, 'at'))}</ul>` : '';
  const official = feed.page ? html` <a href="${feed.page}">Official ${tool.name} status page</a>` : '';
  const when = noFeed
    ? ''
    : checkedAt
      ? html`<p class="text-sm muted" data-checked>Checked ${time(checkedAt)}${host ? html` from ${host}` : ''}.${
          status?.stale ? ' Our latest attempt to read it failed, so this is the last good reading.' : ''
        }${status?.scope === 'page' ? ` This is the whole status page's state: ${tool.name} watches no single component.` : ''}${
          aged ? ` That is more than ${Math.round(ctx.snapshot.maxAgeMinutes / 60)} hours ago, too old to say the service is fine now.` : ''
        }${official}</p>`
      : html`<p class="text-sm muted" data-checked>We have no reading of ${host || 'the official status page'} yet${status?.error ? ` (${status.error})` : ''}.${official}</p>`;

  return html`<section id="${sectionId}" aria-labelledby="${sectionId}-h" class="status card" data-status="${shown}" data-tool="${tool.id}"${attr('data-live-url', liveUrl)}${attr(
    'data-live',
    live,
  )}><h${level} id="${sectionId}-h" class="mt-0">${headingText}</h${level}><p class="status-state">${icon(shown)}<strong>${tool.name}: ${
    noFeed ? 'No official status page' : STATE_LABELS[state]
  }</strong></p><p>${noFeed && feed.note ? feed.note : `${v.headline} ${v.detail}`}</p>${components}${missingNote}${caveat}${incidents}${maint}${when}${
    liveUrl ? raw('<p class="text-sm muted live-note" data-live-note aria-live="polite"></p>') : ''
  }</section>`;
}

/** "Alternatives when <Tool> is down": every other tool with its own state, and what switching means for this error. */
export function alternatives(ctx: StatusContext, toolId: string, category: Category): Html {
  const me = toolOf(ctx, toolId);
  const alts = alternativesFor(
    toolId,
    ctx.tools.map((t) => ({ id: t.id, data: { name: t.name, upstreams: t.upstreams, localModels: t.localModels } })),
    (id) => stateOf(ctx, id).state,
  );
  const onVendorSide = category === 'capacity' || category === 'network' || category === 'rate-limit';
  const intro = onVendorSide
    ? `If the cause is on ${me.vendor}'s side, a tool that uses a different model provider keeps you working; tools sending requests to the same provider are hit by the same outage.`
    : `Switching tools won't fix this error — it comes from your ${me.name} account or setup — but these let you keep working while you sort it out.`;
  return html`<p>${intro}</p><ul class="alts">${alts.map((a) => {
    const none = toolOf(ctx, a.id).status.provider === 'none';
    const shown = none ? 'unknown' : a.state;
    return html`<li data-status="${shown}" data-alternative="${a.id}">${icon(shown)}<a href="/${a.id}/">${a.name}</a> <span class="text-sm muted">(${
      none ? 'no official status page' : STATE_LABELS[a.state]
    })</span>${a.sameOutage ? html` <span class="chip">same provider</span>` : ''}<span class="block text-sm">${a.note}</span></li>`;
  })}</ul>`;
}

/** A tool's state in a few words with its glyph (home page grid, comparison tables). */
export function stateChip(ctx: StatusContext, toolId: string): Html {
  const tool = toolOf(ctx, toolId);
  const { state, status } = stateOf(ctx, toolId);
  if (tool.status.provider === 'none') return html`<span class="state-chip" data-status="unknown">${icon('unknown')}No official status page</span>`;
  const checked = status?.checkedAt ? html`<span class="muted"> · ${time(status.checkedAt)}</span>` : '';
  return html`<span class="state-chip" data-status="${state}">${icon(state)}${STATE_LABELS[state]}${checked}</span>`;
}

/** The body of /status/: when the snapshot was written, then every tool's box and its recently resolved incidents. */
export function statusBoard(ctx: StatusContext): Html {
  const gen = ctx.snapshot.generatedAt;
  return html`<p>Read from each vendor's official status page when this site was last built (${time(gen)}), and scoped to the components each tool depends on. A reading older than ${Math.round(
    ctx.snapshot.maxAgeMinutes / 60,
  )} hours is shown as unknown. The same data is published as <a href="/status.json">/status.json</a>.</p>${ctx.tools.map((t) => {
    const { status } = stateOf(ctx, t.id);
    const recent = status?.recentIncidents ?? [];
    return html`${statusBox(ctx, t.id, { heading: 'tool' })}${
      recent.length
        ? html`<details class="mb-4"><summary>Recently resolved ${t.name} incidents (${recent.length})</summary><ul>${recent.map(
            (i) => html`<li>${i.url ? html`<a href="${i.url}">${i.name}</a>` : i.name}${
              i.resolvedAt ? html` <span class="muted text-sm">— resolved ${time(i.resolvedAt)}</span>` : ''
            }</li>`,
          )}</ul></details>`
        : ''
    }`;
  })}`;
}
