/**
 * marked's lexer, held to time linear in a body's size. marked is right about what markdown
 * means, but several of its rules read ahead from a place to the end of a paragraph (or of a
 * list item) and then consume only a character or a line: a body made of that shape over and
 * over costs time quadratic in its size, minutes to hours for a megabyte. Rather than change
 * what any body means, the lexer here is marked's own with three changes:
 *
 * - email addresses are looked for with their local part bounded to the 64 characters an
 *   address may have (RFC 5321), and code spans are masked in one pass: both give marked's
 *   result in linear time;
 * - setext headings (a line of `===` or `---` under text) are looked for only where one can
 *   be: marked tries one at every line of a list item, reading to the end of it each time;
 * - what is left (pairing `*`, `_` and `~`, links, bare URLs, code spans, nested emphasis) is
 *   charged as it reads against a budget proportional to the body's size, and a body that
 *   spends it is refused with `MarkdownTooCostlyError`. Postings use a few percent of it.
 *
 * Nesting is bounded too: quotes and lists (checked before lexing) and emphasis and links
 * (while lexing) more than `MAX_NESTING` deep are refused with `MarkdownTooDeepError`.
 */
import { Lexer, Tokenizer, type MarkedOptions, type Token, type Tokens, type TokensList } from 'marked';

/** Markdown nesting beyond this is refused: marked recurses per level, and no posting needs it. */
export const MAX_NESTING = 100;

/** Thrown for markdown shaped to exhaust the parser; `what` is what nests too deep. */
export class MarkdownTooDeepError extends Error {
  constructor(readonly what: 'quotes or lists' | 'emphasis or links') {
    super(`${what} nested more than ${MAX_NESTING} levels deep`);
  }
}

/** Thrown for a body that would take marked more work than its size allows. */
export class MarkdownTooCostlyError extends Error {
  constructor() {
    super('the body takes more work to read than its size allows');
  }
}

/** Work allowed per character of a body, and for any body (see the charges below). */
export const WORK_PER_CHARACTER = 64;
const WORK_BASE = 100_000;

let workLeft = 0;

function spend(units: number): void {
  workLeft -= units;
  if (workLeft < 0) throw new MarkdownTooCostlyError();
}

/** Lexes `body` as marked does with `options`, within the limits above. */
export function lexWithinLimits(body: string, options: MarkedOptions): Token[] {
  if (TOO_DEEP.test(body)) throw new MarkdownTooDeepError('quotes or lists');
  workLeft = WORK_BASE + WORK_PER_CHARACTER * body.length;
  const lexer = new LimitedLexer({ ...options, tokenizer });
  // Each lexer gives the tokenizer marked's rules; ours replace them.
  tokenizer.rules = { ...tokenizer.rules, block: BLOCK_RULES, inline: INLINE_RULES };
  return lexer.lex(body);
}

// More than MAX_NESTING quote or list markers opening one line (`> > > …`, `- - - …`), or
// indentation that deep: what it takes to make a parser recurse until it fails.
const TOO_DEEP = new RegExp(
  `^(?:[ \\t]*(?:>|[-*+][ \\t]|\\d{1,9}[.)][ \\t])){${MAX_NESTING + 1}}|^[ \\t]{${MAX_NESTING * 4}}`,
  'm',
);

/**
 * What a rule costs, in characters read, given its input, its match (or null) and where its
 * search started and ended. An exec of marked's Unicode delimiter rules costs about as much as
 * reading 16 characters: that is charged on top for them.
 */
type Cost = (input: string, match: RegExpExecArray | null, from: number, end: number) => number;

/** One of marked's rules, charging what it reads. */
class MeteredRule extends RegExp {
  // Methods that copy a regular expression (matchAll, split) get a plain one.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  readonly #cost: Cost;

  constructor(rule: RegExp, cost: Cost) {
    super(rule.source, rule.flags);
    this.#cost = cost;
  }

