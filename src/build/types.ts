/** The Node API's public types: what `parsePosting` and `buildFeed` take and give back. */
import type { Feed, FeedIndex, Job, Organization } from '../feed/types.js';

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
  /**
   * Also make a split feed (`BuiltFeed.split`): a small index for lists plus one file per job,
   * fetched when the job is opened. `true` puts the job files in a folder named `jobs`.
   */
  split?: boolean | SplitOptions;
  /**
   * Who is hiring, written as the feed's `organization` (and a split feed's index's): the
   * `hiringOrganization` of the jobs' structured data. URLs must be absolute `http(s)`; the
   * builder throws a `TypeError` otherwise.
   */
  organization?: Organization;
}

export interface SplitOptions {
  /**
   * The folder that holds the job files, one path segment relative to the index (the CLI names
   * it after the index: `jobs.json` → `jobs`). Defaults to `jobs`.
   */
  folder?: string;
}

/**
 * A problem found in a posting, located and explained for the person who wrote it; or one of the
 * build as a whole (its options), with `file` `''` and `line` 0.
 */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line in the file (0 when `file` is `''`). */
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
  /** The same feed split into an index and job files, when the `split` option is set. */
  readonly split?: SplitFeed;
  /**
   * The feed's jobs in its order, each parsed from its JSON as it is reached: for writers that
   * handle one job at a time (job pages, RSS) without holding a large feed as objects.
   */
  readonly jobs: Iterable<Job>;
  errors: [];
  warnings: Diagnostic[];
  stats: BuildStats;
}

export interface FailedBuild {
  ok: false;
  feed?: undefined;
  json?: undefined;
  bytes?: undefined;
  split?: undefined;
  jobs?: undefined;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  stats: BuildStats;
}

/**
 * A split feed: write every file of `files` into `folder` (beside the index) first, then the
 * index, so that no reader sees an index entry whose file is missing.
 */
export interface SplitFeed {
  /** The folder for the job files, relative to the index. */
  folder: string;
  /** The index as data (parsed from `json` when first read). */
  readonly index: FeedIndex;
  /** The index serialised as it should be written: one job summary per line. */
  readonly json: string;
  /** `json` as UTF-8. */
  readonly bytes: Uint8Array;
  /** One file per job of the index, in the same order. */
  readonly files: readonly JobFile[];
}

/** One job's file of a split feed. */
export interface JobFile {
  id: string;
  /**
   * `<id>.<hash>.json`, the hash taken from `bytes`: a changed job gets a new name, so hosts can
   * cache job files forever.
   */
  name: string;
  /** The full job as JSON (made when read; a writer that already has the file skips it). */
  readonly bytes: Uint8Array;
}
