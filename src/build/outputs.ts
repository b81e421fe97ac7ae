/**
 * What a build makes beside the feed for search engines and aggregators (the job pages, their
 * sitemap, the RSS feed), where each file goes, and the URLs that follow from where: planned here
 * once, so that the CLI (which writes the files to disk) and the Vite plugin (which emits them in
 * a build and serves them in dev) make the same files from the same postings. Pure: paths are
 * `/`-separated and relative to one folder; the shells do the I/O.
 *
 * That folder is the one whose URL the shell knows: the Vite plugin's output folder, served at
 * Vite's `base` (`folderUrlAt`); the CLI has no output folder, so its folder is the pages folder,
 * served at `--base-url`. A file's URL is the folder's URL plus the file's path in it.
 */
import { isJobId } from '../feed/job-id.js';
import type { Job, Organization } from '../feed/types.js';
import { JobPageRenderer, SITEMAP_NAME, type PagesFile } from './job-pages.js';
import { languageTag } from './language.js';
import type { PageTemplate } from './page-template.js';
import { renderRss } from './rss.js';
import { checkBaseUrl, checkOrganization } from './site.js';

export interface OutputsOptions {
  /** The absolute URL of the job pages' folder: a job's page is this plus `<id>/`. */
  baseUrl: string;
  /** The absolute URL of the folder that the paths below are in, when the shell knows it. */
  folderUrl?: string | undefined;
  /** Make the job pages and their sitemap, in this folder (`jobs/`; `''` is the folder itself). */
  pages?: string | undefined;
  /** Make the RSS feed, at this path (`jobs.xml`; the CLI's may climb out, `../jobs.xml`). */
  rss?: string | undefined;
  /** Who is hiring: the pages' JobPosting and Open Graph tags, the RSS channel's name and image. */
  organization?: Organization | undefined;
  /** The pages' template (`parsePageTemplate`); defaults to the one shipped with the package. */
  template?: PageTemplate | undefined;
  /** The language of postings that name none, a language tag. Defaults to `en`. */
  lang?: string | undefined;
  /** The clock expired jobs are judged by. Defaults to now. */
  now?: Date | undefined;
}

/** A file of the plan, to write, emit or serve. */
export interface OutputFile extends PagesFile {
  /** The media type to serve it with. */
  type: string;
}

/** The options as checked once, for the pages and the RSS feed alike. */
interface Checked {
  baseUrl: string;
  organization: Organization | undefined;
  lang: string | undefined;
}

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

/**
 * The outputs for one set of options, made once (`create` loads the pages' label tables) and
 * rendered for each build's jobs. Throws a `TypeError` for a bad base URL, organization or
 * language.
 */
export class OutputPlan {
  /** Where the job pages go, `''` or ending in `/`; undefined when none are made. */
  readonly pagesPath: string | undefined;
  /** Where the RSS feed goes; undefined when it is not made. */
  readonly rssPath: string | undefined;
  /** The RSS feed's own URL (its `<atom:link rel="self">`), when the folder's URL is known. */
  readonly rssUrl: string | undefined;
  readonly #baseUrl: string;
  readonly #organization: Organization | undefined;
  readonly #lang: string | undefined;
  readonly #now: Date | undefined;
  readonly #renderer: JobPageRenderer | undefined;

  private constructor(options: OutputsOptions, checked: Checked, renderer: JobPageRenderer | undefined) {
    this.#baseUrl = checked.baseUrl;
    this.#organization = checked.organization;
    this.#lang = checked.lang;
    this.#now = options.now;
    this.#renderer = renderer;
    if (options.pages !== undefined) {
      const path = options.pages.replace(/^\/+|\/+$/g, '');
      this.pagesPath = path === '' ? '' : `${path}/`;
    }
    if (options.rss !== undefined) {
      this.rssPath = options.rss.replace(/^\/+/, '');
      this.rssUrl = options.folderUrl === undefined ? undefined : urlIn(options.folderUrl, this.rssPath);
    }
  }

  static async create(options: OutputsOptions): Promise<OutputPlan> {
    const lang = options.lang === undefined ? undefined : languageTag(options.lang);
    if (options.lang !== undefined && lang === undefined) throw new TypeError(`"${options.lang}" is not a language tag`);
    const checked: Checked = {
      baseUrl: checkBaseUrl(options.baseUrl),
      organization: options.organization && checkOrganization(options.organization),
      lang,
    };
    const renderer = options.pages === undefined ? undefined : await JobPageRenderer.create({ ...checked, template: options.template, now: options.now });
    return new OutputPlan(options, checked, renderer);
  }

