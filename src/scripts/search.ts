/**
 * Paste-the-error search, in the reader's browser. First the messages: the paste's distinctive words select a few
 * shards of the message index and the pages they point to (src/lib/search/message-index.ts), and those pages are
 * ranked by how well their documented messages match the whole paste (src/lib/search/match.ts). Only when no
 * message matches well is Pagefind's full-text index loaded. Results are links carrying data-search-result, best first.
 */
import { CLOSE_MATCH, rank, queryTerms, type Candidate, type Ranked } from '../lib/search/match.ts';
import { decodeMeta } from '../lib/search/meta.ts';
import { INDEX_BASE, PAGE_CHUNK, candidatesFromShards, shardOf } from '../lib/search/message-index.ts';
import { scrub } from '../lib/search/scrub.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

/** How many Pagefind candidates we load to re-rank (each costs one small fragment request). */
const CANDIDATES = 8;
/** How many pages the message index hands to the matcher. */
const MESSAGE_CANDIDATES = 10;
/** A message match at least this good is the answer; below it, full text is searched too. */
const GOOD_MATCH = CLOSE_MATCH;

type Row = [url: string, tool: string, title: string, messages: string[]];
const cache = new Map<string, Promise<unknown>>();
function getJson<T>(file: string): Promise<T> {
  let p = cache.get(file);
  if (!p) {
    p = fetch(`${INDEX_BASE}${file}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${file}: HTTP ${r.status}`))));
    cache.set(file, p);
  }
  return p as Promise<T>;
}

