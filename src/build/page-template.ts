/**
 * The HTML template of the job pages: the one shipped with the package, or a site's own. A
 * template is HTML with `{{name}}` placeholders, filled in one pass, so that a posting's text
 * that happens to read `{{content}}` stays text.
 */
import { readFileSync } from 'node:fs';
import { closestKey } from './fields.js';
import type { Diagnostic } from './types.js';

/**
 * The placeholders a template can use. Every value is escaped for a text node or a quoted
 * attribute, except `head` and `content`, which are markup the build writes.
 */
export const PAGE_PLACEHOLDERS = {
  /** The posting's language (`de`), else the build's default language: for `<html lang>`. */
  lang: true,
  /** `ltr` or `rtl`: for `<html dir>`. */
  dir: true,
  /** The job's title: for `<title>`. */
  title: true,
  /** The meta description, canonical link, Open Graph tags and JSON-LD: inside `<head>`. */
  head: true,
  /** The job: title, metadata, body and Apply link, in an `<article>`: inside `<body>`. */
  content: true,
  /** The meta description text. */
  description: false,
  /** The page's own (canonical) URL. */
  url: false,
  /** The organization's name, or nothing. */
  organization: false,
} as const;

export type PlaceholderName = keyof typeof PAGE_PLACEHOLDERS;

const NAMES = Object.keys(PAGE_PLACEHOLDERS) as PlaceholderName[];
const REQUIRED = NAMES.filter((name) => PAGE_PLACEHOLDERS[name]);
/** Placeholders whose value would be written twice: two JobPostings, or two copies of the job. */
const ONCE: PlaceholderName[] = ['head', 'content'];
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** A template checked and cut at its placeholders: text, name, text, name, …, text. */
export interface PageTemplate {
  /** Where the template came from, for messages. */
  file: string;
  /** The text around the placeholders; one more than `names`. */
  readonly text: readonly string[];
  readonly names: readonly PlaceholderName[];
}

/** A checked template, or what is wrong with it (each problem located, with a hint). */
export type TemplateResult = { template: PageTemplate; errors: [] } | { template?: undefined; errors: Diagnostic[] };

/** Checks a template: every required placeholder present, `head` and `content` once, no unknown name. */
export function parsePageTemplate(source: string, file = 'job page template'): TemplateResult {
  const text: string[] = [];
  const names: PlaceholderName[] = [];
  const lines: number[] = [];
  const errors: Diagnostic[] = [];
  let last = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const line = lineOf(source, match.index);
    if (!(NAMES as string[]).includes(name)) {
      const suggestion = closestKey(name, NAMES);
      errors.push({
        severity: 'error',
        file,
        line,
        message: `unknown placeholder ${match[0]}`,
        hint: `${suggestion ? `Did you mean {{${suggestion}}}? ` : ''}A job page template can use ${NAMES.map((n) => `{{${n}}}`).join(', ')}.`,
      });
      continue;
    }
    text.push(source.slice(last, match.index));
    names.push(name as PlaceholderName);
    lines.push(line);
    last = match.index + match[0].length;
  }
  text.push(source.slice(last));
  for (const name of REQUIRED) {
    const at = lines.filter((_, i) => names[i] === name);
    const count = at.length;
    if (count === 0) {
      errors.push({ severity: 'error', file, line: 1, message: `the template has no {{${name}}}`, hint: HINTS[name] });
    } else if (count > 1 && ONCE.includes(name)) {
      errors.push({
        severity: 'error',
        file,
        line: at[1]!,
        message: `{{${name}}} is used ${count} times`,
        hint: `Write {{${name}}} once: ${name === 'head' ? 'two copies would give search engines the job twice' : 'the page shows one job'}.`,
      });
    }
  }
  return errors.length > 0 ? { errors } : { template: { file, text, names }, errors: [] };
}

const HINTS: Record<PlaceholderName, string> = {
  lang: 'Write <html lang="{{lang}}" dir="{{dir}}">: the page takes the posting\'s language.',
  dir: 'Write <html lang="{{lang}}" dir="{{dir}}">: an Arabic or Hebrew posting reads right to left.',
  title: 'Write <title>{{title}}</title> inside <head> (you may add your site\'s name around it).',
  head: 'Write {{head}} inside <head>: it holds the description, canonical link, Open Graph tags and the JobPosting.',
  content: 'Write {{content}} inside <body> where the job should appear.',
  description: '',
  url: '',
  organization: '',
};

/** Fills in a template. `values` are written as they are: the caller escapes them. */
export function fillPageTemplate(template: PageTemplate, values: Record<PlaceholderName, string>): string {
  let out = template.text[0]!;
  for (let i = 0; i < template.names.length; i++) out += values[template.names[i]!] + template.text[i + 1]!;
  return out;
}

let shipped: PageTemplate | undefined;

/** The template that ships with the package (`templates/job-page.html` beside this module). */
export function defaultPageTemplate(): PageTemplate {
  if (!shipped) {
    const url = new URL('./templates/job-page.html', import.meta.url);
    const result = parsePageTemplate(readFileSync(url, 'utf8'), 'job-widgets/templates/job-page.html');
    if (!result.template) throw new Error(`the shipped job page template is broken: ${result.errors[0]!.message}`);
    shipped = result.template;
  }
  return shipped;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
