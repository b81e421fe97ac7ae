/**
 * Postings to a feed. `FeedBuilder` keeps each posting's parsed result and its serialised JSON
 * (as UTF-8 bytes: half the memory of a string for most text, and ready to write), so watch
 * mode re-parses only the posting that changed and assembles the feed by joining cached bytes;
 * `buildFeed` is the one-shot form of the same thing. With the `split` option each posting also
 * keeps its index line and the hash that names its job file, so a split rebuild is as cheap as
 * a single-file one.
 */
import { createHash } from 'node:crypto';
import { INDEX_KEYS, JOB_KEYS } from '../feed/fields.js';
import { FEED_VERSION, type Feed, type FeedIndex, type Job, type Salary } from '../feed/types.js';
import { dateValue } from './dates.js';
import { parsePosting } from './parse-posting.js';
import { checkOrganization, serializeOrganization } from './site.js';
import type { BuildOptions, BuildResult, Diagnostic, JobFile, PostingResult, PostingSource, SplitFeed } from './types.js';

/**
 * What is kept of a parsed posting: its problems, and for a job that goes into the feed only
 * what ordering needs plus its JSON. Keeping the job object too would hold every body twice.
 * Plain data, so worker threads can make them (see `parallel.ts`).
 */
export interface ParsedPosting {
  path: string;
  status: PostingResult['status'];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  id?: string;
  /** Line of the `id`/`slug` key, for the message about a repeated id. */
  idLine?: number;
  title?: string;
  /** Featured jobs come first in the feed, as in the lists (`sortNewestFirst`). */
  featured?: boolean;
  sortDate: number;
  /**
   * The job as one line of JSON in UTF-8, in a buffer of its own so that a worker thread can
   * hand it over without copying (see `parallel.ts`).
   */
  json?: Uint8Array;
  /** Split feeds only: the job file's name, `<id>.<hash>.json`. */
  fileName?: string;
  /** Split feeds only: the job's line in the index (its summary, with `detailUrl`). */
  summary?: string;
}

/** An entry is replaced, never changed, when its posting changes (only the caches are filled lazily). */
interface Entry extends ParsedPosting {
  /** `summary` as UTF-8, made when a split index is first written and reused by every later build. */
  summaryBytes?: Buffer;
  /** The job's file in a split feed, likewise. */
  file?: JobFile;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NEWLINE = new Uint8Array([0x0a]);

/** Parses one posting into what the feed builder keeps. Pure. */
export function parseEntry(source: PostingSource, options: BuildOptions): ParsedPosting {
  const result = parseOrReport(source, options);
  const { status, errors, warnings, job } = result;
  const entry: ParsedPosting = { path: source.path, status, errors, warnings, sortDate: dateValue(job?.datePosted) };
  if (result.status === 'ok') {
    entry.id = result.job.id;
    entry.idLine = result.idLine;
    entry.title = result.job.title;
    if (result.job.featured) entry.featured = true;
    entry.json = encoder.encode(serializeJob(result.job));
    const folder = splitFolder(options);
    if (folder !== undefined) {
      entry.fileName = `${result.job.id}.${contentHash(entry.json)}.json`;
      entry.summary = serializeJob(result.job, INDEX_KEYS, `${encodeURIComponent(folder)}/${entry.fileName}`);
    }
  }
  return entry;
}

/**
 * `parsePosting`, with anything it throws (a bug: postings get diagnostics) reported as that
 * posting's error. One posting never stops a build with a message that names no file, nor drops
 * out of a watch rebuild unannounced.
 */
function parseOrReport(source: PostingSource, options: BuildOptions): PostingResult {
  try {
    return parsePosting(source.text, source.path, options);
  } catch (cause) {
    const message = `the build failed on this posting: ${cause instanceof Error ? cause.message : String(cause)}`;
    const hint = 'This is a bug in job-widgets: please report it, with the posting.';
    return { status: 'invalid', errors: [{ severity: 'error', file: source.path, line: 1, message, hint }], warnings: [] };
  }
}

/**
 * Hex digits of SHA-256 in a job file's name. Only versions of one job can collide, so 48 bits
 * make a stale cached file practically impossible while keeping the index small.
 */
const HASH_DIGITS = 12;

/** A job file's name: `<id>.<hash>.json`, as the build writes it (`hash` at least 8 hex digits). */
export const JOB_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{8,64}\.json$/;

/** The hash of a job file, whose content is the job's JSON line ending like every text file. */
function contentHash(json: Uint8Array): string {
  return createHash('sha256').update(json).update(NEWLINE).digest('hex').slice(0, HASH_DIGITS);
}

/**
 * The job files' folder named by the `split` option, or undefined when the feed is not split.
 * One path segment: the index links to it by a relative URL, and writers create it beside the index.
 */
export function splitFolder(options: BuildOptions): string | undefined {
  const { split } = options;
  if (!split) return undefined;
  const folder = split === true ? 'jobs' : (split.folder ?? 'jobs');
  if (!isFolderName(folder)) throw new TypeError(`split folder "${folder}" must be one folder name, without slashes`);
  return folder;
}

/** True for one path segment that names a folder of its own: not empty, `.` or `..`, no slashes or controls. */
export function isFolderName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\x00-\x1f]/.test(name);
}

