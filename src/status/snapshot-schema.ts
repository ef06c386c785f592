import { z } from 'astro/zod';
import { STATUS_STATES } from '../schemas/common.ts';
import { safeHttpsUrl } from './sanitize.ts';

/**
 * The status snapshot: written only by the refresh step (`npm run status:refresh`), committed as
 * content/status/snapshot.json, read by the build and published as /status.json.
 * Every vendor-written string in it is already plain text (tags stripped, length capped).
 */

const isoTime = z.iso.datetime({ offset: true });

export const componentStatusSchema = z.object({
  /** The vendor's component id (or the Gatus endpoint key). */
  id: z.string(),
  /** The vendor's component name, plain text. */
  name: z.string(),
  /** Normalised state. */
  state: z.enum(STATUS_STATES),
});

export const incidentSchema = z.object({
  /** Incident title, plain text. */
  name: z.string(),
  /** Vendor impact: none | minor | major | critical | maintenance | unknown. */
  impact: z.string(),
  /** Vendor status: investigating | identified | monitoring | resolved | postmortem | scheduled | in_progress | completed… */
  status: z.string(),
  /** When it started (or is scheduled to), ISO 8601. */
  startedAt: isoTime.nullable(),
  /** When it was resolved, if it was. */
  resolvedAt: isoTime.nullable().default(null),
  /**
   * Link to the incident on the official page: https only, re-checked whenever a snapshot is read (a snapshot may
   * come from a commit or a cache we don't control), so a `javascript:` or `http:` link becomes null. Which hosts a
   * tool's links may point to is checked against its tool file (src/status/trust.ts).
   */
  url: z
    .string()
    .nullable()
    .transform((u) => (u === null ? null : safeHttpsUrl(u))),
  /** The latest update's text, plain and shortened. */
  latestUpdate: z.string().nullable(),
});

export const toolStatusSchema = z.object({
  /** Normalised state of the components that matter for the tool (worst wins). */
  state: z.enum(STATUS_STATES),
  /** When we last read the feed successfully (never the vendor's page.updated_at); null if never. */
  checkedAt: isoTime.nullable(),
  /** True when the latest attempt failed and the data below is from an older reading. */
  stale: z.boolean(),
  /** The feed URL the data came from; null when the tool has no official feed. */
  source: z.string().nullable(),
  /** Why the latest attempt failed, in a few words (null when it succeeded). */
  error: z.string().nullable().default(null),
  /**
   * What decided `state`: `components` = the tool's watched components; `page` = none of them was found
   * (or the tool watches none), so the whole page decided; null = no reading yet.
   */
  scope: z.enum(['components', 'page']).nullable().default(null),
  /** The watched components and their states. */
  components: z.array(componentStatusSchema).default([]),
  /** Watched components the feed did not list; their absence makes the state unknown. */
  missing: z.array(z.string()).default([]),
  /** The vendor's own "last changed" time for its page, when the feed gives one (the browser re-check refuses older data). */
  vendorUpdatedAt: isoTime.nullable().default(null),
  /** Unresolved incidents that touch the watched components (or the whole page when none are watched). */
  incidents: z.array(incidentSchema).default([]),
  /** Maintenances in progress or scheduled. */
  maintenances: z.array(incidentSchema).default([]),
  /** Incidents resolved in the last days, newest first. */
  recentIncidents: z.array(incidentSchema).default([]),
});

export const snapshotSchema = z.object({
  /** When the refresh step wrote this file. */
  generatedAt: isoTime,
  /** Readings older than this are shown as unknown. */
  maxAgeMinutes: z.number().int().positive().default(360),
  /** One entry per tool id. */
  tools: z.record(z.string(), toolStatusSchema),
});

export type ComponentStatus = z.infer<typeof componentStatusSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type ToolStatus = z.infer<typeof toolStatusSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
