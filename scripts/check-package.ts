/**
 * `npm run check:package`: the package as npm would publish it. Packs once (the build has
 * already run), then checks that the tarball holds what users need and nothing else, that
 * publint finds nothing, and that every entry point resolves with types (arethetypeswrong).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/elements.js',
  'dist/cdn/job-widgets.js',
  'dist/cdn/job-widgets.single.js',
  'dist/cdn/integrity.json',
  'dist/cli.js',
  'dist/build/index.js',
  'dist/build/parse-worker.js',
  'dist/vite.js',
  'dist/ssr/index.js',
  'dist/ssr/index.d.ts',
  'dist/feed/feed.schema.json',
  'dist/feed/feed-index.schema.json',
  'dist/feed/job.schema.json',
  'dist/build/templates/job-page.html',
  'dist/themes/neutral.css',
  'dist/vscode.html-custom-data.json',
];
// Tests, fixtures, sources, stories, the demo and source maps stay out of the tarball.
const FORBIDDEN = [/^test\//, /fixtures/, /^src\//, /^stories\//, /^demo\//, /^dist\/demo\//, /\.map$/, /\.test\./];

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const dir = mkdtempSync(join(tmpdir(), 'job-widgets-pack-'));
try {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir])) as [
    { filename: string; size: number; unpackedSize: number; files: { path: string }[] },
  ];
  const files = pack.files.map((file) => file.path);
  const missing = REQUIRED.filter((file) => !files.includes(file));
  const unwanted = files.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));
  console.log(`${pack.filename}: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
  if (missing.length > 0 || unwanted.length > 0) {
    if (missing.length > 0) console.error(`missing from the tarball: ${missing.join(', ')}`);
    if (unwanted.length > 0) console.error(`should not be in the tarball: ${unwanted.join(', ')}`);
    process.exit(1);
  }
  const tarball = join(dir, pack.filename);
  run('npx', ['publint', 'run', tarball, '--strict']);
  console.log('publint: no problems');
  // ESM only: CommonJS `require` of an ES module package is not a configuration we support.
  // The page template is an HTML file for the build to read, not a module to import.
  run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './templates/job-page.html']);
  console.log('arethetypeswrong: every entry point resolves with types');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
