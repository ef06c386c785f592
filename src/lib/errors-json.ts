/** The /errors.json payload: one row per error page, from the same front matter the pages use. */
import type { ErrorData } from '../schemas/error.ts';

export interface ErrorsJsonRow {
  tool: string;
  id: string;
  url: string;
  title: string;
  messages: string[];
  category: string;
  waiting: 'yes' | 'no' | 'sometimes';
  lastVerified: string;
  sources: string[];
  retired: boolean;
}

export function errorsJson(entries: { id: string; data: Omit<ErrorData, 'tool'> & { tool: string } }[], site: string) {
  const rows: ErrorsJsonRow[] = entries.map((e) => ({
    tool: e.data.tool,
    id: e.id.split('/')[1] ?? e.id,
    url: new URL(`/${e.id}/`, site).href,
    title: e.data.title,
    messages: e.data.messages.map((m) => m.text),
    category: e.data.category,
    waiting: e.data.waiting.verdict,
    lastVerified: e.data.lastVerified.toISOString().slice(0, 10),
    sources: e.data.sources.map((s) => s.url),
    retired: !!e.data.retired,
  }));
  return { errors: rows };
}
