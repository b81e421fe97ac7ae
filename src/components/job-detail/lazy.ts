/**
 * `<job-detail>` on first need. The detail is the only element that renders HTML, so it brings
 * the sanitizer: a page of cards should not pay for it until someone opens a job. Where the
 * browser has no HTML Sanitizer API, DOMPurify's chunk is requested together with the detail's,
 * not after it, and the tag is defined once both are in.
 */
import { sanitizerApi } from '../../sanitize/sanitizer-api.js';

let loading: Promise<unknown> | undefined;

/** Loads and registers `<job-detail>` once; resolves when the tag is defined. */
export function loadJobDetail(): Promise<unknown> {
  loading ??= Promise.all([import('./define.js'), sanitizerApi() ? undefined : import('../../sanitize/dompurify.js')]).then(() =>
    customElements.whenDefined('job-detail'),
  );
  return loading;
}
