/**
 * Ranks error pages for a normalised paste by how well their documented messages (and variants) match it. A
 * message matches well when most of its words appear in the paste, better still when they appear as a phrase;
 * very common words count for little. Runs in the browser (on candidates Pagefind found) and in the tests (on
 * every page).
 */
import { tokens } from './normalise.ts';

export interface Candidate {
  url: string;
  tool: string;
  title: string;
  messages: string[];
}

export interface Ranked extends Candidate {
  score: number;
  /** The message that matched best (verbatim, for display). */
  matched: string;
  /** Words of the matched message found in the paste (for highlighting). */
  hits: string[];
}

/**
 * A top score at least this high means a page documents this exact message; below it, the results only share
 * words with the paste and the search says it has no page for this error. Measured on the paste tables: every
 * paste of a documented error scores ≥ 1.0 for its page, every paste of an undocumented one < 0.9
 * (tests/unit/paste-match.test.ts keeps both true).
 */
export const CLOSE_MATCH = 0.95;

/** Words in nearly every message: they confirm a match but can't make one. */
const COMMON = new Set(
  'error api request failed fail failure code claude codex cursor copilot cline windsurf continue run try again check status please http https message type invalid not could'.split(' '),
);
const weight = (t: string) => (COMMON.has(t) ? 0.25 : /^\d+$/.test(t) ? 1.5 : 1);

/** Tool names readers include in a paste; a mention nudges that tool's pages up. */
const TOOL_HINTS: [RegExp, string][] = [
  [/\bclaude[ -]?code\b|\banthropic\b|\bclaude\b/i, 'claude-code'],
  [/\bcodex\b/i, 'codex'],
  [/\bcursor\b/i, 'cursor'],
  [/\bcopilot\b/i, 'github-copilot'],
  [/\bcline\b/i, 'cline'],
  [/\bwindsurf\b|\bcascade\b|\bcodeium\b/i, 'windsurf'],
  [/\bcontinue\.dev\b|\bcontinuedev\b|\bollama\b/i, 'continue'],
  [/\bgemini[ -]?cli\b|\bgemini\b/i, 'gemini-cli'],
  [/\bopencode\b/i, 'opencode'],
  [/\baider\b/i, 'aider'],
  [/\bkiro\b/i, 'kiro'],
];

export function toolHints(raw: string): Set<string> {
  return new Set(TOOL_HINTS.filter(([re]) => re.test(raw)).map(([, id]) => id));
}

/** A message's words, cut once: the same messages are scored against every paste (tests rank hundreds of them). */
const messageTokens = new Map<string, string[]>();
function tokensOf(message: string): string[] {
  let t = messageTokens.get(message);
  if (!t) messageTokens.set(message, (t = tokens(message)));
  return t;
}

/** How well one message matches the paste's words (0 = not at all; > 1 with a phrase match). */
export function scoreMessage(message: string, pasteTokens: string[], pasteJoined = ` ${pasteTokens.join(' ')} `): { score: number; hits: string[] } {
  const mTokens = tokensOf(message);
  const unique = [...new Set(mTokens)];
  if (!unique.length) return { score: 0, hits: [] };
  const pasteSet = new Set(pasteTokens);
  const hits = unique.filter((t) => pasteSet.has(t));
  const total = unique.reduce((s, t) => s + weight(t), 0);
  const found = hits.reduce((s, t) => s + weight(t), 0);
  if (found === 0) return { score: 0, hits };
  // Containment: how much of the message is in the paste. Coverage: how much of the (short) paste the message explains.
  const containment = found / total;
  const pasteUnique = [...pasteSet];
  const pasteTotal = pasteUnique.reduce((s, t) => s + weight(t), 0) || 1;
  const coverage = found / pasteTotal;
  const phrase = mTokens.length >= 2 && pasteJoined.includes(` ${mTokens.join(' ')} `) ? 0.6 : 0;
  // Longer exact matches are more certain than short ones ("Request timed out" inside a longer message).
  const length = Math.min(unique.length, 12) / 12;
  return { score: containment * 1.0 + coverage * 0.35 + phrase + containment * length * 0.3, hits };
}

export function rank(paste: string, candidates: Candidate[], limit = 10): Ranked[] {
  const pasteTokens = tokens(paste);
  if (!pasteTokens.length) return [];
  const joined = ` ${pasteTokens.join(' ')} `;
  const hints = toolHints(paste);
  const ranked: Ranked[] = [];
  for (const c of candidates) {
    let best = { score: 0, hits: [] as string[], matched: '' };
    for (const m of [c.title, ...c.messages]) {
      const s = scoreMessage(m, pasteTokens, joined);
      if (s.score > best.score) best = { ...s, matched: m };
    }
    if (best.score <= 0.15) continue;
    const score = best.score + (hints.has(c.tool) ? 0.2 : 0);
    ranked.push({ ...c, score, matched: best.matched, hits: best.hits });
  }
  return ranked.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url)).slice(0, limit);
}

/** The few distinctive words to ask the full-text index for (rarest-looking first). */
export function queryTerms(paste: string, max = 8): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tokens(paste)) {
    if (seen.has(t) || t.includes('_') || t.length < 3 || COMMON.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out.sort((a, b) => b.length - a.length).slice(0, max);
}
