// Issue 13, points 1, 4, 5 and 6 as users meet them: the compiled CLI (once, on worker threads
// and in watch mode) and the Vite plugin report a hostile posting with its file and line, and
// keep building once it is fixed. `npm test` builds dist/ first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import jobWidgets from '../../src/vite.js';
import type { Feed } from '../../src/feed/types.js';
import { assertBuilt } from '../dist/built.js';
import { run, watch } from './helpers/cli.js';
import { posting, tempDir, type TempDir } from './helpers/temp-dir.js';

const titles = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as Feed).jobs.map((j) => j.title).sort();

/** Point 1: 536 KB, 9,000 aliases of a 500 KB string. */
const ALIAS_BOMB = `---\ntitle: Bomb\ns: &s "${'lorem  ipsum '.repeat(38_462)}"\ntags: [${Array(9000).fill('*s').join(', ')}]\n---\nBody\n`;
/** Point 4: 4 KB of lists in lists. */
const DEEP = `---\ntitle: Deep\nextra: ${'['.repeat(2000)}${']'.repeat(2000)}\n---\nBody\n`;

assertBuilt('dist/cli.js');

describe('a hostile posting among others', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    const files: Record<string, string> = { 'few/a.md': posting('Alpha'), 'few/bomb.md': ALIAS_BOMB, 'few/deep.md': DEEP };
    // Enough postings for the build to parse them on worker threads.
    for (let i = 0; i < 450; i++) files[`many/job-${i}.md`] = posting(`Job ${i}`);
    files['many/bomb.md'] = ALIAS_BOMB;
    files['many/deep.md'] = DEEP;
    tmp.write(files);
  });
  after(() => tmp.remove());

  for (const folder of ['few', 'many']) {
    test(`is reported with its file and line, on ${folder === 'few' ? 'one thread' : 'worker threads'}`, () => {
      const { code, stderr } = run(['build', folder, '--out', `${folder}.json`], tmp.path);
      assert.equal(code, 1, stderr);
      assert.match(stderr, new RegExp(`^${folder}/bomb\\.md:4: .*too many values through aliases`, 'm'));
      assert.match(stderr, new RegExp(`^${folder}/deep\\.md:3: the front matter nests lists or objects more than 100 levels deep`, 'm'));
      assert.match(stderr, /✗ 2 errors in 2 postings; nothing written/);
      assert.doesNotMatch(stderr, /cannot read|call stack|heap/i);
      assert.equal(existsSync(join(tmp.path, `${folder}.json`)), false);
    });
  }

  test('the Vite plugin fails the build naming the file and line', async () => {
    const root = join(tmp.path, 'site');
    tmp.write({ 'site/index.html': '<!doctype html><title>Jobs</title>', 'site/postings/a.md': posting('Alpha'), 'site/postings/bomb.md': ALIAS_BOMB, 'site/postings/deep.md': DEEP });
    await assert.rejects(
      build({ root, configFile: false, logLevel: 'silent', build: { outDir: join(root, 'dist') }, plugins: [jobWidgets({ postings: 'postings', feed: 'jobs.json' })] }),
      (error: Error) => {
        assert.match(error.message, /postings\/bomb\.md:4: .*aliases/);
        assert.match(error.message, /postings\/deep\.md:3: .*more than 100 levels/);
        return true;
      },
    );
  });
});

describe('watch mode and a hostile edit', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({ 'p/a.md': posting('Alpha'), 'p/b.md': posting('Beta') });
  });
  after(() => tmp.remove());

  test('reports each with its file and line, keeps the last feed, and takes the posting back once fixed', async () => {
    const cli = watch(['build', 'p', '--out', 'jobs.json', '--watch'], tmp.path, 20_000);
    const feed = join(tmp.path, 'jobs.json');
    try {
      await cli.waitFor(/Watching p for changes/, 0);
      let beta = 'Beta';
      for (const [name, text, line] of [['deep', DEEP, 3], ['bomb', ALIAS_BOMB, 4]] as const) {
        const errors = cli.stderr().length;
        tmp.write({ 'p/b.md': text });
        await cli.waitFor(/✗ 1 error in 1 posting; nothing written/, errors, 'stderr');
        const reported = cli.stderr().slice(errors);
        assert.match(reported, new RegExp(`^p/b\\.md:${line}: `, 'm'), name);
        assert.doesNotMatch(reported, /stopped watching|call stack|heap/i, name);
        assert.deepEqual(titles(feed), ['Alpha', beta], `${name}: the last good feed stays`);

        const out = cli.stdout().length;
        beta = `Beta ${name}`;
        tmp.write({ 'p/b.md': posting(beta) });
        await cli.waitFor(/✓ Rebuilt 2 jobs/, out);
        assert.deepEqual(titles(feed), ['Alpha', beta], `${name}: the fixed posting is back`);
      }
      assert.equal(await cli.stop(), 0);
    } finally {
      cli.kill();
    }
  });
});

describe('--pages and --split edge cases', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({
      'p/backend.md': posting('Backend', 'location: "Remote (__proto__)"\nremote: true'),
      'p/designer.md': posting('Designer', 'location: ["Remote (constructor)", "constructor"]\nremote: true'),
      'p/writer.md': posting('Writer', 'location: "Remote (toString), hasOwnProperty"'),
    });
  });
  after(() => tmp.remove());

  test('remote jobs located in places named like Object.prototype get their pages', () => {
    const { code, stdout, stderr } = run(['build', 'p', '--out', 'jobs.json', '--pages', 'pages', '--base-url', 'https://example.com/jobs/', '--org-name', 'Kestrelmoor'], tmp.path);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /3 job pages \+ sitemap\.xml/);
    assert.doesNotMatch(readFileSync(join(tmp.path, 'pages/backend/index.html'), 'utf8'), /native code/);
  });

  test('a link named like a job in the pages folder stops the build, and nothing is written through it', () => {
    mkdirSync(join(tmp.path, 'outside'));
    mkdirSync(join(tmp.path, 'linked'));
    symlinkSync(join(tmp.path, 'outside'), join(tmp.path, 'linked/designer'));
    const { code, stderr } = run(['build', 'p', '--out', 'linked.json', '--pages', 'linked', '--base-url', 'https://example.com/jobs/'], tmp.path);
    assert.equal(code, 1);
    assert.match(stderr, /cannot write the job pages to linked: .*linked\/designer is a symbolic link, not a folder/);
    assert.deepEqual(readdirSync(join(tmp.path, 'outside')), []);
    assert.deepEqual(readdirSync(join(tmp.path, 'linked')), ['designer']);
    assert.equal(existsSync(join(tmp.path, 'linked.json')), false);
  });

  for (const out of ['public/...json', 'public/..json']) {
    test(`--split with --out ${out} is a usage error`, () => {
      const { code, stdout, stderr } = run(['build', 'p', '--out', out, '--split'], tmp.path);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^job-widgets: --split: the index ".*" would keep its job files in "\.\.?", which is no folder of its own/);
      assert.match(stderr, /Usage: job-widgets build/);
      assert.doesNotMatch(stderr, /at \w+ \(|TypeError/);
      assert.equal(existsSync(join(tmp.path, 'public')), false);
    });
  }
});
