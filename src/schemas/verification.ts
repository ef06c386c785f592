import { z } from 'astro/zod';

/**
 * content/verification/<tool-id>.json: what `npm run verify:messages` found when it searched the tool's published
 * client packages for the messages its pages quote. Written only by that step, committed, re-validated by the build
 * (src/content.config.ts), shown beside each message and in errors.json.
 */

const version = z.string().regex(/^\d+\.\d+\.\d+/, { error: 'must be a version such as 2.1.332' });

export const MESSAGE_CHECK_STATUSES = ['found', 'partial', 'not-found'] as const;

export const messageCheckSchema = z.object({
  /** "<tool-id>/<error-id>" of the page quoting the message. */
  page: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** The message exactly as the page quotes it (the key: a reworded message is a new, unchecked one). */
  text: z.string().min(1),
  /**
   * In the latest published version: `found` (every piece), `partial` (some pieces: part of the message is written
   * elsewhere, e.g. by the server), `not-found`.
   */
  status: z.enum(MESSAGE_CHECK_STATUSES),
  /** The package that holds it (null when none of the checked versions of any package did). */
  package: z.string().nullable(),
  /** The pieces looked for (src/verify/fragments.ts) and whether the latest version holds each. */
  fragments: z.array(z.object({ text: z.string(), found: z.boolean() })),
  /** Earliest and latest checked version of `package` that held every piece (null: none of the checked versions did). */
  firstSeen: version.nullable(),
  lastSeen: version.nullable(),
});

export const verificationSchema = z.object({
  tool: z.string(),
  /** When the packages were searched. */
  checkedAt: z.iso.datetime({ offset: true }),
  /** The packages searched, with the latest version and every version that was checked. */
  packages: z.array(
    z.object({
      name: z.string(),
      latest: version,
      /** Versions searched (the latest, a spread over the whole history, and the edges found by bisection). */
      checked: z.array(version),
      /** How many versions the registry lists (the history the checked ones were picked from). */
      published: z.number().int().nonnegative(),
    }),
  ),
  /** One row per client message of the tool's pages. */
  messages: z.array(messageCheckSchema),
});

export type MessageCheck = z.infer<typeof messageCheckSchema>;
export type Verification = z.infer<typeof verificationSchema>;
