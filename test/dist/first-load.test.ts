// A page of cards loads one file: the script-tag bundle's entry imports nothing statically. A
// static import of a chunk would be a round trip more before the first card, and bytes that
// `npm run size` does not count in the entry's figure (it measures the file). The bundler makes
// such a chunk on its own when a module the entry uses is shared with lazy chunks in some ways;
// vite.config.ts keeps everything the entry reaches in the entry. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { assertBuilt } from './built.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cdn/job-widgets.js');

/** The modules `code` imports or re-exports from with a declaration: what loads before it runs. */
export function staticImports(code: string): string[] {
  const source = ts.createSourceFile('entry.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
      ? [statement.moduleSpecifier.text]
      : [],
  );
}

test('the entry of the script-tag bundle imports no chunk statically: a page of cards is one request', () => {
  const entry = readFileSync('dist/cdn/job-widgets.js', 'utf8');
  assert.deepEqual(staticImports(entry), []);
  // What it does load when needed, for the check above to mean something: the chunks are there.
  assert.match(entry, /import\(`\.\/chunks\/in-place-[\w-]+\.js`\)/);
});

test('staticImports finds import and export declarations, not import() calls', () => {
  const code = 'import{a as b}from"./chunks/x.js";import"./y.js";export{c}from"./z.js";const d=()=>import(`./chunks/lazy.js`);export{d};';
  assert.deepEqual(staticImports(code), ['./chunks/x.js', './y.js', './z.js']);
});
