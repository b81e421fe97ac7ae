// Minifies the CSS inside Lit's css`…` literals. JavaScript minifiers must keep template text as
// it is, so without this every comment and indent of the elements' styles ships to browsers:
// about a tenth of the script-tag bundle. Used by the CDN build (a Vite plugin, in
// vite.config.ts) and on the npm package's compiled files (`node scripts/css-literals.js src dist`).
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

// A literal with `${…}` or a backslash escape is left alone rather than guessed at: the check
// below fails the build if one appears, so that it is noticed instead of shipping unminified.
// tsc writes the tag and the literal apart (css `…`); the sources have them together.
const CSS_LITERAL = /\bcss\s*`([^`]*)`/g;

/**
 * Returns `code` with each css`…` literal minified, or undefined when it has none. With
 * `keepLines`, each literal keeps its line count (padded with newlines), so that source maps
 * written before this step stay right.
 * @param {string} code
 * @param {string} filename for error messages
 * @param {{ keepLines?: boolean }} [options]
 */
export function minifyCssLiterals(code, filename, { keepLines = false } = {}) {
  const edits = new MagicString(code);
  let changed = false;
  for (const match of code.matchAll(CSS_LITERAL)) {
    const body = match[1];
    if (body.includes('${') || body.includes('\\')) {
      throw new Error(`${filename}: a css\`…\` literal with \${…} or a backslash cannot be minified safely; use a plain literal`);
    }
    // No targets: lightningcss only minifies, it never rewrites modern CSS such as light-dark().
    const minified = transform({ filename, code: Buffer.from(body), minify: true }).code.toString();
    const padding = keepLines ? '\n'.repeat(body.split('\n').length - 1) : '';
    const start = match.index + match[0].length - body.length - 1;
    edits.overwrite(start, start + body.length, minified + padding);
    changed = true;
  }
  return changed ? edits : undefined;
}

/** Vite plugin: minifies the css`…` literals of the library's own sources. */
export function cssLiterals() {
  return sourcesPlugin('job-widgets:css-literals', 'css`', minifyCssLiterals);
}

/**
 * A Vite plugin that rewrites the library's own sources (src/**\/*.ts) that contain `marker`
 * with `edit`, before they are compiled.
 * @param {string} name
 * @param {string} marker
 * @param {(code: string, id: string) => MagicString | undefined} edit
 */
export function sourcesPlugin(name, marker, edit) {
  return {
    name,
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes(marker)) return null;
      const edits = edit(code, id);
      return edits ? { code: edits.toString(), map: edits.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

/**
 * Rewrites in place, with `edit`, what tsc emitted for `rootDir` into `outDir`; the number of
 * files it changed.
 * @param {string} rootDir
 * @param {string} outDir
 * @param {(code: string, file: string) => MagicString | undefined} edit
 */
export function rewriteEmitted(rootDir, outDir, edit) {
  let changed = 0;
  for (const file of emittedFiles(rootDir, outDir)) {
    const edits = edit(readFileSync(file, 'utf8'), file);
    if (edits) {
      writeFileSync(file, edits.toString());
      changed++;
    }
  }
  return changed;
}

/**
 * The JavaScript files tsc emitted into `outDir` for the TypeScript under `rootDir`, and only
 * those: whatever else is in dist/ belongs to other steps (Vite's script-tag bundle in dist/cdn/,
 * a production build of the demo in dist/demo/ with a minified copy of that bundle, files left
 * from deleted sources), and minified code is not ours to read as source.
 * @param {string} rootDir
 * @param {string} outDir
 */
export function* emittedFiles(rootDir, outDir) {
  for (const entry of readdirSync(rootDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
    const file = join(outDir, relative(rootDir, join(entry.parentPath, entry.name)).replace(/\.tsx?$/, '.js'));
    if (existsSync(file)) yield file;
  }
}

// `node scripts/css-literals.js src dist`: minify in place what tsc emitted for src/ into dist/.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [rootDir = 'src', outDir = 'dist'] = process.argv.slice(2);
  const minified = rewriteEmitted(rootDir, outDir, (code, file) => minifyCssLiterals(code, file, { keepLines: true }));
  // The elements have styles: finding none means the literals are written some other way now,
  // and the package would quietly ship them unminified.
  if (minified === 0) {
    console.error(`css-literals: no css\`…\` literal found in what tsc emitted for ${rootDir}/ into ${outDir}/`);
    process.exit(1);
  }
}
