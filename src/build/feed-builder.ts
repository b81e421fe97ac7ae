/**
 * Postings to a feed. `FeedBuilder` keeps each posting's parsed result and its serialised JSON,
 * so watch mode re-parses only the posting that changed and assembles the feed by joining
 * cached strings; `buildFeed` is the one-shot form of the same thing.
 */
import { FEED_VERSION, type Feed, type Job } from '../feed/types.js';
import { dateValue } from './dates.js';
import { parsePosting } from './parse-posting.js';
import type { BuildOptions, BuildResult, Diagnostic, PostingResult, PostingSource } from './types.js';

/**
 * What is kept of a parsed posting: its problems, and for a job that goes into the feed only
 * what ordering needs plus its JSON. Keeping the job object too would hold every body twice.
 */
interface Entry {
  path: string;
  status: PostingResult['status'];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  id?: string;
  title?: string;
  sortDate: number;
  json?: string;
}

/** Field order in the written feed: stable output makes diffs of the feed readable. */
const JOB_KEYS: (keyof Job)[] = [
  'id', 'title', 'summary', 'locations', 'remote', 'department', 'employmentType', 'salary', 'contact',
  'applyUrl', 'datePosted', 'validThrough', 'tags', 'lang', 'dir', 'html',
];
const SALARY_KEYS = ['text', 'min', 'max', 'currency', 'unit'];

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export class FeedBuilder {
  readonly #options: BuildOptions;
  readonly #entries = new Map<string, Entry>();

  constructor(options: BuildOptions = {}) {
    this.#options = options;
  }

  /** Adds or replaces one posting; only this posting is parsed again. */
  set(source: PostingSource): void {
    const { status, errors, warnings, job } = parsePosting(source.text, source.path, this.#options);
    const entry: Entry = { path: source.path, status, errors, warnings, sortDate: dateValue(job?.datePosted) };
    if (status === 'ok' && job) Object.assign(entry, { id: job.id, title: job.title, json: serializeJob(job) });
    this.#entries.set(source.path, entry);
  }

  delete(path: string): void {
    this.#entries.delete(path);
  }

  has(path: string): boolean {
    return this.#entries.has(path);
  }

  /** Assembles the feed from the postings currently held. */
  build(): BuildResult {
    const entries = [...this.#entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const errors: Diagnostic[] = [];
    const warnings: Diagnostic[] = [];
    const stats = { files: entries.length, jobs: 0, drafts: 0, expired: 0 };
    const written: Entry[] = [];
    const pathById = new Map<string, string>();
    for (const entry of entries) {
      errors.push(...entry.errors);
      warnings.push(...entry.warnings);
      if (entry.status === 'draft') stats.drafts++;
      else if (entry.status === 'expired') stats.expired++;
      else if (entry.status === 'ok' && entry.id !== undefined) {
        const first = pathById.get(entry.id);
        if (first !== undefined) {
          errors.push({
            severity: 'error',
            file: entry.path,
            line: 1,
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

    written.sort(
      (a, b) => b.sortDate - a.sortDate || titleOrder.compare(a.title!, b.title!) || (a.id! < b.id! ? -1 : 1),
    );
    stats.jobs = written.length;
    const generated = (this.#options.now ?? new Date()).toISOString();
    // One job per line: compact to download, and a changed posting is a one-line diff.
    const json = `{"version":${FEED_VERSION},"generated":${JSON.stringify(generated)},"jobs":[\n${written.map((entry) => entry.json).join(',\n')}\n]}\n`;
    let feed: Feed | undefined;
    return {
      ok: true,
      json,
      // Parsed from `json` when first asked for: the CLI only writes the text.
      get feed(): Feed {
        return (feed ??= JSON.parse(json) as Feed);
      },
      errors,
      warnings,
      stats,
    };
  }
}

/** Builds a feed from postings in one go. Pure: the same sources give the same feed. */
export function buildFeed(sources: readonly PostingSource[], options: BuildOptions = {}): BuildResult {
  const builder = new FeedBuilder(options);
  for (const source of sources) builder.set(source);
  return builder.build();
}

function serializeJob(job: Job): string {
  const ordered = orderKeys(job as unknown as Record<string, unknown>, JOB_KEYS);
  if (job.salary) ordered.salary = orderKeys(job.salary as Record<string, unknown>, SALARY_KEYS);
  return JSON.stringify(ordered);
}

function orderKeys(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) ordered[key] = record[key];
  return ordered;
}