// Field order in the written feed, and what a split feed's index keeps of a job, are the fields'
// table's (src/feed/fields.ts): stable output makes diffs of the feed readable.
const SALARY_KEYS: (keyof Salary)[] = ['text', 'min', 'max', 'currency', 'unit'];
const JOB_SEPARATOR = Buffer.from(',\n');

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Said once per build, not per job: without a hiring organization no job gets a JobPosting, in
 * `<job-detail>` or on a job page, and nothing else would tell.
 */
const NO_ORGANIZATION: Diagnostic = {
  severity: 'warning',
  file: '',
  line: 0,
  message: 'the feed names no organization, so its jobs get no JobPosting structured data for search engines',
  hint: 'JobPosting needs who is hiring: build with --org-name <name> (Vite plugin and Node API: organization: { name }), or give <job-detail> and <job-list> an org-name attribute.',
};

export class FeedBuilder {
  readonly #options: BuildOptions;
  readonly #entries = new Map<string, Entry>();
  /** The feed's `"organization":{…},` ready to write, or empty. */
  readonly #organization: string;

  constructor(options: BuildOptions = {}) {
    // A bad folder name or organization fails here, not after every posting has been parsed.
    splitFolder(options);
    this.#organization = options.organization ? `"organization":${serializeOrganization(checkOrganization(options.organization))},` : '';
    this.#options = options;
  }

  /** The options postings are parsed with. */
  get options(): BuildOptions {
    return this.#options;
  }

  /** Adds or replaces one posting; only this posting is parsed again. */
  set(source: PostingSource): void {
    this.#entries.set(source.path, parseEntry(source, this.#options));
  }

  /** Adds or replaces a posting parsed elsewhere (by `parseEntry`, with this builder's options). */
  setParsed(entry: ParsedPosting): void {
    this.#entries.set(entry.path, entry);
  }

  delete(path: string): void {
    this.#entries.delete(path);
  }

  has(path: string): boolean {
    return this.#entries.has(path);
  }

