/**
 * The Node API (`job-widgets/build`): markdown postings to a job feed. Everything here is pure
 * and returns structured results; printing, exit codes and files belong to the CLI and the Vite
 * plugin.
 */
import type { Diagnostic } from './types.js';

export { parsePosting, MAX_POSTING_BYTES } from './parse-posting.js';
export { buildFeed, FeedBuilder } from './feed-builder.js';
export { buildFeedInParallel } from './parallel.js';
export { FIELD_KEYS } from './fields.js';
export type * from './types.js';
export type { Feed, FeedIndex, Job, JobSummary, Salary, EmploymentType, SalaryUnit } from '../feed/types.js';

/** `path:line: message`, then the hint on its own indented line. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const label = diagnostic.severity === 'warning' ? 'warning: ' : '';
  const hint = diagnostic.hint ? `\n    ${diagnostic.hint}` : '';
  return `${diagnostic.file}:${diagnostic.line}: ${label}${diagnostic.message}${hint}`;
}
