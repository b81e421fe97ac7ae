/**
 * Node programs the tests run as users run them, in a child process: the CLI, the build's
 * scripts, web-test-runner. One place for how they start and what comes back.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** How a program ended: its exit code and all it printed. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Variables set for the program, over the tests' own environment. */
  env?: Record<string, string>;
  /** Variables of the tests' environment that the program must not see. */
  unset?: string[];
}

/**
 * The tests' environment without the colour settings of the terminal that runs them
 * (FORCE_COLOR, NO_COLOR) or `unset`, and with `env` over it.
 */
function childEnv({ env = {}, unset = [] }: RunOptions): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', ...unset]) delete inherited[name];
  return { ...inherited, ...env };
}

/** Runs `node …args` to the end. */
export function runNode(args: string[], options: RunOptions = {}): Ran {
  const result = spawnSync(process.execPath, args, { cwd: options.cwd, encoding: 'utf8', env: childEnv(options) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `node …args` and leaves it running. */
export function spawnNode(args: string[], options: RunOptions = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, args, { cwd: options.cwd, env: childEnv(options) });
}
