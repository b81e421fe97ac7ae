/**
 * The posting format: which front matter keys exist, the names people also use for them
 * (Jekyll, Hugo, camelCase), and how each value is checked and normalised. README.md documents
 * the same table for people who write postings.
 */
import { MAX_JOB_ID } from '../feed/job-id.js';
import { EMPLOYMENT_TYPES, SALARY_UNITS, type EmploymentType, type Job, type Salary } from '../feed/types.js';
import { LOCALES } from '../i18n/locales/index.js';
import { emailAddress } from '../sanitize/apply-url.js';
import { isWebUrl, safeUrl } from '../sanitize/url.js';
import { parseDate } from './dates.js';
import { languageHint, languageTag } from './language.js';
import { isCurrencyCode, parseSalaryText, parseSalaryUnit } from './salary.js';

/**
 * What one posting's front matter says, after checking, before it becomes a `Job`: the job's
 * fields but the body and what the build adds (`detailUrl`), and `draft`.
 */
export type PostingFields = Partial<Omit<Job, 'html' | 'detailUrl'>> & { draft?: boolean };
export type FieldName = keyof PostingFields;

/** A field of the posting format: the keys that set it, how its value is read, and an example. */
interface FieldFormat {
  /** Every key accepted for it, its main name first (the one README.md lists first). */
  keys: readonly [string, ...string[]];
  read: Reader;
  /** A value that fits, as front matter writes it: for the tests and the hints. */
  example: string;
}

/** Keys that static-site generators add to every page; they mean nothing here and are skipped quietly. */
export const SITE_GENERATOR_KEYS: ReadonlySet<string> = new Set(['layout', 'permalink', 'weight', 'aliases', 'sitemap']);

export interface FieldProblem {
  key: string;
  message: string;
  hint: string;
}

export type Reading<T> = { value: T } | FieldProblem;

interface FieldContext {
  key: string;
  fields: PostingFields;
  currency: string | undefined;
}

type Reader = (value: unknown, context: FieldContext) => Reading<unknown>;

/**
 * Languages written right to left: those of the elements' tables that are (`dir` in
 * `src/i18n/locales/index.ts`), and the others postings are written in.
 */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  ...Object.keys(LOCALES).filter((code) => LOCALES[code]!.dir === 'rtl'),
  ...['arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi'],
]);
const MAX_TEXT = 500;
// C0 and C1 controls other than tab, line feed and carriage return: never meant as text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const MAX_SUMMARY = 2_000;

const problem = (key: string, message: string, hint: string): FieldProblem => ({ key, message, hint });

/** Text of at most `max` characters; `example` is a value that fits the field, for the hint. */
function text(max: number, example: string): Pick<FieldFormat, 'read' | 'example'> {
  const read: Reader = (value, { key }) => {
    const string = typeof value === 'number' ? String(value) : value;
    if (typeof string !== 'string') return problem(key, `"${key}" must be text, not ${describe(value)}`, `Write it as one line of text: ${key}: ${example}`);
    if (CONTROL_CHARACTERS.test(string)) return problem(key, `"${key}" contains control characters`, 'Retype the value; it was probably pasted with invisible characters.');
    const trimmed = string.trim().replace(/\s+/g, ' ');
    if (trimmed === '') return problem(key, `"${key}" is empty`, `Give it a value or remove the line.`);
    if (trimmed.length > max) return problem(key, `"${key}" is ${trimmed.length} characters long (at most ${max})`, 'Shorten it; long text belongs in the body.');
    return { value: trimmed };
  };
  return { read, example };
}

/** A list of text (`splitCommas`: or text with commas between entries), with two entries for the hints. */
function list(splitCommas: boolean, examples: [string, string]): Pick<FieldFormat, 'read' | 'example'> {
  return { read: (value, { key }) => textList(key, value, splitCommas, examples), example: `[${examples.join(', ')}]` };
}

/**
 * A list of text; an empty list (`tags: []`) reads as no value. `examples` are the two first
 * entries of a list that fits the field, for the hint.
 */
