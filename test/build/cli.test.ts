// `job-widgets build`, run as users run it: the compiled bin in a child process (`npm run test:node`
// builds first; run on its own, this file stops when dist/ is older than the sources).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Feed } from '../../src/feed/types.js';
import { Progress, useColour } from '../../src/cli/terminal.js';
import { assertBuilt } from '../dist/built.js';
import { spawnNode } from '../support/run.js';
import { CLI, run } from './helpers/cli.js';
import { posting, tempDir, type TempDir } from './helpers/temp-dir.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cli.js');

const ANSI = /\x1b\[/;
const SEED = readFileSync('demo/postings/senior-rust-engineer.md', 'utf8');

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateFeed = ajv.compile(JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8')));

function readFeed(file: string): Feed {
  const feed = JSON.parse(readFileSync(file, 'utf8')) as Feed;
  assert.ok(validateFeed(feed), JSON.stringify(validateFeed.errors));
  return feed;
}

describe('job-widgets build', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({
      'good/senior-rust-engineer.md': SEED,
      'good/team/designer.markdown': posting('Designer'),
      'good/draft.md': posting('Draft', 'draft: true'),
      'good/old.md': posting('Old', 'valid_through: 2026-05-31'),
      'good/.hidden.md': posting('Hidden', 'title: [broken'),
      'good/notes.txt': 'not a posting',
      'bad/ok.md': posting('Fine'),
      'bad/no-title.md': '---\ndescription: no title here\n---\nBody\n',
      'bad/wrong.md': '---\ntitle: Wrong\ndate: 2026-02-30\nemployment_type: {a: 1}\n---\nBody\n',
      'outside/evil.md': '---\ntitle: {not: a string}\n---\n',
    });
    symlinkSync(join(tmp.path, 'outside/evil.md'), join(tmp.path, 'good/evil.md'));
  });
  after(() => tmp.remove());

  test('builds the feed and prints a one-line summary', () => {
    const { code, stdout, stderr } = run(['build', 'good', '--out', 'site/jobs.json'], tmp.path);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^✓ Built 2 jobs → site\/jobs\.json \(1 draft, 1 expired skipped; 1 warning\) in \d+ ms\n$/);
    // Without --org-name: one warning for the build, not one per job.
    assert.match(stderr, /^warning: the feed names no organization, so its jobs get no JobPosting structured data for search engines\n {4}JobPosting needs who is hiring: build with --org-name <name> .*or give <job-detail> and <job-list> an org-name attribute\.\n$/);
    const feed = readFeed(join(tmp.path, 'site/jobs.json'));
    assert.deepEqual(feed.jobs.map((j) => j.id).sort(), ['designer', 'senior-rust-engineer']);
    assert.deepEqual(readdirSync(join(tmp.path, 'site')), ['jobs.json'], 'no temporary file is left');
  });

  test('ignores dotfiles, other extensions and symlinks leading outside the folder', () => {
    // .hidden.md and the linked evil.md are invalid: if either were read, the build would fail.
    const { code, stderr } = run(['build', 'good', '-o', 'dot.json'], tmp.path);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /hidden|evil|notes/);
  });

  test('--include-drafts and --include-expired keep those postings', () => {
    const { code, stdout } = run(['build', 'good', '-o', 'all.json', '--include-drafts', '--include-expired'], tmp.path);
    assert.equal(code, 0);
    assert.match(stdout, /Built 4 jobs → all\.json \(1 warning\) in \d+ ms/);
    assert.equal(readFeed(join(tmp.path, 'all.json')).jobs.length, 4);
  });

  test('--currency names the currency of a bare $', () => {
    run(['build', 'good', '-o', 'plain.json'], tmp.path);
    const plain = readFeed(join(tmp.path, 'plain.json')).jobs.find((j) => j.id === 'senior-rust-engineer')!;
    assert.equal(plain.salary?.currency, undefined, 'a bare $ says no currency by itself');
    assert.equal(run(['build', 'good', '-o', 'usd.json', '--currency', 'usd'], tmp.path).code, 0);
    const usd = readFeed(join(tmp.path, 'usd.json')).jobs.find((j) => j.id === 'senior-rust-engineer')!;
    assert.deepEqual(usd.salary, { ...plain.salary, currency: 'USD' });
  });

  test('exits 1 listing every problem as path:line, and writes nothing', () => {
    const out = join(tmp.path, 'previous.json');
    writeFileSync(out, '{"previous":true}');
    const { code, stdout, stderr } = run(['build', 'bad', '--out', 'previous.json'], tmp.path);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^bad\/no-title\.md:\d+: .*title/m);
    assert.match(stderr, /^bad\/wrong\.md:3: .*date/m);
    assert.match(stderr, /^bad\/wrong\.md:4: .*employment_type/m);
    assert.match(stderr, /^ {4}\S/m, 'hints are printed under the problems');
    assert.match(stderr, /✗ 3 errors in 2 postings; nothing written, previous\.json left as it was/);
    assert.equal(readFileSync(out, 'utf8'), '{"previous":true}', 'the previous feed survives');
    assert.deepEqual(readdirSync(tmp.path).filter((f) => f.includes('previous')), ['previous.json']);
  });

  test('does not create the feed when the first build fails', () => {
    assert.equal(run(['build', 'bad', '-o', 'never.json'], tmp.path).code, 1);
    assert.equal(existsSync(join(tmp.path, 'never.json')), false);
  });

  test('exits 1 when the postings folder does not exist', () => {
    const { code, stderr } = run(['build', 'missing', '-o', 'x.json'], tmp.path);
    assert.equal(code, 1);
    assert.match(stderr, /cannot read missing: no such file or folder/);
  });

  test('refuses a folder with no postings instead of writing an empty feed over a good one', () => {
    tmp.write({ 'empty/notes.txt': 'no postings here', 'kept.json': '{"kept":true}' });
    const { code, stdout, stderr } = run(['build', 'empty', '-o', 'kept.json'], tmp.path);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /found no postings \(\*\.md or \*\.markdown files\) in empty; nothing written/);
    assert.equal(readFileSync(join(tmp.path, 'kept.json'), 'utf8'), '{"kept":true}');
  });

  test('prints warnings without failing', () => {
    tmp.write({ 'warn/typo.md': posting('Typo', 'titel: Typo') });
    const { code, stdout, stderr } = run(['build', 'warn', '-o', 'warn.json'], tmp.path);
    assert.equal(code, 0);
    assert.match(stderr, /^warn\/typo\.md:\d+: .*titel/m);
    assert.match(stdout, /Built 1 job → warn\.json \(2 warnings\)/);
    const named = run(['build', 'warn', '-o', 'warn.json', '--org-name', 'Kestrelmoor'], tmp.path);
    assert.doesNotMatch(named.stderr, /organization/, 'with --org-name there is nothing to say about it');
    assert.match(named.stdout, /Built 1 job → warn\.json \(1 warning\)/);
  });

  test('plain output without a terminal, under NO_COLOR, and colour only when forced', () => {
    for (const extra of [{}, { NO_COLOR: '1' }] as Record<string, string>[]) {
      const ok = run(['build', 'good', '-o', 'c.json'], tmp.path, extra);
      const bad = run(['build', 'bad', '-o', 'c.json'], tmp.path, extra);
      assert.doesNotMatch(ok.stdout + bad.stderr, ANSI);
    }
    const forced = run(['build', 'bad', '-o', 'c.json'], tmp.path, { FORCE_COLOR: '1' });
    assert.match(forced.stderr, ANSI);
  });
});

