/**
 * What the status box says, for this error's category and the vendor's state. A plain function so the
 * wording is tested without a browser. Never claims "operational" unless the reading says so and is fresh.
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
}

export function statusVerdict(opts: {
  tool: string;
  vendor: string;
  state: StatusState;
  category?: Category;
  /** True when the tool has no official status page at all. */
  noFeed?: boolean;
}): Verdict {
  const { tool, vendor, state, category, noFeed } = opts;
  if (noFeed) {
    return {
      headline: `${tool} has no official status page.`,
      detail: `Its requests go to the model provider you configured; check that provider's status page (linked below).`,
    };
  }
  const bearing = category ? OUTAGE_BEARING[category] : 'possible';
  switch (state) {
    case 'unknown':
      return {
        headline: `We can't tell right now whether ${vendor} has an incident.`,
        detail: `Our last reading of the official status page is missing or too old to trust, so check the official page before deciding it's on your side.`,
      };
    case 'operational':
      return {
        headline: `${vendor} reports no incident for ${tool}.`,
        detail:
          bearing === 'likely'
            ? `Capacity errors can still come in short bursts that never reach the status page; if it keeps happening, work through the causes below.`
            : `The cause is most likely on your side: your account, configuration or network. Work through the causes below.`,
      };
    case 'maintenance':
      return {
        headline: `${vendor} has maintenance under way for ${tool}.`,
        detail:
          bearing === 'unrelated'
            ? `Maintenance won't cause this error, and waiting for it to end won't fix it; the fix is on your side.`
            : `Some requests may fail until it ends; if the error started when it began, waiting is the fix.`,
      };
    default: {
      const level = state === 'degraded' ? 'degraded performance' : state === 'partial_outage' ? 'a partial outage' : 'a major outage';
      if (bearing === 'likely')
        return {
          headline: `${vendor} reports ${level} for ${tool}: this is almost certainly why.`,
          detail: `Nothing on your side needs fixing. Waiting helps; the incident below says what they know.`,
        };
      if (bearing === 'possible')
        return {
          headline: `${vendor} reports ${level} for ${tool}: it may be the cause.`,
          detail: `If this error started when the incident did, wait for it to be resolved before changing your setup.`,
        };
      return {
        headline: `${vendor} reports ${level} for ${tool}, but it won't cause this error.`,
        detail: `This error comes from your account or setup; waiting for the incident to end won't clear it.`,
      };
    }
  }
}
