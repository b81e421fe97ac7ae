// Minifies the CSS inside Lit's css`…` literals. JavaScript minifiers must keep template text as
// it is, so without this every comment and indent of the elements' styles ships to browsers:
// about a tenth of the script-tag bundle. Used by the CDN build (a Vite plugin, in
// vite.config.ts) and on the npm package's compiled files (`node scripts/css-literals.js dist`).
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

// A literal with `${…}` or a backslash escape is left alone rather than guessed at: the check
// below fails the build if one appears, so that it is noticed instead of shipping unminified.
const CSS_LITERAL = /\bcss`([^`]*)`/g;

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
    const start = match.index + 'css`'.length;
    edits.overwrite(start, start + body.length, minified + padding);
    changed = true;
  }
  return changed ? edits : undefined;
}

/** Vite plugin: minifies the css`…` literals of the library's own sources. */
export function cssLiterals() {
  return {
    name: 'job-widgets:css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const edits = minifyCssLiterals(code, id);
      return edits ? { code: edits.toString(), map: edits.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

function* javascriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // dist/cdn is Vite's output, minified by the plugin above.
    if (entry.isDirectory()) {
      if (entry.name !== 'cdn') yield* javascriptFiles(path);
    }
    else if (entry.name.endsWith('.js')) yield path;
  }
}

// `node scripts/css-literals.js dist`: minify in place what tsc emitted.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  for (const file of javascriptFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('css`')) continue;
    const edits = minifyCssLiterals(code, file, { keepLines: true });
    if (edits) writeFileSync(file, edits.toString());
  }
}
