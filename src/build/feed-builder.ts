/**
 * Postings to a feed. `FeedBuilder` keeps each posting's parsed result and its serialised JSON,
 * so watch mode re-parses only the posting that changed and assembles the feed by joining
 * cached strings; `buildFeed` is the one-shot form of the same thing.
 */
import { FEED_VERSION, type Feed, type Job, type Salary } from '../feed/types.js';
import { dateValue } from './dates.js';
import { parsePosting } from './parse-posting.js';
import type { BuildOptions, BuildResult, Diagnostic, PostingResult, PostingSource } from './types.js';

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
  sortDate: number;
  json?: string;
}

/** An entry is replaced, never changed, when its posting changes (only `bytes` is filled lazily). */
interface Entry extends ParsedPosting {
  /** `json` as UTF-8, made when bytes are first asked for and reused by every later build. */
  bytes?: Buffer;
}

/** Parses one posting into what the feed builder keeps. Pure. */
export function parseEntry(source: PostingSource, options: BuildOptions): ParsedPosting {
  const result = parsePosting(source.text, source.path, options);
  const { status, errors, warnings, job } = result;
  const entry: ParsedPosting = { path: source.path, status, errors, warnings, sortDate: dateValue(job?.datePosted) };
  if (result.status === 'ok') {
    entry.id = result.job.id;
    entry.idLine = result.idLine;
    entry.title = result.job.title;
    entry.json = serializeJob(result.job);
  }
  return entry;
}

/** Field order in the written feed: stable output makes diffs of the feed readable. */
const JOB_KEYS: (keyof Job)[] = [
  'id', 'title', 'summary', 'locations', 'remote', 'department', 'employmentType', 'salary', 'contact',
  'applyUrl', 'datePosted', 'validThrough', 'tags', 'lang', 'dir', 'html',
];
const SALARY_KEYS: (keyof Salary)[] = ['text', 'min', 'max', 'currency', 'unit'];
const JOB_SEPARATOR = Buffer.from(',\n');

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export class FeedBuilder {
  readonly #options: BuildOptions;
  readonly #entries = new Map<string, Entry>();

  constructor(options: BuildOptions = {}) {
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
      (a, b) => b.sortDate - a.sortDate || titleOrder.compare(a.title!, b.title!) || (a.id! < b.id! ? -1 : 1),
    );
    stats.jobs = written.length;
    const generated = (this.#options.now ?? new Date()).toISOString();
    // One job per line: compact to download, and a changed posting is a one-line diff.
    const head = `{"version":${FEED_VERSION},"generated":${JSON.stringify(generated)},"jobs":[\n`;
    const tail = '\n]}\n';
    let json: string | undefined;
    let bytes: Buffer | undefined;
    let feed: Feed | undefined;
    return {
      ok: true,
      errors: noErrors,
      warnings,
      stats,
      get json(): string {
        return (json ??= head + written.map((entry) => entry.json).join(',\n') + tail);
      },
      get bytes(): Buffer {
        if (bytes === undefined) {
          const parts: Buffer[] = [Buffer.from(head)];
          written.forEach((entry, i) => {
            if (i > 0) parts.push(JOB_SEPARATOR);
            parts.push((entry.bytes ??= Buffer.from(entry.json!)));
          });
          parts.push(Buffer.from(tail));
          bytes = Buffer.concat(parts);
        }
        return bytes;
      },
      get feed(): Feed {
        return (feed ??= JSON.parse(this.json!) as Feed);
      },
    };
  }
}

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

/** The job as one line of JSON, keys in `JOB_KEYS` order. */
function serializeJob(job: Job): string {
  let out = '{';
  for (const key of JOB_KEYS) {
    const value = job[key];
    if (value === undefined) continue;
    if (out.length > 1) out += ',';
    out += `"${key}":${key === 'salary' ? serializeSalary(value as Salary) : JSON.stringify(value)}`;
  }
  return out + '}';
}

function serializeSalary(salary: Salary): string {
  const parts: string[] = [];
  for (const key of SALARY_KEYS) {
    if (salary[key] !== undefined) parts.push(`"${key}":${JSON.stringify(salary[key])}`);
  }
  return `{${parts.join(',')}}`;
}
