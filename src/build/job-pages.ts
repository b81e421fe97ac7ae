/**
 * One static HTML page per job, for search engines and for people who follow a link: the job as
 * a prerendered `<job-detail>` (rendered by `job-widgets/ssr`, the element the widgets show, in
 * declarative shadow DOM) with its title, meta description, canonical URL, Open Graph tags and
 * the JobPosting JSON-LD in the HTML itself, so nothing depends on running the widgets' script.
 * Plus the `sitemap.xml` that lists the pages. Pure: the writer (`write-pages.ts`) does the files.
 *
 * Every string from a posting is escaped on its way in (`escape.ts`); the body is the build's
 * sanitized HTML, filtered through the same policy once more (by the renderer, and here for the
 * description and the JSON-LD) because `renderJobPages` also takes jobs from feeds made
 * elsewhere; URLs go through the one allow-list.
 */
import type { Job, Organization } from '../feed/types.js';
import { dateTimeAttribute } from '../format/format-date.js';
import { canonicalLocale } from '../format/locale.js';
import { decodeCharacterReferences } from '../sanitize/url.js';
import { jobPostingLd, jsonLdScriptText } from '../seo/job-posting.js';
import { escapeAttribute, escapeXml } from '../sanitize/escape.js';
import { RTL_LANGUAGES } from './fields.js';
import { filterRawHtml } from './html-filter.js';
import { BODY_HEADING_LEVEL } from './markdown.js';
import { defaultPageTemplate, fillPageTemplate, type PageTemplate } from './page-template.js';
import { serverRenderer, type ElementRenderer } from './prerender.js';
import { checkBaseUrl, checkOrganization, jobPageUrl } from './site.js';

export interface JobPagesOptions {
  /** The absolute URL of the folder that holds the pages: a job's page is this plus `<id>/`. */
  baseUrl: string;
  /** Who is hiring: the JobPosting's `hiringOrganization` and `og:site_name`/`og:image`. Without it, no JSON-LD. */
  organization?: Organization | undefined;
  /** The page template (`parsePageTemplate`); defaults to the one shipped with the package. */
  template?: PageTemplate | undefined;
  /** The language of postings that name none. Defaults to `en`. */
  lang?: string | undefined;
  /**
   * The clock an expired job is judged by: its page has no JobPosting, and shows that the job
   * has closed. Defaults to the time the pages are rendered.
   */
  now?: Date | undefined;
}

/** A job's page, ready to write at `<pages folder>/<path>`. */
export interface JobPage {
  id: string;
  /** `<id>/index.html`, relative to the pages folder. */
  path: string;
  /** The page's canonical URL: the base URL plus `<id>/`. */
  url: string;
  html: string;
  /** Whether the page holds a JobPosting: not for an expired job, nor one missing what Google requires. */
  structuredData: boolean;
  /** The sitemap's `lastmod` for the page: the posting's `datePosted`, when it has one. */
  lastmod?: string;
}

/** A sitemap file for the pages folder. */
export interface SitemapFile {
  /** `sitemap.xml`, or with more than 50,000 pages `sitemap-1.xml`, … plus `sitemap.xml` as their index. */
  name: string;
  xml: string;
}

/** A file of the pages folder: a job's page or a sitemap. */
export interface PagesFile {
  /** Relative to the pages folder: `<id>/index.html`, `sitemap.xml`. */
  path: string;
  text: string;
  /** The job's page, when the file is one. */
  page?: JobPage;
}

const TEMPLATE_END = '</template>';

/** The names `sitemaps` gives its files. */
export const SITEMAP_NAME = /^sitemap(?:-\d+)?\.xml$/;
/** The sitemaps.org protocol allows at most this many URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** How long a meta description made from the body may be; search results show about this much. */
export const DESCRIPTION_LENGTH = 160;

/**
 * Renders job pages one at a time, so a writer can handle thousands without holding them all.
 * Made by `create`, which checks the options (a `TypeError` for a bad base URL or organization).
 */
