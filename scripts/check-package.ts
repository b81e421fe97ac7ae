/**
 * `npm run check:package`: the package as npm would publish it. Packs once (the build has
 * already run), then checks that the tarball holds what users need and nothing else, that its
 * package.json still has the `job-widgets` command, that publint finds nothing, that every entry
 * point resolves with types (arethetypeswrong), and that `npm publish --dry-run` warns of
 * nothing (npm corrects some package.json mistakes when it publishes, by dropping what it cannot
 * read: a `bin` path written `./dist/cli.js` was removed, so the package had no command).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'SECURITY.md',
  // The README links to these: the references it leaves out, as the package has them.
  'docs/posting-format.md',
  'docs/build.md',
  'docs/api.md',
  'docs/reference/README.md',
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
  'dist/frameworks/react.d.ts',
  'dist/frameworks/vue.d.ts',
  'dist/frameworks/svelte.d.ts',
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
  const packed = JSON.parse(run('tar', ['-xOzf', tarball, 'package/package.json'])) as { bin?: Record<string, string> };
  if (packed.bin?.['job-widgets'] !== 'dist/cli.js') {
    console.error(`the packed package.json has no \`job-widgets\` command: "bin": ${JSON.stringify(packed.bin)}`);
    process.exit(1);
  }
  run('npx', ['publint', 'run', tarball, '--strict']);
  console.log('publint: no problems');
  // ESM only: CommonJS `require` of an ES module package is not a configuration we support.
  // The page template is an HTML file for the build to read, not a module to import.
  run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './templates/job-page.html']);
  console.log('arethetypeswrong: every entry point resolves with types');
  // Without an npm login the dry run says so: that warning is about this machine, not the package.
  const publish = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { encoding: 'utf8' });
  const warnings = publish.stderr.split('\n').filter((line) => /\bwarn\b/i.test(line) && !/requires you to be logged in/.test(line));
  if (publish.status !== 0 || warnings.length > 0) {
    console.error(`npm publish --dry-run: ${warnings.length > 0 ? warnings.join('\n') : publish.stderr}`);
    process.exit(1);
  }
  console.log('npm publish --dry-run: no warnings');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
