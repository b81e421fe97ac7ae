#!/usr/bin/env node
/**
 * `job-widgets build <postings-dir> --out <feed.json>` and `job-widgets prerender <page.html>...
 * --feed <jobs.json>`: thin shells around the build core and the prerenderer. Exit codes: 0 done,
 * 1 a posting, a page, the feed (or the file system) had a problem and nothing was written, 2 the
 * command line was wrong. Results go to stdout, problems and progress to stderr.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, type BuildOptions, type BuildResult, type BuiltFeed, type Diagnostic, type SplitFeed } from './build/index.js';
import { displayPath, errorMessage, findPostings, writeFileAtomic } from './build/fs.js';
import { languageHint, languageTag } from './build/language.js';
import { LiveFeed } from './build/live-feed.js';
import { parsePageTemplate, type PageTemplate } from './build/page-template.js';
import { OutputPlan } from './build/outputs.js';
import { parseFeed, prerenderPage } from './build/prerender.js';
import { checkBaseUrl } from './build/site.js';
import { writeJobPages, type PagesWriteResult } from './build/write-pages.js';
import { splitFolderFor, writeFeed, writeSplitFeed, type SplitWriteResult } from './build/write-split.js';
import { watchPostings, type PostingChanges } from './build/watch.js';
import { count, paintDiagnostic, palette, Progress, useColour, type Palette } from './cli/terminal.js';
import { isWebUrl } from './sanitize/url.js';

/** The commands, each with its usage line. */
const COMMANDS = {
  build: 'job-widgets build <postings-dir> --out <feed.json> [options]',
  prerender: 'job-widgets prerender <page.html>... --feed <jobs.json>',
} as const;
type CommandName = keyof typeof COMMANDS;

/** The usage lines of `command`, or of every command. */
function usage(command?: CommandName): string {
  const lines = command ? [COMMANDS[command]] : Object.values(COMMANDS);
  return lines.map((line, i) => `${i === 0 ? 'Usage: ' : '       '}${line}`).join('\n');
}

/** A command-line option: what `parseArgs` needs, and its lines in `--help`. */
interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  /** What follows it, as `--help` shows it: `<file>`. */
  value?: string;
  /** Its description in `--help`, a line each. */
  help: readonly string[];
  /** Starts a group of options in `--help`: its heading after a blank line ('' for none). */
  group?: string;
  /** The command it belongs to; every command takes it when absent. */
  command?: CommandName;
}

/** Every option, in the order `--help` lists them: `parseArgs` reads the same table. */
const OPTIONS = {
  out: { type: 'string', short: 'o', value: '<file>', help: ['where to write the feed (required)'], command: 'build' },
  watch: { type: 'boolean', short: 'w', help: ['rebuild whenever a posting changes; stop with Ctrl+C'], command: 'build' },
  split: { type: 'boolean', help: ['write a small index at --out and one file per job in a', 'folder named after it (jobs.json -> jobs/<id>.<hash>.json)'], command: 'build' },
  'include-expired': { type: 'boolean', help: ['keep postings whose valid_through date has passed'], command: 'build' },
  'include-drafts': { type: 'boolean', help: ['keep postings marked draft: true'], command: 'build' },
  currency: { type: 'string', value: '<code>', help: ['ISO 4217 code that a bare "$" in salaries stands for (e.g. USD)'], command: 'build' },
  'org-name': { type: 'string', value: '<name>', help: ["the organization's name"], group: 'Who is hiring (written into the feed, used by job pages and RSS):', command: 'build' },
  'org-url': { type: 'string', value: '<url>', help: ['its web site, an absolute http(s) URL'], command: 'build' },
  'org-logo': { type: 'string', value: '<url>', help: ['its logo, an absolute http(s) URL'], command: 'build' },
  pages: {
    type: 'string',
    value: '<dir>',
    help: ['write one HTML page per job (<dir>/<id>/index.html) and', '<dir>/sitemap.xml; needs --base-url'],
    group: 'For search engines and aggregators:',
    command: 'build',
  },
  'base-url': { type: 'string', value: '<url>', help: ["the address of the job pages' folder, such as", "https://example.com/jobs/ (a job's page is <url><id>/)"], command: 'build' },
  'page-template': {
    type: 'string',
    value: '<file>',
    help: [
      'the HTML template of a job page instead of the built-in',
      'one; placeholders: {{lang}} {{dir}} {{title}} {{head}}',
      '{{content}}, optional {{description}} {{url}} {{organization}}',
    ],
    command: 'build',
  },
  rss: { type: 'string', value: '<file>', help: ['write an RSS 2.0 feed of the open jobs; needs --base-url'], command: 'build' },
  lang: { type: 'string', value: '<tag>', help: ['the language of postings without a lang (default: en)'], command: 'build' },
  feed: { type: 'string', short: 'f', value: '<file>', help: ['the job feed the elements show (required)'], command: 'prerender' },
  help: { type: 'boolean', short: 'h', help: ['show this help'], group: '' },
  version: { type: 'boolean', short: 'v', help: ['show the version'] },
} as const satisfies Record<string, CliOption>;