function textList(key: string, value: unknown, splitCommas: boolean, examples: [string, string]): Reading<string[] | undefined> {
  const items = typeof value === 'string' ? (splitCommas ? value.split(',') : [value]) : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string' || typeof item === 'number')) {
    const [one, two] = examples;
    return problem(key, `"${key}" must be text or a list of text, not ${describe(value)}`, `Write "${key}: ${one}" or a list: ${key}: [${one}, ${two}]`);
  }
  if (Array.isArray(value) && value.length === 0) return { value: undefined };
  // One entry at a time, stopping at the first one that is wrong: YAML aliases can name one long
  // string thousands of times, and copying them all before looking would take gigabytes.
  const list = new Set<string>();
  for (const item of items) {
    const entry = String(item).trim().replace(/\s+/g, ' ');
    if (CONTROL_CHARACTERS.test(entry)) return problem(key, `"${key}" contains control characters`, 'Retype the value.');
    if (entry.length > MAX_TEXT) return problem(key, `an entry of "${key}" is ${entry.length} characters long (at most ${MAX_TEXT})`, 'Shorten it.');
    if (entry !== '') list.add(entry);
  }
  if (list.size === 0) return problem(key, `"${key}" is empty`, 'Give it a value or remove the line.');
  return { value: [...list] };
}

/**
 * A reader from `parse`, which gives the value to keep, or undefined for one it cannot read: then
 * the key must be `what`, and `hint` says how to write it.
 */
function parsed(parse: (value: unknown) => unknown, what: string, hint: (key: string, value: unknown) => string): Reader {
  return (value, { key }) => {
    const reading = parse(value);
    return reading === undefined ? problem(key, `"${key}" must be ${what}, not ${describe(value)}`, hint(key, value)) : { value: reading };
  };
}

function yesNo(key: string, value: unknown): Reading<boolean> {
  if (typeof value === 'boolean') return { value };
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (['true', 'yes', 'y', 'on'].includes(word)) return { value: true };
    if (['false', 'no', 'n', 'off'].includes(word)) return { value: false };
  }
  return problem(key, `"${key}" must be true or false, not ${describe(value)}`, `Write ${key}: true or ${key}: false.`);
}

/**
 * Words people use for employment types, in English and in the languages postings are often
 * written in, after upper-casing and removing spaces, dashes and underscores.
 */
const EMPLOYMENT_SYNONYMS: ReadonlyMap<string, EmploymentType> = new Map(Object.entries({
  FULLTIME: 'FULL_TIME', PERMANENT: 'FULL_TIME', FULL: 'FULL_TIME', VOLLZEIT: 'FULL_TIME', FESTANSTELLUNG: 'FULL_TIME',
  CDI: 'FULL_TIME', TEMPSPLEIN: 'FULL_TIME', TIEMPOCOMPLETO: 'FULL_TIME', JORNADACOMPLETA: 'FULL_TIME', 正社員: 'FULL_TIME',
  PARTTIME: 'PART_TIME', PART: 'PART_TIME', TEILZEIT: 'PART_TIME', WERKSTUDENT: 'PART_TIME', WERKSTUDENTIN: 'PART_TIME',
  TEMPSPARTIEL: 'PART_TIME', TIEMPOPARCIAL: 'PART_TIME', MEDIOTIEMPO: 'PART_TIME', パートタイム: 'PART_TIME', アルバイト: 'PART_TIME',
  CONTRACT: 'CONTRACTOR', FREELANCE: 'CONTRACTOR', FREELANCER: 'CONTRACTOR', FREIBERUFLICH: 'CONTRACTOR', INDÉPENDANT: 'CONTRACTOR',
  AUTÓNOMO: 'CONTRACTOR', 業務委託: 'CONTRACTOR', 契約社員: 'CONTRACTOR',
  TEMP: 'TEMPORARY', FIXEDTERM: 'TEMPORARY', SEASONAL: 'TEMPORARY', BEFRISTET: 'TEMPORARY', CDD: 'TEMPORARY', TEMPORAL: 'TEMPORARY',
  INTERNSHIP: 'INTERN', TRAINEE: 'INTERN', PRAKTIKUM: 'INTERN', STAGE: 'INTERN', STAGIAIRE: 'INTERN', ALTERNANCE: 'INTERN',
  PRÁCTICAS: 'INTERN', PRACTICAS: 'INTERN', BECARIO: 'INTERN', インターン: 'INTERN', インターンシップ: 'INTERN',
  PERDIEM: 'PER_DIEM', VOLUNTARIO: 'VOLUNTEER', EHRENAMT: 'VOLUNTEER', BÉNÉVOLE: 'VOLUNTEER',
} as const));

