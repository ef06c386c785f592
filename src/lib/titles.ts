/** Headings and titles derived from an error page's data, so the page, head and errors.json agree. */

/** The H1: `<Tool> "<message>": causes and fixes` — the message as readers search it. */
export function errorH1(toolName: string, title: string): string {
  return `${toolName} "${title}": causes and fixes`;
}

/** The <title>: the H1 when it fits in 65 characters, else shorter forms, else the message alone. */
export function errorTitle(toolName: string, title: string, max = 65): string {
  const candidates = [errorH1(toolName, title), `${toolName} "${title}": fixes`, `${toolName}: ${title}`, title];
  return candidates.find((c) => c.length <= max) ?? title;
}
