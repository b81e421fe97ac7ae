/** The compiled CLI run as users run it, once or in watch mode (`npm test` builds dist/ first). */
import { join } from 'node:path';
import { runNode, spawnNode, type Ran } from '../../support/run.js';

/** The compiled bin, `job-widgets`. */
export const CLI = join(process.cwd(), 'dist/cli.js');

/** Runs `job-widgets …args` in `cwd` to the end, with `env` over the tests' environment. */
export function run(args: string[], cwd: string, env: Record<string, string> = {}): Ran {
  return runNode([CLI, ...args], { cwd, env });
}

/** A `job-widgets … --watch` still running, and what it has printed so far. */
export interface Watching {
  stdout(): string;
  stderr(): string;
  /** Waits until stdout (or stderr) from offset `from` on matches `pattern`. */
  waitFor(pattern: RegExp, from: number, stream?: 'stdout' | 'stderr'): Promise<void>;
  /** Stops it as Ctrl+C does; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** Ends it at once, whatever state it is in (for `finally`). */
  kill(): void;
}

export function watch(args: string[], cwd: string, timeoutMs = 10_000): Watching {
  const child = spawnNode([CLI, ...args], { cwd });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stdout: () => output.stdout,
    stderr: () => output.stderr,
    async waitFor(pattern, from, stream = 'stdout') {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output[stream].slice(from))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}\nstdout:\n${output.stdout}\nstderr:\n${output.stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    stop() {
      child.kill('SIGINT');
      return exited;
    },
    kill: () => void child.kill('SIGKILL'),
  };
}