// Where the descriptions start in `--help`; a longer option has its description on the next lines.
const HELP_COLUMN = 27;

/** The `--help` lines of the options of `command` (undefined: those every command takes). */
function optionLines(command: CommandName | undefined): string[] {
  const lines: string[] = [];
  for (const [name, option] of Object.entries(OPTIONS) as [string, CliOption][]) {
    if (option.command !== command) continue;
    if (option.group !== undefined) lines.push('', ...(option.group ? [`  ${option.group}`] : []));
    const flag = `  ${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`;
    const [first, ...rest] = flag.length + 2 <= HELP_COLUMN ? [flag.padEnd(HELP_COLUMN) + option.help[0], ...option.help.slice(1)] : [flag, ...option.help];
    lines.push(first!, ...rest.map((line) => ' '.repeat(HELP_COLUMN) + line));
  }
  return lines;
}

const HELP = `${usage()}

build: builds the JSON feed that the job widgets read from a folder of markdown job postings.
prerender: fills every <job-list> and <job-detail job-id="…"> of the HTML pages, in place,
with the feed's jobs as the elements render them, so that the jobs are in the HTML itself;
each element keeps its attributes and children, and a second run replaces the first's output.

Options of build:
${optionLines('build').join('\n')}

Options of prerender:
${optionLines('prerender').join('\n')}
${optionLines(undefined).join('\n')}

Exit status: 0 when the feed (or the pages) was written, 1 when a posting, the page template,
a page or the feed has a problem (nothing is written) or a file cannot be written, 2 when the
command line is wrong.
`;

class UsageError extends Error {
  /** The command whose usage line goes with the message; every command's when undefined. */
  constructor(message: string, readonly command?: CommandName) {
    super(message);
  }
}
class NoPostingsError extends Error {}

interface Command {
  name: 'build';
  dir: string;
  out: string;
  watch: boolean;
  options: BuildOptions;
  /** The address of the job pages, when pages or RSS are written. */
  baseUrl?: string;
  /** Where to write the job pages. */
  pages?: string;
  /** A site's own page template file. */
  pageTemplate?: string;
  /** Where to write the RSS feed. */
  rss?: string;
  /** The language of postings without one, for the pages and the RSS feed. */
  lang?: string;
}

interface PrerenderCommand {
  name: 'prerender';
  pages: string[];
  feed: string;
}

/** What the writes beside the feed need, made once before the first build: no plan when there are none. */
interface Extras {
  plan?: OutputPlan;
}

const stdout = process.stdout;
const stderr = process.stderr;
const paintOut = palette(useColour(stdout));
const paintErr = palette(useColour(stderr));

const parseOptions = (args: string[]) => parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
type Values = ReturnType<typeof parseOptions>['values'];

