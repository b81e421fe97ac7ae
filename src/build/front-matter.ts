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

/** Lists and maps nested deeper than this are refused: no posting needs them, and parsers recurse per level. */
export const MAX_DEPTH = 100;
// Aliases are legal YAML, and js-yaml shares one value between all the aliases to it; but a
// posting is read as if each were a copy, so a few lines of aliases can stand for billions of
// values (a bomb) or gigabytes of text (one long string named thousands of times). What aliases
// add is counted as the YAML is read, and reading stops at whichever of these comes first: more
// than a posting could hold written out.
const MAX_ALIAS_VALUES = 10_000;
const MAX_ALIAS_CHARACTERS = 1024 * 1024;
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
    value = loadYaml(raw, { schema: CORE_SCHEMA, json: false, listener: yamlGuard() });
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
  return checked(value, yamlKeyLines(raw));
}

/**
 * A js-yaml listener that stops reading, with the line, at nesting past `MAX_DEPTH` (js-yaml
 * recurses per level, and would run out of stack first) and when aliases add more than a posting
 * could hold. An alias is a node that closes with no kind of its own: its result is the value it
 * names, counted as the copy it stands for.
 */
function yamlGuard(): (event: 'open' | 'close', state: { line: number; kind: string | null; result: unknown }) => void {
  const openLines: number[] = [];
  const added = { values: 0, characters: 0 };
  return (event, state) => {
    if (event === 'open') {
      // The nodes open on a path are the maps and lists around a value, the value, and the
      // document itself: past this the check after reading would refuse it anyway.
      if (openLines.length > MAX_DEPTH + 2) throw tooDeep(state.line + 1);
      openLines.push(state.line + 1);
      return;
    }
    const line = openLines.pop()!;
    if (state.kind !== null || state.result === null || state.result === undefined) return;
    if (!addExpanded(state.result, added)) {
      throw new FrontMatterError(
        'the YAML front matter expands to too many values through aliases (*name), as an "alias bomb" does: ' +
          `they may add at most ${MAX_ALIAS_VALUES.toLocaleString('en')} values and ${MAX_ALIAS_CHARACTERS / 1024 / 1024} MB of text`,
        line,
        'Write each value out instead of referring to it with *aliases.',
      );
    }
  };
}

/**
 * Adds to `added` the values and characters (of strings and keys) that `value` holds written
 * out; false as soon as either passes its limit, so a bomb is never walked further than that.
 */
function addExpanded(value: unknown, added: { values: number; characters: number }): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    added.values++;
    if (typeof item === 'string') added.characters += item.length;
    else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (!Array.isArray(item)) added.characters += key.length;
        pending.push(child);
      }
    }
    if (added.values > MAX_ALIAS_VALUES || added.characters > MAX_ALIAS_CHARACTERS) return false;
  }
  return true;
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
  return checked(value, jsonKeyLines(raw));
}

function parseTomlBlock(raw: string): Parsed {
  let value: unknown;
  try {
    // smol-toml recurses per level of inline lists and tables; past this it stops by itself.
    value = parseToml(raw, { maxDepth: MAX_DEPTH + 1 });
  } catch (error) {
    const line = (error as { line?: number }).line;
    const message = String((error as Error).message);
    if (/excessively nested/.test(message)) throw tooDeep(typeof line === 'number' ? line : 2);
    throw new FrontMatterError(
      `the TOML front matter is not valid: ${firstSentence(message)}`,
      typeof line === 'number' ? line : 2,
      'Check that each line is `key = value`, with strings in quotes.',
    );
  }
  if (!isPlainObject(value)) throw new FrontMatterError('the TOML front matter is not a table', 2, 'Write `key = value` lines.');
  return checked(value, tomlKeyLines(raw));
}

function tooDeep(line: number): FrontMatterError {
  return new FrontMatterError(
    `the front matter nests lists or objects more than ${MAX_DEPTH} levels deep`,
    line,
    'Flatten it: no key of a posting needs more than a list of text or a salary with min and max.',
  );
}

/**
 * Parsed front matter, refused when a value nests past `MAX_DEPTH` (or inside itself), and its
 * keys on an object without a prototype; `lines` holds the line of each top-level key, found in
 * one pass over the block (looking each key up in the text again would take time quadratic in
 * the number of keys).
 */
function checked(value: Record<string, unknown>, lines: ReadonlyMap<string, number>): Parsed {
  const lineOf = (key: string): number => lines.get(key) ?? 2;
  const depths = new Map<object, number>();
  for (const key of Object.keys(value)) {
    if (depthOf(value[key], 1, depths) > MAX_DEPTH) throw tooDeep(lineOf(key));
  }
  return { data: withoutPrototype(value), lineOf };
}