  override exec(input: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const match = super.exec(input);
    const end = match ? (this.global ? this.lastIndex : match.index + match[0].length) : input.length;
    spend(this.#cost(input, match, from, end));
    return match;
  }
}

const DELIMITER_RUN = 16;
/** A rule run at every token: what it matched. */
const matched: Cost = (_input, match) => (match ? match[0].length : 0);
/** A rule that scans for closing delimiters: every character between where it starts and stops. */
const scanned: Cost = (_input, _match, from, end) => DELIMITER_RUN + end - from;
/** A code span's rule: what it matched, or, failing at a run of backticks, everything after it. */
const codeSpan: Cost = (input, match) => (match ? match[0].length : input.startsWith('`') ? input.length : 0);
/**
 * A link rule: what it matched. Failing at a `[`, it read the label, which ends at a `]` or
 * cannot go past another `[`; and when the label is followed by `next` (`(` of a destination,
 * `[` of a reference) it may have read on to the end looking for the rest.
 */
const link =
  (next: string): Cost =>
  (input, match) => {
    if (match) return match[0].length;
    if (!LINK_OPENER.test(input)) return 0;
    // Found within the label only: looking further for each `[` would itself be quadratic.
    const open = input.indexOf('[', input.indexOf('[') + 1);
    const label = open === -1 ? input : input.slice(0, open);
    const close = label.indexOf(']');
    if (close === -1) return label.length;
    return input.startsWith(next, close + 1) ? input.length : close + 1;
  };
const LINK_OPENER = /^!?\[/;
/**
 * The inline HTML rule: what it matched. Failing at what opens a comment, a declaration or a
 * processing instruction (`<!`, `<?`), or a tag with attributes (`<a href=…`), it may have read
 * everything after, looking for the end.
 */
const tag: Cost = (input, match) => (match ? match[0].length : LONG_TAG.test(input) ? input.length : 0);
const LONG_TAG = /^<(?:[!?]|\/?[a-zA-Z][a-zA-Z0-9-]*\s)/;
/** A rule that always reads its whole input. */
const whole: Cost = (input) => input.length;

/**
 * marked masks code spans (so that `*` inside one never pairs with one outside) with a rule that
 * looks, from each run of backticks, for a closing run of the same length, to the end of the
 * paragraph each time. This is that rule in one pass: a closing run is the first later run of
 * exactly that many backticks, found in a table of the runs.
 */
class CodeSpanMask extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  #input: string | undefined;
  /** Run length → start of each run of exactly that many backticks, in order. */
  #runs = new Map<number, number[]>();

  override exec(input: string): RegExpExecArray | null {
    if (input !== this.#input) this.#index(input);
    for (let at = this.lastIndex; at < input.length; at++) {
      const char = input.charCodeAt(at);
      if (char === BACKTICK) {
        let end = at;
        while (input.charCodeAt(end) === BACKTICK) end++;
        const closing = this.#closingRun(end - at, end);
        const stop = closing === undefined ? end : closing + (end - at);
        return this.#result(input, at, stop, closing === undefined ? undefined : input.slice(at, end), undefined);
      }
      if (char === BACKSLASH) {
        const punctuation = PUNCTUATION_AFTER.exec(input.slice(at + 1, at + 3))?.[0];
        if (punctuation !== undefined) return this.#result(input, at, at + 1 + punctuation.length, undefined, punctuation);
      }
    }
    this.lastIndex = 0;
    return null;
  }

  #index(input: string): void {
    this.#input = input;
    this.#runs = new Map();
    for (let at = input.indexOf('`'); at !== -1; ) {
      let end = at;
      while (input.charCodeAt(end) === BACKTICK) end++;
      const starts = this.#runs.get(end - at);
      if (starts) starts.push(at);
      else this.#runs.set(end - at, [at]);
      at = input.indexOf('`', end);
    }
  }

  /** The first run of exactly `length` backticks that starts after `after`, with text between. */
  #closingRun(length: number, after: number): number | undefined {
    const starts = this.#runs.get(length);
    if (!starts) return undefined;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! > after) high = middle;
      else low = middle + 1;
    }
    return starts[low];
  }

  #result(input: string, at: number, stop: number, run: string | undefined, punctuation: string | undefined): RegExpExecArray {
    this.lastIndex = stop;
    const result = [input.slice(at, stop), run, punctuation] as unknown as RegExpExecArray;
    result.index = at;
    result.input = input;
    return result;
  }
}

const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const PUNCTUATION_AFTER = /^[\p{P}\p{S}]/u;