export class JobPageRenderer {
  readonly baseUrl: string;
  readonly #organization: Organization | undefined;
  readonly #template: PageTemplate;
  readonly #lang: string;
  readonly #now: Date | undefined;
  /** The server renderer, loaded with the first page: a build that fails, or makes no page, never needs it. */
  #elements: Promise<ElementRenderer> | undefined;

  private constructor(options: JobPagesOptions) {
    this.baseUrl = checkBaseUrl(options.baseUrl);
    this.#organization = options.organization && checkOrganization(options.organization);
    this.#template = options.template ?? defaultPageTemplate();
    this.#lang = canonicalLocale(options.lang);
    this.#now = options.now;
  }

  static async create(options: JobPagesOptions): Promise<JobPageRenderer> {
    return new JobPageRenderer(options);
  }

  /** The job's page, rendered at `now` (the renderer's clock, else the current time). */
  async render(job: Job, now = this.#now ?? new Date()): Promise<JobPage> {
    const url = jobPageUrl(this.baseUrl, job.id);
    const lang = job.lang ? canonicalLocale(job.lang) : this.#lang;
    // A feed made elsewhere is not type-checked: only the two directions reach the page.
    const dir = job.dir === 'rtl' || job.dir === 'ltr' ? job.dir : RTL_LANGUAGES.has(lang.split('-')[0]!) ? 'rtl' : 'ltr';
    const body = pageBody(job.html ?? '');
    const description = job.summary?.trim() || cutAtWord(htmlText(body), DESCRIPTION_LENGTH, lang);
    const organization = this.#organization;
    const ld = jobPostingLd(job, { organization, url, now: this.#now, descriptionHtml: body });

    const head = [
      description && `<meta name="description" content="${escapeAttribute(description)}">`,
      `<link rel="canonical" href="${escapeAttribute(url)}">`,
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${escapeAttribute(job.title)}">`,
      description && `<meta property="og:description" content="${escapeAttribute(description)}">`,
      `<meta property="og:url" content="${escapeAttribute(url)}">`,
      organization && `<meta property="og:site_name" content="${escapeAttribute(organization.name)}">`,
      organization?.logo && `<meta property="og:image" content="${escapeAttribute(organization.logo)}">`,
      ld && `<script type="application/ld+json">${jsonLdScriptText(ld)}</script>`,
    ].filter(Boolean);

    // The element the widgets show, on its own page, with the title as the page's <h1>. Only its
    // shadow root: a page needs no script, so the state a script would hydrate from (the job
    // again, and the clock, which would change every page on every build) is left out. The
    // state's JSON escapes every `<`: the shadow root ends at the last `</template>`.
    const elements = await (this.#elements ??= serverRenderer());
    const rendered = await elements.renderJobDetail(job, { 'job-id': job.id, 'heading-level': '1' }, {
      now,
      lang,
      ...(organization && { organization }),
    });
    const detail = rendered.slice(0, rendered.lastIndexOf(TEMPLATE_END) + TEMPLATE_END.length);
    const html = fillPageTemplate(this.#template, {
      lang: escapeAttribute(lang),
      dir,
      title: escapeAttribute(job.title),
      head: head.join('\n'),
      content: `<job-detail job-id="${escapeAttribute(job.id)}" heading-level="1">${detail}</job-detail>`,
      description: escapeAttribute(description),
      url: escapeAttribute(url),
      organization: escapeAttribute(organization?.name ?? ''),
    });
    const lastmod = job.datePosted ? dateTimeAttribute(job.datePosted) : '';
    return { id: job.id, path: `${job.id}/index.html`, url, html, structuredData: ld !== undefined, ...(lastmod && { lastmod }) };
  }

  /**
   * The pages folder's files for `jobs`: each job's page, then the sitemap listing them, made one
   * at a time so that a writer of thousands never holds them all.
   */
  async *files(jobs: Iterable<Job>): AsyncGenerator<PagesFile> {
    const listed: Pick<JobPage, 'url' | 'lastmod'>[] = [];
    const now = this.#now ?? new Date();
    for (const job of jobs) {
      const page = await this.render(job, now);
      listed.push(page.lastmod === undefined ? { url: page.url } : { url: page.url, lastmod: page.lastmod });
      yield { path: page.path, text: page.html, page };
    }
    for (const sitemap of this.sitemaps(listed)) yield { path: sitemap.name, text: sitemap.xml };
  }

  /** The sitemap (or sitemaps and their index, past 50,000 pages) listing `pages`. */
  sitemaps(pages: readonly Pick<JobPage, 'url' | 'lastmod'>[]): SitemapFile[] {
    if (pages.length <= SITEMAP_MAX_URLS) return [{ name: 'sitemap.xml', xml: urlset(pages) }];
    const files: SitemapFile[] = [];
    for (let start = 0; start < pages.length; start += SITEMAP_MAX_URLS) {
      files.push({ name: `sitemap-${files.length + 1}.xml`, xml: urlset(pages.slice(start, start + SITEMAP_MAX_URLS)) });
    }
    const entries = files.map((file) => `<sitemap><loc>${escapeXml(this.baseUrl + file.name)}</loc></sitemap>\n`).join('');
    return [...files, { name: 'sitemap.xml', xml: `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${entries}</sitemapindex>\n` }];
  }
}

/** Every job's page and the sitemap, in one go: for small sites and tests. */
export async function renderJobPages(
  jobs: Iterable<Job>,
  options: JobPagesOptions,
): Promise<{ pages: JobPage[]; sitemaps: SitemapFile[] }> {
  const renderer = await JobPageRenderer.create(options);
  const now = options.now ?? new Date();
  const pages: JobPage[] = [];
  for (const job of jobs) pages.push(await renderer.render(job, now));
  return { pages, sitemaps: renderer.sitemaps(pages) };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlset(pages: readonly Pick<JobPage, 'url' | 'lastmod'>[]): string {
  let out = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n`;
  for (const page of pages) {
    out += `<url><loc>${escapeXml(page.url)}</loc>${page.lastmod ? `<lastmod>${escapeXml(page.lastmod)}</lastmod>` : ''}</url>\n`;
  }
  return out + '</urlset>\n';
}

/**
 * The body as the page shows it: through the HTML policy again, and with headings one level up,
 * since on its own page the job's title is the `<h1>` (in the widgets it is an `<h2>`, so the
 * build starts bodies at `<h3>`). The filter writes every tag afresh as `<hN>`/`</hN>` and
 * escapes `<` everywhere else, so the pattern meets only real heading tags.
 */
function pageBody(html: string): string {
  const filtered = filterRawHtml(html, { minHeadingLevel: BODY_HEADING_LEVEL });
  return filtered.replace(/<(\/?)h([2-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) - 1}`);
}

const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|br|hr|tr|td|th|table|thead|tbody|pre|blockquote|details|summary|figure|figcaption)\b[^>]*>/gi;

/** The text of in-policy HTML (as `pageBody` gives), with blocks apart and white space collapsed. */
export function htmlText(html: string): string {
  const text = html.replace(BLOCK_TAG, ' ').replace(/<[^>]*>/g, '');
  return decodeCharacterReferences(text).replace(/\s+/g, ' ').trim();
}

/**
 * `text` cut to at most `max` characters at a word boundary (as `Intl.Segmenter` finds words,
 * which works for languages written without spaces too), with `…` when something was cut.
 */
export function cutAtWord(text: string, max: number, lang: string): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  // A single word longer than the limit is cut inside it rather than dropped.
  const cut = (end > 0 ? text.slice(0, end) : Array.from(text).slice(0, max - 1).join('')).replace(/[\s\p{P}]+$/u, '');
  return `${cut}…`;
}