function employmentType(key: string, value: unknown): Reading<EmploymentType[] | undefined> {
  const list = textList(key, value, false, ['full-time', 'contractor']);
  if ('key' in list) return list;
  if (list.value === undefined) return { value: undefined };
  const types: EmploymentType[] = [];
  for (const item of list.value) {
    const word = item.toUpperCase().replace(/[\s-]+/g, '_');
    const type = (EMPLOYMENT_TYPES as readonly string[]).includes(word)
      ? (word as EmploymentType)
      : EMPLOYMENT_SYNONYMS.get(word.replace(/[_.]/g, ''));
    if (!type) {
      return problem(key, `"${item}" is not an employment type`, `Use one of: ${EMPLOYMENT_TYPES.map((t) => t.toLowerCase().replace('_', '-')).join(', ')} (or contract, freelance, internship).`);
    }
    if (!types.includes(type)) types.push(type);
  }
  return { value: types };
}

const SALARY_KEYS = new Set(['text', 'min', 'max', 'currency', 'unit', 'period']);

function salary(key: string, value: unknown, context: FieldContext): Reading<Salary> {
  const lang = context.fields.lang;
  if (typeof value === 'string' || typeof value === 'number') {
    const textValue = String(value).trim();
    if (textValue === '') return problem(key, `"${key}" is empty`, 'Give it a value or remove the line.');
    return { value: parseSalaryText(textValue, { currency: context.currency, ...(lang ? { lang } : {}) }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem(key, `"${key}" must be text or {min, max, currency, unit}, not ${describe(value)}`, `Write ${key}: "€60,000 - €80,000 a year" or ${key}: {min: 60000, max: 80000, currency: EUR, unit: year}.`);
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).find((k) => !SALARY_KEYS.has(k));
  if (unknown !== undefined) return problem(key, `"${key}" has an unknown key "${unknown}"`, 'A salary object has text, min, max, currency and unit.');
  const result: Salary = {};
  if (record.text !== undefined) {
    if (typeof record.text !== 'string' || record.text.trim() === '') return problem(key, `"${key}.text" must be text`, 'Write the salary as people should read it.');
    result.text = record.text.trim();
  }
  for (const bound of ['min', 'max'] as const) {
    const amount = record[bound];
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      return problem(key, `"${key}.${bound}" must be a number, not ${describe(amount)}`, `Write digits only, for example ${bound}: 60000.`);
    }
    if (amount < 0) return problem(key, `"${key}.${bound}" is negative (${amount})`, 'Write the amount without a minus sign.');
    result[bound] = amount;
  }
  if (result.min !== undefined && result.max !== undefined && result.min > result.max) {
    return problem(key, `"${key}.min" (${result.min}) is more than "${key}.max" (${result.max})`, 'Swap the two numbers.');
  }
  const currency = record.currency ?? context.currency;
  if (currency !== undefined) {
    const code = typeof currency === 'string' ? currency.trim().toUpperCase() : currency;
    if (!isCurrencyCode(code)) return problem(key, `"${key}.currency" must be an ISO 4217 code, not ${describe(currency)}`, 'Write a three-letter code such as EUR, USD, AUD or GBP.');
    result.currency = code;
  }
  const unitKey = record.unit === undefined ? 'period' : 'unit';
  const unitValue = record[unitKey];
  if (unitValue !== undefined) {
    const unit = (SALARY_UNITS as readonly unknown[]).includes(unitValue) ? (unitValue as Salary['unit']) : parseSalaryUnit(unitValue);
    if (!unit) return problem(key, `"${key}.${unitKey}" must be hour, day, week, month or year, not ${describe(unitValue)}`, `Write ${unitKey}: year (or hour, day, week, month).`);
    result.unit = unit;
  }
  if (result.text === undefined && result.min === undefined && result.max === undefined) {
    return problem(key, `"${key}" has neither text nor min/max`, 'Add min and max, or text.');
  }
  if (result.text !== undefined && result.min === undefined && result.max === undefined) {
    // `{text: "$2000 - $3000", currency: AUD}`: the object says which dollar, the text the numbers.
    const read = parseSalaryText(result.text, { currency: result.currency, ...(lang ? { lang } : {}) });
    if (read.currency === undefined || result.currency === undefined || read.currency === result.currency) {
      for (const field of ['min', 'max', 'unit'] as const) if (read[field] !== undefined && result[field] === undefined) Object.assign(result, { [field]: read[field] });
      if (result.currency === undefined && read.currency !== undefined) result.currency = read.currency;
    }
  }
  return { value: result };
}

function date(key: string, value: unknown): Reading<string> {
  const iso = parseDate(value);
  if (iso !== undefined) return { value: iso };
  return problem(key, `"${key}" is not a real date: ${describe(value)}`, `Write it as YYYY-MM-DD, for example ${key}: 2026-03-31 (or an ISO 8601 date-time).`);
}

/** A URL-safe slug: lowercase ASCII letters, digits and single dashes. */
// Letters that NFKD does not split into a base letter and a mark.
const TRANSLITERATIONS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[ßæøœđðłþı]/g, (letter) => TRANSLITERATIONS[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_JOB_ID)
    .replace(/-+$/, '');
}

