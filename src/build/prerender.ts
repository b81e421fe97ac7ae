/**
 * Prerendering a page: every `<job-list>` and every `<job-detail job-id="…">` of an HTML page
 * filled with what the server renderer (`job-widgets/ssr`) makes of it, so that the jobs are in
 * the HTML the server sends. The page is parsed by parse5 (the HTML standard's parser) only to
 * find the elements and their offsets; the output is spliced into the page's own text, so every
 * other byte stays as it was: each element keeps its start tag, its attributes and its
 * light-DOM children. The output goes right after the start tag between two marker comments,
 * where the next run finds it and replaces it: a second run with the same feed changes nothing.
 *
 * Pure: the page's text and the feed in, the new text or the problems out, each naming the file
 * and line. The CLI (`job-widgets prerender`) and the Vite plugin read and write the files.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Feed, Job, Organization } from '../feed/types.js';
import { NotAFeedError, validateFeed } from '../feed/validate.js';
import { closestKey } from './fields.js';
import type { Diagnostic } from './types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** What the renderer is told about an element besides its attributes (`job-widgets/ssr`'s `ServerRenderOptions`). */
export interface ElementContext {
  now?: Date;
  /** The closest `lang` around the element in the page, when it has none of its own. */
  lang?: string;
  /** The names of the slots its light-DOM children fill. */
  slots?: readonly string[];
  /** For a detail: the feed's organization, which its JSON-LD names. */
  organization?: Organization;
}

/** What renders an element on the server: `job-widgets/ssr`, or a stand-in in tests. */
export interface ElementRenderer {
  /** The HTML to put inside `<job-list …>`: its declarative shadow DOM and what it needs to hydrate. */
  renderJobList(feed: Feed, attributes?: Record<string, string>, options?: ElementContext): Promise<string>;
  /** The same for `<job-detail …>` showing `job`. */
  renderJobDetail(job: Job, attributes?: Record<string, string>, options?: ElementContext): Promise<string>;
}

export interface PrerenderOptions {
  /**
   * The clock the elements render at: which jobs have closed, and "posted 2 days ago". Defaults
   * to the feed's `generated` time, when it was built, so that the same page and feed always give
   * the same bytes (and a second run changes nothing); the current time for a feed without one.
   */
  now?: Date | undefined;
  /** The feed's name in messages (`public/jobs.json`). Defaults to "the feed". */
  feedName?: string | undefined;
  /** Renders the elements; defaults to `job-widgets/ssr`, loaded on first use. */
  renderer?: ElementRenderer | undefined;
}

