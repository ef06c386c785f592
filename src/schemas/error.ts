import { z } from 'astro/zod';
import { KEBAB, httpsUrl, kebabId } from './common.ts';

/** The fixed set of categories; each decides the status verdict and the waiting advice. */
export const CATEGORIES = [
  'billing',
  'auth',
  'rate-limit',
  'capacity',
  'network',
  'install',
  'context',
  'mcp-tools',
  'model-config',
  'permissions-region',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who prints a message (see messages[].origin). */
export const MESSAGE_ORIGINS = ['client', 'extension', 'installer', 'api', 'system'] as const;
export type MessageOrigin = (typeof MESSAGE_ORIGINS)[number];

/** Human names for the categories, used as group headings on the tool hubs. */
export const CATEGORY_LABELS: Record<Category, string> = {
  billing: 'Billing and credits',
  auth: 'Sign-in and API keys',
  'rate-limit': 'Rate limits and usage quotas',
  capacity: 'Server errors and overload',
  network: 'Network, proxy and TLS',
  install: 'Install and environment',
  context: 'Context and size limits',
  'mcp-tools': 'MCP servers and tools',
  'model-config': 'Model and configuration',
  'permissions-region': 'Permissions, policy and region',
};

/** A reference to another error page: "<tool-id>/<error-id>". */
const errorRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
  error: 'must name another page as "<tool-id>/<error-id>", e.g. "claude-code/invalid-api-key"',
});

/** Latest date allowed for lastVerified: today (UTC). A function so tests can pin "today". */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Front matter of `content/errors/<tool-id>/<error-id>.mdx`: the skeleton of one error page.
 * The MDX body holds the prose (see README, "Adding an error page").
 */
