/**
 * `import jobWidgets from 'job-widgets/vite'`: builds the job feed from a postings folder inside
 * Vite. In dev the feed is served from memory and rebuilt when a posting changes (problems show
 * in Vite's error overlay, a good build reloads the page); in a build it is emitted as an asset,
 * and any invalid posting fails the build. With `split: true` the feed is an index plus one
 * file per job, served and emitted the same way. The HTML pages Vite serves and builds get their
 * `<job-list>` and `<job-detail job-id>` elements prerendered from the feed (`prerender: false`
 * turns it off).
 *
 * @packageDocumentation
 */
import { readFile, realpath } from 'node:fs/promises';
import { basename, posix, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Feed, Organization } from './feed/types.js';
import { formatDiagnostic } from './build/index.js';
import { displayPath, errorMessage, findPostings, isInside, isPostingName } from './build/fs.js';
import { languageHint, languageTag } from './build/language.js';
import { LiveFeed } from './build/live-feed.js';
import { folderUrlAt, OutputPlan, pagesPathIn } from './build/outputs.js';
import { parsePageTemplate, type PageTemplate } from './build/page-template.js';
import { prerenderPage } from './build/prerender.js';
import { checkBaseUrl, checkOrganization } from './build/site.js';
import type { BuildOptions, BuildResult, BuiltFeed, Diagnostic, JobFile } from './build/types.js';
import { splitFolderFor } from './build/write-split.js';

export interface JobWidgetsOptions {
  /** The postings folder, relative to Vite's `root` (or absolute). */
  postings: string;
  /** The feed's URL path under `base` and its file name in the build output. Defaults to `jobs.json`. */
  feed?: string;
  /**
   * Write a split feed: `feed` becomes a small index, and each job gets its own file in a folder
   * named after it (`jobs.json` → `jobs/<id>.<hash>.json`), loaded when the job is opened.
   */
  split?: boolean;
  /** Passed to the build: currency for a bare `$`, whether to keep drafts and expired postings. */
  buildOptions?: BuildOptions;
  /**
   * Who is hiring, written as the feed's `organization` (the jobs' JSON-LD `hiringOrganization`)
   * and used by `pages` and `rss`. URLs must be absolute `http(s)`.
   */
  organization?: Organization;
  /**
   * The absolute URL of the job pages' folder (`https://example.com/jobs/`): a job's page is this
   * plus `<id>/`. Needed by `pages` and `rss`.
   */
  baseUrl?: string;
  /**
   * Also make one HTML page per job (`<id>/index.html`) and a `sitemap.xml`, emitted by a build
   * and served in dev. `true` puts them where `baseUrl` says under Vite's `base`.
   */
  pages?: boolean | JobPagesPluginOptions;
  /** Also make an RSS 2.0 feed of the open jobs at this path under `base` (such as `jobs.xml`). */
  rss?: string;
  /** The language of postings that name none, for the pages and the RSS feed. Defaults to `en`. */
  lang?: string;
  /**
   * Prerender the `<job-list>` and `<job-detail job-id>` elements of the HTML pages Vite builds
   * (and serves in dev) from the feed, as `job-widgets prerender` does: the jobs are in the
   * page's HTML, shown before any script runs and without JavaScript. Defaults to `true`.
   */
  prerender?: boolean;
}

export interface JobPagesPluginOptions {
  /**
   * The pages' folder in the build output (`jobs`); by default the path of `baseUrl` under
   * Vite's `base` (`https://example.com/jobs/` with base `/` → `jobs`).
   */
  dir?: string;
  /** A site's own page template, relative to Vite's `root` (or absolute); see the README for its placeholders. */
  template?: string;
}

const NAME = 'job-widgets';

/** Every problem, one per line, as `path:line: message` with its hint. */
function describe(errors: Diagnostic[]): string {
  return `job feed not built: ${errors.length} problem${errors.length === 1 ? '' : 's'}\n${errors.map(formatDiagnostic).join('\n')}`;
}

