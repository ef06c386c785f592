/** Headings and titles derived from an error page's data, so the page, head and errors.json agree. */

/** The H1: `<Tool> "<message>": causes and fixes` — the message as readers search it. */
export function errorH1(toolName: string, title: string): string {
  return `${toolName} "${title}": causes and fixes`;
}

/** Longest <title> we emit at all (html-validate's long-title limit): longer messages are cut at a word. */
export const TITLE_HARD_MAX = 90;

/**
 * Length of the text as it is written into the HTML: Astro escapes `& < > " '` as entities, and html-validate
 * counts the title as written, so a message full of quotes (a JSON error body) is longer than it looks.
 */
export function htmlLength(s: string): number {
  let n = s.length;
  for (const ch of s) if (ch === '&' || ch === '<' || ch === '>') n += 4; else if (ch === '"') n += 5; else if (ch === "'") n += 4;
  return n;
}

/**
 * The <title>: the H1 when it fits in 65 characters, else shorter forms. A message too long for any of them keeps
 * the tool's name in front (two tools can print the same message, and titles must differ), cut at a word so the
 * whole title stays within 90 characters as written in the HTML.
 */
export function errorTitle(toolName: string, title: string, max = 65): string {
  const candidates = [errorH1(toolName, title), `${toolName} "${title}": fixes`, `${toolName}: ${title}`];
  const fits = candidates.find((c) => c.length <= max);
  if (fits) return fits;
  const long = `${toolName}: ${title}`;
  if (htmlLength(long) <= TITLE_HARD_MAX) return long;
  let cut = long.slice(0, TITLE_HARD_MAX - 1);
  while (htmlLength(`${cut}…`) > TITLE_HARD_MAX) cut = cut.slice(0, -1);
  return `${cut.replace(/\s+\S*$/, '')}…`;
}
