/**
 * Watches a postings folder and reports, in debounced batches, which postings to re-read and
 * which paths went away. One `fs.watch` per folder rather than `recursive: true`: on Linux,
 * Node 20's recursive mode puts a watcher and a `stat` on every file, which for 10,000
 * postings costs seconds at start-up and thousands of inotify watches.
 */
import { watch, type FSWatcher } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { isInside, isPostingName, walkPostings, type FoundPosting, type Walk } from './fs.js';

/** One batch of changes, paths as reached from the watched folder (like `findPostings`). */
export interface PostingChanges {
  /** Postings that appeared or changed: read them again. */
  changed: string[];
  /** Paths that no longer exist: a posting, or a folder whose postings all went with it. */
  removed: string[];
}

export interface WatchOptions {
  /** Quiet time before a batch is reported, so an editor's save (write, rename) is one change. */
  debounceMs?: number;
  /** Called when a folder can no longer be watched (for example, it was removed) or a batch failed. */
  onError?: (error: Error) => void;
}

export interface PostingsWatcher {
  /** What the initial walk found: build from this, then apply the batches. */
  walk: Walk;
  close(): void;
}

/**
 * Starts watching `dir` before walking it, so nothing that changes during the first build is
 * missed. `onChanges` is awaited: batches never overlap, and changes that arrive meanwhile
 * form the next batch.
 */
export async function watchPostings(
  dir: string,
  onChanges: (changes: PostingChanges) => void | Promise<void>,
  options: WatchOptions = {},
): Promise<PostingsWatcher> {
  const debounceMs = options.debounceMs ?? 50;
  const root = await realpath(dir);
  const watchers = new Map<string, FSWatcher>();
  /** Real path of a linked posting → the link paths that show it, so editing the target counts. */
  const linksByTarget = new Map<string, Set<string>>();
  let dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      flush().catch((error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))));
    }, debounceMs);
  };

  const watchDir = (folder: string): void => {
    if (closed || watchers.has(folder)) return;
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => {
        // Without a name (rare, platform-dependent) the whole folder has to be looked at again.
        dirty.add(name ? join(folder, name.toString()) : folder);
        schedule();
      });
      watcher.on('error', (error) => {
        unwatch(folder);
        if (!closed) options.onError?.(error);
      });
      watchers.set(folder, watcher);
    } catch (error) {
      if (!closed) options.onError?.(error as Error);
    }
  };

  const unwatch = (path: string): void => {
    for (const [folder, watcher] of watchers) {
      if (folder === path || folder.startsWith(path + sep)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
  };

  const remember = (walk: Walk): void => {
    for (const folder of walk.dirs) watchDir(folder);
    for (const p of walk.postings) addLink(p);
  };

  const addLink = (p: FoundPosting): void => {
    if (p.real === join(root, relative(dir, p.path))) return;
    let links = linksByTarget.get(p.real);
    if (!links) linksByTarget.set(p.real, (links = new Set()));
    links.add(p.path);
  };

  const classify = async (path: string, changes: PostingChanges): Promise<void> => {
    const name = basename(path);
    if (name.startsWith('.')) return;
    const info = await stat(path).catch(() => undefined);
    const real = info && (await realpath(path).catch(() => undefined));
    if (!info || !real) {
      changes.removed.push(path);
      unwatch(path);
      return;
    }
    if (!isInside(root, real)) return;
    if (info.isDirectory()) {
      const walk = await walkPostings(path, root).catch(() => undefined);
      if (!walk) return;
      remember(walk);
      changes.changed.push(...walk.postings.map((p) => p.path));
    } else if (info.isFile()) {
      if (isPostingName(name)) changes.changed.push(path);
      for (const link of linksByTarget.get(real) ?? []) changes.changed.push(link);
    }
  };

  const flush = async (): Promise<void> => {
    if (running) {
      await running;
      if (dirty.size > 0) schedule();
      return;
    }
    const paths = [...dirty].sort();
    dirty = new Set();
    if (closed || paths.length === 0) return;
    running = (async () => {
      const changes: PostingChanges = { changed: [], removed: [] };
      for (const path of paths) await classify(path, changes);
      changes.changed = [...new Set(changes.changed)].sort();
      if (!closed && (changes.changed.length > 0 || changes.removed.length > 0)) await onChanges(changes);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  watchDir(dir);
  const walk = await walkPostings(dir);
  remember(walk);
  return {
    walk,
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