/** A page prerendered, or why it could not be. */
export interface PrerenderResult {
  ok: boolean;
  /** The page with its elements filled in (the same text when nothing changed); absent when not `ok`. */
  html?: string;
  /** How many `<job-list>` and `<job-detail>` elements were filled in. */
  lists: number;
  details: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Around the output in the page: the next run replaces what lies between them. */
export const PRERENDER_START = '<!--job-widgets:prerendered-->';
export const PRERENDER_END = '<!--/job-widgets:prerendered-->';
const START_DATA = PRERENDER_START.slice(4, -3);
const END_DATA = PRERENDER_END.slice(4, -3);

/** What prerendering does to one element: its text between `from` and `to` becomes what `render` gives. */
interface Edit {
  from: number;
  to: number;
  element: Element;
  render: (renderer: ElementRenderer) => Promise<string>;
}

/**
 * Fills every `<job-list>` with the feed's jobs and every `<job-detail job-id>` with its job.
 * `file` names the page in messages. Nothing is returned but problems when a `<job-detail>` names
 * a job the feed does not have, the text is not HTML, or an earlier output lost its end marker.
 */
export async function prerenderPage(html: string, file: string, feed: Feed, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const result: PrerenderResult = { ok: false, lists: 0, details: 0, errors: [], warnings: [] };
  const problem = (line: number, message: string, hint?: string): void =>
    void result.errors.push({ severity: 'error', file, line, message, ...(hint && { hint }) });
  if (!looksLikeHtml(html)) {
    problem(1, 'is not an HTML page', 'Give the HTML files whose <job-list> and <job-detail> elements to fill in.');
    return result;
  }
  const generated = new Date(feed.generated);
  const now = options.now ?? (Number.isNaN(generated.getTime()) ? new Date() : generated);
  const feedName = options.feedName ?? 'the feed';
  const document = parse(html, { sourceCodeLocationInfo: true });
  const { elements, earlier } = findElements(document);
  const jobs = new Map(feed.jobs.map((job) => [job.id, job]));
  const edits: Edit[] = [];

  for (const element of elements) {
    const location = element.sourceCodeLocation!;
    const startTag = location.startTag!;
    const attributes = Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
    const output = earlier.get(element);
    if (output === 'unclosed') {
      problem(startTag.startLine, `the earlier output inside <${element.tagName}> has no end marker ${PRERENDER_END}`, 'Remove what lies between the element\'s start tag and its light-DOM children, then prerender again.');
      continue;
    }
    const at = output ?? { from: startTag.endOffset, to: startTag.endOffset };
    const context: ElementContext = { now, slots: slotNames(element) };
    const lang = closestLang(element);
    if (lang !== undefined) context.lang = lang;
    if (element.tagName === 'job-list') {
      result.lists++;
      edits.push({ ...at, element, render: (r) => r.renderJobList(feed, attributes, context) });
      continue;
    }
    const id = attributes['job-id'];
    // A detail without a job id gets its job from a script (the `job` property): nothing to fill in.
    if (!id) continue;
    const job = jobs.get(id);
    if (!job) {
      const near = closestKey(id, jobs.keys());
      problem(startTag.startLine, `<job-detail job-id="${id}">: ${feedName} has no job "${id}"`, near ? `Did you mean "${near}"?` : `Its jobs are ${listSome([...jobs.keys()])}.`);
      continue;
    }
    if (job.html === undefined) {
      problem(startTag.startLine, `<job-detail job-id="${id}">: ${feedName} is a split feed's index, which has no job bodies`, 'Prerender from the single feed (built without --split).');
      continue;
    }
    result.details++;
    if (feed.organization) context.organization = feed.organization;
    edits.push({ ...at, element, render: (r) => r.renderJobDetail(job, attributes, context) });
  }
  if (result.errors.length > 0) return result;
  if (elements.length === 0) {
    result.warnings.push({ severity: 'warning', file, line: 1, message: 'has no <job-list> or <job-detail> to prerender' });
  }

  const renderer = edits.length > 0 ? await (options.renderer ?? serverRenderer()) : undefined;
  const texts = await Promise.all(
    edits.map((edit) =>
      edit.render(renderer!).catch((err: unknown) => {
        // What the renderer refuses (an attribute name it cannot bind, say), said where the element is.
        problem(edit.element.sourceCodeLocation!.startLine, `<${edit.element.tagName}> cannot be rendered: ${(err as Error).message}`);
        return '';
      }),
    ),
  );
  if (result.errors.length > 0) return result;
  let out = '';
  let last = 0;
  // Elements come in document order, and one's output never overlaps another's.
  edits.forEach((edit, i) => {
    out += html.slice(last, edit.from) + PRERENDER_START + texts[i] + PRERENDER_END;
    last = edit.to;
  });
  return { ...result, ok: true, html: out + html.slice(last) };
}

/** Where an element's earlier output lies, from its start marker to the end of its end marker. */
type Earlier = { from: number; to: number } | 'unclosed';

/**
 * The page's `<job-list>` and `<job-detail>` elements in document order, and the earlier output
 * inside each. Template contents are not searched (they are inert until a script clones them),
 * nor is an earlier output (what the renderer made is not the page's own).
 */
function findElements(document: ParentNode): { elements: Element[]; earlier: Map<Element, Earlier> } {
  const elements: Element[] = [];
  const earlier = new Map<Element, Earlier>();
  /** The element whose start marker was seen last and whose end marker is still to come. */
  let open: { element: Element; from: number } | undefined;
  const visit = (node: ParentNode): void => {
    for (const child of node.childNodes as Node[]) {
      const location = child.sourceCodeLocation;
      if (child.nodeName === '#comment' && location) {
        const data = (child as DefaultTreeAdapterMap['commentNode']).data;
        if (data === START_DATA && !open && isElement(node) && isJobElement(node) && earlier.get(node) === 'unclosed') {
          open = { element: node, from: location.startOffset };
        } else if (data === END_DATA && open) {
          earlier.set(open.element, { from: open.from, to: location.endOffset });
          open = undefined;
        }
        continue;
      }
      if (!isElement(child) || open) continue;
      if (isJobElement(child) && child.sourceCodeLocation?.startTag) {
        elements.push(child);
        // Until its end marker is seen; only the output right at the start of the element counts.
        if (startsWithMarker(child)) earlier.set(child, 'unclosed');
      }
      if (child.tagName !== 'template') visit(child);
    }
  };
  visit(document);
  return { elements, earlier };
}

/** The `lang` of the closest element around `element` that has one, as the browser finds its language. */
function closestLang(element: Element): string | undefined {
  for (let node: ParentNode | null = element.parentNode; node && isElement(node); node = node.parentNode) {
    const lang = node.attrs.find((attr) => attr.name === 'lang');
    if (lang) return lang.value;
  }
  return undefined;
}

/** The slots the element's own light-DOM children fill (its earlier output is not its own). */
function slotNames(element: Element): string[] {
  const names = new Set<string>();
  let inOutput = false;
  for (const child of element.childNodes) {
    if (child.nodeName === '#comment') {
      const data = (child as DefaultTreeAdapterMap['commentNode']).data;
      if (data === START_DATA) inOutput = true;
      else if (data === END_DATA) inOutput = false;
    } else if (!inOutput && isElement(child)) {
      const slot = child.attrs.find((attr) => attr.name === 'slot')?.value;
      if (slot) names.add(slot);
    }
  }
  return [...names];
}

function isElement(node: Node | ParentNode): node is Element {
  return 'tagName' in node;
}

function isJobElement(element: Element): boolean {
  return element.tagName === 'job-list' || element.tagName === 'job-detail';
}

/** Whether an element's first child is the start marker (white space before it aside, which no run writes). */
function startsWithMarker(element: Element): boolean {
  const first = element.childNodes[0];
  return first?.nodeName === '#comment' && (first as DefaultTreeAdapterMap['commentNode']).data === START_DATA;
}

/**
 * Whether a text can be an HTML page or part of one: its first character, after a byte order
 * mark and white space, opens a tag, a comment or a doctype. A feed, a markdown file or an image
 * given by mistake is refused rather than prerendered as text.
 */
function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text) && !text.includes('\0');
}

