/**
 * Where a job's Apply link goes: its `applyUrl` when that is an absolute web or `mailto:` URL,
 * else a `mailto:` link for its `contact`, an email address as people write one. Through the one
 * URL allow-list (`url.ts`), in a module of its own so that a page of cards, which has no Apply
 * link, does not load the address rules: `<job-detail>` and the build's job pages use them.
 */
import { isWebUrl, safeUrl } from './url.js';

/**
 * The `href` of an Apply link, or `undefined`: an absolute `https:`, `http:` or `mailto:` URL
 * that passes the allow-list. Relative URLs are refused, because a feed from another site would
 * make them point into the page that shows it.
 */
export function applyHref(raw: unknown, params?: string): string | undefined {
  if (isWebUrl(raw)) return withParams(safeUrl(raw)!, params);
  const url = safeUrl(raw);
  return url !== undefined && /^mailto:./i.test(url) ? url : undefined;
}

/**
 * A site's attribution (`apply-params`, for example `utm_source=careers&utm_medium=site`) added
 * to a web address's query, replacing parameters of the same name. The names and values are
 * encoded as query data by the URL parser, so no value can change the scheme, host or path; the
 * result goes through the allow-list again all the same. Never for `mailto:` links, where they
 * would end up in the email.
 */
function withParams(url: string, params: string | undefined): string | undefined {
  if (!params) return url;
  const parsed = new URL(url);
  for (const [name, value] of new URLSearchParams(params)) if (name) parsed.searchParams.set(name, value);
  return safeUrl(parsed.href);
}

/**
 * A plain email address: a local part that neither starts nor ends with a dot nor holds two in a
 * row, `@`, and a domain of dot-separated labels. Letters beyond ASCII are allowed (`jöbs@exämple.com`).
 * The feed's JSON Schema uses this same pattern for `contact`.
 */
export const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)[^\s@<>()[\]\\,;:"]+(?<!\.)@(?:[^\s@<>()[\]\\,;:".]+\.)+[^\s@<>()[\]\\,;:".]+$/;
const EMAIL = EMAIL_PATTERN;

/** True for a plain email address such as `jobs@example.com`. */
export function isEmail(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length <= 254 && EMAIL.test(raw);
}

/**
 * The plain address in a contact as people write it: `jobs@example.com`,
 * `mailto:jobs@example.com`, or `Jobs Team <jobs@example.com>` as mail programs write it.
 * `undefined` when there is no single valid address.
 */
export function emailAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const inBrackets = /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value;
  const address = inBrackets.trim().replace(/^mailto:/i, '').trim();
  return isEmail(address) ? address : undefined;
}

/** The `mailto:` link for a contact (see `emailAddress`), or `undefined` when it has no address. */
export function mailtoUrl(contact: unknown): string | undefined {
  const address = emailAddress(contact);
  return address === undefined ? undefined : `mailto:${encodeURI(address)}`;
}
