/**
 * Splitting a posting into front matter and body, and reading the front matter as data.
 *
 * gray-matter finds the delimiters and the language; it never parses. Its built-in engines
 * include `---js`, which evaluates the block with `eval`, so every engine it can reach is
 * replaced by one that returns nothing, and the block is parsed here with parsers that cannot
 * run code: `js-yaml` (core schema, no custom tags, bounded aliases), `JSON.parse`, `smol-toml`.
 */
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import { CORE_SCHEMA, YAMLException, load as loadYaml } from 'js-yaml';

export type FrontMatterLanguage = 'yaml' | 'json' | 'toml';

export interface FrontMatter {
  /** The parsed keys, on an object without a prototype so `__proto__` is just a key. */
  data: Record<string, unknown>;
  language: FrontMatterLanguage | 'none';
  /** 1-based line of each top-level key, for messages. */
  lineOf(key: string): number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** A front matter block that cannot be read; `line` is 1-based. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly hint: string,
  ) {
    super(message);
  }
}

// Aliases are legal YAML, but no posting holds more values than this once they are expanded.
const MAX_EXPANDED_VALUES = 10_000;
const CLOSING_YAML = /\n---[ \t]*(?:\n|$)/;
const CLOSING_TOML = /\n\+\+\+[ \t]*(?:\n|$)/;
const EXECUTABLE_LANGUAGES = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);
const NO_ENGINE = { parse: () => ({}), stringify: () => '' };
// Every name gray-matter could resolve (directly or through its aliases) to an engine.
const SAFE_ENGINES = Object.fromEntries(
  ['yaml', 'yml', 'json', 'toml', ...EXECUTABLE_LANGUAGES].map((name) => [name, NO_ENGINE]),
);

/** Splits and parses a posting's text (BOM and CRLF already removed). */
export function readFrontMatter(text: string): FrontMatter {
  const toml = text.startsWith('+++');
  if (!toml && !text.startsWith('---')) {
    return { data: Object.create(null), language: 'none', lineOf: () => 1, body: text, bodyLine: 1 };
  }
  const delimiter = toml ? '+++' : '---';
  const firstLineEnd = text.indexOf('\n');
  const opening = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).trim();
  const declared = opening.slice(3).trim().toLowerCase();
  if (EXECUTABLE_LANGUAGES.has(declared)) {
    throw new FrontMatterError(
      `front matter in "${declared}" is code, and postings never run code`,
      1,
      'Write the front matter in YAML (---) or JSON (---json).',
    );
  }
  const closing = (toml ? CLOSING_TOML : CLOSING_YAML).exec(text);
  if (!closing) {
    throw new FrontMatterError(
      `the front matter opened on line 1 is never closed`,
      1,
      `Add a line with only ${delimiter} after the last front matter key.`,
    );
  }

  // gray-matter only sees the front matter block: it copies its whole input into a Buffer, and
  // bodies are most of a posting's bytes.
  const blockEnd = closing.index + closing[0].length;
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text.slice(0, blockEnd), { delimiters: delimiter, language: toml ? 'toml' : 'yaml', engines: SAFE_ENGINES });
  } catch {
    throw new FrontMatterError(
      `front matter language "${declared}" is not supported`,
      1,
      'Use YAML (---), JSON (---json) or TOML (+++).',
    );
  }
  const language = normalizeLanguage(file.language);
  const raw = (file as { matter?: string }).matter ?? '';
  const bodyLine = countLines(text.slice(0, blockEnd));

  const parsed =
    language === 'yaml' ? parseYaml(raw) : language === 'json' ? parseJson(raw) : parseTomlBlock(raw);
  return { ...parsed, language, body: text.slice(blockEnd), bodyLine };
}

function normalizeLanguage(language: string): FrontMatterLanguage {
  const name = language.toLowerCase();
  if (name === 'yaml' || name === 'yml') return 'yaml';
  if (name === 'json' || name === 'toml') return name;
  throw new FrontMatterError(
    `front matter language "${language}" is not supported`,
    1,
    'Use YAML (---), JSON (---json) or TOML (+++).',
  );
}

type Parsed = Pick<FrontMatter, 'data' | 'lineOf'>;

