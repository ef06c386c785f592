// The status slot markers the build writes around every status piece of a page: <!--s:kind:arg…-->…<!--/s-->.
// One pattern for the code that rewrites slots (src/status/slots.ts) and the code that must see past them
// (src/integrations/pagefind-cache.mjs). Plain JavaScript, so the Astro config's integrations can import it too.
export const SLOT = /<!--s:([a-z]+)((?::[a-z0-9-]*)*)-->[\s\S]*?<!--\/s-->/g;