  /**
   * Assembles the feed from the postings currently held. The outputs (`json`, `bytes`, `feed`)
   * are made when first read: a CLI writes only bytes, a test may only look at `feed`.
   */
  build(): BuildResult {
    const entries = [...this.#entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const errors: Diagnostic[] = [];
    const warnings: Diagnostic[] = [];
    const stats = { files: entries.length, jobs: 0, drafts: 0, expired: 0 };
    const written: Entry[] = [];
    const pathById = new Map<string, string>();
    for (const entry of entries) {
      if (entry.errors.length > 0) errors.push(...entry.errors);
      if (entry.warnings.length > 0) warnings.push(...entry.warnings);
      if (entry.status === 'draft') stats.drafts++;
      else if (entry.status === 'expired') stats.expired++;
      else if (entry.status === 'ok' && entry.id !== undefined) {
        const first = pathById.get(entry.id);
        if (first !== undefined) {
          errors.push({
            severity: 'error',
            file: entry.path,
            line: entry.idLine ?? 1,
            message: `the id "${entry.id}" is already used by ${first}`,
            hint: 'Give one of the two postings another "id:" (or rename its file).',
          });
          continue;
        }
        pathById.set(entry.id, entry.path);
        written.push(entry);
      }
    }
    if (errors.length > 0) return { ok: false, errors, warnings, stats };
    const noErrors: [] = [];

    written.sort(
      (a, b) => Number(b.featured === true) - Number(a.featured === true) || b.sortDate - a.sortDate || titleOrder.compare(a.title!, b.title!) || (a.id! < b.id! ? -1 : 1),
    );
    stats.jobs = written.length;
    if (this.#organization === '' && written.length > 0) warnings.unshift({ ...NO_ORGANIZATION });
    const generated = (this.#options.now ?? new Date()).toISOString();
    // One job per line: compact to download, and a changed posting is a one-line diff.
    const head = feedHead(generated, this.#organization);
    let json: string | undefined;
    let bytes: Buffer | undefined;
    let feed: Feed | undefined;
    const folder = splitFolder(this.#options);
    return {
      ok: true,
      errors: noErrors,
      warnings,
      stats,
      get json(): string {
        return (json ??= this.bytes.toString());
      },
      get bytes(): Buffer {
        return (bytes ??= joinLines(head, written, (entry) => entry.json!));
      },
      get feed(): Feed {
        return (feed ??= JSON.parse(this.json!) as Feed);
      },
      jobs: {
        *[Symbol.iterator](): Iterator<Job> {
          for (const entry of written) yield JSON.parse(decoder.decode(entry.json!)) as Job;
        },
      },
      ...(folder !== undefined && { split: splitFeed(written, head, folder) }),
    };
  }
}

/** The index and job files of a split feed, each made when first read. */
function splitFeed(written: readonly Entry[], head: string, folder: string): SplitFeed {
  let json: string | undefined;
  let bytes: Buffer | undefined;
  let index: FeedIndex | undefined;
  let files: JobFile[] | undefined;
  return {
    folder,
    get json(): string {
      return (json ??= head + written.map((entry) => entry.summary).join(',\n') + FEED_TAIL);
    },
    get bytes(): Buffer {
      // Joined from each entry's cached bytes, as the feed is: a watch rebuild encodes one line.
      return (bytes ??= joinLines(head, written, (entry) => (entry.summaryBytes ??= Buffer.from(entry.summary!))));
    },
    get index(): FeedIndex {
      return (index ??= JSON.parse(this.json) as FeedIndex);
    },
    get files(): JobFile[] {
      return (files ??= written.map((entry) => (entry.file ??= jobFile(entry))));
    },
  };
}

function jobFile(entry: Entry): JobFile {
  return {
    id: entry.id!,
    name: entry.fileName!,
    // Made on demand and not kept: a writer needs only new files' bytes, and only once.
    get bytes(): Buffer {
      return Buffer.concat([entry.json!, NEWLINE]);
    },
  };
}

/** `head`, the entries' lines separated by `,\n`, and the tail, as one buffer. */
function joinLines(head: string, entries: readonly Entry[], line: (entry: Entry) => Uint8Array): Buffer {
  const parts: Uint8Array[] = [Buffer.from(head)];
  entries.forEach((entry, i) => {
    if (i > 0) parts.push(JOB_SEPARATOR);
    parts.push(line(entry));
  });
  parts.push(Buffer.from(FEED_TAIL));
  return Buffer.concat(parts);
}

function feedHead(generated: string, organization: string): string {
  return `{"version":${FEED_VERSION},"generated":${JSON.stringify(generated)},${organization}"jobs":[\n`;
}

const FEED_TAIL = '\n]}\n';

/** Builds a feed from postings in one go. Pure: the same sources give the same feed. */
export function buildFeed(sources: readonly PostingSource[], options: BuildOptions = {}): BuildResult {
  const builder = new FeedBuilder(options);
  const seen = new Set<string>();
  const repeated: Diagnostic[] = [];
  for (const source of sources) {
    // Two sources with one path would silently replace each other.
    if (seen.has(source.path)) {
      repeated.push({ severity: 'error', file: source.path, line: 1, message: 'this path is given twice', hint: 'Pass each posting once.' });
    }
    seen.add(source.path);
    builder.set(source);
  }
  const result = builder.build();
  if (repeated.length === 0) return result;
  return { ok: false, errors: [...repeated, ...result.errors], warnings: result.warnings, stats: result.stats };
}

/** The job as one line of JSON, with `keys` in their order, and a `detailUrl` for an index line. */
function serializeJob(job: Job, keys = JOB_KEYS, detailUrl?: string): string {
  let out = '{';
  for (const key of keys) {
    const value = job[key];
    if (value === undefined) continue;
    if (out.length > 1) out += ',';
    out += `"${key}":${key === 'salary' ? serializeSalary(value as Salary) : JSON.stringify(value)}`;
  }
  if (detailUrl !== undefined) out += `,"detailUrl":${JSON.stringify(detailUrl)}`;
  return out + '}';
}

function serializeSalary(salary: Salary): string {
  const parts: string[] = [];
  for (const key of SALARY_KEYS) {
    if (salary[key] !== undefined) parts.push(`"${key}":${JSON.stringify(salary[key])}`);
  }
  return `{${parts.join(',')}}`;
}
