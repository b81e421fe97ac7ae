/**
 * Splitting a posting into front matter and body, and reading the front matter as data.
 *
 * gray-matter finds the delimiters and the language; it never parses. Its built-in engines
 * include `---js`, which evaluates the block with `eval`, so every engine it can reach is
 * replaced by one that returns nothing, and the block is parsed here with parsers that cannot
 * run code: `yaml` (core schema, no custom tags, bounded aliases), `JSON.parse`, `smol-toml`.
 */
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';

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

// Aliases are legal YAML, but a handful is all a posting could want; more is an alias bomb.
const MAX_YAML_ALIASES = 20;
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
  if (!new RegExp(`\\n${escapeRegExp(delimiter)}[ \\t]*(\\n|$)`).test(text)) {
    throw new FrontMatterError(
      `the front matter opened on line 1 is never closed`,
      1,
      `Add a line with only ${delimiter} after the last front matter key.`,
    );
  }

  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, { delimiters: delimiter, language: toml ? 'toml' : 'yaml', engines: SAFE_ENGINES });
  } catch {
    throw new FrontMatterError(
      `front matter language "${declared}" is not supported`,
      1,
      'Use YAML (---), JSON (---json) or TOML (+++).',
    );
  }
  const language = normalizeLanguage(file.language);
  const raw = (file as { matter?: string }).matter ?? '';
  const bodyOffset = text.length - file.content.length;
  const bodyLine = countLines(text.slice(0, bodyOffset));

  const parsed =
    language === 'yaml' ? parseYaml(raw) : language === 'json' ? parseJson(raw) : parseTomlBlock(raw);
  return { ...parsed, language, body: file.content, bodyLine };
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, {
    lineCounter,
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    customTags: [],
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = lineAt(problem.pos[0]);
    if (problem.code === 'TAG_RESOLVE_FAILED') {
      throw new FrontMatterError(
        `YAML tag ${yamlTag(raw, problem.pos[0])} is not allowed in front matter`,
        line,
        'Remove the tag (the "!…" before the value) and write the value as plain text, a number, true/false or a list.',
      );
    }
    if (problem.code === 'DUPLICATE_KEY') {
      throw new FrontMatterError(`a key is set twice in the front matter`, line, 'Keep one of the two lines.');
    }
    throw new FrontMatterError(`the YAML front matter is not valid: ${firstSentence(problem.message)}`, line, YAML_HINT);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    throw new FrontMatterError(
      'the YAML front matter expands too many aliases (*name), as an "alias bomb" does',
      1,
      'Write each value out instead of referring to it with *aliases.',
    );
  }
  if (value === null || value === undefined) return { data: Object.create(null), lineOf: () => 2 };
  if (!isMap(doc.contents) || !isPlainObject(value)) {
    throw new FrontMatterError('the front matter is not a list of "key: value" lines', 2, YAML_HINT);
  }
  const lines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = pair.key as YamlNode | null;
    if (isScalar(key) && key.range) lines.set(String(key.value), lineAt(key.range[0]));
  }
  return { data: withoutPrototype(value), lineOf: (key) => lines.get(key) ?? 2 };
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

/** The `!tag` written at or after `offset`, as the author wrote it. */
function yamlTag(raw: string, offset: number): string {
  return /!\S*/.exec(raw.slice(offset))?.[0] ?? '';
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
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
