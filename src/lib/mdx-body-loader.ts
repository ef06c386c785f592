/**
 * The error pages' loader: Astro's glob loader, except that the entries do not become Vite modules (see
 * src/lib/mdx-body.ts for why and how the bodies are rendered instead) and each new or changed body's MDX is checked
 * as it is loaded, so a mistake fails the build naming the file, line and column before any page is built.
 */
import { readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { bodyStartLine, checkBody, MdxBodyError } from './mdx-body-check.ts';

/**
 * Bumped when what the loader stores changes. Entries cached by a build that made modules of them (the data store
 * lives in the cache directory between deploys) would bring their modules back, so a new format starts over once.
 */
const FORMAT = 'mdx-bodies-1';

export function mdxBodies(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'agent-errors:mdx-bodies',
    async load(context) {
      if (context.meta.get('format') !== FORMAT) {
        context.store.clear();
        context.meta.set('format', FORMAT);
      }
      const root = context.config.root;
      const store: typeof context.store = {
        ...context.store,
        set(entry) {
          const { deferredRender: _module, ...rest } = entry;
          const { body, filePath } = rest;
          try {
            // The file is read again only to place an error: the loader hands over the body without its offset.
            if (body !== undefined && filePath) checkBody(filePath, body, () => bodyStartLine(readFileSync(new URL(filePath, root), 'utf8'), body));
          } catch (e) {
            // In `astro dev` (the loader is watching) the entry is kept, so its page shows the same error in the
            // browser's overlay rather than the old text; a build stops here.
            if (!context.watcher || !(e instanceof MdxBodyError)) throw e;
            context.logger.error(e.message);
          }
          return context.store.set(rest);
        },
        // The glob loader re-registers a cached entry's module here; there is none.
        addModuleImport() {},
      };
      return inner.load({ ...context, store });
    },
  };
}
