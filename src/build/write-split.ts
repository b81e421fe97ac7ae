/**
 * Writing a split feed (an index plus one file per job) so that a reader never sees an index
 * entry whose file is missing: job files first, each atomically, then the index by an atomic
 * rename, and only then are the files of earlier builds that the index no longer lists deleted.
 * Job file names carry a hash of their content, so a file already present under its name is
 * already right and is not written again: a rebuild after one edit writes one job file and the
 * index. A single feed written where a split index was (a site that drops `--split`) likewise
 * deletes the job files that index listed, once the feed is in place.
 */
import { readdirSync, rmSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isFolderName, JOB_FILE_NAME } from './feed-builder.js';
import { removeEmptyFolders, writeFileAtomic, writeFileAtomicSync } from './fs.js';
import type { SplitFeed } from './types.js';

export interface SplitWriteResult {
  /** Job files written: those not already in the folder under their content-hashed name. */
  written: number;
  /** Job files of earlier builds that the new index no longer lists, deleted. */
  removed: number;
}

/**
 * The job files' folder for an index path: the index's file name without its extension, so
 * `public/jobs.json` keeps its jobs in `public/jobs/`. Throws for a name without an extension,
 * whose folder would take the index's own name, and for one whose folder would be `.` or `..`.
 */
export function splitFolderFor(indexPath: string): string {
  const name = basename(indexPath);
  const folder = name.slice(0, name.length - extname(name).length);
  if (folder === '' || folder === name) {
    throw new TypeError(`the index "${name}" needs a file extension (such as jobs.json): its job files go in a folder named after it`);
  }
  if (!isFolderName(folder)) {
    throw new TypeError(`the index "${name}" would keep its job files in "${folder}", which is no folder of its own: name it like jobs.json`);
  }
  return folder;
}

/**
 * Writes `split` with its index at `indexPath` and its job files in `split.folder` beside it.
 * On failure every file this call wrote is removed again and the error is rethrown, so the
 * previous index and its files stay as they were. Deleting stale files only touches names
 * shaped like the build's (`<id>.<hash>.json`); anything else in the folder is left alone.
 *
 * `previous` is the split feed that the last successful call wrote to the same place: its files
 * are taken as present instead of listing the folder, which saves a watch rebuild of 10,000
 * jobs several milliseconds. Without it, the folder is listed, so files of earlier runs are
 * found and cleaned up.
 */
export async function writeSplitFeed(indexPath: string, split: SplitFeed, previous?: SplitFeed): Promise<SplitWriteResult> {
  const dir = join(dirname(resolve(indexPath)), split.folder);
  const created = await mkdir(dir, { recursive: true });
  const present = new Set(previous?.folder === split.folder ? previous.files.map((file) => file.name) : readdirSync(dir));
  const written: string[] = [];
  try {
    for (const file of split.files) {
      if (present.has(file.name)) continue;
      writeFileAtomicSync(join(dir, file.name), file.bytes);
      written.push(file.name);
    }
    writeFileAtomicSync(indexPath, split.bytes);
  } catch (err) {
    for (const name of written) rmSync(join(dir, name), { force: true });
    if (created !== undefined) removeEmptyFolders(dir, created);
    throw err;
  }
  const listed = new Set(split.files.map((file) => file.name));
  const stale = [...present].filter((name) => !listed.has(name) && JOB_FILE_NAME.test(name));
  return { written: written.length, removed: removeJobFiles(dir, stale) };
}

/** Deletes the job files `names` in `dir`; returns how many it deleted. */
function removeJobFiles(dir: string, names: readonly string[]): number {
  let removed = 0;
  for (const name of names) {
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // Already gone, or not ours to delete: a stale file costs only disk space.
    }
  }
  return removed;
}

/**
 * Writes a single feed at `path`, atomically. When it replaces the index of a split feed, the job
 * files that index listed are then deleted, and their folder too if nothing else is in it: only
 * those, so files that someone else put in the folder stay, even named like job files.
 * `lookForSplit: false` skips the look (watch mode, after its first write).
 */
export async function writeFeed(path: string, bytes: Uint8Array, lookForSplit = true): Promise<{ removed: number }> {
  const earlier = lookForSplit ? await splitFilesAt(path) : undefined;
  await writeFileAtomic(path, bytes);
  if (!earlier) return { removed: 0 };
  const removed = removeJobFiles(earlier.dir, earlier.names);
  removeEmptyFolders(earlier.dir, earlier.dir);
  return { removed };
}

/**
 * The job files in the folder beside `indexPath` that the split index at `indexPath` lists, or
 * undefined when there is no such index. Cheap when there is nothing to find: without job files
 * in the folder, the file at `indexPath` (a single feed may be hundreds of MB) is not read.
 */
async function splitFilesAt(indexPath: string): Promise<{ dir: string; names: string[] } | undefined> {
  let folder: string;
  try {
    folder = splitFolderFor(indexPath);
  } catch {
    return undefined;
  }
  const dir = join(dirname(resolve(indexPath)), folder);
  const present = await readdir(dir).then((names) => names.filter((name) => JOB_FILE_NAME.test(name)), () => []);
  if (present.length === 0) return undefined;
  const text = await readFile(indexPath).catch(() => undefined);
  // Only an index has this key; inside a single feed's strings every quote is escaped.
  if (!text?.includes('"detailUrl":')) return undefined;
  let index: unknown;
  try {
    index = JSON.parse(text.toString());
  } catch {
    return undefined;
  }
  const jobs = (index as { jobs?: unknown } | null)?.jobs;
  if (!Array.isArray(jobs)) return undefined;
  const prefix = `${encodeURIComponent(folder)}/`;
  const listed = new Set<string>();
  for (const job of jobs) {
    const url = (job as { detailUrl?: unknown } | null)?.detailUrl;
    if (typeof url === 'string' && url.startsWith(prefix)) listed.add(url.slice(prefix.length));
  }
  return { dir, names: present.filter((name) => listed.has(name)) };
}

