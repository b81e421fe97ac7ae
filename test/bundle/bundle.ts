/** The built script-tag bundle (`dist/cdn/job-widgets.js`, after `npm run build`), loaded as a company site loads it. */

// A path the browser fetches as it is: the bundle is not a module of the test's own graph.
const BUNDLE = '/dist/cdn/job-widgets.js';

/** What the tests use of the bundle's exports. */
export interface Bundle {
  loadJobDetail(): Promise<unknown>;
}

/** Loads the bundle (once per page) and returns its exports. */
export async function loadBundle(): Promise<Bundle> {
  return (await import(/* @vite-ignore */ BUNDLE)) as Bundle;
}

/** The bundle's files this page has requested whose path contains `part` (`chunks/dompurify-`). */
export function bundleRequests(part: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/') && path.includes(part));
}