/**
 * marked's GFM rules for bare email addresses (`jobs@example.com` becomes a link) look for the
 * `@` from every inline token onwards, across the whole run of characters an address may hold:
 * a long word cut into many tokens (`a_a_a_…`, `a!a!a!…`) costs time quadratic in its length.
 * Bounded to the 64 characters a local part may have (RFC 5321), they find the same addresses.
 * Where text stops one character into a token to let an address start there, the bound is 63:
 * else a 65-character local part, too long to link whole, would have its last 64 linked.
 */
const ADDRESS_CHARACTER = "[a-zA-Z0-9.!#$%&'*+\\/=?_`{\\|}~-]";
const EMAIL_RUNS: readonly [string, string][] = [
  ['[A-Za-z0-9._+-]+', '[A-Za-z0-9._+-]{1,64}'],
  [`|(?=${ADDRESS_CHARACTER}+@)`, `|(?=${ADDRESS_CHARACTER}{1,63}@)`],
  [`](?=${ADDRESS_CHARACTER}+@)`, `](?=${ADDRESS_CHARACTER}{1,64}@)`],
];

function withBoundedEmail(rule: RegExp): RegExp {
  let source = rule.source;
  for (const [unbounded, bounded] of EMAIL_RUNS) source = source.replaceAll(unbounded, bounded);
  return new RegExp(source, rule.flags);
}

const gfm = Lexer.rules.inline.gfm;
/** marked's GFM inline rules with the changes above. Exported for the tests, which check each is in place. */
export const INLINE_RULES = {
  ...gfm,
  url: new MeteredRule(withBoundedEmail(gfm.url), matched),
  text: withBoundedEmail(gfm.text),
  anyPunctuationOutsideCode: new CodeSpanMask(gfm.anyPunctuationOutsideCode.source, gfm.anyPunctuationOutsideCode.flags),
  emStrongLDelim: new MeteredRule(gfm.emStrongLDelim, matched),
  emStrongRDelimAst: new MeteredRule(gfm.emStrongRDelimAst, scanned),
  emStrongRDelimUnd: new MeteredRule(gfm.emStrongRDelimUnd, scanned),
  delLDelim: new MeteredRule(gfm.delLDelim, matched),
  delRDelim: new MeteredRule(gfm.delRDelim, scanned),
  link: new MeteredRule(gfm.link, link('(')),
  reflink: new MeteredRule(gfm.reflink, link('[')),
  nolink: new MeteredRule(gfm.nolink, link('\0')),
  code: new MeteredRule(gfm.code, codeSpan),
  tag: new MeteredRule(gfm.tag, tag),
  // A URL is cut back to where it ends (before `)`, `.` …) by this rule, run until nothing changes.
  _backpedal: new MeteredRule(gfm._backpedal, whole),
};

// The setext rule is charged here only where marked runs it on its own (on a list item's text
// so far, once per line that looks like an underline); `lheading` below charges its own runs.
let chargeSetextRule = true;
/** marked's GFM block rules, with setext headings charged. */
export const BLOCK_RULES = {
  ...Lexer.rules.block.gfm,
  lheading: new MeteredRule(Lexer.rules.block.gfm.lheading, (input) => (chargeSetextRule ? input.length : 0)),
};

// A line break, then a blank line or a setext underline: where a setext heading must end, or
// cannot go past.
const SETEXT_STOP = /\n(?:[ \t]*(?:\n|$)| {0,3}(?:=+|-+)[ \t]*(?:\n|$))/g;

/** Where setext headings can be, for the block of text being lexed. */
interface BlockFrame {
  src: string;
  /** Index of the next stop (see SETEXT_STOP) at or after the last place asked about; -1 for none. */
  stop: number;
  /** Whether that stop is an underline, which a heading can end at. */
  underline: boolean;
}

/**
 * A lexer that knows which block of text it is in, charges inline text each time it is lexed
 * (emphasis and links lex their text again, one level down), and stops nesting without end.
 */
class LimitedLexer extends Lexer {
  #depth = 0;
  readonly #blocks: BlockFrame[] = [];

  override blockTokens(src: string, tokens?: Token[], lastParagraphClipped?: boolean): Token[];
  override blockTokens(src: string, tokens?: TokensList, lastParagraphClipped?: boolean): TokensList;
  override blockTokens(src: string, tokens?: Token[] | TokensList, lastParagraphClipped?: boolean): Token[] | TokensList {
    this.#blocks.push({ src, stop: -2, underline: false });
    try {
      return super.blockTokens(src, tokens as Token[], lastParagraphClipped);
    } finally {
      this.#blocks.pop();
    }
  }

