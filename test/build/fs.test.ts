// The build's file-system edge: which files are postings, how they are read, how the feed is written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { displayPath, findPostings, readPostings, writeFileAtomic } from '../../src/build/fs.js';
import { posting, tempDir, type TempDir } from './helpers/temp-dir.js';

describe('findPostings', () => {
  let tmp: TempDir;
  let outside: TempDir;
  let dir: string;

  before(() => {
    tmp = tempDir();
    outside = tempDir();
    outside.write({ 'secret.md': posting('Outside'), 'folder/also.md': posting('Outside too') });
    tmp.write({
      'postings/b.md': posting('B'),
      'postings/a.markdown': posting('A'),
      'postings/UPPER.MD': posting('Upper'),
      'postings/team/deep/c.md': posting('C'),
      'postings/notes.txt': 'not a posting',
      'postings/c.md.bak': 'editor backup',
      'postings/.hidden.md': posting('Hidden'),
      'postings/.git/x.md': posting('In a dot-folder'),
      'postings/.drafts/d.md': posting('Draft folder'),
    });
    dir = join(tmp.path, 'postings');
    symlinkSync(join(outside.path, 'secret.md'), join(dir, 'outside-file.md'));
    symlinkSync(join(outside.path, 'folder'), join(dir, 'outside-folder'));
    symlinkSync(join(dir, 'b.md'), join(dir, 'link-to-b.md'));
    symlinkSync(join(dir, 'team'), join(dir, 'team-link'));
    symlinkSync(dir, join(dir, 'team', 'loop'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'broken.md'));
    mkdirSync(join(dir, 'empty'));
  });
  after(() => {
    tmp.remove();
    outside.remove();
  });

  test('finds *.md and *.markdown recursively, sorted, skipping dotfiles, dot-folders and other extensions', async () => {
    const found = (await findPostings(dir)).map((p) => relative(dir, p));
    assert.deepEqual(found, ['UPPER.MD', 'a.markdown', 'b.md', 'team/deep/c.md']);
  });

  test('ignores symlinks that resolve outside the folder, lists linked postings once and does not loop', async () => {
    const found = await findPostings(dir);
    assert.ok(!found.some((p) => p.includes('outside')), found.join('\n'));
    assert.equal(found.filter((p) => p.endsWith('c.md')).length, 1, 'a folder reached through two links is listed once');
    assert.ok(!found.some((p) => p.includes('link-to-b')), 'a link to a posting already in the tree is not a second posting');
  });

  test('follows a link inside the folder to a posting not otherwise in the tree', async () => {
    symlinkSync(join(dir, '.drafts', 'd.md'), join(dir, 'featured.md'));
    const found = (await findPostings(dir)).map((p) => relative(dir, p));
    assert.ok(found.includes('featured.md'), found.join('\n'));
  });

  test('rejects a folder that does not exist', async () => {
    await assert.rejects(findPostings(join(tmp.path, 'nope')), { code: 'ENOENT' });
  });
});

