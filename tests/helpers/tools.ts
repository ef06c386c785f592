/** The tool ids the content defines (content/tools/<id>.yaml; files starting with "_" are drafts). */
import { readdirSync } from 'node:fs';

export function toolIds(contentDir = process.env.CONTENT_DIR ?? 'content'): string[] {
  return readdirSync(`${contentDir}/tools`)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}