  override inlineTokens(src: string, tokens?: Token[]): Token[] {
    if (this.#depth >= MAX_NESTING) throw new MarkdownTooDeepError('emphasis or links');
    spend(src.length);
    this.#depth++;
    try {
      return super.inlineTokens(src, tokens);
    } finally {
      this.#depth--;
    }
  }

  /**
   * How far a setext heading starting at `src` (the rest of the current block) would read, or -1
   * when it cannot be one: no underline comes before the next blank line. Each stretch between
   * stops is searched once, however many lines ask.
   */
  setextReach(src: string): number {
    const block = this.#blocks.at(-1);
    if (!block || block.src.length < src.length) return src.length;
    const at = block.src.length - src.length;
    if (block.stop === -2 || (block.stop !== -1 && block.stop < at)) {
      SETEXT_STOP.lastIndex = at;
      const stop = SETEXT_STOP.exec(block.src);
      block.stop = stop ? stop.index : -1;
      block.underline = stop !== null && !/^\n[ \t]*(?:\n|$)/.test(stop[0]);
    }
    return block.underline ? block.stop - at : -1;
  }
}

// A line that opens a list item, and one that ends a paragraph (heading, quote, fence, HTML,
// rule), at an indentation that can end a list item.
const BULLET = /^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
const MARKER = /^ *([*+-]|\d{1,9}([.)]))([ \t]*)/;
const INTERRUPTION = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|`{3,}|~{3,}|<[a-zA-Z/!?]|(?:[-*_][ \t]*){3,}$)/;

/**
 * An upper bound of what marked spends on the list that starts `src`: it reads each line once,
 * and for each lazy line (text that continues an item's paragraph without its indentation) it
 * searches the item's text so far again. The list ends at an unindented line after a blank one
 * or at a line that ends a paragraph.
 */
function listWork(src: string): number {
  const firstEnd = lineEnd(src, 0);
  const marker = MARKER.exec(src.slice(0, firstEnd));
  if (!marker) return firstEnd;
  // Content more than four spaces after the marker is code, and the item's text starts one space in.
  const spaces = marker[3]!.length;
  const indent = spaces > 4 ? marker[0].length - spaces + 1 : marker[0].length;
  // The list's items all use its marker (`-`, or `1.` and `2.`): another one starts another list.
  const kind = marker[2] ?? marker[1]!;
  let work = firstEnd;
  let itemStart = 0;
  let blankBefore = false;
  for (let start = firstEnd + 1; start < src.length; ) {
    const end = lineEnd(src, start);
    const line = src.slice(start, end);
    work += line.length + 1;
    const first = line.search(/[^ \t]/);
    if (first === -1) blankBefore = true;
    else {
      if (first < indent) {
        if (BULLET.test(line)) {
          const next = MARKER.exec(line)!;
          if ((next[2] ?? next[1]) !== kind) break;
          itemStart = start;
        } else if (blankBefore || INTERRUPTION.test(line)) break;
        else work += start - itemStart;
      }
      blankBefore = false;
    }
    start = end + 1;
  }
  return work;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** marked's tokenizer, trying setext headings only where one can end, and charging lists. */
class LimitedTokenizer extends Tokenizer {
  override list(src: string): Tokens.List | undefined {
    // marked itself returns at once for a list that cannot interrupt the paragraph before it.
    const interrupts = this.lexer.state.lastToken?.type !== 'text' || this.rules.other.listInterruptsParagraph.test(src);
    if (interrupts && BULLET.test(src)) spend(listWork(src));
    return super.list(src);
  }

  override lheading(src: string): Tokens.Heading | undefined {
    const reach = this.lexer instanceof LimitedLexer ? this.lexer.setextReach(src) : src.length;
    if (reach === -1) return undefined;
    spend(reach);
    chargeSetextRule = false;
    try {
      return super.lheading(src);
    } finally {
      chargeSetextRule = true;
    }
  }
}

// One tokenizer for every body: lexing is synchronous.
const tokenizer = new LimitedTokenizer();
