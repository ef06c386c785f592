import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { errorSchema } from './schemas/error.ts';
import { toolSchema } from './schemas/tool.ts';
import { topicSchema, compareSchema } from './schemas/topic.ts';
import { snapshotSchema } from './status/snapshot-schema.ts';
import { verificationSchema } from './schemas/verification.ts';
import { mdxBodies } from './lib/mdx-body-loader.ts';

/**
 * Where the content lives. CONTENT_DIR lets the tests build the site over a fixture tree of bad content
 * and check that the build fails with a message naming the file and the field.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** One YAML file per tool: content/tools/<tool-id>.yaml. */
const tools = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/tools`, pattern: '[^_]*.yaml' }),
  schema: toolSchema,
});

/**
 * One MDX file per error: content/errors/<tool-id>/<error-id>.mdx, so an entry's id is "<tool-id>/<error-id>".
 * Files starting with "_" are drafts and are not built. Bodies are compiled by their page, not as modules
 * (src/lib/mdx-body.ts).
 */
const errors = defineCollection({
  loader: mdxBodies({ base: `${CONTENT_DIR}/errors`, pattern: '*/[^_]*.mdx' }),
  // `tool` becomes a checked reference; related/elsewhere stay "<tool>/<id>" strings and are
  // resolved by the registry check (src/lib/registry.ts), which names the file and field when one doesn't.
  schema: errorSchema({ tool: reference('tools') }),
});

/** The status snapshot written by `npm run status:refresh` (one entry, id "snapshot"). */
const status = defineCollection({
  loader: file(`${CONTENT_DIR}/status/snapshot.json`, { parser: (text) => ({ snapshot: JSON.parse(text) }) }),
  schema: snapshotSchema,
});

/** Cross-tool hubs: content/topics/<topic-id>.mdx → /topics/<topic-id>/. */
const topics = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/topics`, pattern: '[^_]*.mdx' }),
  schema: topicSchema,
});

/** Comparisons: content/compare/<a>-vs-<b>.mdx → /compare/<a>-vs-<b>/. */
const compare = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/compare`, pattern: '[^_]*.mdx' }),
  schema: compareSchema,
});

/** What `npm run verify:messages` found in each tool's published client: content/verification/<tool-id>.json. */
const verification = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/verification`, pattern: '[^_]*.json' }),
  schema: verificationSchema,
});

export const collections = { tools, errors, status, topics, compare, verification };
export { z };
