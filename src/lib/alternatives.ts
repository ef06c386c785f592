/**
 * "Alternatives when <Tool> is down": every other tool, with its own state and what switching to it means.
 * The point readers care about: an alternative that sends requests to the same model provider is hit by
 * the same upstream outage.
 */
import type { StatusState } from '../schemas/common.ts';

export interface Alternative {
  id: string;
  name: string;
  state: StatusState;
  /** The down tool's model providers that this alternative may also use (e.g. ["anthropic"]). */
  sharedUpstreams: string[];
  /** True when the alternative only ever uses providers the down tool uses (so it's down too). */
  sameOutage: boolean;
  /** True when it can run on local models. */
  localModels: boolean;
  /** One sentence specific to this pair. */
  note: string;
}

const PROVIDER_NAMES: Record<string, string> = { anthropic: 'Anthropic', openai: 'OpenAI', google: 'Google', xai: 'xAI' };

export function alternativesFor(
  toolId: string,
  tools: { id: string; data: { name: string; upstreams: readonly string[]; localModels: boolean } }[],
  stateOf: (id: string) => StatusState,
): Alternative[] {
  const me = tools.find((t) => t.id === toolId);
  if (!me) return [];
  const mine = me.data.upstreams.filter((u) => u in PROVIDER_NAMES);
  return tools
    .filter((t) => t.id !== toolId)
    .map((t) => {
      const theirs = t.data.upstreams;
      const byok = theirs.includes('any-byok');
      const shared = mine.filter((u) => theirs.includes(u) || byok);
      const theirProviders = theirs.filter((u) => u in PROVIDER_NAMES);
      const sameOutage = theirProviders.length > 0 && theirProviders.every((u) => mine.includes(u)) && !byok && !t.data.localModels;
      const names = shared.map((u) => PROVIDER_NAMES[u]).join(' and ');
      let note: string;
      if (sameOutage) note = `Uses the same provider (${names}), so an outage at ${names} stops it too.`;
      else if (byok && shared.length)
        note = `Runs on whichever provider you configure; point it at a provider other than ${names}${t.data.localModels ? ' or a local model' : ''} to avoid the same outage.`;
      else if (byok) note = `Runs on whichever provider you configure${t.data.localModels ? ', including local models' : ''}.`;
      else if (shared.length) note = `Offers ${names} models too; pick a model from another provider while ${names} is down.`;
      else note = `Runs on different model providers, so it is not affected by the same upstream outage.`;
      return { id: t.id, name: t.data.name, state: stateOf(t.id), sharedUpstreams: shared, sameOutage, localModels: t.data.localModels, note };
    });
}
