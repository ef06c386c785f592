/** "checked 24 Nov 2026, 09:50 UTC" → "checked 12 min ago", in the reader's browser (the absolute time goes to the title). */

/** "12 min ago", "3 h ago", "2 days ago"; null for the future or beyond a month (the absolute date is clearer). */
export function ago(iso: string, now = Date.now()): string | null {
  const min = Math.round((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(min) || min < 0 || min > 43_200) return null;
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  if (min < 48 * 60) return `${Math.round(min / 60)} h ago`;
  return `${Math.round(min / 1440)} days ago`;
}

export function relativeTimes(root: ParentNode = document) {
  root.querySelectorAll<HTMLTimeElement>('time[data-age]').forEach((t) => {
    const rel = ago(t.dateTime);
    if (!rel || t.textContent === rel) return;
    t.title ||= t.textContent ?? '';
    // Keep the element's width, so the shorter text never reflows the line (no layout shift).
    if (!t.style.minWidth) t.style.minWidth = `${t.getBoundingClientRect().width}px`;
    t.textContent = rel;
  });
}
