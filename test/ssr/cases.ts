/**
 * The prerendered elements the browser tests hydrate, shared by the Node script that renders
 * them (`build-prerendered.ts`) and the tests that read `.generated/prerendered.json`.
 */

/** The server's clock: the fixture feed's jobs were posted in the days before it. */
export const SERVER_NOW = '2026-03-01T12:00:00.000Z';

export interface PrerenderedCases {
  /** A list of the fixture feed with `src`, `heading-level` and `org-name`. */
  list: string;
  /** A list with a `list-header` child. */
  header: string;
  /** A list with `lang="de"`. */
  german: string;
  /** A list rendered in English (the page's language as the server was told it). */
  english: string;
  /** A list with `href-template`. */
  links: string;
  /** A list scoped to a department (`department="Engineering"`). */
  scoped: string;
  /** A stand-alone detail with `src` and `job-id`. */
  detail: string;
}

/** The cases, as the Node step wrote them. */
export async function prerendered(): Promise<PrerenderedCases> {
  const response = await fetch(new URL('./.generated/prerendered.json', import.meta.url));
  return (await response.json()) as PrerenderedCases;
}
