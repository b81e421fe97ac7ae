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
export function applyHref(raw: unknown): string | undefined {
  if (isWebUrl(raw)) return safeUrl(raw);
  const url = safeUrl(raw);
  return url !== undefined && /^mailto:./i.test(url) ? url : undefined;
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
