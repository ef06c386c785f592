/**
 * Progressive enhancement for the status pieces, in two steps so the first is tiny:
 *  1. At once: "checked 24 Nov 2026, 09:50 UTC" becomes "checked 12 min ago" (src/scripts/relative-time.ts).
 *  2. After load, when the browser is idle, and only on pages whose status box can be re-read from the browser: the
 *     re-check (src/scripts/live-recheck.ts, fetched only then) re-reads the vendor's feed and re-renders the box.
 */
import { relativeTimes } from './relative-time.ts';

/** After the page has loaded and the browser is idle: the re-check must never compete with the first paint. */
function whenIdle(run: () => void) {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

relativeTimes();
const boxes = document.querySelectorAll<HTMLElement>('[data-live-url]');
if (boxes.length) whenIdle(() => void import('./live-recheck.ts').then((m) => boxes.forEach((box) => void m.recheck(box))));