/** The posting format: one row per field, in the order a posting's fields are read (`lang` first). */
const FORMAT: { [F in FieldName]-?: FieldFormat } = {
  title: { keys: ['title'], ...text(MAX_TEXT, 'Senior Rust Engineer') },
  summary: { keys: ['description', 'summary'], ...text(MAX_SUMMARY, 'Build and run our query engine.') },
  locations: { keys: ['region', 'location', 'locations'], ...list(false, ['Berlin', 'Remote']) },
  remote: {
    keys: ['remote'],
    example: 'true',
    read: (value, { key }) => {
      if (typeof value === 'string' && value.trim().toLowerCase() === 'hybrid') return { value: 'hybrid' };
      const reading = yesNo(key, value);
      return 'value' in reading ? reading : { ...reading, message: `"${key}" must be true, false or hybrid, not ${describe(value)}`, hint: `Write ${key}: true (fully remote), ${key}: hybrid (partly at the office) or ${key}: false.` };
    },
  },
  department: { keys: ['department', 'team'], ...text(MAX_TEXT, 'Engineering') },
  employmentType: { keys: ['employment_type', 'type', 'employmentType'], example: '[full-time, contract]', read: (value, { key }) => employmentType(key, value) },
  salary: { keys: ['salary'], example: '{text: "€60,000 – €80,000 a year", currency: EUR}', read: (value, context) => salary(context.key, value, context) },
  contact: {
    keys: ['contact', 'email'],
    example: 'jobs@example.com',
    read: parsed(emailAddress, 'an email address', (key) => `Write ${key}: jobs@example.com (for a web address use apply_url).`),
  },
  applyUrl: {
    keys: ['apply_url', 'applyUrl'],
    example: 'https://example.com/apply',
    read: parsed(
      (value) => (typeof value === 'string' && isWebUrl(value.trim()) ? safeUrl(value.trim()) : undefined),
      'an https:// or http:// address',
      (key) => `Write the full address, for example ${key}: https://example.com/apply (for email use contact).`,
    ),
  },
  datePosted: { keys: ['date', 'date_posted', 'datePosted', 'publishDate'], example: '2026-01-02', read: (value, { key }) => date(key, value) },
  validThrough: { keys: ['valid_through', 'expires', 'validThrough', 'expiryDate'], example: '2099-01-01', read: (value, { key }) => date(key, value) },
  tags: { keys: ['tags'], ...list(true, ['rust', 'distributed systems']) },
  featured: {
    keys: ['featured'],
    example: 'true',
    // Not featured is the same as not saying: the feed carries only `featured: true`.
    read: (value, { key }) => {
      const reading = yesNo(key, value);
      return 'value' in reading && !reading.value ? { value: undefined } : reading;
    },
  },
  id: {
    keys: ['id', 'slug'],
    example: 'senior-rust-engineer',
    read: parsed(
      (value) => (typeof value === 'string' || typeof value === 'number' ? slugify(String(value)) || undefined : undefined),
      'text with letters or digits',
      (key) => `Write ${key}: senior-rust-engineer (lowercase letters, digits and dashes).`,
    ),
  },
  draft: {
    keys: ['draft', 'published'],
    example: 'false',
    read: (value, context) => {
      const reading = yesNo(context.key, value);
      // Jekyll's `published: false` is our `draft: true`.
      return 'value' in reading && context.key === 'published' ? { value: !reading.value } : reading;
    },
  },
  lang: {
    keys: ['lang', 'language'],
    example: 'ar',
    read: parsed(languageTag, 'a language tag such as en, de or pt-BR', (key, value) => languageHint(value, (code) => `${key}: ${code}`)),
  },
  dir: {
    keys: ['dir'],
    example: 'rtl',
    read: parsed(
      (value) => {
        const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
        return word === 'ltr' || word === 'rtl' ? word : undefined;
      },
      'ltr or rtl',
      (key) => `Write ${key}: rtl for right-to-left text (or leave it out).`,
    ),
  },
};

