/**
 * The metadata line of a job (location, department, type, remote, salary, date), rendered the
 * same way and with the same part names by `<job-card>` and `<job-detail>`.
 *
 * The line mixes two languages: the labels, employment types, dates and list separators are the
 * element's (its `lang`, else the page's; see `I18nController`), while locations, the department,
 * a salary written in words and tags are the posting's.
 * Only the posting's words carry its `lang` and `dir`, so a screen reader speaks each part in
 * its own language and an English page lays out an Arabic job's words (and the reverse).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import { shortList } from '../../format/intl.js';
import { dateTimeAttribute, formatAbsoluteDate, formatRelativeDate } from '../../format/format-date.js';
import { formatEmploymentTypes } from '../../format/format-employment.js';
import { formatSalary } from '../../format/format-salary.js';
import type { Strings } from '../../i18n/strings.js';

export interface MetaOptions {
  locale: string;
  /** The element's strings: the labels, employment types and salary periods. */
  strings: Strings;
  /** Relative dates ("3 days ago") against this clock; absent: absolute dates. */
  now?: Date | undefined;
}

type ListPart = ReturnType<Intl.ListFormat['formatToParts']>[number];

/** Locations as one phrase in the page's language ("Berlin, Paris, London"), in parts. */
function locationParts(locations: readonly string[] | undefined, locale: string): ListPart[] {
  const list = (locations ?? []).filter((l) => l.trim() !== '');
  if (list.length === 0) return [];
  return shortList(locale).formatToParts(list);
}

/**
 * Text written by the posting's author, marked with its language, and with its direction (or
 * `auto`, so the browser finds it from the text itself when the feed does not say).
 */
export function postingText(job: Job, text: string): TemplateResult {
  return html`<span lang=${job.lang ?? nothing} dir=${job.dir ?? 'auto'}>${text}</span>`;
}

export function renderMeta(job: Job, { locale, strings, now }: MetaOptions): TemplateResult {
  const locations = locationParts(job.locations, locale);
  const types = formatEmploymentTypes(job.employmentType, strings, locale);
  const salary = formatSalary(job.salary, locale, strings);
  // Numbers are formatted in the page's language; a salary in words is the posting's own.
  const salaryInWords = Boolean(job.salary?.text?.trim());
  const posted = job.datePosted ? dateTimeAttribute(job.datePosted) : '';
  const absolute = posted ? formatAbsoluteDate(job.datePosted!, locale) : '';
  return html`<div part="meta" class="meta">
    ${locations.length
      ? item(
          'location',
          strings.location,
          locations.map((part) => (part.type === 'element' ? postingText(job, part.value) : part.value)),
        )
      : nothing}
    ${job.department ? item('department', strings.department, postingText(job, job.department)) : nothing}
    ${types ? item('type', strings.employmentType, types) : nothing}
    ${job.remote ? html`<span part="remote" class="badge">${strings.remote}</span>` : nothing}
    ${salary ? item('salary', strings.salary, salaryInWords ? postingText(job, salary) : salary) : nothing}
    ${posted
      ? html`<span class="item"
          ><span class="visually-hidden">${strings.posted} </span
          ><time part="date" datetime=${posted} title=${absolute}
            >${now ? formatRelativeDate(job.datePosted!, locale, now) : absolute}</time
          ></span
        >`
      : nothing}
  </div>`;
}

// A visually hidden label gives each value its meaning for screen readers without clutter.
function item(part: string, label: string, value: unknown): TemplateResult {
  return html`<span part=${part} class="item"><span class="visually-hidden">${label} </span>${value}</span>`;
}

export const metaStyles = css`
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2xs) var(--_space-s);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  .meta .badge {
    color: var(--_text);
  }
`;
