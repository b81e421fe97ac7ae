/** One posting's text to one job: front matter, fields, markdown. Pure: no I/O, no printing. */
import type { Job } from '../feed/types.js';
import { endOfValidity } from '../feed/validity.js';
import { FIELD_KEYS, closestKey, readFields, slugify } from './fields.js';
import { FrontMatterError, readFrontMatter } from './front-matter.js';
import { renderMarkdown } from './markdown.js';
import { MAX_NESTING, MarkdownTooCostlyError, MarkdownTooDeepError } from './markdown-limits.js';
import type { BuildOptions, Diagnostic, PostingResult } from './types.js';

/** Postings larger than this are refused: no job description needs a megabyte. */
export const MAX_POSTING_BYTES = 1024 * 1024;

/** Unknown keys warned about one by one; one more warning counts the rest. */
const MAX_KEY_WARNINGS = 10;
const KEYS_HINT = 'See docs/posting-format.md for the keys that are read.';

/** Reads one posting. `file` is its path as messages should show it; it also gives the default id. */
export function parsePosting(text: string, file: string, options: BuildOptions = {}): PostingResult {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const error = (line: number, message: string, hint: string) => errors.push({ severity: 'error', file, line, message, hint });
  const invalid = (): PostingResult => ({ status: 'invalid', errors, warnings });

  // A UTF-16 code unit is at most 3 bytes of UTF-8, so most postings need no byte count.
  if (text.length * 3 > MAX_POSTING_BYTES && Buffer.byteLength(text, 'utf8') > MAX_POSTING_BYTES) {
    error(1, `the posting is larger than ${MAX_POSTING_BYTES / 1024 / 1024} MB`, 'Shorten it; link to long documents instead of pasting them.');
    return invalid();
  }
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalized = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;

  let frontMatter;
  try {
    frontMatter = readFrontMatter(normalized);
  } catch (cause) {
    if (!(cause instanceof FrontMatterError)) throw cause;
    error(cause.line, cause.message, cause.hint);
    return invalid();
  }
  if (frontMatter.language === 'none') {
    error(1, 'the posting has no front matter', 'Start the file with a line "---", then "title: …", then another "---".');
    return invalid();
  }

  const { fields, errors: fieldErrors, unknownKeys } = readFields(frontMatter.data, options);
  for (const problem of fieldErrors) error(frontMatter.lineOf(problem.key), problem.message, problem.hint);
  for (const key of unknownKeys.slice(0, MAX_KEY_WARNINGS)) {
    const suggestion = closestKey(key);
    warnings.push({
      severity: 'warning',
      file,
      line: frontMatter.lineOf(key),
      message: `unknown key ${describeKey(key)} is ignored`,
      hint: suggestion ? `Did you mean "${suggestion}"?` : KEYS_HINT,
    });
  }
  if (unknownKeys.length > MAX_KEY_WARNINGS) {
    const more = unknownKeys.length - MAX_KEY_WARNINGS;
    warnings.push({
      severity: 'warning',
      file,
      line: frontMatter.lineOf(unknownKeys[MAX_KEY_WARNINGS]!),
      message: `and ${more.toLocaleString('en')} more unknown ${more === 1 ? 'key is' : 'keys are'} ignored`,
      hint: KEYS_HINT,
    });
  }
  if (fields.title === undefined && !fieldErrors.some((p) => p.key === 'title')) {
    error(2, 'the posting has no "title"', 'Add a line "title: The job\'s title" to the front matter.');
  }
  const id = fields.id ?? slugify(baseName(file));
  if (id === '') error(1, `no URL-safe id can be made from the file name "${baseName(file)}"`, 'Add an "id:" key with letters and digits, for example id: backend-engineer.');

  let html = '';
  try {
    html = renderMarkdown(frontMatter.body);
  } catch (cause) {
    if (cause instanceof MarkdownTooDeepError) {
      error(frontMatter.bodyLine, `the body nests ${cause.what} more than ${MAX_NESTING} levels deep`, 'Flatten the nesting.');
    } else if (cause instanceof MarkdownTooCostlyError) {
      error(
        frontMatter.bodyLine,
        'the body is shaped to take the markdown parser more than linear time: markers (*, _, ~, [, `, <) that never pair up, or emphasis nested deep',
        'Write a literal *, _, ~, [, ` or < as \\*, \\_, \\~, \\[, \\` or \\<, and do not nest emphasis in emphasis.',
      );
    } else throw cause;
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    return invalid();
  }

  // Every field but the feed-only ones (`id`, `draft`) carries over under its own name.
  const { id: _id, draft: _draft, title, ...rest } = fields;
  const job: Job = { id, title: title!, ...rest, html };
  if (job.datePosted && job.validThrough && endOfValidity(job.validThrough) < Date.parse(job.datePosted)) {
    warnings.push({
      severity: 'warning',
      file,
      line: frontMatter.lineOf(fieldKey(frontMatter.data, 'validThrough')),
      message: `the posting expires (${job.validThrough}) before it is posted (${job.datePosted})`,
      hint: 'Check the two dates; the posting is skipped as expired after the first.',
    });
  }
  const idKey = fields.id === undefined ? undefined : fieldKey(frontMatter.data, 'id');
  const done = { job, errors: [] as [], warnings, idLine: idKey ? frontMatter.lineOf(idKey) : 1 };
  if (fields.draft === true && !options.includeDrafts) return { status: 'draft', ...done };
  const now = (options.now ?? new Date()).getTime();
  if (job.validThrough && !options.includeExpired && endOfValidity(job.validThrough) < now) {
    return { status: 'expired', ...done };
  }
  return { status: 'ok', ...done };
}

/** The front matter key (of its aliases) that set `field`. */
function fieldKey(data: Record<string, unknown>, field: string): string {
  return Object.keys(data).find((key) => Object.hasOwn(FIELD_KEYS, key) && FIELD_KEYS[key] === field) ?? field;
}

/** A key as messages quote it: long ones shortened, since a key can be most of a megabyte. */
function describeKey(key: string): string {
  return `"${key.length > 60 ? `${key.slice(0, 57)}...` : key}"`;
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.(md|markdown)$/i, '');
}
