import { STATUS_STATES, type StatusState } from '../lib/status-vocab.ts';

/**
 * Our state vocabulary and how vendor values map onto it. The one rule that matters for honesty: a value
 * we don't recognise is `unknown`, never `operational` — vendors invent new states (incident.io's
 * `full_outage` was one) and a page we can't read must not be reported as fine.
 */

export { STATUS_STATES, type StatusState };

/** Statuspage component states, plus incident.io's `full_outage`. */
const COMPONENT_STATES: Readonly<Record<string, StatusState>> = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'partial_outage',
  major_outage: 'major_outage',
  full_outage: 'major_outage',
  under_maintenance: 'maintenance',
};

/** Statuspage page indicator (`status.indicator`). */
const INDICATOR_STATES: Readonly<Record<string, StatusState>> = {
  none: 'operational',
  minor: 'degraded',
  major: 'partial_outage',
  critical: 'major_outage',
  maintenance: 'maintenance',
};

export function fromComponentStatus(value: unknown): StatusState {
  return (typeof value === 'string' && Object.hasOwn(COMPONENT_STATES, value) && COMPONENT_STATES[value]) || 'unknown';
}

export function fromIndicator(value: unknown): StatusState {
  return (typeof value === 'string' && Object.hasOwn(INDICATOR_STATES, value) && INDICATOR_STATES[value]) || 'unknown';
}

/**
 * How bad each state is, for "worst wins". Known problems outrank `unknown` (a component in major outage
 * says more than one we can't read), but `unknown` outranks `operational` and `maintenance`: if we can't
 * read one of the components a tool depends on, we can't call the tool operational (or merely in
 * planned maintenance).
 */
export const SEVERITY: Readonly<Record<StatusState, number>> = {
  operational: 0,
  maintenance: 1,
  unknown: 2,
  degraded: 3,
  partial_outage: 4,
  major_outage: 5,
};

/** The worst of several states; nothing to judge by is `unknown`. */
export function worst(states: Iterable<StatusState>): StatusState {
  let out: StatusState | null = null;
  for (const s of states) if (out === null || SEVERITY[s] > SEVERITY[out]) out = s;
  return out ?? 'unknown';
}

/** A component row from a vendor page, already normalised. */
export interface PageComponent {
  id: string;
  name: string;
  state: StatusState;
  /** A group header row (its state is the worst of its children, which are listed as their own rows). */
  group: boolean;
  /** The vendor hides this row while it is operational (`only_show_if_degraded`). */
  onlyShowIfDegraded: boolean;
}

export interface WatchedComponent {
  id: string;
  name: string;
}

export interface Scoped {
  /** The watched components found on the page (by id, else by name), in watch order. */
  found: PageComponent[];
  /** Watched components the page does not list (renamed or removed). */
  missing: WatchedComponent[];
  /** Every visible non-group row: what decides for a tool that watches nothing. */
  visible: PageComponent[];
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Find each watched component by id, or by name (case-insensitive) when the vendor re-created it under a new id;
 * and list the visible rows: non-group rows, without those the vendor hides while operational, so a group and its
 * children are not counted twice. Which of the two decides is the judge's call (src/status/judge.ts).
 */
export function scopeComponents(all: readonly PageComponent[], watched: readonly WatchedComponent[]): Scoped {
  const found: PageComponent[] = [];
  const missing: WatchedComponent[] = [];
  for (const w of watched) {
    const hit = all.find((c) => c.id === w.id) ?? all.find((c) => norm(c.name) === norm(w.name));
    if (!hit) missing.push(w);
    else if (!found.includes(hit)) found.push(hit);
  }
  const visible = all.filter((c) => !c.group && !(c.onlyShowIfDegraded && c.state === 'operational'));
  return { found, missing, visible };
}

/**
 * Does a piece of vendor text mention one of these names as a whole word? Used to keep incidents that
 * name a watched component ("Copilot is degraded") before the vendor tags the component itself.
 */
export function mentionsAny(text: string, names: readonly string[]): boolean {
  const hay = norm(text);
  return names.some((n) => {
    const needle = norm(n);
    if (needle.length < 2) return false;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(hay);
  });
}
