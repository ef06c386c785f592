/**
 * Progressive enhancement for the status box: where the vendor's feed allows cross-origin reads, re-check the
 * watched components from the reader's browser and update the box ("re-checked just now"). Any failure — no
 * network, CORS, a changed page, a missing component — leaves the build-time box exactly as it was. Kept tiny:
 * it imports only the dependency-free state mapping and verdict wording.
 */
import { fromComponentStatus, worst } from '../status/states.ts';
import { STATE_LABELS, statusVerdict } from '../lib/verdict.ts';
import type { Category } from '../schemas/error.ts';

interface Watched {
  id: string;
  name: string;
}
interface VendorComponent {
  id?: unknown;
  name?: unknown;
  status?: unknown;
}

async function recheck(box: HTMLElement) {
  const d = box.dataset;
  const watched = JSON.parse(d.liveComponents ?? '[]') as Watched[];
  if (!d.liveUrl || !watched.length) return;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 4000);
  try {
    const res = await fetch(d.liveUrl, { signal: ctl.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!res.ok || !/json/i.test(res.headers.get('content-type') ?? '')) return;
    const body = await res.text();
    if (body.length > 2_000_000) return;
    const list = (JSON.parse(body) as { components?: unknown }).components;
    const comps = (Array.isArray(list) ? list : []) as VendorComponent[];
    const found = watched.map(
      (w) => comps.find((c) => c?.id === w.id) ?? comps.find((c) => typeof c?.name === 'string' && c.name.toLowerCase() === w.name.toLowerCase()),
    );
    // Scoped honestly or not at all: if any watched component is missing, keep the build-time reading.
    if (found.some((c) => !c)) return;
    const state = worst(found.map((c) => fromComponentStatus(c!.status)));
    const v = statusVerdict({ tool: d.toolName ?? '', vendor: d.vendor ?? '', state, category: (d.category || undefined) as Category | undefined });
    box.dataset.status = state;
    box.querySelector('[data-live-label]')!.textContent = STATE_LABELS[state];
    box.querySelector('[data-live-verdict]')!.textContent = `${v.headline} ${v.detail}`;
    box.querySelector('[data-live-note]')!.textContent = `Re-checked just now in your browser from ${new URL(d.liveUrl).host}.`;
  } catch {
    // Offline, blocked or malformed: the build-time box stays as it is.
  } finally {
    clearTimeout(timer);
  }
}

/** After the page has loaded and the browser is idle: the re-check must never compete with the first paint. */
function whenIdle(run: () => void) {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

whenIdle(() => document.querySelectorAll<HTMLElement>('[data-live-url]').forEach((box) => void recheck(box)));
