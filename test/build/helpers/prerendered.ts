/** Pages that `job-widgets prerender` (or the Vite plugin) filled in. */
import { PRERENDER_END, PRERENDER_START } from '../../../src/build/prerender.js';

/** The page without what prerendering added: the markers and everything between them. */
export function withoutOutput(html: string): string {
  return html
    .split(PRERENDER_START)
    .map((part, i) => (i === 0 ? part : part.slice(part.indexOf(PRERENDER_END) + PRERENDER_END.length)))
    .join('');
}
