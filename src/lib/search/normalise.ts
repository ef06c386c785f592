/**
 * Turns whatever a reader pasted — a terminal line with colour codes, a JSON body, a stack of log lines with
 * request ids, timestamps, paths and box-drawing marks — into the words that identify the error. The same function
 * normalises the documented messages, so both sides are compared on equal terms. Runs in the browser and in tests.
 */

/** Words that carry no identity: dropped from both sides. */
const STOP = new Set(
  'a an the to of and or is are be been was were in on at for from by with this that it its as you your we our please'.split(' '),
);

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
/** Colour codes whose ESC byte was lost in a copy ("[31m"). */
const BARE_SGR = /\[(?:\d{1,3}(?:;\d{1,3})*)?m/g;
const URL_RE = /\b(?:https?|wss?|file):\/\/[^\s"'<>)\]]+/gi;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const REQUEST_ID = /\b(?:req|msg|toolu|chatcmpl|resp|run|sess)_[A-Za-z0-9]{6,}\b/g;
const ID_FIELD = /\b(?:request|trace|feedback|session|correlation)[ _-]?id\b["']?\s*[:=]\s*["']?[\w-]+["']?/gi;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g;
const CLOCK = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?\b/gi;
const WIN_PATH = /\b[A-Za-z]:\\[^\s"'<>|]*/g;
const UNIX_PATH = /(?:^|[\s"'(=])(?:~|\.{1,2})?(?:\/[\w.@+-]+){2,}\/?/g;
const HEX = /\b(?:0x)?[0-9a-f]{12,}\b/gi;
/** Box drawing, block elements, and the marks CLIs put before lines (⎿ ❯ ● ✻ …). */
const MARKS = /[\u2500-\u259F\u23BF\u276F\u25CF\u2022\u00B7\u273B\u2736\u2733\u2734\u2722\u203A\u00BB\u25B6\u2192\u2190\u2713\u2717\u2718\u26A0\uFE0F]/g;
const PROMPT = /^\s*(?:PS [^>\n]*>|[$%#>]|❯)\s+/gm;
const STACK_LINE = /^\s*at .+$/gm;
/** HTTP status codes identify errors (429, 529…): kept as words, every other number is dropped. */
const HTTP_STATUS = /\b[45]\d\d\b/;

/** Strings inside JSON "message"/"error"/"type" fields, decoded, so a pasted API body yields its message. */
export function jsonStrings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"(?:message|error|type|code|detail)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    try {
      out.push(JSON.parse(`"${m[1]}"`) as string);
    } catch {
      out.push(m[1] ?? '');
    }
  }
  return out;
}

/** The cleaned text (for display and phrase matching). */
export function clean(raw: string): string {
  let t = raw.replace(ANSI, '').replace(BARE_SGR, '');
  const fromJson = jsonStrings(t);
  if (fromJson.length) t = `${t}\n${fromJson.join('\n')}`;
  t = t
    .replace(/\\"/g, '"')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(STACK_LINE, ' ')
    .replace(PROMPT, '')
    .replace(URL_RE, ' ')
    .replace(ID_FIELD, ' ')
    .replace(UUID, ' ')
    .replace(REQUEST_ID, ' ')
    .replace(ISO_TIME, ' ')
    .replace(CLOCK, ' ')
    .replace(WIN_PATH, ' ')
    .replace(UNIX_PATH, ' ')
    .replace(HEX, ' ')
    .replace(MARKS, ' ');
  return t.replace(/\s+/g, ' ').trim();
}

/** The identifying words, lowercased, in order (duplicates kept so phrases can be matched). */
export function tokens(raw: string): string[] {
  const words = clean(raw)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9_]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (/^\d+$/.test(w) && !HTTP_STATUS.test(w)) continue;
    if (STOP.has(w)) continue;
    out.push(w);
    // "rate_limit_error" also matches "rate limit error".
    if (w.includes('_')) out.push(...w.split('_').filter((p) => p && !STOP.has(p)));
  }
  return out;
}
