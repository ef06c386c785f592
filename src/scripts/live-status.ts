/**
 * Progressive enhancement for the status pieces:
 *  1. "checked 24 Nov 2026, 09:50 UTC" becomes "checked 12 min ago" (the absolute time stays in the title).
 *  2. Where the vendor's feed allows cross-origin reads, the status box and the first-screen line are re-read from
 *     the reader's browser and re-rendered by the same code as the build (parse → judge → render), so rows,
 *     incidents, state and verdict all change together. Any doubt — no network, CORS, a redirect, a body over the
 *     cap, a changed shape, a reading older than the build's, incidents we cannot read — leaves the build-time box
 *     exactly as it was.
 */
import { readLive, type Live } from '../status/live.ts';
import { statusBox, statusLine, type StatusContext } from '../status/render.ts';

/** "12 min ago", "3 h ago", "2 days ago"; null for the future or beyond a month (the absolute date is clearer). */
export function ago(iso: string, now = Date.now()): string | null {
  const min = Math.round((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(min) || min < 0 || min > 43_200) return null;
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  if (min < 48 * 60) return `${Math.round(min / 60)} h ago`;
  return `${Math.round(min / 1440)} days ago`;
}

function relativeTimes(root: ParentNode = document) {
  root.querySelectorAll<HTMLTimeElement>('time[data-age]').forEach((t) => {
    const rel = ago(t.dateTime);
    if (!rel || t.textContent === rel) return;
    t.title ||= t.textContent ?? '';
    // Keep the element's width, so the shorter text never reflows the line (no layout shift).
    if (!t.style.minWidth) t.style.minWidth = `${t.getBoundingClientRect().width}px`;
    t.textContent = rel;
  });
}

function replaceWith(el: Element, markup: string): Element | null {
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // escaped by construction (src/lib/html.ts)
  const next = tpl.content.firstElementChild;
  if (next) el.replaceWith(next);
  return next;
}

async function recheck(box: HTMLElement) {
  const url = box.dataset.liveUrl;
  const live = box.dataset.live ? (JSON.parse(box.dataset.live) as Live) : null;
  if (!url || !live) return;
  try {
    const now = new Date();
    const status = await readLive(url, live, now);
    if (!status) return;
    const ctx: StatusContext = { tools: [live.t], snapshot: { generatedAt: now.toISOString(), maxAgeMinutes: live.m, tools: { [live.t.id]: status } }, now };
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

/** After the page has loaded and the browser is idle: the re-check must never compete with the first paint. */
function whenIdle(run: () => void) {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

relativeTimes();
whenIdle(() => document.querySelectorAll<HTMLElement>('[data-live-url]').forEach((box) => void recheck(box)));
