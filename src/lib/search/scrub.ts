/**
 * Removes what a reader would not want to publish from a paste before it goes into a pre-filled GitHub issue ("Ask
 * for a page about this error"): API keys and tokens, bearer/basic credentials, e-mail addresses, and the user name
 * in home-directory paths. Runs in the browser; nothing leaves the page until the reader opens the link.
 */

const RULES: [RegExp, string][] = [
  // Provider API keys and tokens (Anthropic, OpenAI, OpenRouter, GitHub, Google, AWS, Slack, xAI, Groq, Hugging Face…).
  [/\bsk-(?:ant-)?(?:[a-z]+-)*[A-Za-z0-9_-]{16,}/g, '<API key>'],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '<GitHub token>'],
  [/\bAIza[0-9A-Za-z_-]{30,}\b/g, '<Google API key>'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, '<AWS key>'],
  [/\b(?:xai|gsk|hf|xox[abpr])[-_][A-Za-z0-9-_]{16,}\b/g, '<token>'],
  // JWTs (three base64url parts) and Authorization headers.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, '<token>'],
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{12,}/gi, '$1 <token>'],
  // key=value / "key": "value" pairs whose name says they are secret.
  [/((?:api[_-]?key|access[_-]?token|refresh[_-]?token|secret|password|passwd)["']?\s*[:=]\s*["']?)(?!<)[^\s"',}]{6,}/gi, '$1<secret>'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '<email>'],
  // Home directories: /Users/<name>, /home/<name>, C:\Users\<name> (and the same with forward slashes).
  [/(\/(?:Users|home)\/)[^/\s"'`]+/g, '$1<user>'],
  // Windows user names may hold spaces ("Bob Smith"); the segment ends at the next separator.
  [/([A-Za-z]:[\\/]+Users[\\/]+)[^\\/\n"'`]+/gi, '$1<user>'],
];

export function scrub(paste: string): string {
  return RULES.reduce((text, [re, to]) => text.replace(re, to), paste);
}
