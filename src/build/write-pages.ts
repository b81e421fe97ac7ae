/**
 * Writing the job pages and their sitemap into a folder so that a failed write changes nothing:
 * every new or changed file is first written beside its place under a temporary name, and only
 * when all of them are there are they renamed into place; then the pages of jobs that are gone
 * are deleted. A manifest in the folder (`.job-widgets-pages.json`) records which pages this tool
 * wrote, with a hash of each, so that a rebuild writes only the pages that changed, deletes only
 * folders it made, and never overwrites a page or sitemap that someone else put there.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isJobId } from '../feed/job-id.js';
import { removeEmptyFolders, writeFileAtomicSync } from './fs.js';
import { SITEMAP_NAME, type PagesFile } from './job-pages.js';

/** The manifest's file name in the pages folder. */
export const PAGES_MANIFEST = '.job-widgets-pages.json';

interface Manifest {
  /**
   * Job id → hash of the page written for it ('' when it may not be on disk as recorded). Without
   * a prototype: a job may be called `constructor`.
   */
  pages: Record<string, string>;
  sitemaps: string[];
}

function emptyManifest(pages: Record<string, string> = {}): Manifest {
  return { pages: Object.assign(Object.create(null) as Record<string, string>, pages), sitemaps: [] };
}

export interface PagesWriteResult {
  /** Pages the folder now holds, one per job. */
  pages: number;
  /** Pages written: new ones and changed ones. */
  written: number;
  /** Pages of jobs no longer in the feed, deleted. */
  removed: number;
  /** Ids of the jobs whose page has no JobPosting (expired, or missing what Google requires). */
  withoutStructuredData: string[];
  /** The sitemap files written: `sitemap.xml`, after the numbered ones it lists past 50,000 pages. */
  sitemaps: string[];
}

/** A file in the pages folder that this tool did not write and will not overwrite. */
export class PagesConflictError extends Error {}

/**
 * Writes the pages folder's `files` (`JobPageRenderer.files`: the jobs' `<id>/index.html`, then
 * `sitemap.xml`) into `dir`. On failure every temporary file and new folder is removed and the
 * error rethrown: the folder stays as it was. Throws `PagesConflictError` when a page or sitemap
 * that the manifest does not list is in the way.
 */
export async function writeJobPages(dir: string, files: Iterable<PagesFile> | AsyncIterable<PagesFile>): Promise<PagesWriteResult> {
  const root = resolve(dir);
  const created = await mkdir(root, { recursive: true });
  const previous = readManifest(root);
  const next = emptyManifest();
  /** Temporary file → its final path. */
  const staged = new Map<string, string>();
  const newFolders: string[] = [];
  const withoutStructuredData: string[] = [];
  let pages = 0;
  let written = 0;

  const stage = (path: string, data: string): void => {
    const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.job-widgets.tmp`);
    writeFileSync(temp, data, { flag: 'wx' });
    staged.set(temp, path);
  };
  const assertOurs = (path: string, ours: boolean, what: string): void => {
    if (!ours && existsSync(path)) {
      throw new PagesConflictError(
        `${path} exists and was not written by job-widgets (it is not in ${join(root, PAGES_MANIFEST)}); ` +
          `move it away or write the pages to another folder, so that ${what} does not replace it`,
      );
    }
  };

  try {
    for await (const { path: name, text, page } of files) {
      if (!page) {
        const path = join(root, name);
        // Only a sitemap's name: anything else could lead out of the folder.
        if (!SITEMAP_NAME.test(name)) throw new TypeError(`"${name}" is not the name of a sitemap`);
        assertOurs(path, previous.sitemaps.includes(name), 'the sitemap');
        next.sitemaps.push(name);
        stage(path, text);
        continue;
      }
      const { id } = page;
      // Ids are checked by the build; one from elsewhere must not lead out of the folder.
      if (!isJobId(id)) throw new TypeError(`"${id}" is not a job id that can name a folder`);
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
      next.pages[id] = hash;
      pages++;
      if (!page.structuredData) withoutStructuredData.push(id);
      const folder = join(root, id);
      const file = join(folder, 'index.html');
      // The job's folder is a real one, never a link that leads out of the pages folder.
      const entry = lstatSync(folder, { throwIfNoEntry: false });
      if (entry && !entry.isDirectory()) {
        throw new PagesConflictError(
          `${folder} is ${entry.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder; move it away, so that the page of the job "${id}" is written inside ${root}`,
        );
      }
      const known = previous.pages[id];
      if (known === hash && existsSync(file)) continue;
      assertOurs(file, known !== undefined, `the page of the job "${id}"`);
      if (!entry) {
        mkdirSync(folder);
        newFolders.push(folder);
      }
      stage(file, text);
      written++;
    }
  } catch (err) {
    for (const temp of staged.keys()) rmSync(temp, { force: true });
    for (const folder of newFolders) removeEmptyFolders(folder, folder);
    if (created !== undefined) removeEmptyFolders(root, created);
    throw err;
  }

  // From here on the folder changes. First the manifest claims every page that may be written
  // (a changed page with no hash, so a crash mid-way cannot leave a stale page looking current),
  // then the renames, then the cleanup, then the real manifest.
  const claimed = { ...emptyManifest(previous.pages), sitemaps: [...new Set([...previous.sitemaps, ...next.sitemaps])] };
  for (const [id, hash] of Object.entries(next.pages)) claimed.pages[id] = previous.pages[id] === hash ? hash : '';
  writeFileAtomicSync(join(root, PAGES_MANIFEST), serializeManifest(claimed));
  for (const [temp, path] of staged) renameSync(temp, path);

  let removed = 0;
  for (const id of Object.keys(previous.pages)) {
    if (id in next.pages) continue;
    const folder = join(root, id);
    // A folder replaced by a link since: what it leads to is not ours.
    if (lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) continue;
    try {
      unlinkSync(join(folder, 'index.html'));
      removed++;
    } catch {
      // Already gone: nothing to remove.
    }
    // Only the page is ours: anything else someone put in its folder stays, and so does the folder.
    removeEmptyFolders(folder, folder);
  }
  for (const name of previous.sitemaps) {
    if (!next.sitemaps.includes(name)) rmSync(join(root, name), { force: true });
  }
  writeFileAtomicSync(join(root, PAGES_MANIFEST), serializeManifest(next));
  return {
    pages,
    written,
    removed,
    withoutStructuredData,
    sitemaps: next.sitemaps,
  };
}

/** The manifest of an earlier write, or an empty one; entries that are not ours to touch are ignored. */
function readManifest(root: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(root, PAGES_MANIFEST), 'utf8'));
  } catch {
    return emptyManifest();
  }
  const manifest = emptyManifest();
  if (typeof data !== 'object' || data === null) return manifest;
  const { pages, sitemaps } = data as Partial<Record<keyof Manifest, unknown>>;
  if (typeof pages === 'object' && pages !== null) {
    for (const [id, hash] of Object.entries(pages)) if (isJobId(id) && typeof hash === 'string') manifest.pages[id] = hash;
  }
  if (Array.isArray(sitemaps)) {
    manifest.sitemaps = sitemaps.filter((name): name is string => typeof name === 'string' && SITEMAP_NAME.test(name));
  }
  return manifest;
}

function serializeManifest(manifest: Manifest): string {
  const pages = Object.entries(manifest.pages).sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = pages.map(([id, hash]) => `${JSON.stringify(id)}:${JSON.stringify(hash)}`);
  return `{"generator":"job-widgets","sitemaps":${JSON.stringify(manifest.sitemaps)},"pages":{\n${lines.join(',\n')}\n}}\n`;
}

