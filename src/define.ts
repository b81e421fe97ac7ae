/**
 * Registration that tolerates being run twice: a page may load the library from two bundles
 * (a CDN script and an app chunk), and the second `customElements.define` of a tag would throw.
 *
 * On a page with elements a server rendered (`job-widgets/ssr`: a `job-*` element with a shadow
 * root before it is defined), Lit's hydration support is loaded first, in a small chunk with the
 * library's own hydration work (`components/shared/hydration.ts`), and installed before any
 * element is defined, so that they keep the server's nodes. A page without
 * one loads nothing more and defines at once.
 */
import { LitElement } from 'lit';
import { hydrationInstalled, installHydrationSide } from './components/shared/prerender.js';

let hydration: Promise<void> | undefined | false;

/** Registers `ctor` as `tag` unless the tag is already defined (on a prerendered page, once hydration support is in). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const define = (): void => {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  };
  hydration ??= prerendered() && installHydration();
  if (hydration) void hydration.then(define);
  else define();
}

// Read once, at the first definition: the elements in the page's HTML.
function prerendered(): boolean {
  if (typeof document === 'undefined') return false;
  return [...document.querySelectorAll('job-list, job-detail, job-card')].some((element) => element.shadowRoot);
}

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
type WithHydrateSupport = typeof globalThis & { litElementHydrateSupport?: HydrateSupport };

// The module sets a global that Lit reads when it loads; this Lit has loaded, so it is called
// here, and the global is put back as it was, for other copies of Lit on the page.
async function installHydration(): Promise<void> {
  const global = globalThis as WithHydrateSupport;
  const previous = global.litElementHydrateSupport;
  try {
    const { hydrationSide } = await import('./components/shared/hydration.js');
    // An app may have installed Lit's support itself; the chunk's own part is needed all the same.
    if (!hydrationInstalled()) global.litElementHydrateSupport?.({ LitElement });
    installHydrationSide(hydrationSide);
  } catch (error) {
    // Without it the elements render afresh (see `shared/prerender.ts`), which is still a page.
    console.warn('job-widgets: could not load hydration support; server-rendered elements render again.', error);
  } finally {
    global.litElementHydrateSupport = previous;
  }
}