  /** The pages folder's files for `jobs`, relative to the pages folder: each job's page, then the sitemap. */
  async *pages(jobs: Iterable<Job>): AsyncGenerator<PagesFile> {
    if (this.#renderer) yield* this.#renderer.files(jobs);
  }

  /** The RSS feed of `jobs`. */
  rss(jobs: Iterable<Job>): string {
    return renderRss(jobs, { baseUrl: this.#baseUrl, organization: this.#organization, selfUrl: this.rssUrl, lang: this.#lang, now: this.#now });
  }

  /** Every file of the plan for `jobs`, one at a time: the pages, the sitemap, the RSS feed. */
  async *files(jobs: Iterable<Job>): AsyncGenerator<OutputFile> {
    if (this.pagesPath !== undefined) {
      for await (const file of this.pages(jobs)) yield { ...file, path: this.pagesPath + file.path, type: file.page ? HTML : XML };
    }
    if (this.rssPath !== undefined) yield { path: this.rssPath, text: this.rss(jobs), type: RSS };
  }

  /**
   * What to tell a site's developer about the pages without JobPosting structured data (`ids`,
   * in the feed's order), which Google does not list: undefined when there are none, and without
   * an organization, where no page has one and the build's own warning has said why.
   */
  noteOnPages(ids: readonly string[]): string | undefined {
    if (ids.length === 0 || !this.#organization) return undefined;
    const named = ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`;
    return (
      `${ids.length} job page${ids.length === 1 ? '' : 's'} without JobPosting structured data (${named}): ` +
      'a page gets one only for an open job with a date and a place (an address such as "Berlin, Germany", or a remote job\'s countries)'
    );
  }

  /**
   * What answers a request for `path` in the folder (as requested: percent-encoded), made from a
   * build's jobs when asked; undefined when no file of the plan is there, without a build.
   */
  fileAt(path: string): ((jobs: Iterable<Job>) => Promise<OutputFile | undefined>) | undefined {
    let name: string;
    try {
      name = decodeURIComponent(path);
    } catch {
      return undefined;
    }
    if (name === this.rssPath) return async (jobs) => ({ path: name, text: this.rss(jobs), type: RSS });
    const renderer = this.#renderer;
    const pagesPath = this.pagesPath;
    if (!renderer || pagesPath === undefined || !name.startsWith(pagesPath)) return undefined;
    const rest = name.slice(pagesPath.length);
    if (SITEMAP_NAME.test(rest)) {
      return async (jobs) => {
        for await (const file of renderer.files(jobs)) if (file.path === rest) return { ...file, path: name, type: XML };
        return undefined;
      };
    }
    const id = /^([^/]+)\/(?:index\.html)?$/.exec(rest)?.[1];
    if (id === undefined || !isJobId(id)) return undefined;
    return async (jobs) => {
      for (const job of jobs) {
        if (job.id !== id) continue;
        const page = await renderer.render(job);
        return { path: pagesPath + page.path, text: page.html, type: HTML, page };
      }
      return undefined;
    };
  }
}

/**
 * The URL of a folder served at `base`, Vite's public base path: a path (`/app/`) on the origin
 * of the job pages' `baseUrl`, an absolute URL (a CDN's) as it is; unknown for a relative base
 * (`./`), which is served wherever the page that loads it is.
 */
export function folderUrlAt(base: string, baseUrl: string): string | undefined {
  if (base.startsWith('/')) return new URL(base, baseUrl).href;
  return /^https?:\/\//i.test(base) ? new URL(base).href : undefined;
}

/**
 * Where the job pages at `baseUrl` lie in the folder served at `folderUrl` (`jobs/`, `''` or
 * ending in `/`, with its segments decoded as file names), or undefined when they lie outside
 * it. Paths only: a folder served from a CDN has another origin than the pages.
 */
export function pagesPathIn(folderUrl: string | undefined, baseUrl: string): string | undefined {
  if (folderUrl === undefined) return undefined;
  const folder = new URL(folderUrl).pathname;
  const pages = new URL(baseUrl).pathname;
  if (!pages.startsWith(folder)) return undefined;
  try {
    return pages.slice(folder.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}

/**
 * The URL of the file at `path` in the folder served at `folderUrl`: each segment percent-encoded,
 * since a file name is one segment whatever it holds (`#`, `?`, `%`). Undefined for a path on
 * another drive, or one that climbs above the site's root, where the file has no URL we know.
 */
function urlIn(folderUrl: string, path: string): string | undefined {
  const segments = path.split('/');
  if (path === '' || /^[a-z]:$/i.test(segments[0]!)) return undefined;
  let depth = new URL(folderUrl).pathname.split('/').filter(Boolean).length;
  for (const segment of segments.slice(0, -1)) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) return undefined;
  }
  return new URL(segments.map(encodeURIComponent).join('/'), folderUrl).href;
}
