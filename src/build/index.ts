/**
 * The Node API (`job-widgets/build`): markdown postings to a job feed, the feed to job pages, a
 * sitemap and RSS, and pages prerendered with the feed's jobs. Everything here is pure and returns
 * structured results (the only file read is the page template shipped with the package);
 * printing, exit codes and files belong to the CLI and the Vite plugin.
 *
 * @packageDocumentation
 */
import type { Diagnostic } from './types.js';

export { parsePosting, MAX_POSTING_BYTES } from './parse-posting.js';
export { buildFeed, FeedBuilder } from './feed-builder.js';
export { buildFeedInParallel } from './parallel.js';
export { FIELD_KEYS } from './fields.js';
export { renderJobPages, JobPageRenderer, type JobPage, type JobPagesOptions, type SitemapFile } from './job-pages.js';
export { parsePageTemplate, PAGE_PLACEHOLDERS, type PageTemplate, type PlaceholderName } from './page-template.js';
export { renderRss, type RssOptions } from './rss.js';
export { prerenderPage, parseFeed, type ElementRenderer, type ParsedFeed, type PrerenderOptions, type PrerenderResult } from './prerender.js';
export type * from './types.js';
export type { Feed, FeedIndex, Job, JobSummary, Organization, Salary, EmploymentType, SalaryUnit } from '../feed/types.js';

/** `path:line: message` (only `message` for a problem of the whole build), then the hint on its own indented line. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const label = diagnostic.severity === 'warning' ? 'warning: ' : '';
  const hint = diagnostic.hint ? `\n    ${diagnostic.hint}` : '';
  const place = diagnostic.file === '' ? '' : `${diagnostic.file}:${diagnostic.line}: `;
  return `${place}${label}${diagnostic.message}${hint}`;
}
