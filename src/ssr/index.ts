/**
 * `job-widgets/ssr`: `<job-list>` and `<job-detail>` rendered on a server, in Node, by the same
 * element classes the browser runs (`@lit-labs/ssr`, declarative shadow DOM), for a page whose
 * jobs are in its HTML: shown before any script runs, and without JavaScript at all.
 *
 * Each function returns the HTML to put inside the element, before its own light-DOM children;
 * the page keeps the element's start tag and attributes:
 *
 * ```html
 * <job-list src="/jobs.json" href-template="/jobs/{id}/">{renderJobList(feed, attributes)}<a href="/jobs/">All jobs</a></job-list>
 * ```
 *
 * That HTML is two elements, both recognisable for a tool that renders the page again and first
 * removes what it put in before:
 * - `<template shadowroot="open" shadowrootmode="open">…</template>`: the element's shadow root,
 *   with its `<style>` (allow it under a strict CSP with `styleHashes()`) and the cards or the job.
 * - `<script type="application/json" data-job-widgets-ssr>…</script>`: inert JSON of what the
 *   server rendered from (the feed's jobs, as summaries when the list has a `src`, or the job,
 *   the clock, the language). In the browser the
 *   element reads it (and removes it) before its first render, which repeats the server's, so
 *   Lit hydrates the server's nodes instead of rendering a second copy, and the list has its jobs
 *   without fetching `src` (until `src` changes). The script-tag bundle and the npm entry load
 *   Lit's hydration support only on a page that has such an element.
 *
 * What the server renders is what the browser would render first, with these differences: a
 * list shows the first page of the jobs open at `now`, newest first, without search and
 * selection (those come with JavaScript), and its cards link to `href-template` pages when it
 * has one (else to `#job=<id>`, which opens the job in place once the script runs); search,
 * filters, Show more and Copy link keep their room but are hidden until the element hydrates,
 * and take none without JavaScript (`@media (scripting: none)`). A detail's body is sanitized
 * here under the one HTML policy (`src/sanitize/policy.ts`, through the build's raw-HTML filter)
 * with its headings placed under the title as the browser places them.
 *
 * Node only: it imports `@lit-labs/ssr`, which installs Lit's DOM shim for the elements.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { html, type CSSResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { filterRawHtml } from '../build/html-filter.js';
import { JobCard } from '../components/job-card/define.js';
import { JobDetail } from '../components/job-detail/define.js';
import { JobList } from '../components/job-list/define.js';
import { placedHeadingLevel } from '../components/shared/heading.js';
import { PRERENDER_ATTRIBUTE, type DetailPrerenderState, type ListPrerenderState } from '../components/shared/prerender.js';
import { INDEX_KEYS } from '../feed/fields.js';
import type { Feed, Job, Organization } from '../feed/types.js';
import { canonicalLocale } from '../format/locale.js';
import { loadTable } from '../i18n/tables.js';
import { setServerBody } from '../sanitize/server-html.js';

export interface ServerRenderOptions {
  /** The clock for relative dates ("3 days ago") and for which jobs have closed; default `new Date()`. */
  now?: Date;
  /**
   * The language of the page around the element, when the element has no `lang` attribute of its
   * own: the closest `lang` the browser would find (for example the page's `<html lang>`);
   * default English. The browser repeats the server's language when it hydrates, then follows
   * the page's.
   */
  lang?: string;
  /**
   * The names of the slots the element's light-DOM children fill (their `slot` attributes): a
   * `<job-list>` shows the wrapper of its `list-header` slot only when it has content.
   */
  slots?: readonly string[];
  /**
   * `renderJobDetail` only: the feed's `organization`, which the detail's JSON-LD names as the
   * hiring organization (a list takes its feed's).
   */
  organization?: Organization;
}

/**
 * A `<job-list>`'s declarative shadow DOM and its state, from `feed` (a whole feed, as the build
 * writes it) and the element's `attributes` (`heading-level`, `href-template`, `filters`,
 * `group-by`, `no-search`, `org-name`, `lang`…, as the page has them: the browser's first
 * render must see the same): the HTML to put inside `<job-list …>`, before its existing
 * light-DOM children. The feed's jobs go into the state script (the list searches and filters
 * them in the browser without a request), so the page's size grows with the feed's. With a `src`
 * they go in as a split feed's index lists them, without bodies and ways to apply: a job opened
 * in place reads its body from `src` then (one request, shared by every element of the page).
 */
export async function renderJobList(feed: Feed, attributes: Record<string, string> = {}, options: ServerRenderOptions = {}): Promise<string> {
  // With a feed to read them from, the bodies and ways to apply stay out of the page: they were
  // two thirds of the demo's HTML, and a list needs them only once a job is opened.
  const summaries = Boolean(lowerCaseNames(attributes).src);
  return renderElement('job-list', attributes, options, {
    ...(feed.organization ? { organization: feed.organization } : {}),
    header: options.slots?.includes('list-header') ?? false,
    jobs: summaries ? feed.jobs.map(summaryOf) : feed.jobs,
    ...(summaries ? { summaries } : {}),
  });
}

