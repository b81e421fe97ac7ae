/**
 * `<job-detail>` on first need. The detail is the only element that renders HTML, so it brings
 * DOMPurify: a page of cards should not pay for it until someone opens a job.
 */
let loading: Promise<unknown> | undefined;

/** Loads and registers `<job-detail>` once; resolves when the tag is defined. */
export function loadJobDetail(): Promise<unknown> {
  loading ??= import('./define.js').then(() => customElements.whenDefined('job-detail'));
  return loading;
}