export default function jobWidgets(options: JobWidgetsOptions): Plugin {
  const feedName = (options.feed ?? 'jobs.json').replace(/^\/+/, '');
  /** Where job files go, as a path under `base` (`data/jobs.json` → `data/jobs/`); split feeds only. */
  const filesPath = options.split ? posix.join(posix.dirname(feedName), splitFolderFor(feedName)) + '/' : undefined;
  // Checked here, so that a typo stops Vite at once with the reason.
  const organization = options.organization && checkOrganization(options.organization);
  const baseUrl = options.baseUrl === undefined ? undefined : checkBaseUrl(options.baseUrl);
  if (options.lang !== undefined && languageTag(options.lang) === undefined) {
    throw new TypeError(`${NAME}: \`lang\` "${options.lang}" is not a language tag. ${languageHint(options.lang, (code) => `lang: '${code}'`)}`);
  }
  if ((options.pages || options.rss !== undefined) && baseUrl === undefined) {
    throw new TypeError(`${NAME}: \`${options.pages ? 'pages' : 'rss'}\` needs \`baseUrl\`, the absolute URL of the job pages (such as https://example.com/jobs/)`);
  }
  const buildOptions: BuildOptions = {
    ...options.buildOptions,
    ...(options.split && { split: { folder: splitFolderFor(feedName) } }),
    ...(organization && { organization }),
  };
  let dir = '';
  let base = '/';
  /** The pages and RSS feed, placed in the output folder: undefined when there are none. */
  let plan: OutputPlan | undefined;

  let building = false;
  /** The build's feed, made once in `buildStart` and emitted by the client environment. */
  let built: BuildResult | undefined;
  /** In dev: the last good build, once the changes so far are built. */
  let served: (() => Promise<BuiltFeed | undefined>) | undefined;

  return {
    name: NAME,

    async configResolved(config) {
      dir = resolve(config.root, options.postings);
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      building = config.command === 'build';
      plan = await planOutputs(options, config.root, base, baseUrl, organization);
    },

    async buildStart() {
      if (!building) return;
      const files = await findPostings(dir);
      // `vite build --watch` rebuilds when a posting changes.
      for (const file of files) this.addWatchFile(resolve(file));
      const live = new LiveFeed(buildOptions);
      await live.read(files);
      built = live.build();
      if (!built.ok) this.error(describe(built.errors));
      for (const w of built.warnings) this.warn(formatDiagnostic(w));
    },

    async generateBundle() {
      if (this.environment && this.environment.config.consumer !== 'client') return;
      if (!built?.ok) return;
      if (built.split) {
        for (const file of built.split.files) this.emitFile({ type: 'asset', fileName: filesPath + file.name, source: file.bytes });
        this.emitFile({ type: 'asset', fileName: feedName, source: built.split.bytes });
      } else {
        this.emitFile({ type: 'asset', fileName: feedName, source: built.bytes });
      }
      if (!plan) return;
      const withoutStructuredData: string[] = [];
      for await (const file of plan.files(built.jobs)) {
        this.emitFile({ type: 'asset', fileName: file.path, source: file.text });
        if (file.page && !file.page.structuredData) withoutStructuredData.push(file.page.id);
      }
      const note = plan.noteOnPages(withoutStructuredData);
      if (note !== undefined) this.warn(note);
    },

    configureServer(server) {
      served = serveFeed(server, dir, base + feedName, filesPath && base + filesPath, buildOptions, base, plan);
    },

    transformIndexHtml: {
      // After Vite's own changes to the page: the output is the elements' shadow DOM, styles and
      // state, which Vite must not take for the page's own scripts, styles and assets.
      order: 'post',
      async handler(html, context) {
        if (options.prerender === false) return undefined;
        const feed = building ? (built?.ok ? built.feed : undefined) : (await served?.())?.feed;
        if (!feed) return undefined;
        const file = displayPath(context.filename);
        const result = await prerenderPage(html, file, feed, { feedName: base + feedName });
        if (result.ok) return result.html;
        throw new Error(`${NAME}: ${file} not prerendered\n${(await sourceErrors(context.filename, feed)) ?? result.errors.map(formatDiagnostic).join('\n')}`);
      },
    },
  };

  /**
   * The problems with the page as it is on disk: Vite's changes before ours moved its lines, and
   * a person looks for the line in the file. Undefined when the file cannot be read.
   */
  async function sourceErrors(path: string, feed: Feed): Promise<string | undefined> {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    const result = await prerenderPage(text, displayPath(path), feed, { feedName: base + feedName });
    return result.ok ? undefined : result.errors.map(formatDiagnostic).join('\n');
  }
}

/**
 * The pages and the RSS feed for the options, placed in the output folder, which Vite serves at
 * `base`. Throws (stopping Vite) for a template with problems or pages without a place.
 */
async function planOutputs(
  options: JobWidgetsOptions,
  root: string,
  base: string,
  baseUrl: string | undefined,
  organization: Organization | undefined,
): Promise<OutputPlan | undefined> {
  // The plugin refuses pages and RSS without a base URL before Vite starts.
  if (baseUrl === undefined) return undefined;
  const folderUrl = folderUrlAt(base, baseUrl);
  let pages: string | undefined;
  let template: PageTemplate | undefined;
  if (options.pages) {
    const { dir, template: templateFile } = options.pages === true ? {} : options.pages;
    if (templateFile !== undefined) {
      const file = resolve(root, templateFile);
      const parsed = parsePageTemplate(await readFile(file, 'utf8'), displayPath(file));
      if (!parsed.template) throw new Error(`${NAME}: the job page template has problems\n${parsed.errors.map(formatDiagnostic).join('\n')}`);
      template = parsed.template;
    }
    pages = dir ?? pagesPathIn(folderUrl, baseUrl);
    if (pages === undefined) {
      throw new TypeError(`${NAME}: the job pages at ${baseUrl} are not under Vite's base "${base}": set \`pages: { dir }\` to say where they go`);
    }
  }
  if (pages === undefined && options.rss === undefined) return undefined;
  return OutputPlan.create({ baseUrl, folderUrl, pages, rss: options.rss, organization, template, lang: options.lang });
}

