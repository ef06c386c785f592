import type { ToolData } from '../schemas/tool.ts';
import type { ToolMeta } from '../status/render.ts';

/** The part of a tool file the status pieces need (src/status/render.ts), from a tool entry or a parsed file. */
export function toolMeta(t: { id: string; data: ToolData }): ToolMeta {
  const d = t.data;
  return {
    id: t.id,
    name: d.name,
    vendor: d.vendor,
    status: {
      provider: d.status.provider,
      page: d.status.page,
      apiBase: d.status.apiBase,
      components: d.status.components,
      browserRecheck: d.status.browserRecheck,
      note: d.status.note,
    },
    upstreams: d.upstreams,
    localModels: d.localModels,
  };
}
