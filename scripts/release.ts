/**
 * `npm run release -- <version>`: a maintainer's one command for a release (RELEASING.md). On a
 * clean `main` it checks that the version is new (no tag, not on the registry) and that
 * package.json names the repository (npm's provenance needs it), then sets the version in
 * package.json and the lock, turns CHANGELOG.md's "Unreleased" section into the version's, builds
 * and checks the package (`npm run check:package`: contents, types, a clean `npm publish
 * --dry-run`), commits, tags `v<version>` and pushes both. Publishing is CI's: the tag starts
 * .github/workflows/release.yml, which runs every test and then `npm publish --provenance`.
 *
 * `--dry-run` makes every check and writes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const UNRELEASED = /^## Unreleased\n([^]*?)(?=^## |(?![^]))/m;

/**
 * `changelog` with its "## Unreleased" section released as `version` on `date` (YYYY-MM-DD), and
 * a new empty "Unreleased" section above it. Throws when there is no such section or it says
 * nothing: a release says what changed.
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const match = UNRELEASED.exec(changelog);
  if (!match) throw new Error('CHANGELOG.md has no "## Unreleased" section');
  if (match[1]!.trim() === '') throw new Error('CHANGELOG.md\'s "Unreleased" section is empty: write what changed');
  if (new RegExp(`^## ${version.replace(/\./g, '\\.')} `, 'm').test(changelog)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
  return changelog.replace(UNRELEASED, (_, body: string) => `## Unreleased\n\n## ${version} (${date})\n${body}`);
}

/** Why the repository is not ready to release `version`, or an empty list when it is. */
export function releaseProblems(state: {
  version: string;
  branch: string;
  dirty: string;
  tags: readonly string[];
  published: boolean;
  repository: unknown;
}): string[] {
  const problems: string[] = [];
  if (!VERSION.test(state.version)) problems.push(`"${state.version}" is not a version such as 0.2.0`);
  if (state.branch !== 'main') problems.push(`releases are made from main, not ${state.branch}`);
  if (state.dirty !== '') problems.push(`the working tree has changes:\n${state.dirty}`);
  if (state.tags.includes(`v${state.version}`)) problems.push(`the tag v${state.version} exists`);
  if (state.published) problems.push(`job-widgets@${state.version} is on the registry already`);
  const url = typeof state.repository === 'object' && state.repository !== null ? (state.repository as { url?: unknown }).url : state.repository;
  if (typeof url !== 'string' || url === '') problems.push('package.json has no "repository": npm publish --provenance checks the package against it');
  return problems;
}

const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trimEnd();
const step = (command: string, args: string[]): void => {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
};

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  const version = positionals[0] ?? '';
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; repository?: unknown };
  // `npm view` of a version that was never published fails with E404: that is what we want.
  const view = spawnSync('npm', ['view', `${pkg.name}@${version}`, 'version'], { encoding: 'utf8' });
  const problems = releaseProblems({
    version,
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
    dirty: git('status', '--porcelain'),
    tags: git('tag', '--list').split('\n'),
    published: view.status === 0 && view.stdout.trim() !== '',
    repository: pkg.repository,
  });
  const date = new Date().toISOString().slice(0, 10);
  let changelog = '';
  try {
    changelog = releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), version, date);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    console.error(`✗ Cannot release ${version || '(no version given)'}:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  if (values['dry-run']) {
    console.log(`✓ ${pkg.name}@${version} can be released: run again without --dry-run to commit, tag v${version} and push.`);
    return;
  }
  // The first release keeps the version package.json has had since the start.
  if (version !== pkg.version) step('npm', ['version', version, '--no-git-tag-version']);
  writeFileSync('CHANGELOG.md', changelog);
  step('npm', ['run', 'build']);
  step('npm', ['run', 'check:package']);
  step('git', ['commit', '--quiet', '-m', `Release ${version}`, 'package.json', 'package-lock.json', 'CHANGELOG.md']);
  step('git', ['tag', '-a', `v${version}`, '-m', `job-widgets ${version}`]);
  step('git', ['push', '--atomic', 'origin', 'main', `v${version}`]);
  console.log(`✓ Tagged v${version} and pushed: CI tests it and publishes it with provenance.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