/** `a, b, c and 7 more`. */
function listSome(items: string[], max = 5): string {
  if (items.length === 0) return 'none';
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** A feed read from its JSON text, with what was skipped, or why it is not a feed. */
export type ParsedFeed = { feed: Feed; errors: []; warnings: Diagnostic[] } | { feed?: undefined; errors: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Reads a job feed's text for prerendering, by the checks the elements apply in the browser
 * (a feed may come from anywhere): a job that fails them is left out and named in a warning,
 * as the browser would leave it out, so that the server renders what the browser will show.
 */
export function parseFeed(text: string, file: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const line = text.slice(0, jsonErrorOffset(text)).split('\n').length;
    return { errors: [{ severity: 'error', file, line, message: `is not JSON: ${(err as Error).message}`, hint: 'Give the feed that `job-widgets build` wrote.' }], warnings: [] };
  }
  let checked;
  try {
    checked = validateFeed(data);
  } catch (err) {
    if (!(err instanceof NotAFeedError)) throw err;
    return { errors: [{ severity: 'error', file, line: 1, message: 'is JSON but not a job feed: it has no "jobs" list', hint: 'Give the feed that `job-widgets build` wrote.' }], warnings: [] };
  }
  const warnings = checked.problems.map((p): Diagnostic => ({ severity: 'warning', file, line: 1, message: p.index < 0 ? p.message : `job ${p.index + 1}${p.id ? ` ("${p.id}")` : ''}: ${p.message}` }));
  const feed: Feed = { ...(data as Feed), jobs: checked.jobs };
  if (checked.organization) feed.organization = checked.organization;
  else delete feed.organization;
  return { feed, errors: [], warnings };
}

const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_LITERAL = /true|false|null/y;

/**
 * Where a text stops being JSON: the offset of the first character that cannot continue it
 * (Node 20's `JSON.parse` names no position). Only for text `JSON.parse` refused; a loop over
 * a stack, so that a feed nested 100,000 deep cannot overflow the call stack.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** A key and its colon, in an object. */
  const key = (): boolean => {
    space();
    if (!token(JSON_STRING)) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  if (text.startsWith('\uFEFF')) i = 1;
  for (;;) {
    // A value.
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      space();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{' && !key()) return i;
      else continue;
    } else if (!token(JSON_STRING) && !token(JSON_NUMBER) && !token(JSON_LITERAL)) return i;
    // After a value: a comma and the next one, or the end of the object or array it is in.
    for (;;) {
      space();
      const open = stack.at(-1);
      if (open === undefined) return i;
      const c2 = text[i];
      if (c2 === ',') {
        i++;
        if (open === '{' && !key()) return i;
        break;
      }
      if (c2 !== (open === '{' ? '}' : ']')) return i;
      stack.pop();
      i++;
    }
  }
}

/** The server renderer, loaded when a page is first prerendered: it brings Lit and the elements. */
export function serverRenderer(): Promise<ElementRenderer> {
  return import('../ssr/index.js');
}
