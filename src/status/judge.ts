/**
 * The one decision every status reading goes through, at build time and in the reader's browser alike: which rows
 * decide a tool's state, and what that state is. Dependency-free (no zod), so the browser re-check can import it
 * and stay small.
 *
 * The rules that keep "is it them or me?" honest:
 *  - The tool's watched components decide (worst wins). A watched component the feed no longer lists makes the
 *    state `unknown`: we can't read something the tool depends on, so we can't say it is fine.
 *  - An unresolved incident that touches a watched component (or names the tool) raises the state by its impact,
 *    even while the vendor still shows the component as operational — the first minutes of most outages.
 *  - Only a tool that watches nothing is judged by the whole page (its visible rows and the page indicator).
 */
import { mentionsAny, scopeComponents, worst, type PageComponent, type StatusState, type WatchedComponent } from './states.ts';

/** What an incident is about, as the judge needs it. */
export interface IncidentFacts {
  /** Vendor impact: none | minor | major | critical | maintenance | unknown. */
  impact: string;
  /** Vendor status; closed ones (resolved, postmortem, completed, cancelled) never count. */
  status: string;
  name: string;
  /** Component ids and names the incident lists (from `components` and updates' `affected_components`). */
  touchedIds: readonly string[];
  touchedNames: readonly string[];
}

export interface Judgement<I> {
  state: StatusState;
  scope: 'components' | 'page';
  /** The rows that decided (watched ones found, or the page's visible rows). */
  rows: PageComponent[];
  /** Watched components the feed did not list. */
  missing: WatchedComponent[];
  /** Unresolved incidents that concern the tool, in the order given. */
  incidents: I[];
}

export const CLOSED_STATUSES: ReadonlySet<string> = new Set(['resolved', 'postmortem', 'completed', 'cancelled']);

/** How far an open incident raises a tool's state. Impact `none`/`unknown` raises nothing, but still counts as open. */
const IMPACT_STATES: Readonly<Record<string, StatusState>> = {
  minor: 'degraded',
  major: 'partial_outage',
  critical: 'major_outage',
};

export function impactState(impact: string): StatusState | null {
  return Object.hasOwn(IMPACT_STATES, impact) ? IMPACT_STATES[impact]! : null;
}

export function judge<I extends IncidentFacts>(input: {
  rows: readonly PageComponent[];
  watched: readonly WatchedComponent[];
  /** Display name of the tool: an incident naming it counts for it. */
  toolName: string;
  /** Unresolved or not: closed ones are filtered here. */
  incidents: readonly I[];
  /** The page-wide indicator, used only when the tool watches nothing (null when the feed has none). */
  indicator?: StatusState | null;
}): Judgement<I> {
  const { rows, watched, toolName, indicator = null } = input;
  const scoped = scopeComponents(rows, watched);
  const byWatch = watched.length > 0;
  const decided = byWatch ? scoped.found : scoped.visible;
  const missing = byWatch ? scoped.missing : [];

  const ids = new Set(decided.map((c) => c.id));
  const names = [...new Set([...decided.map((c) => c.name), ...watched.map((w) => w.name), toolName])];
  const concerns = (i: IncidentFacts) =>
    !byWatch || i.touchedIds.some((id) => ids.has(id)) || i.touchedNames.some((n) => mentionsAny(n, names)) || mentionsAny(i.name, names);
  const open = input.incidents.filter((i) => !CLOSED_STATUSES.has(i.status) && concerns(i));

  const states: StatusState[] = decided.map((c) => c.state);
  if (missing.length) states.push('unknown');
  if (!byWatch && indicator) states.push(indicator);
  for (const i of open) {
    const raised = impactState(i.impact);
    if (raised) states.push(raised);
  }
  // A page with no rows at all (and nothing else to go by) is unknown; worst([]) says so.
  return { state: worst(states), scope: byWatch ? 'components' : 'page', rows: [...decided], missing, incidents: open };
}
