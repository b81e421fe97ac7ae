/**
 * Tests of what `npm run build` writes (the script-tag bundle, the compiled CLI) stop when it is
 * missing or older than what it is built from, instead of quietly testing an old build.
 * `npm run test:node` builds first; a test file run on its own, after an edit, says so here, and
 * `npm run test:browser` checks the bundle before test/bundle/ runs in the browsers.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the build reads: the sources and the build's own scripts and settings. */
const INPUTS = ['src', 'scripts/copy-assets.js', 'scripts/css-literals.js', 'scripts/html-literals.js', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json'];

function newestFile(paths: readonly string[]): { path: string; mtime: number } {
  let newest = { path: '', mtime: 0 };
  const visit = (path: string): void => {
    const stats = statSync(path);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (stats.mtimeMs > newest.mtime) newest = { path, mtime: stats.mtimeMs };
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Why `outputs` (files under dist/) cannot be tested as they are, or undefined when they can. */
export function staleBuild(outputs: readonly string[]): string | undefined {
  const rebuild = 'run `npm run build` first (`npm test` and `npm run test:node` do)';
  const missing = outputs.find((output) => !existsSync(output));
  if (missing) return `${missing} is missing: ${rebuild}`;
  const changed = newestFile(INPUTS);
  const old = outputs.find((output) => statSync(output).mtimeMs < changed.mtime);
  return old ? `${old} is older than ${changed.path}, changed since the last build: ${rebuild}` : undefined;
}

export function assertBuilt(...outputs: string[]): void {
  const problem = staleBuild(outputs);
  assert.ok(problem === undefined, problem);
}

// `tsx test/dist/built.ts <output>…`: the same check before a run that cannot make it itself
// (the browser tests of the built bundle, in test/bundle/).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = staleBuild(process.argv.slice(2));
  if (problem) {
    console.error(`✗ ${problem}`);
    process.exit(1);
  }
}
