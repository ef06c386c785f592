import { z } from 'astro/zod';
import { httpsUrl, kebabId } from './common.ts';

/** Kinds of official status feed we can read. `none`: the tool has no official status page. */
export const STATUS_PROVIDERS = ['statuspage', 'incidentio', 'gatus', 'google-cloud', 'none'] as const;

/** How each kind of feed is named on pages. */
export const STATUS_PROVIDER_LABELS: Record<(typeof STATUS_PROVIDERS)[number], string> = {
  statuspage: 'Atlassian Statuspage',
  incidentio: 'incident.io',
  gatus: 'Gatus',
  'google-cloud': 'Google Cloud Service Health',
  none: 'no official page',
};

/** Where a tool runs. */
export const SURFACES = ['cli', 'ide', 'desktop', 'web'] as const;

/** Model providers a tool's requests can go to; used to say which alternatives share an outage. */
export const UPSTREAMS = ['anthropic', 'openai', 'google', 'xai', 'vendor-hosted', 'any-byok', 'local'] as const;

const component = z.object({
  /** The component id on the vendor's status page (matched first). */
  id: z.string().min(1),
  /** The component's display name (matched when the id is not found, e.g. after the vendor re-creates it). */
  name: z.string().min(1),
});

/** Front matter of `content/tools/<tool-id>.yaml`: one file per tool. */
export const toolSchema = z.object({
  /** Display name, e.g. "Claude Code". */
  name: z.string().min(1),
  /** The company that makes it, e.g. "Anthropic". */
  vendor: z.string().min(1),
  /** One or two sentences: what the tool is, for its hub page. */
  summary: z.string().min(20).max(400),
  /** The tool's home page. */
  homepage: httpsUrl,
  /** Official documentation entry point. */
  docs: httpsUrl,
  /** Official troubleshooting or error-reference page, when there is one. */
  troubleshooting: httpsUrl.optional(),
  /** The official status feed and the components that matter for this tool. */
  status: z
    .object({
      /** Kind of feed (decides which reader parses it). */
      provider: z.enum(STATUS_PROVIDERS),
      /** The public status page readers should open; absent when provider is `none`. */
      page: httpsUrl.optional(),
      /** Base URL the API paths are resolved under (e.g. https://status.claude.com). */
      apiBase: httpsUrl.optional(),
      /** Second origin tried when the first answers with a challenge page or non-JSON. */
      fallbackApiBase: httpsUrl.optional(),
      /** Components that decide this tool's state; an empty list means the page-wide indicator. */
      components: z.array(component).default([]),
      /**
       * True when the feed answers cross-origin reads (Access-Control-Allow-Origin: *), so the reader's browser may
       * re-check it after load. Only Statuspage-format feeds (summary.json) are re-checked.
       */
      browserRecheck: z.boolean().default(false),
      /** What readers should check instead, when provider is `none` (or a caveat about the page). */
      note: z.string().optional(),
    })
    .superRefine((s, ctx) => {
      if (s.provider !== 'none' && (!s.page || !s.apiBase)) {
        ctx.addIssue({
          code: 'custom',
          message: `status.page and status.apiBase are required when status.provider is "${s.provider}"; use provider: none if the tool has no official status page`,
        });
      }
      if (s.provider === 'none' && !s.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'say where readers should look instead when provider is none' });
      }
    }),
  /** How readers sign in and pay, in one or two sentences. */
  authBilling: z.string().min(20),
  /** How usage limits work, in one or two sentences. */
  usageLimits: z.string().min(20),
  /** Which models the reader can pick, in one sentence. */
  modelChoice: z.string().min(10),
  /** Where the tool runs. */
  surfaces: z.array(z.enum(SURFACES)).min(1),
  /** Where its requests go by default; decides which alternatives share an outage. */
  upstreams: z.array(z.enum(UPSTREAMS)).min(1),
  /** True when the tool can run fully on local models (no vendor outage can stop it). */
  localModels: z.boolean().default(false),
  /** Whether the source code is public under an open-source licence. */
  openSource: z.boolean(),
  /**
   * The tool's client as published on npm, for `npm run verify:messages`: the packages searched for the messages
   * its pages mark `origin: client`. Absent when the tool publishes no client (the pages then say the messages were
   * checked against the vendor's docs and reports only).
   */
  client: z
    .object({
      npm: z
        .array(
          z.object({
            /** Package name, e.g. "@anthropic-ai/claude-code-linux-x64". */
            package: z.string().min(1),
            /** For packages that publish each platform build as a suffixed version of one package ("-linux-x64"). */
            versionSuffix: z.string().optional(),
          }),
        )
        .min(1),
    })
    .optional(),
  /** Public source repository or issue tracker. */
  repo: httpsUrl.optional(),
  /** Sources for the facts in this file. */
  sources: z.array(z.object({ url: httpsUrl, label: z.string().min(3) })).min(1, {
    error: 'add at least one source for the tool facts: sources: [{ url: https://…, label: … }]',
  }),
  /** When these facts were last checked. */
  lastVerified: z.coerce.date(),
  /** Order on the home page (lower first). */
  order: z.number().int().default(100),
});
export type ToolData = z.infer<typeof toolSchema>;
export { kebabId };