function parse(argv: string[]): Command | PrerenderCommand | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseOptions(argv);
  } catch (err) {
    // parseArgs explains at length how to pass a positional starting with '-'; the first sentence says it all.
    throw new UsageError((err as Error).message.split(/\.\s/)[0]!.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...args] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command '${command}'`);
  const name = command as CommandName;
  for (const [option, value] of Object.entries(values)) {
    const owner = (OPTIONS as Record<string, CliOption>)[option]?.command;
    if (value !== undefined && owner !== undefined && owner !== name) throw new UsageError(`--${option} is an option of ${owner}, not of ${name}`, name);
  }
  if (name === 'prerender') {
    if (args.length === 0) throw new UsageError('missing <page.html>', name);
    if (!values.feed) throw new UsageError('missing --feed <jobs.json>', name);
    return { name, pages: args, feed: values.feed };
  }
  try {
    return parseBuild(args, values);
  } catch (err) {
    throw err instanceof UsageError && err.command === undefined ? new UsageError(err.message, name) : err;
  }
}

function parseBuild(args: string[], values: Values): Command {
  const [dir, ...extra] = args;
  if (dir === undefined) throw new UsageError('missing <postings-dir>');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  if (!values.out) throw new UsageError('missing --out <feed.json>');
  const options: BuildOptions = {};
  if (values['include-expired']) options.includeExpired = true;
  if (values['include-drafts']) options.includeDrafts = true;
  if (values.currency !== undefined) options.currency = currencyCode(values.currency);
  if (values.split) options.split = { folder: jobFolder(values.out) };
  const organization = orgOption(values['org-name'], values['org-url'], values['org-logo']);
  if (organization) options.organization = organization;
  const cmd: Command = { name: 'build', dir, out: values.out, watch: values.watch === true, options };
  const needsBase = values.pages !== undefined ? '--pages' : values.rss !== undefined ? '--rss' : undefined;
  if (values['base-url'] === undefined) {
    if (needsBase) throw new UsageError(`${needsBase} needs --base-url <url>, the address of the job pages (such as https://example.com/jobs/)`);
  } else {
    if (!needsBase) throw new UsageError('--base-url is used by --pages and --rss; give one of them');
    try {
      cmd.baseUrl = checkBaseUrl(values['base-url']);
    } catch (err) {
      throw new UsageError(`--base-url: ${(err as Error).message}`);
    }
  }
  if (values['page-template'] !== undefined && values.pages === undefined) throw new UsageError('--page-template needs --pages <dir>');
  if (values.lang !== undefined) {
    if (!needsBase) throw new UsageError('--lang is used by --pages and --rss; give one of them');
    cmd.lang = langOption(values.lang);
  }
  if (values.pages !== undefined) cmd.pages = values.pages;
  if (values['page-template'] !== undefined) cmd.pageTemplate = values['page-template'];
  if (values.rss !== undefined) cmd.rss = values.rss;
  return cmd;
}

function orgOption(name: string | undefined, url: string | undefined, logo: string | undefined): BuildOptions['organization'] {
  if (name === undefined) {
    if (url !== undefined || logo !== undefined) throw new UsageError(`${url !== undefined ? '--org-url' : '--org-logo'} needs --org-name <name>`);
    return undefined;
  }
  if (!name.trim()) throw new UsageError('--org-name must not be empty');
  for (const [flag, value] of [['--org-url', url], ['--org-logo', logo]] as const) {
    if (value !== undefined && !isWebUrl(value)) {
      throw new UsageError(`${flag} '${value}' is not an absolute http(s) URL (such as https://example.com${flag === '--org-logo' ? '/logo.png' : '/'})`);
    }
  }
  return { name, ...(url !== undefined && { url }), ...(logo !== undefined && { logo }) };
}

function langOption(value: string): string {
  const tag = languageTag(value);
  if (tag !== undefined) return tag;
  throw new UsageError(`--lang '${value}' is not a language tag (such as en, de or pt-BR). ${languageHint(value, (code) => `--lang ${code}`)}`);
}

function currencyCode(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !Intl.supportedValuesOf('currency').includes(code)) {
    throw new UsageError(`--currency '${value}' is not an ISO 4217 currency code (such as USD, EUR, GBP)`);
  }
  return code;
}

function jobFolder(out: string): string {
  try {
    return splitFolderFor(out);
  } catch (err) {
    throw new UsageError(`--split: ${(err as Error).message}`);
  }
}

