/**
 * What the build is told about the site around the feed: who is hiring (the feed's
 * `organization`) and where job pages live (the base URL). Both are checked once, when the
 * build is configured, so that a typo fails at once with a clear message instead of writing
 * structured data or links that search engines reject.
 */
import type { Organization } from '../feed/types.js';
import { isWebUrl, safeUrl } from '../sanitize/url.js';

/**
 * The organization as the feed stores it: the name trimmed, the URLs normalised (`new URL`).
 * Throws a `TypeError` naming the field for an empty name or a URL that is not an absolute
 * `http:`/`https:` one (a logo at `/logo.png` means nothing to a search engine).
 */
export function checkOrganization(organization: Organization): Organization {
  const name = typeof organization.name === 'string' ? organization.name.trim() : '';
  if (!name) throw new TypeError('the organization needs a name');
  const checked: Organization = { name };
  for (const key of ['url', 'logo'] as const) {
    const value = organization[key];
    if (value === undefined) continue;
    if (!isWebUrl(value)) {
      throw new TypeError(`the organization's ${key} must be an absolute http(s) URL, such as https://example.com${key === 'logo' ? '/logo.png' : '/'}, not "${String(value)}"`);
    }
    checked[key] = new URL(safeUrl(value)!).href;
  }
  return checked;
}

/** The organization as JSON, its keys in the schema's order so that feeds diff cleanly. */
export function serializeOrganization(organization: Organization): string {
  const { name, url, logo } = organization;
  return JSON.stringify({ name, ...(url !== undefined && { url }), ...(logo !== undefined && { logo }) });
}

/**
 * The address of the folder that holds the job pages (`https://example.com/jobs/`), normalised
 * to end with `/` so that a job's page is the base URL plus `<id>/`. Throws a `TypeError` for
 * anything but an absolute `http:`/`https:` URL without query or fragment.
 */
export function checkBaseUrl(value: string): string {
  if (!isWebUrl(value)) {
    throw new TypeError(`the base URL must be an absolute http(s) URL such as https://example.com/jobs/, not "${value}"`);
  }
  const url = new URL(safeUrl(value)!);
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new TypeError(`the base URL "${value}" must not have a query or fragment: job pages are the base URL plus <id>/`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `value` normalised, or a `TypeError` saying that `what` must be an absolute http(s) URL. */
export function checkWebUrl(value: string, what: string): string {
  if (!isWebUrl(value)) throw new TypeError(`${what} must be an absolute http(s) URL, not "${value}"`);
  return new URL(safeUrl(value)!).href;
}

/** The URL of a job's page: the base URL plus `<id>/` (ids are URL-safe slugs, encoded anyway). */
export function jobPageUrl(baseUrl: string, id: string): string {
  return `${baseUrl}${encodeURIComponent(id)}/`;
}
