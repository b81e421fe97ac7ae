/**
 * The build's file-system edge: finding and reading postings, and writing the feed so that a
 * reader never sees a half-written file. Node-only; no printing (problems come back as
 * diagnostics for the CLI or the Vite plugin to show).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { MAX_POSTING_BYTES } from './parse-posting.js';
import type { Diagnostic, PostingSource } from './types.js';


/** True for a file name the build reads as a posting (`*.md`, `*.markdown`, not a dotfile). */
export function isPostingName(name: string): boolean {
  return !name.startsWith('.') && /\.(md|markdown)$/i.test(name);
}

/** True when `path` (real, absolute) is `root` or lies inside it. */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * How a path is shown in messages: relative to the working folder, with `/` separators, so
 * `postings/x.md` reads the same in a terminal, a test and CI. Paths outside the working
 * folder stay absolute, which is clearer than a run of `../`.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** A posting found on disk: the path to show and the real file behind it. */
export interface FoundPosting {
  path: string;
  real: string;
}

/** What a walk saw: the postings and every folder it looked into (the watcher watches those). */
export interface Walk {
  postings: FoundPosting[];
  /** Folders as reached from the root (not resolved), including the root itself. */
  dirs: string[];
}

/**
 * Walks `dir` for postings. Symlinks are followed only when they resolve inside the real root,
 * and only after the plain tree has been walked, so a link to a posting (or folder) that is
 * already in the tree does not list it twice and a link back up the tree cannot loop.
 * `root` (real path) bounds where links may lead; it defaults to `dir`'s real path and is
 * wider when the watcher walks a folder that appeared inside a watched tree.
 */
export async function walkPostings(dir: string, root?: string): Promise<Walk> {
  const start = await realpath(dir);
  root ??= start;
  const postings: FoundPosting[] = [];
  const dirs: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const links: string[] = [];

  const walkDir = async (shown: string, real: string): Promise<void> => {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    dirs.push(shown);
    let entries: Dirent[];
    try {
      entries = await readdir(shown, { withFileTypes: true });
    } catch {
      // A folder that vanished or cannot be read mid-walk holds no postings we could build.
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(shown, entry.name);
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) await walkDir(path, join(real, entry.name));
      else if (entry.isFile() && isPostingName(entry.name)) {
        const file = join(real, entry.name);
        seenFiles.add(file);
        postings.push({ path, real: file });
      }
    }
  };

  await walkDir(dir, start);
  // Links found while following links join the queue, so walk it by index.
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    let target: string;
    try {
      target = await realpath(link);
    } catch {
      continue; // broken link
    }
    if (!isInside(root, target)) continue;
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) await walkDir(link, target);
    else if (info?.isFile() && isPostingName(basename(link)) && !seenFiles.has(target)) {
      seenFiles.add(target);
      postings.push({ path: link, real: target });
    }
  }
  postings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { postings, dirs };
}

/**
 * Every posting under `dir` (`*.md` and `*.markdown`, recursively), sorted so that builds are
 * stable. Dotfiles, dot-folders, other extensions and symlinks resolving outside `dir` are
 * skipped. Paths are `dir` joined with the path inside it.
 */
export async function findPostings(dir: string): Promise<string[]> {
  return (await walkPostings(dir)).postings.map((p) => p.path);
}

/** One posting read from disk, or the reason it could not be. */
export type ReadResult = { source: PostingSource; error?: undefined } | { source?: undefined; error: Diagnostic };

/**
 * Reads one posting as UTF-8 (the build core deals with a BOM and CRLF). `shownAs` is the path
 * to put in the source and in messages. Refuses files over `MAX_POSTING_BYTES` before reading
 * them, and text that is not valid UTF-8 (an editor saving in Latin-1 would otherwise put
 * replacement characters in the published feed without anyone noticing).
 *
 * The reads are synchronous on purpose: postings are small, and for 10,000 of them blocking
 * reads take about 50 ms where thread-pool reads take 400 ms.
 */
export function readPosting(file: string, shownAs = displayPath(file)): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const { size } = fstatSync(fd);
    if (size > MAX_POSTING_BYTES) {
      return {
        error: problem(
          shownAs,
          1,
          `posting is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_POSTING_BYTES / 1024 / 1024} MB limit, so it was not read`,
          'A posting is one job ad: move large content (images, attachments) elsewhere and link to it.',
        ),
      };
    }
    const bytes = readFileSync(fd);
    if (!isUtf8(bytes)) {
      const text = bytes.toString('utf8');
      const bad = text.indexOf('\uFFFD');
      return {
        error: problem(
          shownAs,
          bad < 0 ? 1 : countLines(text, bad),
          'posting is not valid UTF-8',
          'Save the file as UTF-8 (most editors offer it under "Save with encoding").',
        ),
      };
    }
    return { source: { path: shownAs, text: bytes.toString('utf8') } };
  } catch (err) {
    return { error: problem(shownAs, 1, `cannot read posting: ${errorMessage(err)}`, 'Check that the file exists and is readable.') };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The postings under a folder, read, plus a diagnostic for each one that could not be. */
export interface ReadPostingsResult {
  sources: PostingSource[];
  errors: Diagnostic[];
}

export interface ReadPostingsOptions {
  /** Called as files are read, for progress reports on large folders. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Finds and reads every posting under `dir`, in the order of {@link findPostings}. Rejects only
 * when `dir` itself cannot be read (missing, not a folder); problems with single postings come
 * back in `errors` so that every one of them can be reported at once.
 */
export async function readPostings(dir: string, options: ReadPostingsOptions = {}): Promise<ReadPostingsResult> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  return readPostingFiles(await findPostings(dir), options);
}

/** Reads the given postings, keeping their order. */
export function readPostingFiles(files: string[], options: ReadPostingsOptions = {}): ReadPostingsResult {
  const sources: PostingSource[] = [];
  const errors: Diagnostic[] = [];
  for (const [i, file] of files.entries()) {
    const read = readPosting(file);
    if (read.source) sources.push(read.source);
    else errors.push(read.error);
    if (i % 256 === 255) options.onProgress?.(i + 1, files.length);
  }
  options.onProgress?.(files.length, files.length);
  return { sources, errors };
}

/**
 * Writes `data` to `path` so that readers see either the old file or the whole new one: the
 * data goes to a temporary file in the same folder (same file system, so `rename` is atomic),
 * which then replaces `path`. Parent folders are created. On failure the temporary file is
 * removed and the error rethrown. The temporary name is a dotfile so that a feed written into
 * the postings folder is never picked up as a posting.
 *
 * The write is one synchronous call: a feed of 10,000 jobs is about 30 MB, which the
 * promise API would send through the thread pool in 512 KiB chunks, a third slower, and watch
 * mode has a 100 ms budget. Passing UTF-8 bytes instead of a string saves the encoding step.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  writeFileAtomicSync(path, data);
}

/** `writeFileAtomic` into a folder that exists: no `mkdir`, for writing thousands of job files. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

function problem(file: string, line: number, message: string, hint: string): Diagnostic {
  return { severity: 'error', file, line, message, hint };
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Removes `dir` and its parents up to `top` (the first folder `mkdir` made), while they are
 * empty: what a failed write leaves of the folders it created.
 */
export function removeEmptyFolders(dir: string, top: string): void {
  for (let folder = dir; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === top || dirname(folder) === folder) return;
  }
}

/** The useful part of a Node error (`ENOENT: no such file…` without the syscall noise). */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const messages: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'is a folder',
      ENOTDIR: 'not a folder',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on the device',
    };
    return (code && messages[code]) ?? err.message;
  }
  return String(err);
}