/** Every field's main key and an example value: front matter that sets every field, for the tests. */
export const EXAMPLE_FIELDS: readonly (readonly [key: string, example: string])[] = Object.values(FORMAT).map(({ keys, example }) => [keys[0], example]);

/** Every accepted key and the field it sets, in the format's order. */
export const FIELD_KEYS: Readonly<Record<string, FieldName>> = Object.fromEntries(
  (Object.entries(FORMAT) as [FieldName, FieldFormat][]).flatMap(([field, { keys }]) => keys.map((key) => [key, field])),
);

// Read first because others depend on them: salary text is read in the posting's language.
const FIELD_ORDER: FieldName[] = ['lang', ...(Object.keys(FORMAT) as FieldName[]).filter((f) => f !== 'lang')];

export interface FieldsResult {
  fields: PostingFields;
  errors: FieldProblem[];
  /** Keys that are not part of the format (see `closestKey` for what was meant). */
  unknownKeys: string[];
}

/** Checks and normalises a posting's front matter. */
export function readFields(data: Record<string, unknown>, options: { currency?: string }): FieldsResult {
  const fields: PostingFields = {};
  const errors: FieldProblem[] = [];
  const unknownKeys: string[] = [];
  const keysByField = new Map<FieldName, string[]>();
  for (const key of Object.keys(data)) {
    const field = Object.hasOwn(FIELD_KEYS, key) ? FIELD_KEYS[key] : undefined;
    if (field) keysByField.set(field, [...(keysByField.get(field) ?? []), key]);
    else if (!SITE_GENERATOR_KEYS.has(key)) unknownKeys.push(key);
  }
  for (const field of FIELD_ORDER) {
    const keys = keysByField.get(field);
    if (!keys) continue;
    const key = keys[0]!;
    if (keys.length > 1) {
      errors.push(problem(keys[1]!, `"${keys[1]}" and "${key}" both set the same thing`, `Keep one of them.`));
      continue;
    }
    const value = data[key];
    if (value === null || value === undefined) continue;
    const reading = FORMAT[field].read(value, { key, fields, currency: options.currency });
    if (!('value' in reading)) errors.push(reading);
    else if (reading.value !== undefined) (fields as Record<string, unknown>)[field] = reading.value;
  }
  if (fields.lang && !fields.dir && RTL_LANGUAGES.has(fields.lang.split('-')[0]!)) fields.dir = 'rtl';
  return { fields, errors, unknownKeys };
}

/**
 * The known key closest to a misspelt one (`titel` → `title`), if any is close: by default among
 * the posting format's keys, else among `candidates` (a page template's placeholders).
 */
export function closestKey(key: string, candidates: Iterable<string> = Object.keys(FIELD_KEYS)): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  const limit = Math.max(1, Math.floor(key.length / 3));
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a long key is not compared letter by letter.
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  let twoBack: number[] = [];
  let oneBack = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(oneBack[j]! + 1, row[j - 1]! + 1, oneBack[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      row.push(value);
    }
    twoBack = oneBack;
    oneBack = row;
  }
  return oneBack[b.length]!;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
