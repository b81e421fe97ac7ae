/**
 * `<job-detail>` on first need. The detail is the only element that renders HTML, so it brings
 * the sanitizer: a page of cards should not pay for it until someone opens a job. Where the
 * browser has no HTML Sanitizer API, DOMPurify's chunk is requested together with the detail's,
 * not after it, and the tag is defined once both are in.
 */
import { defineElement } from '../../define.js';
import { sanitizerApi } from '../../sanitize/sanitizer-api.js';

let loading: Promise<unknown> | undefined;

/** Loads and registers `<job-detail>` once; resolves when the tag is defined. */
export function loadJobDetail(): Promise<unknown> {
  // The class, registered here rather than by importing define.js: the single-file bundle has the
  // class from the start (see vite.config.ts) and still registers it only now. On a prerendered
  // page the tag is defined once Lit's hydration support is in (`defineElement`).
  loading ??= Promise.all([import('./job-detail.js'), sanitizerApi() ? undefined : import('../../sanitize/dompurify.js')]).then(([{ JobDetail }]) => {
    defineElement('job-detail', JobDetail);
    return customElements.whenDefined('job-detail');
  });
  return loading;
}
