/**
 * The Content Security Policy the README and SECURITY.md recommend: `csp.test.ts` shows that the
 * built bundle works under it with no violation, and `docs.test.ts` that both documents quote it.
 */

/**
 * Every Trusted Types policy the bundle creates: Lit's templates, DOMPurify's parser input (only
 * in browsers without the HTML Sanitizer API, whose `setHTML` is no sink), and the text of the
 * JSON-LD script (a script's text is a sink even for `application/ld+json`).
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify', 'job-widgets'];

export const csp = (policies: readonly string[]): string =>
  `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies.join(' ')}`;

export const RECOMMENDED_CSP = csp(TRUSTED_TYPES_POLICIES);
