/**
 * What the status box says, for this error's category and the vendor's state. A plain function so the
 * wording is tested without a browser. Never claims "operational" unless the reading says so and is fresh, and
 * never says "no incident" or "on your side" while an incident that concerns the tool is open.
 */
import type { Category } from '../schemas/error.ts';
import type { StatusState } from './status-vocab.ts';

export const STATE_LABELS: Record<StatusState, string> = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  maintenance: 'Under maintenance',
  unknown: 'Status unknown',
};

/** How an incident on the vendor's side bears on an error of each category. */
const OUTAGE_BEARING: Record<Category, 'likely' | 'possible' | 'unrelated'> = {
  capacity: 'likely',
  network: 'possible',
  'rate-limit': 'possible',
  auth: 'possible',
  'mcp-tools': 'unrelated',
  billing: 'unrelated',
  install: 'unrelated',
  context: 'unrelated',
  'model-config': 'possible',
  'permissions-region': 'unrelated',
};

export interface Verdict {
  /** One short line: the answer to "is it them or me?". */
  headline: string;
  /** What that means for this error, in a sentence or two. */
  detail: string;
  /** A few words for the first screen, after the headline: what it means for this error. */
  short: string;
}

const list = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export function statusVerdict(opts: {
  tool: string;
  vendor: string;
  state: StatusState;
  category?: Category | undefined;
  /** True when the tool has no official status page at all. */
  noFeed?: boolean | undefined;
  /** Unresolved incidents that concern the tool. */
  openIncidents?: number | undefined;
  /** Watched components the feed no longer lists. */
  missing?: readonly string[] | undefined;
}): Verdict {
  const { tool, vendor, state, category, noFeed, openIncidents = 0, missing = [] } = opts;
  if (noFeed) {
    return {
      headline: `${tool} has no official status page.`,
      detail: `Its requests go to the model provider you configured; check that provider's status page (linked below).`,
      short: `Check your model provider's status page.`,
    };
  }
  const bearing = category ? OUTAGE_BEARING[category] : 'possible';
  const incidentWord = openIncidents === 1 ? 'an open incident' : `${openIncidents} open incidents`;
  switch (state) {
    case 'unknown':
      if (missing.length)
        return {
          headline: `We can't tell whether ${vendor} has a problem with ${tool}.`,
          detail: `${list(missing)} ${missing.length === 1 ? 'is' : 'are'} no longer on the official status page, so we can't read ${missing.length === 1 ? 'its' : 'their'} state; check the official page before deciding it's on your side.`,
          short: `Check the official status page.`,
        };
      return {
        headline: `We can't tell right now whether ${vendor} has an incident.`,
        detail: `Our last reading of the official status page is missing or too old to trust, so check the official page before deciding it's on your side.`,
        short: `Check the official status page.`,
      };
    case 'operational':
      if (openIncidents > 0)
        return {
          headline: `${vendor} has ${incidentWord} for ${tool}, though its components still read operational.`,
          detail:
            bearing === 'unrelated'
              ? `An incident won't cause this error, and waiting for it to end won't fix it; the fix is on your side.`
              : `Vendors often open an incident before they change a component's state. If this error started when the incident did, wait for it before changing your setup.`,
          short: bearing === 'unrelated' ? `It won't cause this error.` : `It may be the cause.`,
        };
      return {
        headline: `${vendor} reports no incident for ${tool}.`,
        detail:
          bearing === 'likely'
            ? `Capacity errors can still come in short bursts that never reach the status page; if it keeps happening, work through the causes below.`
            : `The cause is most likely on your side: your account, configuration or network. Work through the causes below.`,
        short: bearing === 'likely' ? `Short bursts may not show there; retry, then see below.` : `The cause is most likely on your side.`,
      };
    case 'maintenance':
      return {
        headline: `${vendor} has maintenance under way for ${tool}.`,
        detail:
          bearing === 'unrelated'
            ? `Maintenance won't cause this error, and waiting for it to end won't fix it; the fix is on your side.`
            : `Some requests may fail until it ends; if the error started when it began, waiting is the fix.`,
        short: bearing === 'unrelated' ? `It won't cause this error.` : `It may cause failures until it ends.`,
      };
    default: {
      const level = state === 'degraded' ? 'degraded performance' : state === 'partial_outage' ? 'a partial outage' : 'a major outage';
      if (bearing === 'likely')
        return {
          headline: `${vendor} reports ${level} for ${tool}: this is almost certainly why.`,
          detail: `Nothing on your side needs fixing. Waiting helps; the incident below says what they know.`,
          short: `Almost certainly why; waiting helps.`,
        };
      if (bearing === 'possible')
        return {
          headline: `${vendor} reports ${level} for ${tool}: it may be the cause.`,
          detail: `If this error started when the incident did, wait for it to be resolved before changing your setup.`,
          short: `It may be the cause.`,
        };
      return {
        headline: `${vendor} reports ${level} for ${tool}, but it won't cause this error.`,
        detail: `This error comes from your account or setup; waiting for the incident to end won't clear it.`,
        short: `It won't cause this error.`,
      };
    }
  }
}
