/**
 * The metadata line of a job (location, department, type, remote, salary, date), rendered the
 * same way and with the same part names by `<job-card>` and `<job-detail>`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import { dateTimeAttribute, formatAbsoluteDate, formatRelativeDate } from '../../format/format-date.js';
import { formatEmploymentTypes } from '../../format/format-employment.js';
import { formatSalary } from '../../format/format-salary.js';

export interface MetaOptions {
  locale: string;
  /** Relative dates ("3 days ago") against this clock; absent: absolute dates. */
  now?: Date | undefined;
}

/** Locations as one phrase in the page's language: "Berlin, Paris, London". */
export function formatLocations(locations: readonly string[] | undefined, locale: string): string {
  const list = (locations ?? []).filter((l) => l.trim() !== '');
  if (list.length === 0) return '';
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(list);
}

export function renderMeta(job: Job, { locale, now }: MetaOptions): TemplateResult {
  const locations = formatLocations(job.locations, locale);
  const types = formatEmploymentTypes(job.employmentType);
  const salary = formatSalary(job.salary, locale);
  const posted = job.datePosted ? dateTimeAttribute(job.datePosted) : '';
  const absolute = posted ? formatAbsoluteDate(job.datePosted!, locale) : '';
  return html`<div part="meta" class="meta">
    ${locations ? item('location', 'Location', locations) : nothing}
    ${job.department ? item('department', 'Department', job.department) : nothing}
    ${types ? item('type', 'Employment type', types) : nothing}
    ${job.remote ? html`<span part="remote" class="badge">Remote</span>` : nothing}
    ${salary ? item('salary', 'Salary', salary) : nothing}
    ${posted
      ? html`<span class="item"
          ><span class="visually-hidden">Posted: </span
          ><time part="date" datetime=${posted} title=${absolute}
            >${now ? formatRelativeDate(job.datePosted!, locale, now) : absolute}</time
          ></span
        >`
      : nothing}
  </div>`;
}

// A visually hidden label gives each value its meaning for screen readers without clutter.
function item(part: string, label: string, value: string): TemplateResult {
  return html`<span part=${part} class="item"><span class="visually-hidden">${label}: </span>${value}</span>`;
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
