/**
 * The top of a job as `<job-card>` and `<job-detail>` show it: the title heading, the metadata
 * line, the summary and the tags, with the same parts in both. The posting's own words carry its
 * `lang` and `dir` (`auto` when the feed gives none).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import { renderHeading } from './heading.js';
import { renderMeta, type MetaOptions } from './job-meta.js';

/** The heading's options, and the metadata line's (`MetaOptions`: language, words, clock). */
export interface JobHeaderOptions extends MetaOptions {
  /** The title's `heading-level`, and the level without a valid one. */
  level: number | undefined;
  fallbackLevel: number;
  /** Where the title links to; without it the title is not a link. */
  href?: string | undefined;
  /** `-1` when script can focus the title: the detail's, for lists that open it. */
  tabindex?: '-1';
}

export function renderJobHeader(job: Job, options: JobHeaderOptions): TemplateResult {
  const { level, fallbackLevel, href, tabindex, strings } = options;
  const lang = job.lang ?? nothing;
  const dir = job.dir ?? 'auto';
  const title = href ? html`<a part="link" class="link" href=${href}>${job.title}</a>` : job.title;
  return html`${renderHeading(level, fallbackLevel, { part: 'heading', tabindex, lang: job.lang, dir }, title)}
    ${renderMeta(job, options)}
    ${job.summary ? html`<p part="summary" class="summary" lang=${lang} dir=${dir}>${job.summary}</p>` : nothing}
    ${job.tags?.length
      ? html`<ul part="tags" class="tags" aria-label=${strings.tags}>
          ${job.tags.map((tag) => html`<li part="tag" class="badge" lang=${lang} dir=${dir}>${tag}</li>`)}
        </ul>`
      : nothing}`;
}