function version(): string {
  // src/cli.ts and dist/cli.js both sit one level below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function byLocation(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

function printDiagnostics(list: Diagnostic[]): void {
  for (const d of [...list].sort(byLocation)) stderr.write(paintDiagnostic(formatDiagnostic(d), d, paintErr) + '\n');
}

/**
 * `(1 draft, 2 expired skipped; 3 warnings; 1 job file written, 1 removed)`, or nothing when
 * there is nothing to say. `removedSplit`: job files of an earlier split feed that a single feed
 * replaced.
 */
function details(result: BuildResult, warnings: number, split?: SplitWriteResult, removedSplit = 0): string {
  const parts: string[] = [];
  const skipped: string[] = [];
  if (result.stats.drafts > 0) skipped.push(count(result.stats.drafts, 'draft'));
  if (result.stats.expired > 0) skipped.push(`${result.stats.expired} expired`);
  if (skipped.length > 0) parts.push(`${skipped.join(', ')} skipped`);
  if (warnings > 0) parts.push(count(warnings, 'warning'));
  if (split) parts.push(`${count(split.written, 'job file')} written${split.removed > 0 ? `, ${split.removed} removed` : ''}`);
  if (removedSplit > 0) parts.push(`${count(removedSplit, 'job file')} of the earlier split feed removed`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function failureLine(errors: Diagnostic[], out: string, p: Palette): string {
  const files = new Set(errors.map((e) => e.file)).size;
  return `${p.red('✗')} ${count(errors.length, 'error')} in ${count(files, 'posting')}; nothing written, ${out} left as it was`;
}

/** `a, b, c and 7 more`: a checkout can change thousands of postings at once. */
function listSome(items: string[], max = 3): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function ms(start: number): string {
  return `${Math.round(performance.now() - start)} ms`;
}

/** What watch mode remembers between writes: the split feed last written, whose job files are on disk. */
interface Written {
  split?: SplitFeed;
  /** Whether a single feed was written: then no split index of an earlier run is left to clean up after. */
  feed?: boolean;
  /** Whether the notes about pages without structured data were shown (once is enough). */
  notedPages?: boolean;
}

/**
 * Reads the page template and plans the pages and the RSS feed: the problems that stop a build
 * before any posting is read. Returns undefined after printing what is wrong.
 */
async function prepareExtras(cmd: Command): Promise<Extras | undefined> {
  if (cmd.pages === undefined && cmd.rss === undefined) return {};
  let template: PageTemplate | undefined;
  if (cmd.pageTemplate !== undefined) {
    let text: string;
    try {
      text = await readFile(cmd.pageTemplate, 'utf8');
    } catch (err) {
      stderr.write(`${paintErr.red('✗')} cannot read the page template ${displayPath(cmd.pageTemplate)}: ${errorMessage(err)}; nothing written\n`);
      return undefined;
    }
    const parsed = parsePageTemplate(text, displayPath(cmd.pageTemplate));
    if (!parsed.template) {
      printDiagnostics(parsed.errors);
      stderr.write(`${paintErr.red('✗')} the page template has ${count(parsed.errors.length, 'problem')}; nothing written\n`);
      return undefined;
    }
    template = parsed.template;
  }
  // The CLI has no output folder: the one folder whose URL it is told is the pages folder, at
  // --base-url, so the plan's paths are relative to it (or, without pages, to the RSS feed's folder).
  const folder = cmd.pages ?? dirname(cmd.rss!);
  const plan = await OutputPlan.create({
    baseUrl: cmd.baseUrl!,
    folderUrl: cmd.pages === undefined ? undefined : cmd.baseUrl,
    pages: cmd.pages === undefined ? undefined : '',
    rss: cmd.rss === undefined ? undefined : relative(resolve(folder), resolve(cmd.rss)).split(sep).join('/'),
    organization: cmd.options.organization,
    template,
    lang: cmd.lang,
  });
  return { plan };
}

/**
 * Writes the job pages and the RSS feed, before the feed itself: the feed's widgets link to the
 * pages, so they must be there first. Returns what was written, or the error that stopped it.
 */
async function writeExtras(
  result: BuiltFeed,
  cmd: Command,
  extras: Extras,
): Promise<{ pages?: PagesWriteResult; error?: string; written: string[] }> {
  const written: string[] = [];
  let pages: PagesWriteResult | undefined;
  const { plan } = extras;
  if (plan && cmd.pages !== undefined) {
    try {
      pages = await writeJobPages(cmd.pages, plan.pages(result.jobs));
      written.push('the job pages');
    } catch (err) {
      return { error: `cannot write the job pages to ${displayPath(cmd.pages)}: ${errorMessage(err)}`, written };
    }
  }
  if (plan && cmd.rss !== undefined) {
    try {
      await writeFileAtomic(cmd.rss, plan.rss(result.jobs));
      written.push('the RSS feed');
    } catch (err) {
      return { ...(pages && { pages }), error: `cannot write ${displayPath(cmd.rss)}: ${errorMessage(err)}`, written };
    }
  }
  return { ...(pages && { pages }), written };
}

/** `public/jobs/ (3 pages, sitemap.xml; 1 written, 2 removed)` and the RSS line, for after the summary. */
function extrasLines(cmd: Command, pages: PagesWriteResult | undefined): string {
  let out = '';
  if (cmd.pages !== undefined && pages) {
    const changes = [`${pages.written} written`, ...(pages.removed > 0 ? [`${pages.removed} removed`] : [])].join(', ');
    out += `  ${count(pages.pages, 'job page')} + ${pages.sitemaps.join(', ')} → ${displayPath(cmd.pages)}/ (${changes})\n`;
  }
  if (cmd.rss !== undefined) out += `  RSS → ${displayPath(cmd.rss)}\n`;
  return out;
}

/** Why some pages carry no JobPosting, said once: Google shows only jobs with one. */
function notePages(plan: OutputPlan | undefined, pages: PagesWriteResult | undefined, written: Written): void {
  if (!plan || !pages || written.notedPages) return;
  written.notedPages = true;
  const note = plan.noteOnPages(pages.withoutStructuredData);
  if (note !== undefined) stderr.write(`${paintErr.yellow('!')} ${note}\n`);
}

/**
 * Writes the feed (or the split feed's job files and index) when `result` has no errors and
 * prints the outcome. Returns whether it wrote.
 */
async function finish(
  result: BuildResult,
  cmd: Command,
  extras: Extras,
  start: number,
  verb: string,
  warnings: Diagnostic[],
  written: Written = {},
): Promise<boolean> {
  const out = cmd.out;
  printDiagnostics(warnings);
  if (!result.ok) {
    printDiagnostics(result.errors);
    stderr.write(failureLine(result.errors, displayPath(out), paintErr) + '\n');
    return false;
  }
  const beside = await writeExtras(result, cmd, extras);
  if (beside.error !== undefined) {
    const done = beside.written.length > 0 ? `${beside.written.join(' and ')} written, ${displayPath(out)} not` : 'nothing written';
    stderr.write(`${paintErr.red('✗')} ${beside.error}; ${done}\n`);
    return false;
  }
  let split: SplitWriteResult | undefined;
  let removedSplit = 0;
  try {
    if (result.split) {
      split = await writeSplitFeed(out, result.split, written.split);
      written.split = result.split;
    } else {
      removedSplit = (await writeFeed(out, result.bytes, !written.feed)).removed;
      written.feed = true;
    }
  } catch (err) {
    const done = beside.written.length > 0 ? `only ${beside.written.join(' and ')} written` : 'nothing written';
    stderr.write(`${paintErr.red('✗')} cannot write ${displayPath(out)}: ${errorMessage(err)}; ${done}\n`);
    return false;
  }
  const where = result.split ? `${displayPath(out)} + ${displayPath(join(dirname(out), result.split.folder))}/` : displayPath(out);
  stdout.write(
    `${paintOut.green('✓')} ${verb} ${count(result.stats.jobs, 'job')} → ${where}` +
      `${details(result, result.warnings.length, split, removedSplit)} in ${ms(start)}\n` +
      extrasLines(cmd, beside.pages),
  );
  notePages(extras.plan, beside.pages, written);
  return true;
}

/** Reads every posting under the folder into `feed`; false (after saying why) when the folder cannot be read. */
async function readAll(feed: LiveFeed, files: () => Promise<string[]>, dir: string, start: number): Promise<boolean> {
  const progress = new Progress(stderr, start);
  try {
    await feed.read(await files(), (phase, done, total) => progress.update(phase, done, total));
    return true;
  } catch (err) {
    stderr.write(
      err instanceof NoPostingsError
        ? `${paintErr.red('✗')} found no postings (*.md or *.markdown files) in ${displayPath(dir)}; nothing written\n`
        : `${paintErr.red('✗')} cannot read ${displayPath(dir)}: ${errorMessage(err)}\n`,
    );
    return false;
  } finally {
    progress.clear();
  }
}

async function buildOnce(cmd: Command): Promise<number> {
  const start = performance.now();
  const extras = await prepareExtras(cmd);
  if (!extras) return 1;
  const feed = new LiveFeed(cmd.options);
  const files = async (): Promise<string[]> => {
    await assertFolder(cmd.dir);
    const found = await findPostings(cmd.dir);
    // An empty feed from an empty (or mistyped) folder would replace a good one: refuse.
    if (found.length === 0) throw new NoPostingsError();
    return found;
  };
  if (!(await readAll(feed, files, cmd.dir, start))) return 1;
  const result = feed.build();
  return (await finish(result, cmd, extras, start, 'Built', result.warnings)) ? 0 : 1;
}

async function assertFolder(dir: string): Promise<void> {
  if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
}

async function buildAndWatch(cmd: Command): Promise<number> {
  const extras = await prepareExtras(cmd);
  if (!extras) return 1;
  const feed = new LiveFeed(cmd.options);
  const written: Written = {};
  // The watcher starts before the first build so that no edit is missed, but an edit must not
  // be built (and written) from a half-read folder: rebuilds wait for the first build.
  let firstBuildDone!: () => void;
  const firstBuild = new Promise<void>((resolve) => (firstBuildDone = resolve));

  const rebuild = async (changes: PostingChanges): Promise<void> => {
    await firstBuild;
    const start = performance.now();
    const dropped = changes.removed.flatMap((path) => feed.forget(path));
    // A deleted note or folder without postings changes nothing in the feed.
    if (changes.changed.length === 0 && dropped.length === 0) return;
    await feed.read(changes.changed);
    const result = feed.build();
    const touched = new Set([...changes.changed.map((p) => displayPath(p)), ...dropped]);
    const time = paintOut.dim(new Date().toLocaleTimeString('en-GB'));
    stdout.write(`${time} changed: ${listSome([...touched])}\n`);
    // Warnings about untouched postings were shown by the first build; repeating them would bury what changed.
    await finish(result, cmd, extras, start, 'Rebuilt', result.warnings.filter((w) => touched.has(w.file)), written);
  };

  const start = performance.now();
  let watcher;
  try {
    await assertFolder(cmd.dir);
    watcher = await watchPostings(cmd.dir, rebuild, {
      onError: (err) => stderr.write(`${paintErr.yellow('!')} stopped watching a folder: ${errorMessage(err)}\n`),
    });
  } catch (err) {
    stderr.write(`${paintErr.red('✗')} cannot watch ${displayPath(cmd.dir)}: ${errorMessage(err)}\n`);
    return 1;
  }
  const files = watcher.walk.postings.map((p) => p.path);
  try {
    if (await readAll(feed, async () => files, cmd.dir, start)) {
      const result = feed.build();
      await finish(result, cmd, extras, start, 'Built', result.warnings, written);
    }
  } finally {
    firstBuildDone();
  }
  stdout.write(paintOut.dim(`Watching ${displayPath(cmd.dir)} for changes (Ctrl+C to stop)`) + '\n');

  const stop = (): void => {
    watcher.close();
    stdout.write('Stopped watching.\n');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

/** A page to prerender: where it is shown as, the real file behind it, and its text. */
interface Page {
  shown: string;
  real: string;
  text: string;
}

/**
 * Reads a page, refusing what cannot be HTML text (not UTF-8); undefined after adding why to
 * `errors`. A link is followed, so that the page it leads to is what gets written.
 */
async function readPage(path: string, errors: Diagnostic[]): Promise<Page | undefined> {
  const shown = displayPath(path);
  const problem = (message: string, hint?: string): undefined => void errors.push({ severity: 'error', file: shown, line: 1, message, ...(hint && { hint }) });
  let real: string;
  let bytes: Buffer;
  try {
    real = await realpath(path);
    bytes = await readFile(real);
  } catch (err) {
    return problem(`cannot read the page: ${errorMessage(err)}`);
  }
  if (!isUtf8(bytes)) return problem('is not an HTML page: it is not UTF-8 text', 'Save the page as UTF-8, or give the HTML files whose elements to fill in.');
  return { shown, real, text: bytes.toString('utf8') };
}

/**
 * `job-widgets prerender <page.html>... --feed <jobs.json>`: every page is read and prerendered
 * before any is written, so that a problem anywhere leaves them all as they were; then each
 * page that changed is written atomically.
 */
async function prerender(cmd: PrerenderCommand): Promise<number> {
  const start = performance.now();
  const feedName = displayPath(cmd.feed);
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let feedText: string | undefined;
  try {
    feedText = await readFile(cmd.feed, 'utf8');
  } catch (err) {
    errors.push({ severity: 'error', file: feedName, line: 1, message: `cannot read the feed: ${errorMessage(err)}` });
  }
  const parsedFeed = feedText === undefined ? undefined : parseFeed(feedText, feedName);
  if (parsedFeed) {
    errors.push(...parsedFeed.errors);
    warnings.push(...parsedFeed.warnings);
  }
  // The same page named twice (or through a link) is prerendered once.
  const pages = new Map<string, Page>();
  for (const path of cmd.pages) {
    const page = await readPage(path, errors);
    if (page && !pages.has(page.real)) pages.set(page.real, page);
  }
  const changed: { page: Page; html: string }[] = [];
  let lists = 0;
  let details = 0;
  if (parsedFeed?.feed) {
    for (const page of pages.values()) {
      const result = await prerenderPage(page.text, page.shown, parsedFeed.feed, { feedName });
      errors.push(...result.errors);
      warnings.push(...result.warnings);
      lists += result.lists;
      details += result.details;
      if (result.ok && result.html !== page.text) changed.push({ page, html: result.html! });
    }
  }
  printDiagnostics(warnings);
  if (errors.length > 0) {
    printDiagnostics(errors);
    const files = new Set(errors.map((e) => e.file)).size;
    stderr.write(`${paintErr.red('✗')} ${count(errors.length, 'error')} in ${count(files, 'file')}; no page written\n`);
    return 1;
  }
  const written: string[] = [];
  for (const { page, html } of changed) {
    try {
      await writeFileAtomic(page.real, html);
      written.push(page.shown);
    } catch (err) {
      const done = written.length > 0 ? `${listSome(written)} written, the rest not` : 'no page written';
      stderr.write(`${paintErr.red('✗')} cannot write ${page.shown}: ${errorMessage(err)}; ${done}\n`);
      return 1;
    }
  }
  const elements = [lists > 0 && count(lists, 'list'), details > 0 && count(details, 'detail')].filter(Boolean).join(' and ') || 'nothing';
  const unchanged = pages.size - changed.length;
  stdout.write(
    `${paintOut.green('✓')} Prerendered ${elements} in ${count(pages.size, 'page')} from ${feedName}` +
      ` (${changed.length} written${unchanged > 0 ? `, ${unchanged} unchanged` : ''}) in ${ms(start)}\n`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let cmd;
  try {
    cmd = parse(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    stderr.write(`job-widgets: ${err.message}\n${usage(err.command)}\nRun 'job-widgets --help' for all options.\n`);
    return 2;
  }
  if (cmd === 'help') {
    stdout.write(HELP);
    return 0;
  }
  if (cmd === 'version') {
    stdout.write(`${version()}\n`);
    return 0;
  }
  if (cmd.name === 'prerender') return prerender(cmd);
  return cmd.watch ? buildAndWatch(cmd) : buildOnce(cmd);
}

process.exitCode = await main(process.argv.slice(2));