describe('command line', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({ 'p/a.md': posting('A') });
  });
  after(() => tmp.remove());

  for (const [what, args, message] of [
    ['an unknown option', ['build', 'p', '-o', 'x.json', '--nope'], /Unknown option '--nope'/],
    ['a missing --out', ['build', 'p'], /missing --out/],
    ['--out without a value', ['build', 'p', '--out'], /--out/],
    ['a missing folder argument', ['build', '-o', 'x.json'], /missing <postings-dir>/],
    ['no command', [], /missing command/],
    ['an unknown command', ['serve', 'p'], /unknown command 'serve'/],
    ['an extra argument', ['build', 'p', 'q', '-o', 'x.json'], /unexpected argument 'q'/],
    ['a bad currency', ['build', 'p', '-o', 'x.json', '--currency', 'dollars'], /--currency 'dollars' is not an ISO 4217/],
    ['an unknown currency code', ['build', 'p', '-o', 'x.json', '--currency', 'XYZ'], /--currency 'XYZ'/],
  ] as const) {
    test(`exits 2 with the usage line on ${what}`, () => {
      const { code, stdout, stderr } = run([...args], tmp.path);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /^Usage: job-widgets build <postings-dir> --out <feed\.json>/m);
      assert.equal(existsSync(join(tmp.path, 'x.json')), false);
    });
  }

  test('--help prints the options and exits 0', () => {
    const { code, stdout } = run(['--help'], tmp.path);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: job-widgets build/);
    for (const option of ['--out', '--watch', '--include-expired', '--include-drafts', '--currency', '--version']) {
      assert.ok(stdout.includes(option), option);
    }
    assert.equal(run(['build', '-h'], tmp.path).stdout, stdout);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    assert.deepEqual(run(['--version'], tmp.path), { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

/**
 * `job-widgets build … --watch` in a child process, and its output as it arrives. `nodeArgs` go
 * before the CLI (a module to preload).
 */
function watchCli(cwd: string, args: string[], nodeArgs: string[] = []) {
  const child = spawnNode([...nodeArgs, CLI, ...args, '--watch'], { cwd });
  const out = { stdout: '', stderr: '' };
  const onOutput = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].on('data', (chunk: Buffer) => {
      out[stream] += chunk.toString();
      for (const listener of onOutput) listener();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  /**
   * Resolves as soon as `check` holds, tried on each piece of the CLI's output: on what it prints,
   * not after a pause. Fails if the CLI exits first, or (to name what was awaited rather than hang
   * until the test times out) after a minute.
   */
  const until = (check: () => boolean, what: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const stop = () => {
        onOutput.delete(listener);
        clearTimeout(timer);
      };
      const fail = (why: string) => {
        stop();
        reject(new Error(`${why} waiting for ${what}\nstdout:\n${out.stdout}\nstderr:\n${out.stderr}`));
      };
      const listener = () => {
        if (!check()) return;
        stop();
        resolve();
      };
      const timer = setTimeout(() => fail('a minute passed'), 60_000);
      onOutput.add(listener);
      void exited.then(() => fail('the CLI exited'));
      listener();
    });

  /** Resolves once `stream`, from offset `from` on, matches `pattern`. */
  const waitFor = (pattern: RegExp, from: number, stream: 'stdout' | 'stderr' = 'stdout'): Promise<void> =>
    until(() => pattern.test(out[stream].slice(from)), String(pattern));

  return { child, out, exited, until, waitFor };
}

describe('job-widgets build --watch', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({ 'p/a.md': posting('Alpha'), 'p/old/b.md': posting('Beta') });
  });
  after(() => tmp.remove());

  test('rebuilds on change, keeps the last good feed through an invalid edit, and stops on SIGINT', async () => {
    const { child, out, exited, until, waitFor } = watchCli(tmp.path, ['build', 'p', '--out', 'jobs.json']);
    const titles = (): string[] => readFeed(join(tmp.path, 'jobs.json')).jobs.map((j) => j.title).sort();

    try {
      await waitFor(/Watching p for changes/, 0);
      assert.match(out.stdout, /✓ Built 2 jobs → jobs\.json \(1 warning\) in \d+ ms/);
      assert.equal(out.stderr.match(/names no organization/g)?.length, 1);

      let mark = out.stdout.length;
      tmp.write({ 'p/a.md': posting('Alpha Two') });
      await waitFor(/✓ Rebuilt 2 jobs → jobs\.json \(1 warning\) in \d+ ms/, mark);
      assert.match(out.stdout.slice(mark), /changed: p\/a\.md/);
      assert.deepEqual(titles(), ['Alpha Two', 'Beta']);
      assert.equal(out.stderr.match(/names no organization/g)?.length, 1, 'a rebuild does not say it again');

      mark = out.stdout.length;
      const errMark = out.stderr.length;
      tmp.write({ 'p/a.md': '---\ntitle: [unclosed\n---\n' });
      await waitFor(/✗ 1 error in 1 posting; nothing written/, errMark, 'stderr');
      assert.match(out.stderr.slice(errMark), /^p\/a\.md:\d+: .*YAML/m);
      assert.deepEqual(titles(), ['Alpha Two', 'Beta'], 'the last good feed stays');

      mark = out.stdout.length;
      tmp.write({ 'p/new/c.md': posting('Gamma'), 'p/a.md': posting('Alpha') });
      await waitFor(/✓ Rebuilt 3 jobs/, mark);
      assert.deepEqual(titles(), ['Alpha', 'Beta', 'Gamma'], 'a new folder is watched and read');

      mark = out.stdout.length;
      rmSync(join(tmp.path, 'p/old'), { recursive: true });
      await waitFor(/✓ Rebuilt 2 jobs/, mark);
      assert.deepEqual(titles(), ['Alpha', 'Gamma'], 'postings of a removed folder leave the feed');

      // Nothing follows edits to a dotfile and a non-posting, up to a posting's edit made after
      // them: its rebuild is the first and only output since, and names only that posting.
      mark = out.stdout.length;
      const quietMark = out.stderr.length;
      tmp.write({ 'p/.swap.md': 'x', 'p/readme.txt': 'x' });
      tmp.write({ 'p/a.md': posting('Alpha Three') });
      await until(() => /✓ Rebuilt/.test(out.stdout.slice(mark)) || /✗/.test(out.stderr.slice(quietMark)), 'the rebuild after the posting edit');
      assert.match(out.stdout.slice(mark), /^\S+ changed: p\/a\.md\n✓ Rebuilt 2 jobs → jobs\.json \(1 warning\) in \d+ ms\n$/, 'dotfiles and other files do not trigger rebuilds');
      assert.equal(out.stderr.slice(quietMark), '', 'and are not read');

      child.kill('SIGINT');
      assert.equal(await exited, 0);
      assert.match(out.stdout, /Stopped watching\.\n$/);
      assert.doesNotMatch(out.stdout + out.stderr, ANSI);
      assert.deepEqual(readdirSync(tmp.path).sort(), ['jobs.json', 'p'], 'no temporary files are left');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('job-widgets build --watch on a large folder', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) files[`p/job-${i}.md`] = posting(`Job ${i}`);
    tmp.write(files);
  });
  after(() => tmp.remove());

  // The hold is on the parse workers, which a build of 2,000 postings uses from two cores on.
  const skip = availableParallelism() < 2 && 'the first build runs on worker threads only with two cores or more';
  test('an edit during the first build waits for it: the feed is never written from half the folder', { skip }, async () => {
    // hold-first-build.js stops the first build before any posting is parsed, until the watcher
    // has passed the edit below to the rebuild: the edit is always inside the first build.
    const hold = ['--import', pathToFileURL(join(import.meta.dirname, 'helpers/hold-first-build.js')).href];
    const { child, out, exited, waitFor } = watchCli(tmp.path, ['build', 'p', '--out', 'jobs.json'], hold);
    try {
      await waitFor(/^hold: first build held$/m, 0, 'stderr');
      assert.equal(existsSync(join(tmp.path, 'jobs.json')), false, 'nothing is written while the first build is held');
      tmp.write({ 'p/job-7.md': posting('Job 7 edited') });
      await waitFor(/^hold: released$/m, 0, 'stderr');
      await waitFor(/✓ Rebuilt/, 0);
      const results = [...out.stdout.matchAll(/✓ (Built|Rebuilt) (\d+) jobs?/g)].map((m) => `${m[1]} ${m[2]}`);
      assert.deepEqual(results, ['Built 2000', 'Rebuilt 2000'], `the first write is the whole folder, then the edit:\n${out.stdout}`);
      const feed = readFeed(join(tmp.path, 'jobs.json'));
      assert.equal(feed.jobs.length, 2000);
      assert.ok(feed.jobs.some((j) => j.title === 'Job 7 edited'));
      child.kill('SIGINT');
      assert.equal(await exited, 0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('terminal output', () => {
  test('colour follows FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true, isTTY: false };
    assert.equal(useColour(tty, {}), true);
    assert.equal(useColour(tty, { TERM: 'dumb' }), false);
    assert.equal(useColour(tty, { NO_COLOR: '1' }), false);
    assert.equal(useColour(tty, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count');
    assert.equal(useColour(pipe, {}), false);
    assert.equal(useColour(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), true);
    assert.equal(useColour(tty, { FORCE_COLOR: '0' }), false);
  });

  test('progress stays silent for a second, then redraws one line on a terminal', () => {
    const written: string[] = [];
    const out = { write: (t: string) => written.push(t), isTTY: true };
    const progress = new Progress(out, performance.now());
    progress.update('Building', 10, 100);
    assert.deepEqual(written, [], 'a fast build shows no progress');
    const late = new Progress(out, performance.now() - 2000);
    late.update('Building', 10, 100);
    late.update('Building', 100, 100);
    late.clear();
    assert.deepEqual(written, ['\r\x1b[2KBuilding postings… 10/100', '\r\x1b[2KBuilding postings… 100/100', '\r\x1b[2K']);
  });

  test('progress on a pipe is a single plain line', () => {
    const written: string[] = [];
    const progress = new Progress({ write: (t: string) => written.push(t), isTTY: false }, performance.now() - 2000);
    progress.update('Reading', 1, 10_000);
    progress.update('Building', 5000, 10_000);
    progress.clear();
    assert.deepEqual(written, ['Building 10000 postings…\n']);
  });
});