/** Pages whose messages share the paste's distinctive words, from the message index. */
async function messageCandidates(paste: string): Promise<Candidate[]> {
  const words = queryTerms(paste, 6);
  if (!words.length) return [];
  const shardIds = [...new Set(words.map((w) => shardOf(w)))];
  const shards = new Map(await Promise.all(shardIds.map(async (id) => [id, await getJson<Record<string, number[]>>(`terms-${id}.json`)] as const)));
  const ids = candidatesFromShards(words, shards, MESSAGE_CANDIDATES);
  const chunkIds = [...new Set(ids.map((n) => Math.floor(n / PAGE_CHUNK)))];
  const chunks = new Map(await Promise.all(chunkIds.map(async (id) => [id, await getJson<Row[]>(`pages-${id}.json`)] as const)));
  return ids.flatMap((n) => {
    const row = chunks.get(Math.floor(n / PAGE_CHUNK))?.[n % PAGE_CHUNK];
    return row ? [{ url: row[0], tool: row[1], title: row[2], messages: row[3] }] : [];
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-paste-box]')!;
const input = document.querySelector<HTMLTextAreaElement>('#q')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const summary = document.querySelector<HTMLElement>('#results-summary')!;
const ask = document.querySelector<HTMLElement>('#ask')!;
const askLink = ask.querySelector<HTMLAnchorElement>('a')!;
/** Tool id → display name, written by the build (no list to keep in sync here). */
const toolNames = JSON.parse(list.dataset.tools ?? '{}') as Record<string, string>;
const toolName = (id: string) => (Object.hasOwn(toolNames, id) ? toolNames[id]! : id);

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

async function candidatesFor(paste: string): Promise<{ ranked: Ranked[]; fallback: Candidate[] }> {
  const fromMessages = rank(paste, await messageCandidates(paste));
  if (fromMessages[0] && fromMessages[0].score >= GOOD_MATCH) return { ranked: fromMessages, fallback: [] };
  const fullText = await fullTextCandidates(paste);
  // Message matches first, then full-text pages not already listed.
  const seen = new Set(fromMessages.map((r) => r.url));
  return { ranked: [...fromMessages, ...fullText.ranked.filter((r) => !seen.has(r.url))], fallback: fullText.fallback };
}

/** Pagefind: pages containing the paste's words anywhere in their text, re-ranked by their messages. */
async function fullTextCandidates(paste: string): Promise<{ ranked: Ranked[]; fallback: Candidate[] }> {
  const terms = queryTerms(paste);
  if (!terms.length) return { ranked: [], fallback: [] };
  const pf = await loadPagefind();
  // One search per word, then pages by how many of the words they contain: a messy paste has words no page has.
  const searches = await Promise.all([pf.search(terms.join(' ')), ...terms.map((t) => pf.search(t))]);
  const tally = new Map<string, { n: number; score: number; result: PagefindResult }>();
  searches.forEach((s, i) =>
    s.results.forEach((r) => {
      const t = tally.get(r.id) ?? { n: 0, score: 0, result: r };
      t.n += i === 0 ? 2 : 1;
      t.score = Math.max(t.score, r.score);
      tally.set(r.id, t);
    }),
  );
  const top = [...tally.values()].sort((a, b) => b.n - a.n || b.score - a.score).slice(0, CANDIDATES);
  const data = await Promise.all(top.map((t) => t.result.data()));
  // Pagefind also matches prefixes and near spellings ("qwxzv" finds "Q"): keep only pages where one of the paste's
  // own words was found whole, so a nonsense paste finds nothing rather than something.
  const wanted = new Set(terms);
  const marked = (excerpt: string) =>
    [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some((m) => wanted.has(m[1]!.toLowerCase().replace(/[^\p{L}\p{N}_-]+/gu, '')));
  const candidates: Candidate[] = data
    .filter((d) => d.meta.m && marked(d.excerpt))
    .map((d) => ({ url: d.url, ...decodeMeta(d.meta) }));
  return { ranked: rank(paste, candidates), fallback: candidates };
}

/** The matched message with its matching words marked; built with DOM nodes, never innerHTML. */
function highlighted(message: string, hits: string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const hitSet = new Set(hits);
  for (const part of message.split(/([A-Za-z0-9_]+)/)) {
    if (part && hitSet.has(part.toLowerCase())) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      frag.append(mark);
    } else frag.append(part);
  }
  return frag;
}

/** The pre-filled issue asking for a page: the paste with secrets and personal details removed (src/lib/search/scrub.ts). */
function askFor(paste: string) {
  const clean = scrub(paste.trim()).slice(0, 3000);
  const url = new URL(ask.dataset.issueUrl!);
  url.searchParams.set('title', `Missing error page: ${clean.split('\n')[0]!.slice(0, 80)}`);
  url.searchParams.set('body', `This error has no page yet (secrets and user names were removed before this issue was filled in):\n\n\`\`\`\n${clean}\n\`\`\`\n\nTool and version:\n`);
  askLink.href = url.href;
}

/**
 * Results, best first. A link carries data-match="message" when one of its page's messages matches the paste
 * closely (that page documents this error), data-match="text" when it only shares words with it. When nothing
 * matches closely the page says so in words and offers to ask for a page; an empty result list is data-search-empty.
 */
function render(items: (Ranked | Candidate)[], paste: string) {
  list.replaceChildren();
  const close = (item: Ranked | Candidate) => 'score' in item && item.score >= CLOSE_MATCH;
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'my-3';
    const a = document.createElement('a');
    a.href = item.url;
    a.dataset.searchResult = '';
    a.dataset.match = close(item) ? 'message' : 'text';
    a.className = 'font-bold';
    a.textContent = item.title;
    const tool = document.createElement('span');
    tool.className = 'chip ml-1';
    tool.textContent = toolName(item.tool);
    li.append(a, ' ', tool);
    if ('matched' in item) {
      const code = document.createElement('code');
      code.className = 'block text-sm mt-1';
      code.append(highlighted(item.matched, item.hits));
      li.append(code);
    }
    list.append(li);
  }
  const anyClose = items.some(close);
  const closeCount = items.filter(close).length;
  if (items.length === 0 && paste.trim()) list.dataset.searchEmpty = '';
  else delete list.dataset.searchEmpty;
  ask.hidden = !paste.trim() || anyClose;
  if (!ask.hidden) askFor(paste);
  summary.textContent = !paste.trim()
    ? ''
    : anyClose
      ? `${closeCount} page${closeCount === 1 ? '' : 's'} document${closeCount === 1 ? 's' : ''} this message, best first.`
      : items.length === 0
        ? 'We have no page for this exact error yet, and no page mentions these words. Try fewer words — the part after "Error:" — or browse the tool indexes below.'
        : 'We have no page for this exact error yet. These pages only share some of its words, so check that one really matches before following its fix.';
}

let seq = 0;
async function run(paste: string) {
  const mine = ++seq;
  if (!paste.trim()) return render([], paste);
  summary.textContent = 'Searching…';
  const started = performance.now();
  try {
    const { ranked, fallback } = await candidatesFor(paste);
    if (mine !== seq) return; // a newer query is under way
    render(ranked.length ? ranked : fallback, paste);
    // How long this query took, from the keystroke's search to rendered results (read by scripts/search-bench.ts).
    list.dataset.ms = String(Math.round(performance.now() - started));
  } catch (e) {
    if (mine === seq) summary.textContent = `Search could not load (${(e as Error).message}). The list of every message below still works with your browser's find.`;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 200);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.replaceState(null, '', url);
  void run(input.value);
});
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run(initial);
}
document.documentElement.dataset.searchReady = '';
