/**
 * The jobs as an RSS 2.0 feed (https://www.rssboard.org/rss-specification) for aggregators and
 * feed readers: one `<item>` per open job, linking to its page (the base URL plus `<id>/`,
 * the same address `--pages` writes and `href-template` links to). Pure.
 */
import type { Job, Organization } from '../feed/types.js';
import { canonicalLocale } from '../format/locale.js';
import { endOfValidity } from '../feed/validity.js';
import { escapeText, escapeXml } from '../sanitize/escape.js';
import { filterRawHtml } from './html-filter.js';
import { BODY_HEADING_LEVEL } from './markdown.js';
import { checkBaseUrl, checkOrganization, checkWebUrl, jobPageUrl } from './site.js';

export interface RssOptions {
  /** The absolute URL of the jobs' pages: the channel's `link`, and each item's is this plus `<id>/`. */
  baseUrl: string;
  /** Who is hiring: names the channel, and its logo is the channel's image. */
  organization?: Organization | undefined;
  /** The channel's title; defaults to "<organization> jobs", else "Jobs". */
  title?: string | undefined;
  /** The channel's description; defaults to "Open positions at <organization>", else "Open positions". */
  description?: string | undefined;
  /** The absolute URL the RSS file itself is served from, for `<atom:link rel="self">`. */
  selfUrl?: string | undefined;
  /** The channel's `<language>`, when all its postings share one. */
  lang?: string | undefined;
  /** When the feed was built (`lastBuildDate`); defaults to `now`. */
  generated?: string | Date | undefined;
  /** The clock expired jobs are judged by: they are left out. Defaults to now. */
  now?: Date | undefined;
}

/** The RSS 2.0 document for `jobs`. Throws a `TypeError` for a bad base URL, organization or `selfUrl`. */
export function renderRss(jobs: Iterable<Job>, options: RssOptions): string {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const organization = options.organization && checkOrganization(options.organization);
  const selfUrl = options.selfUrl === undefined ? undefined : checkWebUrl(options.selfUrl, 'the RSS feed\'s own URL');
  const now = (options.now ?? new Date()).getTime();
  const title = options.title?.trim() || (organization ? `${organization.name} jobs` : 'Jobs');
  const description = options.description?.trim() || (organization ? `Open positions at ${organization.name}` : 'Open positions');

  const channel = [
    element('title', title),
    element('link', baseUrl),
    element('description', description),
    selfUrl && `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    options.lang && element('language', canonicalLocale(options.lang)),
    element('lastBuildDate', rfc822(options.generated ?? new Date(now))),
    element('generator', 'job-widgets'),
    organization?.logo &&
      `<image>${element('url', organization.logo)}${element('title', title)}${element('link', baseUrl)}</image>`,
  ];
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n`;
  out += channel.filter(Boolean).join('\n') + '\n';
  for (const job of jobs) {
    if (job.validThrough && endOfValidity(job.validThrough) < now) continue;
    out += item(job, baseUrl) + '\n';
  }
  return out + '</channel>\n</rss>\n';
}

function item(job: Job, baseUrl: string): string {
  const link = jobPageUrl(baseUrl, job.id);
  const body = filterRawHtml(job.html ?? '', { minHeadingLevel: BODY_HEADING_LEVEL }).trim();
  const summary = job.summary?.trim();
  // Entity-encoded HTML, as RSS 2.0 has it: the summary, then the body (or the one there is).
  const description = [summary && `<p>${escapeText(summary)}</p>`, body].filter(Boolean).join('\n');
  const parts = [
    element('title', job.title),
    element('link', link),
    // The page's address is the job's for good: the id never changes while the job is open.
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    job.datePosted && !Number.isNaN(Date.parse(job.datePosted)) && element('pubDate', rfc822(job.datePosted)),
    description && element('description', description),
    job.department && element('category', job.department),
  ];
  return `<item>\n${parts.filter(Boolean).join('\n')}\n</item>`;
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/**
 * A date as RFC 822 wants it, with a four-digit year as RFC 1123 updated it and every RSS
 * reader expects: `Fri, 01 May 2026 00:00:00 GMT`. A date-only value is midnight UTC.
 */
export function rfc822(value: string | Date): string {
  return (typeof value === 'string' ? new Date(Date.parse(value)) : value).toUTCString();
}
