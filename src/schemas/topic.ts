import { z } from 'astro/zod';
import { httpsUrl } from './common.ts';

/** An error reference: "<tool-id>/<error-id>". */
const errorRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must name an error page as "<tool-id>/<error-id>"' });

/**
 * Front matter of `content/topics/<topic-id>.mdx`: a cross-tool hub for an idea that cuts across tools
 * (e.g. "overloaded vs rate limit vs quota vs billing"). URL: /topics/<topic-id>/ (permanent).
 */
export const topicSchema = z.object({
  /** The H1 and <title>. */
  title: z.string().min(10).max(65, { error: 'keep topic titles within 65 characters (search results cut longer ones)' }),
  /** Search snippet, 50–160 characters. */
  description: z.string().min(50).max(160),
  /** Error pages the hub groups, by tool, in the order shown. */
  errors: z.array(errorRef).min(2, { error: 'a topic hub links at least two error pages' }),
  /** First-party sources for the hub's own claims. */
  sources: z.array(z.object({ url: httpsUrl, label: z.string().min(3) })).min(1),
  /** When the facts were last checked. */
  lastVerified: z.coerce.date(),
});

/**
 * Front matter of `content/compare/<a>-vs-<b>.mdx`: one comparison. The fact table comes from the two tool files
 * (one place per fact); the body says what the table can't: how the same situation plays out in each.
 */
export const compareSchema = z.object({
  /** First tool id (the page is /compare/<a>-vs-<b>/; /compare/<b>-vs-<a>/ points here). */
  a: z.string(),
  /** Second tool id. */
  b: z.string(),
  /** Search snippet, 50–160 characters. */
  description: z.string().min(50).max(160),
  /** Same situation, different errors: pairs of error pages, one per tool. */
  situations: z
    .array(z.object({ situation: z.string().min(5), a: errorRef.optional(), b: errorRef.optional(), note: z.string().optional() }))
    .default([]),
  /** Sources for the claims in the body. */
  sources: z.array(z.object({ url: httpsUrl, label: z.string().min(3) })).min(1),
  /** When the facts were last checked. */
  lastVerified: z.coerce.date(),
});