// `raw` starts with the newline that ends the opening delimiter's line, so line N of `raw`
// (counting from 1) is line N of the file.
function parseYaml(raw: string): Parsed {
  let value: unknown;
  try {
    // The core schema: strings, numbers, booleans, null, lists and maps. No timestamps, no
    // binary, no merge keys, and any `!tag` (such as `!!js/function`) is an error.
    value = loadYaml(raw, { schema: CORE_SCHEMA, json: false });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? error.mark.line + 1 : 2;
    const tag = /unknown tag !<([^>]*)>/.exec(error.reason)?.[1];
    if (tag !== undefined) {
      throw new FrontMatterError(
        `YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in front matter`,
        line,
        'Remove the tag (the "!…" before the value) and write the value as plain text, a number, true/false or a list.',
      );
    }
    if (/duplicated mapping key/.test(error.reason)) {
      throw new FrontMatterError('a key is set twice in the front matter', line, 'Keep one of the two lines.');
    }
    throw new FrontMatterError(`the YAML front matter is not valid: ${error.reason}`, line, YAML_HINT);
  }
  if (value === null || value === undefined) return { data: Object.create(null), lineOf: () => 2 };
  if (!isPlainObject(value)) throw new FrontMatterError('the front matter is not a list of "key: value" lines', 2, YAML_HINT);
  // js-yaml shares one object for every alias to it instead of copying; a bomb is a small graph
  // that would become billions of values when read. Measure the size it would expand to.
  if (expandedSize(value, new Map()) > MAX_EXPANDED_VALUES) {
    throw new FrontMatterError(
      'the YAML front matter expands to too many values through aliases (*name), as an "alias bomb" does',
      1,
      'Write each value out instead of referring to it with *aliases.',
    );
  }
  return {
    data: withoutPrototype(value),
    lineOf: (key) => lineOfKey(raw, new RegExp(`^(["']?)${escapeRegExp(key)}\\1[ \\t]*:`, 'm')),
  };
}

/** The number of values `value` holds once every alias is expanded, computed without expanding. */
function expandedSize(value: unknown, sizes: Map<object, number>): number {
  if (typeof value !== 'object' || value === null) return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  sizes.set(value, Infinity); // a cycle (`&a [*a]`) never ends
  let size = 1;
  for (const item of Object.values(value)) {
    size += expandedSize(item, sizes);
    if (size > MAX_EXPANDED_VALUES) break;
  }
  sizes.set(value, size);
  return size;
}

const YAML_HINT = 'Check the indentation and quote values that contain ": " or start with a special character (for example "- ", "*", "&", "!", "{", "[").';

function parseJson(raw: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    throw new FrontMatterError(
      `the JSON front matter is not valid: ${firstSentence(String((error as Error).message))}`,
      position ? countLines(raw.slice(0, Number(position))) : 2,
      'Check for a missing comma, a trailing comma or an unquoted key.',
    );
  }
  if (!isPlainObject(value)) throw new FrontMatterError('the JSON front matter is not an object', 2, 'Wrap the keys in { }.');
  return { data: withoutPrototype(value), lineOf: (key) => lineOfKey(raw, new RegExp(`"${escapeRegExp(key)}"\\s*:`)) };
}

function parseTomlBlock(raw: string): Parsed {
  let value: unknown;
  try {
    value = parseToml(raw);
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new FrontMatterError(
      `the TOML front matter is not valid: ${firstSentence(String((error as Error).message))}`,
      typeof line === 'number' ? line : 2,
      'Check that each line is `key = value`, with strings in quotes.',
    );
  }
  if (!isPlainObject(value)) throw new FrontMatterError('the TOML front matter is not a table', 2, 'Write `key = value` lines.');
  return {
    data: withoutPrototype(value),
    lineOf: (key) => lineOfKey(raw, new RegExp(`^\\s*"?${escapeRegExp(key)}"?\\s*=`, 'm')),
  };
}

function lineOfKey(raw: string, pattern: RegExp): number {
  const match = pattern.exec(raw);
  return match ? countLines(raw.slice(0, match.index + match[0].search(/\S/))) : 2;
}

/** Copies own enumerable keys onto a prototype-less object, recursively for plain objects. */
function withoutPrototype(value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) {
    const item = value[key];
    copy[key] = isPlainObject(item) ? withoutPrototype(item) : item;
  }
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** 1-based number of the line on which `prefix` ends. */
function countLines(prefix: string): number {
  let lines = 1;
  for (let i = prefix.indexOf('\n'); i !== -1; i = prefix.indexOf('\n', i + 1)) lines++;
  return lines;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