describe('findPostings and readPostings never leave the postings folder', () => {
  let tmp: TempDir;
  let dir: string;

  before(() => {
    tmp = tempDir();
    tmp.write({ 'secret.md': posting('Secret'), 'private/key.md': posting('Key'), 'postings/ok.md': posting('Ok') });
    dir = join(tmp.path, 'postings');
    // A link to an inside link that points outside: only the final target counts.
    symlinkSync(join(tmp.path, 'secret.md'), join(dir, 'hop.md'));
    symlinkSync(join(dir, 'hop.md'), join(dir, 'via-hop.md'));
    symlinkSync('..', join(dir, 'parent'));
    symlinkSync(join(tmp.path, 'private'), join(dir, 'private-folder'));
    // Links that point at each other: resolving them fails (ELOOP) instead of spinning.
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    symlinkSync(join(dir, 'loop-d'), join(dir, 'loop-c'));
    symlinkSync(join(dir, 'loop-c'), join(dir, 'loop-d'));
  });
  after(() => tmp.remove());

  test('link chains, a link to the parent folder and link loops reach nothing outside', async () => {
    assert.deepEqual(
      (await findPostings(dir)).map((p) => relative(dir, p)),
      ['ok.md'],
    );
    const { sources, errors } = await readPostings(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(sources.map((s) => s.text), [posting('Ok')]);
  });
});

describe('readPostings', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
  });
  after(() => tmp.remove());

  test('reads postings as text with paths relative to the working folder', async () => {
    tmp.write({ 'r1/a.md': posting('A'), 'r1/sub/b.md': '\uFEFF---\r\ntitle: B\r\n---\r\nBody\r\n' });
    const { sources, errors } = await readPostings(join(tmp.path, 'r1'));
    assert.deepEqual(errors, []);
    assert.deepEqual(
      sources.map((s) => s.path),
      [join(tmp.path, 'r1/a.md'), join(tmp.path, 'r1/sub/b.md')].map((p) => displayPath(p)),
    );
    assert.equal(sources[1]!.text, '\uFEFF---\r\ntitle: B\r\n---\r\nBody\r\n', 'BOM and CRLF are left for the core');
  });

  test('refuses a posting over 1 MB, naming it, and still reads the others', async () => {
    tmp.write({ 'r2/big.md': posting('Big', '') + 'x'.repeat(1024 * 1024), 'r2/ok.md': posting('Ok') });
    const { sources, errors } = await readPostings(join(tmp.path, 'r2'));
    assert.deepEqual(sources.map((s) => s.path), [displayPath(join(tmp.path, 'r2/ok.md'))]);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.file, displayPath(join(tmp.path, 'r2/big.md')));
    assert.equal(errors[0]!.severity, 'error');
    assert.match(errors[0]!.message, /over the 1 MB limit/);
    assert.ok(errors[0]!.hint);
  });

  test('refuses text that is not UTF-8, with the line of the first bad byte', async () => {
    mkdirSync(join(tmp.path, 'r3'));
    writeFileSync(join(tmp.path, 'r3/latin1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
    const { sources, errors } = await readPostings(join(tmp.path, 'r3'));
    assert.equal(sources.length, 0);
    assert.equal(errors[0]!.line, 2);
    assert.match(errors[0]!.message, /not valid UTF-8/);
  });

  test('reports an unreadable posting as an error instead of throwing', { skip: process.getuid?.() === 0 && 'root reads anything' }, async () => {
    tmp.write({ 'r4/locked.md': posting('Locked') });
    chmodSync(join(tmp.path, 'r4/locked.md'), 0o000);
    const { errors } = await readPostings(join(tmp.path, 'r4'));
    assert.match(errors[0]!.message, /permission denied/);
  });

  test('rejects when the folder is a file', async () => {
    tmp.write({ 'file.md': posting('File') });
    await assert.rejects(readPostings(join(tmp.path, 'file.md')), { code: 'ENOTDIR' });
  });
});

describe('writeFileAtomic', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
  });
  after(() => tmp.remove());

  test('creates parent folders and replaces the file, leaving no temporary file', async () => {
    const file = join(tmp.path, 'w1/deep/feed.json');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second ✓');
    assert.equal(readFileSync(file, 'utf8'), 'second ✓');
    assert.deepEqual(readdirSync(join(tmp.path, 'w1/deep')), ['feed.json']);
  });

  test('on failure removes its temporary file and leaves the target alone', async () => {
    const target = join(tmp.path, 'w2/feed.json');
    mkdirSync(target, { recursive: true }); // a folder where the file should go: rename fails
    writeFileSync(join(target, 'keep'), 'kept');
    await assert.rejects(writeFileAtomic(target, 'new'));
    assert.deepEqual(readdirSync(join(tmp.path, 'w2')), ['feed.json']);
    assert.equal(readFileSync(join(target, 'keep'), 'utf8'), 'kept');
  });
});

describe('displayPath', () => {
  test('is relative to the working folder with / separators, absolute outside it', () => {
    assert.equal(displayPath('/work/site/postings/a.md', '/work/site'), 'postings/a.md');
    assert.equal(displayPath('postings/a.md', '/work/site'), 'postings/a.md');
    assert.equal(displayPath('/elsewhere/a.md', '/work/site'), '/elsewhere/a.md');
  });
});
