/**
 * What a page says beside each message about where it comes from and whether the shipped client prints it, from
 * the message's origin and the committed verify:messages data (content/verification/<tool>.json). One function, so
 * the pages, the hubs' counts, errors.json and the content check all read the data the same way.
 */
import type { MessageOrigin } from '../schemas/error.ts';
import type { MessageCheck, Verification } from '../schemas/verification.ts';
import { formatDate } from './format.ts';

export interface CheckInput {
  toolName: string;
  vendor: string;
  /** The tool's npm client packages (empty: it publishes none). */
  packages: readonly string[];
  /** The tool's verification file, when there is one. */
  file: Verification | undefined;
  page: string;
  message: { text: string; origin?: MessageOrigin | undefined; current?: boolean | undefined };
}

export type CheckKind = 'printed' | 'partly' | 'older' | 'not-found' | 'unchecked' | 'relayed' | 'system' | 'unpublished';

export interface CheckNote {
  kind: CheckKind;
  /** One short sentence for the page. */
  text: string;
  check: MessageCheck | undefined;
}

export function findCheck(file: Verification | undefined, page: string, text: string): MessageCheck | undefined {
  return file?.messages.find((m) => m.page === page && m.text === text);
}

export function checkNote(input: CheckInput): CheckNote {
  const { toolName, vendor, packages, file, page, message } = input;
  const origin = message.origin ?? 'client';
  if (origin === 'api') return { kind: 'relayed', text: `Written by ${vendor}'s servers and passed on by ${toolName}: not in the client's code.`, check: undefined };
  if (origin === 'system') return { kind: 'system', text: `Printed by your shell, the operating system or another program, not by ${toolName}.`, check: undefined };
  if (origin === 'installer') {
    return { kind: 'unpublished', text: `Printed by ${toolName}'s install script, which is not in the published package: checked against ${vendor}'s docs, changelog and reports.`, check: undefined };
  }
  if (origin === 'extension' || packages.length === 0) {
    return {
      kind: 'unpublished',
      text: packages.length
        ? `Printed by a part of ${toolName} that is not published on npm (an IDE extension or app): checked against ${vendor}'s source, docs and reports.`
        : `${toolName} publishes no client we can search: checked against ${vendor}'s docs, source and reports only.`,
      check: undefined,
    };
  }
  const check = findCheck(file, page, message.text);
  if (!file || !check) return { kind: 'unchecked', text: `Not yet checked against ${toolName}'s published client.`, check };
  const pkg = file.packages.find((p) => p.name === check.package || p.name.startsWith(`${check.package} (`));
  const label = (name: string | null) => (!name || name === packages[0] ? toolName : name);
  const latest = (pkg ?? file.packages[0])?.latest ?? '';
  const when = `checked ${formatDate(new Date(file.checkedAt))}`;
  const range = (a: string | null, b: string | null) => (a && b && a !== b ? `${a} – ${b}` : (b ?? a ?? ''));
  switch (check.status) {
    case 'found':
      return { kind: 'printed', text: `Printed by ${label(check.package)} ${range(check.firstSeen, check.lastSeen)} (${when}).`, check };
    case 'partial':
      return {
        kind: 'partly',
        text: `${label(file.packages[0]?.name ?? null)} ${file.packages[0]?.latest ?? ''} prints part of it; the rest is filled in at run time, e.g. from the server's reply (${when}).`,
        check,
      };
    default:
      if (check.lastSeen)
        return { kind: 'older', text: `Not printed by ${label(check.package)} ${latest}; last seen in ${check.lastSeen} (${when}).`, check };
      return {
        kind: 'not-found',
        text: `Not found in ${label(file.packages[0]?.name ?? null)} ${file.packages[0]?.latest ?? ''} or ${Math.max(0, (file.packages[0]?.checked.length ?? 1) - 1)} earlier versions we searched (${when}).`,
        check,
      };
  }
}

/** "N of M messages found in the published client": the tool hub's line. */
export function verifiedCount(notes: readonly CheckNote[]): { client: number; found: number } {
  const client = notes.filter((n) => ['printed', 'partly', 'older', 'not-found', 'unchecked'].includes(n.kind));
  return { client: client.length, found: client.filter((n) => n.kind === 'printed' || n.kind === 'older' || n.kind === 'partly').length };
}