// A job as a split feed's index keeps it (the fields' table says which): what cards, search and
// filters read. The browser checks it as any job, with an empty body.
function summaryOf(job: Job): Job {
  const summary: Record<string, unknown> = {};
  for (const key of INDEX_KEYS) if (job[key] !== undefined) summary[key] = job[key];
  return summary as unknown as Job;
}

/**
 * A `<job-detail>`'s declarative shadow DOM and its state, for `job` and the element's
 * `attributes` (`heading-level`, `jobs-href`, `share-url`, `org-name`, `lang`…): the HTML to put
 * inside `<job-detail …>`, before its existing light-DOM children (an `apply` slot's button,
 * for example). The body is sanitized here under the one HTML policy.
 */
export async function renderJobDetail(job: Job, attributes: Record<string, string> = {}, options: ServerRenderOptions = {}): Promise<string> {
  return renderElement('job-detail', attributes, options, { ...(options.organization ? { organization: options.organization } : {}), job });
}

/**
 * Every CSP source (`'sha256-…'`, quotes included) for the `<style>` elements the renderer puts
 * in shadow roots, one per element class; add them to `style-src` on pages that allow no
 * `'unsafe-inline'`. They change only with the package's version.
 */
export function styleHashes(): string[] {
  return [JobList, JobCard, JobDetail].map((element) => {
    const text = (element.elementStyles as CSSResult[]).map((style) => style.cssText).join('');
    return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  });
}

// A body under the policy, with its headings placed under the title as the browser places them.
// The filter writes every tag itself, so any `<h1`…`<h6` in its output is a heading tag.
function serverBody(body: string, topLevel: number): unknown {
  const filtered = filterRawHtml(body, { minHeadingLevel: 1, shown: true });
  const HEADING = /<(\/?)h([1-6])(?=[\s>])/g;
  const levels = [...filtered.matchAll(HEADING)].filter((match) => !match[1]).map((match) => Number(match[2]));
  const highest = Math.min(6, ...levels);
  const placed = filtered.replace(HEADING, (_, close: string, level: string) => `<${close}h${placedHeadingLevel(Number(level), highest, topLevel)}`);
  return unsafeHTML(placed);
}

// The element's state: the clock and the language, then what is the element's own.
type OwnState = Omit<ListPrerenderState, 'now' | 'lang'> | Omit<DetailPrerenderState, 'now' | 'lang'>;

async function renderElement(tag: 'job-list' | 'job-detail', given: Record<string, string>, options: ServerRenderOptions, own: OwnState): Promise<string> {
  const attributes = lowerCaseNames(given);
  const state = { now: clock(options), lang: await language(attributes, options), ...own } as ListPrerenderState | DetailPrerenderState;
  const names = Object.keys(attributes);
  // `<job-list a=${…} b=${…} .prerendered=${state}></job-list>`: one binding per attribute, as
  // the page writes them, and the state. The names were checked (`lowerCaseNames`): they become
  // template text, which Lit otherwise requires to be a literal.
  const bindings = [...names, '.prerendered'];
  const strings = [`<${tag} ${bindings[0]}=`, ...bindings.slice(1).map((name) => ` ${name}=`), `></${tag}>`];
  const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...names.map((name) => attributes[name]), state);
  const previous = setServerBody(serverBody);
  let output: string;
  try {
    // Synchronous: nothing here awaits, so no other render sees this body renderer.
    output = collectResultSync(render(template));
  } finally {
    setServerBody(previous);
  }
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) throw new Error(`job-widgets/ssr: could not find the shadow root of <${tag}> in the render.`);
  return `${output.slice(start, end)}<script type="application/json" ${PRERENDER_ATTRIBUTE}>${inertJson(state)}</script>`;
}

// JSON that cannot end its script element or open a comment in it: every `<` is escaped.
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/;

function lowerCaseNames(attributes: Record<string, string>): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const lower = name.toLowerCase();
    if (!ATTRIBUTE_NAME.test(lower)) throw new TypeError(`job-widgets/ssr: "${name}" is not an attribute name.`);
    if (typeof value !== 'string') throw new TypeError(`job-widgets/ssr: the attribute ${lower} is not a string.`);
    // The state is set as a property, and the server adds no hydration marker of its own.
    if (lower !== 'defer-hydration') named[lower] = value;
  }
  return named;
}

function clock(options: ServerRenderOptions): string {
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError('job-widgets/ssr: `now` is not a valid date.');
  return now.toISOString();
}

// The element's own `lang`, else the page's, as the browser resolves it; its table is loaded
// before the render, which has no time to wait.
async function language(attributes: Record<string, string>, options: ServerRenderOptions): Promise<string> {
  const lang = canonicalLocale(attributes.lang || options.lang);
  await loadTable(lang);
  return lang;
}
