/** The Node API's public types: what `parsePosting` and `buildFeed` take and give back. */
import type { Feed, Job } from '../feed/types.js';

/** A posting to build: its path (as it should appear in messages) and its text. */
export interface PostingSource {
  path: string;
  text: string;
}

export interface BuildOptions {
  /** The clock used to decide which postings have expired (defaults to now). */
  now?: Date;
  /** Keep postings whose `valid_through` has passed. */
  includeExpired?: boolean;
  /** Keep postings marked `draft: true`. */
  includeDrafts?: boolean;
  /** ISO 4217 code that a bare `$` (or another ambiguous symbol) in salary text stands for. */
  currency?: string;
}

/** A problem found in a posting, located and explained for the person who wrote it. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export type PostingStatus = 'ok' | 'draft' | 'expired' | 'invalid';

export interface PostingResult {
  status: PostingStatus;
  /** The job, unless the posting is invalid. */
  job?: Job;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export interface BuildStats {
  /** Postings read. */
  files: number;
  /** Jobs written to the feed. */
  jobs: number;
  drafts: number;
  expired: number;
}

export interface BuildResult {
  /** True when no posting had an error; only then are `feed`, `json` and `bytes` set. */
  ok: boolean;
  /** The feed as data (parsed from `json` when first read). */
  readonly feed?: Feed;
  /** The feed serialised exactly as it should be written (stable key order, trailing newline). */
  readonly json?: string;
  /** `json` as UTF-8, ready to write; incremental builds reuse the bytes of unchanged jobs. */
  readonly bytes?: Uint8Array;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  stats: BuildStats;
}
