/**
 * The site's feed, built when `astro build` runs, from the markdown postings in `postings/` by the
 * package's own builder (what `npx job-widgets build` does): the page prerenders its list from it,
 * and `/jobs.json` serves it as the list's `src`.
 */
import { buildFeed, type BuiltFeed } from 'job-widgets/build';

// Vite reads the postings as text while it bundles the site, so no path depends on the folder
// the build runs from, and a posting added or edited is picked up by the next build.
const postings = import.meta.glob<string>('../postings/*.md', { query: '?raw', import: 'default', eager: true });

function build(): BuiltFeed {
  const result = buildFeed(Object.entries(postings).map(([path, text]) => ({ path, text })));
  // A posting with a mistake stops the build, with the file and line, as the CLI does.
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n'));
  return result;
}

export const built = build();
