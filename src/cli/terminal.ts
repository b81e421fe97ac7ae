/** How the CLI writes to a terminal: colour only where it helps, progress only when it is slow. */
import type { Diagnostic } from '../build/types.js';

export interface Out {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Whether to colour a stream: `FORCE_COLOR` (other than `0`/`false`) forces it, a non-empty
 * `NO_COLOR` (https://no-color.org) turns it off, and otherwise only a terminal that is not
 * `dumb` gets colour, so pipes, files and CI logs stay plain text.
 */
export function useColour(stream: Out, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export type Paint = (text: string) => string;

export interface Palette {
  red: Paint;
  green: Paint;
  yellow: Paint;
  dim: Paint;
  bold: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\x1b[${open}m${text}\x1b[${close}m`;
const plain: Paint = (text) => text;

export function palette(colour: boolean): Palette {
  return colour
    ? { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) }
    : { red: plain, green: plain, yellow: plain, dim: plain, bold: plain };
}

/** A diagnostic as `path:line: message` with its hint indented below, errors red, warnings yellow. */
export function paintDiagnostic(formatted: string, d: Diagnostic, p: Palette): string {
  const [first = '', ...rest] = formatted.split('\n');
  const head = d.severity === 'error' ? p.red(first) : p.yellow(first);
  return [head, ...rest.map((line) => p.dim(line))].join('\n');
}

/**
 * Progress for slow builds. Nothing is shown during the first second, so small builds print
 * only their summary; after that a terminal gets one line redrawn in place (at most ten times
 * a second) and a pipe gets a single line, since redraws would fill a log.
 */
export class Progress {
  readonly #out: Out;
  readonly #start: number;
  readonly #delayMs: number;
  #lastDraw = 0;
  #drawn = false;
  #announced = false;

  constructor(out: Out, start = performance.now(), delayMs = 1000) {
    this.#out = out;
    this.#start = start;
    this.#delayMs = delayMs;
  }

  /** Reports that `done` of `total` postings have gone through `phase` ("Reading", "Building"). */
  update(phase: string, done: number, total: number): void {
    const now = performance.now();
    if (now - this.#start < this.#delayMs) return;
    if (this.#out.isTTY) {
      if (now - this.#lastDraw < 100 && done < total) return;
      this.#lastDraw = now;
      this.#drawn = true;
      this.#out.write(`\r\x1b[2K${phase} postings… ${done}/${total}`);
    } else if (!this.#announced) {
      this.#announced = true;
      this.#out.write(`Building ${total} postings…\n`);
    }
  }

  /** Removes the progress line so that the summary takes its place. */
  clear(): void {
    if (this.#drawn) this.#out.write('\r\x1b[2K');
    this.#drawn = false;
  }
}

/** `1 job`, `2 jobs`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