/**
 * How many lists and objects deep `value` goes, found without going further than `MAX_DEPTH`
 * from the top (`level` is where `value` is) and once per shared value. A value that contains
 * itself, as YAML anchors allow, counts as too deep.
 */
function depthOf(value: unknown, level: number, depths: Map<object, number>): number {
  if (typeof value !== 'object' || value === null || value instanceof Date) return 0;
  if (level > MAX_DEPTH) return MAX_DEPTH + 1;
  const known = depths.get(value);
  if (known !== undefined) return known;
  depths.set(value, MAX_DEPTH + 1);
  let depth = 1;
  for (const item of Object.values(value)) {
    depth = Math.max(depth, 1 + depthOf(item, level + 1, depths));
    if (depth > MAX_DEPTH) break;
  }
  depths.set(value, depth);
  return depth;
}

/** Lines of YAML's top-level keys: unindented `key: value` lines, the key plain or quoted. */
function yamlKeyLines(raw: string): Map<string, number> {
  const lines = new Map<string, number>();
  forEachLine(raw, (text, line) => {
    const key = yamlKey(text);
    if (key !== undefined && !lines.has(key)) lines.set(key, line);
  });
  return lines;
}

function yamlKey(text: string): string | undefined {
  const first = text[0];
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, 1);
    if (close === -1) return undefined;
    return isYamlColon(text, skipBlanks(text, close + 1)) ? text.slice(1, close) : undefined;
  }
  if (first === undefined || first === ' ' || first === '\t' || first === '#' || first === '-') return undefined;
  // A plain key ends at the first colon that is followed by a blank or the end of the line.
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (isYamlColon(text, colon)) return text.slice(0, colon).trimEnd();
  }
  return undefined;
}

function isYamlColon(text: string, at: number): boolean {
  return text[at] === ':' && (at + 1 === text.length || text[at + 1] === ' ' || text[at + 1] === '\t');
}

/** Lines of JSON's top-level keys: strings followed by `:` one level inside the outer braces. */
function jsonKeyLines(raw: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '\n') line++;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === '"') {
      // The block parsed as JSON: every string is closed, on the line it starts on.
      const start = i;
      for (i++; raw[i] !== '"'; i++) if (raw[i] === '\\') i++;
      if (depth !== 1 || raw[skipBlanks(raw, i + 1, true)] !== ':') continue;
      const key = JSON.parse(raw.slice(start, i + 1)) as string;
      if (!lines.has(key)) lines.set(key, line);
    }
  }
  return lines;
}

/**
 * Lines of TOML's top-level keys: `key = …` (or `key.sub = …`) before the first table, and each
 * table header's first part (`[salary]`, `[[extra.list]]`). Lines inside multi-line strings are
 * skipped.
 */
function tomlKeyLines(raw: string): Map<string, number> {
  const lines = new Map<string, number>();
  let inTable = false;
  let inString: string | undefined;
  forEachLine(raw, (text, line) => {
    const startsInString = inString !== undefined;
    for (const [quotes] of text.matchAll(/"""|'''/g)) {
      if (inString === undefined) inString = quotes;
      else if (quotes === inString) inString = undefined;
    }
    if (startsInString) return;
    const trimmed = text.trimStart();
    const header = /^\[\[?\s*/.exec(trimmed);
    if (header) inTable = true;
    else if (inTable) return;
    const key = tomlFirstKey(trimmed, header ? header[0].length : 0);
    if (key !== undefined && !lines.has(key)) lines.set(key, line);
  });
  return lines;
}

function tomlFirstKey(text: string, start: number): string | undefined {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close === -1 ? undefined : text.slice(start + 1, close);
  }
  return /^[A-Za-z0-9_-]+/.exec(text.slice(start))?.[0];
}

function forEachLine(text: string, visit: (line: string, number: number) => void): void {
  let number = 1;
  for (let start = 0; start <= text.length; number++) {
    const end = text.indexOf('\n', start);
    visit(text.slice(start, end === -1 ? text.length : end), number);
    if (end === -1) break;
    start = end + 1;
  }
}

/** The index of the first character at or after `from` that is not a space or tab (or newline). */
function skipBlanks(text: string, from: number, newlines = false): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t' || (newlines && (text[i] === '\n' || text[i] === '\r'))) i++;
  return i;
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
