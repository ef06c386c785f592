import { z } from 'astro/zod';

/**
 * The tools we cover. Their ids are permanent: they are the first segment of every URL. The registry check fails
 * when one of them has no content/tools/<id>.yaml (and so no hub page).
 */
export const TOOL_IDS = [
  'claude-code',
  'codex',
  'cursor',
  'github-copilot',
  'cline',
  'windsurf',
  'continue',
  'gemini-cli',
  'opencode',
  'aider',
  'kiro',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Lowercase words joined by single hyphens: the only shape a permanent id may take. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const kebabId = (what: string) =>
  z.string().regex(KEBAB, {
    error: `${what} must be kebab-case (lowercase letters, digits, single hyphens), e.g. "stray-api-key"`,
  });

/** An https URL (sources, docs and status pages must be https). */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'must be an absolute https:// URL',
});

/** The states a status reading can have; `unknown` whenever we cannot honestly say more. */
export { STATUS_STATES, type StatusState } from '../lib/status-vocab.ts';
