/**
 * How `<job-detail>` renders a posting's body where there is no DOM: a server render
 * (`@lit-labs/ssr`), where there is neither the browser's HTML Sanitizer nor a document for
 * DOMPurify to work in. A feed may not come from our
 * build, so the elements never write a body into a page unsanitized: the server sets how, for
 * example with the build's raw-HTML filter, which applies the same policy (`policy.ts`) to text,
 * and Lit's `unsafeHTML` for what it returns. (The function returns what to render rather than a
 * string so that the browser bundle carries no `unsafeHTML`.) Without one, a server renders the
 * body's placeholder, and the browser fills it in, sanitized with DOMPurify, when the element
 * upgrades.
 */

/**
 * Renders a body's HTML on a server: what Lit renders in its place, sanitized under the policy.
 * `topLevel` is the level of the body's highest heading below the title (the browser places
 * the headings so; `job-widgets/ssr` does too).
 */
export type ServerBody = (html: string, topLevel: number) => unknown;

let serverBody: ServerBody | undefined;

/**
 * Sets (or, with `undefined`, clears) how bodies render when the elements render on a server;
 * returns the one it replaces.
 */
export function setServerBody(render: ServerBody | undefined): ServerBody | undefined {
  const previous = serverBody;
  serverBody = render;
  return previous;
}

/** What a server renders for the body `html`; `undefined` when no `setServerBody` was made. */
export function renderServerBody(html: string, topLevel: number): unknown {
  return serverBody?.(html, topLevel);
}
