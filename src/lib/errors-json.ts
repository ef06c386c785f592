/** The /errors.json payload: one row per error page, from the same front matter the pages use. */
import type { ErrorData } from '../schemas/error.ts';
import type { CheckNote } from './verification.ts';

export interface ErrorsJsonMessage {
  text: string;
  /** client | extension | api | system (see README). */
  origin: string;
  current: boolean;
  /** Where it comes from and what the published client holds (src/lib/verification.ts). */
  check: { kind: string; note: string; package: string | null; firstSeen: string | null; lastSeen: string | null };
}

export interface ErrorsJsonRow {
  tool: string;
  id: string;
  url: string;
  title: string;
  messages: string[];
  /** The same messages with their origin and verification. */
  messageChecks: ErrorsJsonMessage[];
  category: string;
  waiting: 'yes' | 'no' | 'sometimes';
  lastVerified: string;
  sources: string[];
  retired: boolean;
}

export function errorsJson(entries: { id: string; data: Omit<ErrorData, 'tool'> & { tool: string }; notes?: CheckNote[] }[], site: string) {
  const rows: ErrorsJsonRow[] = entries.map((e) => ({
    tool: e.data.tool,
    id: e.id.split('/')[1] ?? e.id,
    url: new URL(`/${e.id}/`, site).href,
    title: e.data.title,
    messages: e.data.messages.map((m) => m.text),
    messageChecks: e.data.messages.map((m, i) => {
      const n = e.notes?.[i];
      return {
        text: m.text,
        origin: m.origin ?? 'client',
        current: m.current,
        check: { kind: n?.kind ?? 'unchecked', note: n?.text ?? '', package: n?.check?.package ?? null, firstSeen: n?.check?.firstSeen ?? null, lastSeen: n?.check?.lastSeen ?? null },
      };
    }),
    category: e.data.category,
    waiting: e.data.waiting.verdict,
    lastVerified: e.data.lastVerified.toISOString().slice(0, 10),
    sources: e.data.sources.map((s) => s.url),
    retired: !!e.data.retired,
  }));
  return { errors: rows };
}
