/**
 * The live re-check, loaded by src/scripts/live-status.ts only on pages with a re-checkable box, after load and idle.
 * It re-reads the vendor's feed (src/status/live.ts: same parse and judge as the build) and re-renders the status box
 * and the first-screen line with the build's own renderer, so rows, incidents, state and verdict change together.
 * Any doubt — no network, CORS, a redirect, a body over the cap, a changed shape, a reading older than the build's,
 * incidents it cannot read — leaves the build-time box exactly as it was.
 */
import { readLive, type Live } from '../status/live.ts';
import { statusBox, statusLine, type StatusContext } from '../status/render.ts';
import { relativeTimes } from './relative-time.ts';

function replaceWith(el: Element, markup: string): Element | null {
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // escaped by construction (src/lib/html.ts)
  const next = tpl.content.firstElementChild;
  if (next) el.replaceWith(next);
  return next;
}

export async function recheck(box: HTMLElement) {
  const url = box.dataset.liveUrl;
  const live = box.dataset.live ? (JSON.parse(box.dataset.live) as Live) : null;
  if (!url || !live) return;
  try {
    const now = new Date();
    const status = await readLive(url, live, now);
    if (!status) return;
    const ctx: StatusContext = { tools: [{ ...live.t, upstreams: [], localModels: false }], snapshot: { generatedAt: now.toISOString(), maxAgeMinutes: live.m, tools: { [live.t.id]: status } }, now };
    const next = replaceWith(box, statusBox(ctx, live.t.id, { category: live.c ?? undefined, heading: live.h }).value);
    const note = next?.querySelector('[data-live-note]');
    if (note) note.textContent = `Re-checked just now in your browser from ${new URL(url).host}.`;
    const line = document.querySelector(`[data-status-line][data-tool="${live.t.id}"]`);
    if (line) replaceWith(line, statusLine(ctx, live.t.id, live.c ?? undefined).value);
    relativeTimes();
  } catch {
    // Offline, blocked, redirected, too large or malformed: the build-time box stays as it is.
  }
}
