/**
 * The one CSS line the README gives a page that embeds `<job-list>` with the script tag and does
 * not prerender it: the list's box is as tall as its loading state (controls, count and three
 * placeholder cards: 39–46em in the default look, the most at narrow widths) from the first
 * paint, before the script has run, through the upgrade, until the jobs arrive. It applies
 * whether or not the element is defined, since a rule for `:not(:defined)` alone would let go of
 * the height at the upgrade and the content under a shorter list would move up; `[hidden]` is
 * left alone, since the page's `display` would win over the element's own `:host([hidden])`.
 * `layout-shift.test.ts` shows it working, `docs.test.ts` that the README and the demo quote it.
 */
export const RESERVED_HEIGHT_CSS = 'job-list:not([hidden]) { display: block; min-block-size: 46em; }';
