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
import { META_FIELDS, type FieldValues, type MetaType } from '../../feed/fields.js';
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

/** A list as one phrase in the page's language ("Berlin, Paris, London"), in parts. */
function listParts(values: readonly string[], locale: string): ListPart[] {
  const list = values.filter((value) => value.trim() !== '');
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

type Renderers = { [T in MetaType]: (value: FieldValues[T], part: string, label: string, job: Job, options: MetaOptions) => unknown };

// How each kind of value shows on the line. Each item starts with a space, as between words: the
// line is one text for screen readers and for copying.
const RENDER: Renderers = {
  text: (value, part, label, job) => (value ? item(part, label, postingText(job, value)) : nothing),
  texts: (value, part, label, job, { locale }) => {
    const list = listParts(value, locale);
    return list.length ? item(part, label, list.map((piece) => (piece.type === 'element' ? postingText(job, piece.value) : piece.value))) : nothing;
  },
  // Remote (labelled by its row) or hybrid; on site needs no badge.
  remote: (value, part, label, _, { strings }) => (value ? html` <span part=${part} class="badge">${value === true ? label : strings.hybrid}</span>` : nothing),
  employmentTypes: (value, part, label, _, { locale, strings }) => {
    const types = formatEmploymentTypes(value, strings, locale);
    return types ? item(part, label, types) : nothing;
  },
  salary: (value, part, label, job, { locale, strings }) => {
    const salary = formatSalary(value, locale, strings);
    // Numbers are formatted in the page's language; a salary in words is the posting's own.
    return salary ? item(part, label, value.text?.trim() ? postingText(job, salary) : salary) : nothing;
  },
  date: (value, part, label, _, { locale, now }) => {
    const posted = dateTimeAttribute(value);
    if (!posted) return nothing;
    const absolute = formatAbsoluteDate(value, locale);
    return html` <span class="item"
      ><span class="visually-hidden">${label} </span
      ><time part=${part} datetime=${posted} title=${absolute}>${now ? formatRelativeDate(value, locale, now) : absolute}</time></span
    >`;
  },
};

/** The metadata line: the fields the fields' table puts on it, in its order. */
export function renderMeta(job: Job, options: MetaOptions): TemplateResult {
  return html`<div part="meta" class="meta">
    ${META_FIELDS.map(([name, type, part, label]) => {
      const value = job[name];
      return value === undefined ? nothing : (RENDER[type] as Renderers['text'])(value as never, part, options.strings[label], job, options);
    })}
  </div>`;
}

// A visually hidden label gives each value its meaning for screen readers without clutter.
function item(part: string, label: string, value: unknown): TemplateResult {
  return html` <span part=${part} class="item"><span class="visually-hidden">${label} </span>${value}</span>`;
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