export const errorSchema = <Tool extends z.ZodType = z.ZodString>({
  now = new Date(),
  tool,
}: {
  /** "Today" for the lastVerified check (tests pin it). */
  now?: Date;
  /** The tool field's schema: a plain id by default, `reference('tools')` in content.config.ts. */
  tool?: Tool;
} = {}) =>
  z
    .object({
      /** The tool that prints this error: a file name in content/tools/ without ".yaml". */
      tool: (tool ?? z.string().regex(KEBAB, { error: 'must be a tool id such as "claude-code"' })) as Tool,
      /** The message as readers search it; the H1 becomes `<Tool> "<title>": causes and fixes`. */
      title: z.string().min(3).max(120),
      /** The search-result snippet: what the error means and what fixes it, ≤ 160 characters. */
      description: z.string().min(50, { error: 'write at least 50 characters: what it means and what fixes it' }).max(160, {
        error: 'must be 160 characters or fewer (search engines cut longer snippets); shorten it',
      }),
      /** Every verbatim form of the message the tool prints, first the one most readers see. */
      messages: z
        .array(
          z.object({
            /** The message exactly as printed (copy it, don't retype it). */
            text: z.string().min(3).max(600),
            /** Which form this is: "current", "legacy", "raw API", "VS Code", "v2.1.19x"… */
            variant: z.string().max(40).optional(),
            /**
             * Who prints it: `client` = the tool's own published client (its npm package, so `verify:messages`
             * can look for it); `extension` = an IDE extension or desktop app that is not published on npm (Cursor,
             * Windsurf, Copilot Chat); `installer` = the vendor's install script (install.sh, install.ps1), which is
             * served from the vendor's site and is not in the npm package either; `api` = a body the vendor's server wrote, relayed as is; `system` = the
             * shell, the OS or another program (npm, node, git).
             */
            origin: z.enum(MESSAGE_ORIGINS, {
              error: `origin is required: say who prints this message, one of ${MESSAGE_ORIGINS.join(', ')} (client = the tool's published client)`,
            }),
            /** False for an older wording the tool no longer prints (keep it: readers still paste it). */
            current: z.boolean().default(true),
            /**
             * The message's stable parts, when the automatic split (at numbers, quotes, URLs, paths) gets them wrong:
             * the pieces of the text that the tool's code holds literally. Used by `verify:messages`.
             */
            fragments: z.array(z.string().min(4)).optional(),
            /**
             * A published version known to print this wording (found by hand, or named in a report), e.g. "0.0.360".
             * `verify:messages` checks that version too, besides its samples: short-lived wordings fall between them.
             */
            seenIn: z
              .string()
              .regex(/^\d+\.\d+\.\d+$/, { error: 'seenIn is one published version, like "2.0.56" (no range, no "v")' })
              .optional(),
          }),
          { error: 'messages is required: list the verbatim message(s), e.g. messages: [{ text: "Credit balance is too low" }]' },
        )
        .min(1, { error: 'list at least one verbatim message: messages: [{ text: "…" }]' }),
      /** HTTP status behind the error, when there is one. */
      httpStatus: z.number().int().min(100).max(599).optional(),
      /** The API's error type, e.g. "overloaded_error". */
      apiErrorType: z.string().optional(),
      /** One of the fixed categories (see CATEGORIES). */
      category: z.enum(CATEGORIES, {
        error: (issue) =>
          `unknown category${issue.input === undefined ? '' : ` "${String(issue.input)}"`}; use one of: ${CATEGORIES.join(', ')}`,
      }),
      /** Does waiting clear it? `yes` (capacity), `sometimes`, `no` (billing, auth, config). */
      waiting: z.object({
        verdict: z.enum(['yes', 'no', 'sometimes'], { error: 'waiting.verdict must be yes, no or sometimes' }),
        /** Why, in one or two sentences specific to this error. */
        why: z.string().min(20),
      }),
      /** Distinct, real causes, most common first; the MDX body's <Fix cause="…"> blocks refer to these ids. */
      causes: z
        .array(
          z.object({
            /** Permanent anchor id (kebab-case); the page links #cause-<id>. */
            id: kebabId('causes[].id'),
            /** The cause in one or two sentences. */
            text: z.string().min(10),
          }),
        )
        .min(1, { error: 'list at least one cause' }),
      /**
       * The first-screen answer: the most likely cause and its fix, in a line each ("Most likely: … → Fix: …").
       * Written for this page, not generated; the fix links to the first <Fix> step that addresses `cause`.
       */
      quickFix: z
        .object({
          /** The id of the most likely cause (one of causes[].id). */
          cause: kebabId('quickFix.cause'),
          /** That cause in a few words, for a phone screen (≤ 110 characters). */
          likely: z.string().min(10).max(110, { error: 'keep quickFix.likely to 110 characters: it must fit the first screen of a phone' }),
          /** What to do, as an imperative (≤ 90 characters); links to the step. */
          fix: z.string().min(5).max(90, { error: 'keep quickFix.fix to 90 characters: it must fit the first screen of a phone' }),
        }, { error: 'quickFix is required: quickFix: { cause: <most likely cause id>, likely: "<that cause, ≤ 110 chars>", fix: "<what to do, ≤ 90 chars>" }' }),
      /** Other pages of the same tool a reader of this one may need ("<tool-id>/<error-id>"). */
      related: z.array(errorRef).default([]),
      /** The same failure as another tool prints it ("<tool-id>/<error-id>"). */
      elsewhere: z.array(errorRef).default([]),
      /** Questions readers ask, with answers that add to the body rather than repeat it. */
      faq: z.array(z.object({ q: z.string().min(5), a: z.string().min(20) })).default([]),
      /** First-party sources the facts were checked against (docs, the tool's issue tracker, changelog). */
      sources: z
        .array(z.object({ url: httpsUrl, label: z.string().min(3) }), {
          error: 'sources is required: add at least one https source, e.g. sources: [{ url: https://…, label: … }]',
        })
        .min(1, { error: 'add at least one https source: sources: [{ url: https://…, label: … }]' }),
      /** The day these facts were last checked against the sources (YYYY-MM-DD). */
      lastVerified: z.coerce.date({ error: 'lastVerified must be a date such as 2026-11-24' }).refine((d) => d <= todayUtc(now), {
        error: 'lastVerified is in the future; use the day you checked the sources (YYYY-MM-DD, not later than today)',
      }),
      /** Versions in which the message was seen, e.g. "2.0.x–2.1.19x". */
      versionsSeen: z.string().optional(),
      /** Rank among this tool's most-searched errors (1 = most; from how often its issue tracker reports it); only ranked pages are featured on the home page and the hub. */
      popular: z.number().int().min(1).optional(),
      /** Set when the tool no longer prints this message; the page stays at its URL. */
      retired: z.object({ since: z.coerce.date(), note: z.string().min(10) }).optional(),
      /** Guided diagnosis: questions answerable from a terminal, each answer pointing at a cause. */
      diagnose: z
        .array(
          z.object({
            q: z.string().min(5),
            /** A command that answers the question, per OS where it differs. */
            how: z.string().optional(),
            answers: z.array(z.object({ label: z.string().min(1), cause: kebabId('diagnose[].answers[].cause') })).min(2),
          }),
        )
        .default([]),
    })
    .superRefine((d, ctx) => {
      const ids = new Set<string>();
      d.causes.forEach((c, i) => {
        if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['causes', i, 'id'], message: `duplicate cause id "${c.id}"; ids must be unique` });
        ids.add(c.id);
      });
      if (d.quickFix && !ids.has(d.quickFix.cause))
        ctx.addIssue({ code: 'custom', path: ['quickFix', 'cause'], message: `names no cause "${d.quickFix.cause}"; use one of: ${[...ids].join(', ')}` });
      d.diagnose.forEach((q, i) =>
        q.answers.forEach((a, j) => {
          if (!ids.has(a.cause))
            ctx.addIssue({
              code: 'custom',
              path: ['diagnose', i, 'answers', j, 'cause'],
              message: `names no cause "${a.cause}"; use one of: ${[...ids].join(', ')}`,
            });
        }),
      );
    });

export type ErrorData = z.infer<ReturnType<typeof errorSchema>>;
