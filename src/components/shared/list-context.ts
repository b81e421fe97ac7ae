/**
 * What a `<job-list>` hands down to the cards and the detail it renders, as one value in one
 * property (`listContext`) rather than a property per setting: the list's `strings`, its clock
 * (`now`) and, for the detail's JSON-LD, the feed's organization and the list's `org-*`
 * attributes over it. An element's own properties win over it; outside a list it has none.
 *
 * Why not `@lit/context`: its provider and consumers find each other through DOM events sent when
 * they connect, and a server render (`@lit-labs/ssr`, the next step for these elements) connects
 * nothing unless an experimental flag is set, so the cards of a list rendered on a server would
 * lose the list's strings and clock. A property binding renders the same on a server and in the
 * browser, costs no bytes (`@lit/context` is about 1.1 kB gzip, 4% of the script-tag bundle) and
 * no event per card. The list renders its cards and its detail itself: nothing needs a provider
 * found through the tree. It hands the same object on while nothing in it changes, so that cards
 * re-render only when something they read changed, not on every update of the list (a keystroke
 * updates 30 cards, not 100).
 */
import type { Organization } from '../../feed/types.js';
import type { StringsOverride } from '../../i18n/strings.js';
import type { OrganizationAttributes } from './organization.js';
import type { PrerenderState } from './prerender.js';

export interface ListContext extends OrganizationAttributes {
  readonly strings: StringsOverride | undefined;
  /** The list's clock, when it has one; without it each element reads the time itself. */
  readonly now: Date | undefined;
  /** The language the list's words are pinned to while it repeats a server's render (`I18nController`). */
  readonly lang: string | undefined;
  /** The feed's organization, which the `org-*` attributes override. */
  readonly organization: Organization | undefined;
  /** The list's `apply-params`, for the detail's Apply link. */
  readonly applyParams?: string | undefined;
}

/**
 * A list's context, from its `strings`, its `now`, the server's state while the list repeats a
 * server's render (whose clock and language the cards and the detail then repeat too), the feed's
 * organization, the list's `org-*` attributes and its `apply-params`. A new object per call: the list memoizes it.
 */
export function listContext(
  strings: StringsOverride | undefined,
  now: Date | undefined,
  server: PrerenderState | undefined,
  organization: Organization | undefined,
  orgName?: string,
  orgUrl?: string,
  orgLogo?: string,
  applyParams?: string,
): ListContext {
  return { strings, now: server ? new Date(server.now) : now, lang: server?.lang, organization, orgName, orgUrl, orgLogo, applyParams };
}
