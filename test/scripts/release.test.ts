// `npm run release` (scripts/release.ts): what it refuses, and what it does to CHANGELOG.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { releaseChangelog, releaseProblems } from '../../scripts/release.js';

const READY = { version: '0.2.0', branch: 'main', dirty: '', tags: ['v0.1.0'], published: false, repository: { type: 'git', url: 'git+https://github.com/o/r.git' } };

test('a clean main, a new version and a repository: nothing stands in the way', () => {
  assert.deepEqual(releaseProblems(READY), []);
});

test('each reason not to release is named', () => {
  assert.deepEqual(
    releaseProblems({ version: 'next', branch: 'issue18', dirty: ' M README.md', tags: [], published: false, repository: undefined }),
    [
      '"next" is not a version such as 0.2.0',
      'releases are made from main, not issue18',
      'the working tree has changes:\n M README.md',
      'package.json has no "repository": npm publish --provenance checks the package against it',
    ],
  );
  assert.deepEqual(releaseProblems({ ...READY, version: '0.1.0', tags: ['v0.1.0'], published: true }), [
    'the tag v0.1.0 exists',
    'job-widgets@0.1.0 is on the registry already',
  ]);
});

test('the Unreleased section becomes the version’s, under a new empty one', () => {
  const before = '# Changelog\n\nIntro.\n\n## Unreleased\n\n- Added a thing.\n\n## 0.1.0 (2026-12-01)\n\n- First.\n';
  assert.equal(
    releaseChangelog(before, '0.2.0', '2026-12-24'),
    '# Changelog\n\nIntro.\n\n## Unreleased\n\n## 0.2.0 (2026-12-24)\n\n- Added a thing.\n\n## 0.1.0 (2026-12-01)\n\n- First.\n',
  );
});

test('a release with nothing in its changelog, or released twice, is refused', () => {
  assert.throws(() => releaseChangelog('# Changelog\n\n## Unreleased\n\n## 0.1.0 (2026-12-01)\n\n- First.\n', '0.2.0', '2026-12-24'), /empty/);
  assert.throws(() => releaseChangelog('# Changelog\n', '0.2.0', '2026-12-24'), /no "## Unreleased"/);
  assert.throws(() => releaseChangelog('## Unreleased\n\n- x\n\n## 0.2.0 (2026-12-01)\n', '0.2.0', '2026-12-24'), /already/);
});

test('the repository’s CHANGELOG.md can be released as it stands', () => {
  assert.doesNotThrow(() => releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), '0.1.0', '2026-12-24'));
});
