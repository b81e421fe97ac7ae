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

/** One posting read: a job (written, or skipped as a draft or expired), or the reasons it is invalid. */
export type PostingResult =
  | {
      status: 'ok' | 'draft' | 'expired';
      job: Job;
      errors: [];
      warnings: Diagnostic[];
      /** 1-based line of the `id`/`slug` key, or 1 when the id comes from the file name. */
      idLine: number;
    }
  | { status: 'invalid'; job?: undefined; errors: Diagnostic[]; warnings: Diagnostic[] };

export interface BuildStats {
  /** Postings read. */
  files: number;
  /** Jobs written to the feed. */
  jobs: number;
  drafts: number;
  expired: number;
}

/** A feed built (`ok: true`, with the feed in three forms), or the errors that stopped it. */
export type BuildResult = BuiltFeed | FailedBuild;

export interface BuiltFeed {
  ok: true;
  /** The feed as data (parsed from `json` when first read). */
  readonly feed: Feed;
  /** The feed serialised exactly as it should be written (stable key order, trailing newline). */
  readonly json: string;
  /** `json` as UTF-8, ready to write; incremental builds reuse the bytes of unchanged jobs. */
  readonly bytes: Uint8Array;
  errors: [];
  warnings: Diagnostic[];
  stats: BuildStats;
}

export interface FailedBuild {
  ok: false;
  feed?: undefined;
  json?: undefined;
  bytes?: undefined;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  stats: BuildStats;
}