/**
 * Builds the feed for the dev server, keeps it in step with the folder and answers its URL (and,
 * for a split feed, the URLs of its job files under `filesUrl`, and the job pages, sitemap and
 * RSS feed when they are asked for). Returns what gives the last good build once the changes so
 * far are built, for the pages to prerender.
 */
function serveFeed(
  server: ViteDevServer,
  dir: string,
  url: string,
  filesUrl: string | undefined,
  buildOptions: BuildOptions,
  base: string,
  plan: OutputPlan | undefined,
): () => Promise<BuiltFeed | undefined> {
  const live = new LiveFeed(buildOptions);
  const logger = server.config.logger;
  /** The last good feed (or index): an invalid edit keeps serving it, as the CLI keeps the last good file. */
  let feed: Uint8Array | undefined;
  /** The last good split feed's job files by name; a name is never reused for other content. */
  let files = new Map<string, JobFile>();
  /** The last good build, for the pages and the RSS feed. */
  let good: BuiltFeed | undefined;
  let problems: Diagnostic[] = [];
  let root = dir;
  let dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();

  const apply = (result: BuildResult, reload: boolean): void => {
    problems = result.errors;
    for (const w of result.warnings) {
      // A warning about the options (`file` '') does not change while the server runs: the first build said it.
      if (w.file !== '' || !reload) logger.warn(formatDiagnostic(w), { timestamp: true });
    }
    if (result.ok) {
      good = result;
      feed = result.split ? result.split.bytes : result.bytes;
      if (result.split) files = new Map(result.split.files.map((file) => [file.name, file]));
      logger.info(`${NAME}: ${result.stats.jobs} jobs → ${url}`, { timestamp: true });
      if (reload) server.ws.send({ type: 'full-reload', path: '*' });
      return;
    }
    const first = result.errors[0];
    logger.error(describe(result.errors), { timestamp: true });
    server.ws.send({
      type: 'error',
      err: {
        message: describe(result.errors),
        stack: '',
        plugin: NAME,
        ...(first && { id: resolve(first.file), loc: { file: resolve(first.file), line: first.line, column: 1 } }),
      },
    });
  };

  const ready = (async () => {
    root = await realpath(dir);
    await live.read(await findPostings(dir));
    apply(live.build(), false);
  })().catch((err: unknown) => {
    problems = [{ severity: 'error', file: displayPath(dir), line: 1, message: `cannot read the postings folder: ${errorMessage(err)}` }];
    logger.error(describe(problems));
  });

  /** Whether a watcher event is about something in the postings folder that could be a posting. */
  const concerns = (file: string): boolean => {
    const rel = relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !rel.split(sep).some((part) => part.startsWith('.'));
  };

  const flush = (): void => {
    const paths = [...dirty].sort();
    dirty = new Set();
    queue = queue.then(async () => {
      await ready;
      const changed: string[] = [];
      let dropped = 0;
      for (const path of paths) {
        const real = await realpath(path).catch(() => undefined);
        if (real && isInside(root, real) && isPostingName(basename(path))) changed.push(path);
        else dropped += live.forget(path).length;
      }
      // A note or an empty folder changing is no reason to reload the page.
      if (changed.length === 0 && dropped === 0) return;
      await live.read(changed);
      apply(live.build(), true);
    }).catch((err: unknown) => {
      // Keep the queue usable: one failed rebuild must not stop the ones after it.
      logger.error(`${NAME}: rebuilding the job feed failed: ${errorMessage(err)}`, { timestamp: true });
    });
  };

  server.watcher.add(dir);
  server.watcher.on('all', (event, file) => {
    if (!concerns(file)) return;
    // A new folder's postings arrive as their own `add` events.
    if (event === 'addDir') return;
    dirty.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, 30);
  });

  server.middlewares.use((req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (filesUrl !== undefined && path.startsWith(filesUrl)) {
      return void ready.then(() => queue).then(() => {
        const file = files.get(path.slice(filesUrl.length));
        if (!file) return next();
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : file.bytes);
      }, next);
    }
    const extra = plan && path.startsWith(base) ? plan.fileAt(path.slice(base.length)) : undefined;
    if (extra) {
      return void ready.then(() => queue).then(async () => {
        const answer = good && (await extra(good.feed.jobs));
        if (answer === undefined) return next();
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', answer.type);
        res.end(req.method === 'HEAD' ? undefined : answer.text);
      }, next);
    }
    if (path !== url) return next();
    ready.then(() => queue).then(() => {
      res.setHeader('cache-control', 'no-store');
      if (feed === undefined) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(describe(problems));
        return;
      }
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : feed);
    }, next);
  });
  return () => ready.then(() => queue).then(() => good);
}
