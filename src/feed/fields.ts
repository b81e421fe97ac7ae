/**
 * The fields of a job, one row each: what kind of value it holds, whether a split feed's index
 * keeps it, whether the list's search reads it, and where it sits on the metadata line. The build's
 * serialisation (`src/build/feed-builder.ts`), the browser's checks (`validate.ts`), the index's
 * `JobSummary`, the search (`search.ts`), the metadata line of the elements (`job-meta.ts`) and of
 * the static job pages (`src/build/job-pages.ts`) all read this table, and
 * `test/build/schema.test.ts` compares it with `feed.schema.json`: a field of `Job` without a row
 * does not compile, and a row the schema disagrees with fails that test.
 */
import type { Strings } from '../i18n/strings.js';
import type { EmploymentType, Job, Salary } from './types.js';

/** The kinds of value a field holds, and the value each stands for. */
export interface FieldValues {
  id: string;
  /** One line of the posting's own text. */
  text: string;
  /** A list of such lines. */
  texts: string[];
  boolean: boolean;
  /** Where the work is done: remote (`true`), on site (`false`), or `hybrid`. */
  remote: boolean | 'hybrid';
  employmentTypes: EmploymentType[];
  salary: Salary;
  /** An email address. */
  email: string;
  /** An absolute web URL. */
  url: string;
  /** An ISO 8601 date or date-time. */
  date: string;
  /** A BCP 47 language tag. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The sanitized body. */
  html: string;
  /** A split index's link to the job's own file, which the build writes itself. */
  detailUrl: string;
}
export type FieldType = keyof FieldValues;

/** The kinds a metadata line can show. */
export type MetaType = 'text' | 'texts' | 'remote' | 'employmentTypes' | 'salary' | 'date';

/** The strings that can label a value: those that are one text, not plural forms or records. */
export type Label = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

export interface FieldDescriptor<T extends FieldType = FieldType> {
  type: T;
  /** Every job has it (the schema's `required`). */
  required?: true;
  /**
   * `false`: only the job's own file has it, not a split feed's index, which keeps what a card
   * shows (the body and the ways to apply wait in the job's file).
   */
  index?: false;
  /** The list's search reads it (and these fields only). */
  search?: true;
  /**
   * Shown on the metadata line of cards, the detail and the static job pages: at `order` (from
   * the start of the line), as the part `part`, after the visually hidden label `strings[label]`.
   */
  meta?: T extends MetaType ? { order: number; part: string; label: Label } : never;
}

/** The kinds whose values are `V`: a field's row can only name a kind its type in `Job` holds. */
type TypesOf<V> = { [T in FieldType]: [FieldValues[T]] extends [V] ? ([V] extends [FieldValues[T]] ? T : never) : never }[FieldType];

/** One row per field of `Job`, in the order the build writes them. */
export const JOB_FIELDS = {
  id: { type: 'id', required: true },
  title: { type: 'text', required: true, search: true },
  summary: { type: 'text', search: true },
  locations: { type: 'texts', search: true, meta: { order: 0, part: 'location', label: 'location' } },
  remote: { type: 'remote', meta: { order: 3, part: 'remote', label: 'remote' } },
  department: { type: 'text', search: true, meta: { order: 1, part: 'department', label: 'department' } },
  employmentType: { type: 'employmentTypes', meta: { order: 2, part: 'type', label: 'employmentType' } },
  salary: { type: 'salary', meta: { order: 4, part: 'salary', label: 'salary' } },
  contact: { type: 'email', index: false },
  applyUrl: { type: 'url', index: false },
  datePosted: { type: 'date', meta: { order: 5, part: 'date', label: 'posted' } },
  validThrough: { type: 'date' },
  tags: { type: 'texts', search: true },
  featured: { type: 'boolean' },
  lang: { type: 'lang' },
  dir: { type: 'dir' },
  html: { type: 'html', required: true, index: false },
  detailUrl: { type: 'detailUrl' },
} as const satisfies { [K in keyof Job]-?: FieldDescriptor<TypesOf<NonNullable<Job[K]>>> };

export type FieldName = keyof typeof JOB_FIELDS;

/** The fields a split feed's index keeps. */
export type IndexField = { [K in FieldName]: (typeof JOB_FIELDS)[K] extends { index: false } ? never : K }[FieldName];

// What each part of the library reads of the table, derived once here. Plain data, so that the
// script-tag build can evaluate this module and ship these lists instead of the table (see
// vite.config.ts).

const ROWS = Object.entries(JOB_FIELDS) as [FieldName, FieldDescriptor][];

/** The fields a job is written with, in order (`detailUrl` is the build's to add, in an index). */
export const JOB_KEYS: FieldName[] = ROWS.filter(([, { type }]) => type !== 'detailUrl').map(([name]) => name);

/** The fields a split feed's index keeps of a job, in order, without `detailUrl`. */
export const INDEX_KEYS: FieldName[] = JOB_KEYS.filter((name) => (JOB_FIELDS[name] as FieldDescriptor).index !== false);

/** The kinds the browser checks a field by, in `validate.ts`. */
export type CheckedType = Exclude<FieldType, 'id' | 'detailUrl'>;

/** The fields the browser checks one by one, with their kinds: all but `id`, `title` and `detailUrl`, read on their own. */
export const CHECKED_FIELDS: [FieldName, CheckedType][] = ROWS.flatMap(([name, { type }]) =>
  type === 'id' || type === 'detailUrl' || name === 'title' ? [] : [[name, type]],
);

/** The fields the list's search reads, in order. */
export const SEARCHED_FIELDS: FieldName[] = ROWS.filter(([, row]) => row.search).map(([name]) => name);

/** A field of the metadata line: its name, its kind, its part and the name of its label's string. */
export type MetaField = [name: FieldName, type: MetaType, part: string, label: Label];

/** The fields of the metadata line, in its order. */
export const META_FIELDS: MetaField[] = ROWS.flatMap(([name, { type, meta }]) => (meta ? [[meta.order, name, type, meta.part, meta.label] as const] : []))
  .sort((a, b) => a[0] - b[0])
  .map(([, ...field]) => field as MetaField);
