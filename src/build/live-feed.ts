/**
 * A feed kept in step with a postings folder, shared by the CLI (one-shot and `--watch`) and the
 * Vite plugin: postings are read from disk into a `FeedBuilder`, so a change to one posting
 * re-reads and re-parses only that one.
 */
import { FeedBuilder } from './index.js';
import { displayPath } from './fs.js';
import { parseFiles } from './parallel.js';
import type { BuildOptions, BuildResult, Diagnostic } from './types.js';

export type ProgressListener = (phase: 'Building', done: number, total: number) => void;

export class LiveFeed {
  readonly #builder: FeedBuilder;
  /** Postings that exist but could not be read: each fails the build until it is fixed. */
  readonly #unreadable = new Map<string, Diagnostic>();
  /** Shown paths of every posting the feed holds or has an error for. */
  readonly #known = new Set<string>();

  constructor(options?: BuildOptions) {
    this.#builder = new FeedBuilder(options);
  }

  /** Reads (or re-reads) the given posting files and adds them to the feed; many are read and parsed on every core. */
  async read(files: string[], onProgress?: ProgressListener): Promise<void> {
    const read = await parseFiles(files, this.#builder.options, {
      onProgress: (done, total) => onProgress?.('Building', done, total),
    });
    for (const entry of read.entries) {
      this.#builder.setParsed(entry);
      this.#unreadable.delete(entry.path);
      this.#known.add(entry.path);
    }
    for (const error of read.unreadable) {
      this.#builder.delete(error.file);
      this.#unreadable.set(error.file, error);
      this.#known.add(error.file);
    }
  }

  /** Drops a posting, or every posting under a folder, that no longer exists; returns the shown paths dropped. */
  forget(path: string): string[] {
    const shown = displayPath(path);
    const dropped: string[] = [];
    for (const p of this.#known) {
      if (p === shown || p.startsWith(shown + '/')) dropped.push(p);
    }
    for (const p of dropped) {
      this.#builder.delete(p);
      this.#unreadable.delete(p);
      this.#known.delete(p);
    }
    return dropped;
  }

  /** The feed from what has been read; unreadable postings count as errors. */
  build(): BuildResult {
    const result = this.#builder.build();
    if (this.#unreadable.size === 0) return result;
    // Not a spread of `result`: that would read its lazy outputs and serialise the whole feed.
    return {
      ok: false,
      errors: [...this.#unreadable.values(), ...result.errors],
      warnings: result.warnings,
      stats: result.stats,
    };
  }
}
