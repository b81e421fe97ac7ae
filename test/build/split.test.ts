// Split feeds (issue 6): a small index plus one content-hashed file per job, from the Node API,
// the writer, the CLI (once and in watch mode) and the Vite plugin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build, createServer, type ViteDevServer } from 'vite';
import { buildFeed, FeedBuilder, type JobFile, type PostingSource, type SplitFeed } from '../../src/build/index.js';
import { buildFeedInParallel } from '../../src/build/parallel.js';
import { splitFolderFor, writeFeed, writeSplitFeed } from '../../src/build/write-split.js';
import type { FeedIndex, Job } from '../../src/feed/types.js';
import jobWidgets from '../../src/vite.js';
import { assertBuilt } from '../dist/built.js';
import { posting, tempDir, type TempDir } from './helpers/temp-dir.js';
import { run, watch } from './helpers/cli.js';

const now = new Date('2026-06-01T00:00:00Z');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
ajv.addSchema(readJson('src/feed/feed.schema.json') as object);
const validateIndex = ajv.compile(readJson('src/feed/feed-index.schema.json') as object);
const validateJob = ajv.compile(readJson('src/feed/job.schema.json') as object);

function assertIndex(data: unknown): FeedIndex {
  assert.ok(validateIndex(data), JSON.stringify(validateIndex.errors, null, 2));
  return data as FeedIndex;
}

function assertJob(data: unknown): Job {
  assert.ok(validateJob(data), JSON.stringify(validateJob.errors, null, 2));
  return data as Job;
}

const full = (title: string, id: string, extra = ''): PostingSource => ({
  path: `p/${id}.md`,
  text:
    `---\ntitle: ${title}\nid: ${id}\nsummary: What ${title} does\nlocations: [Berlin, Remote]\nemployment_type: full-time\n` +
    `salary: "€60,000–€75,000 per year"\ncontact: jobs@example.com\napply_url: https://example.com/apply/${id}\n` +
    `date: 2026-05-0${(id.length % 9) + 1}\ntags: [rust]\n${extra}---\n\n## About\n\nThe **${title}** job.\n`,
});
const sources = [full('Backend Engineer', 'backend'), full('Designer', 'designer'), full('Writer', 'writer', 'lang: de\n')];

/** Name → content of every file in a folder, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

function built(list: PostingSource[], options = {}): { feed: Job[]; split: SplitFeed } {
  const result = buildFeed(list, { now, split: true, ...options });
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  return { feed: result.feed!.jobs, split: result.split! };
}

describe('split feeds from the Node API', () => {
  test('the index lists each job without html, contact and applyUrl, plus a detailUrl to its file', () => {
    const { feed, split } = built(sources);
    // The written bytes are the JSON, and the API's parsed index is what they say.
    assert.equal(Buffer.from(split.bytes).toString(), split.json);
    const index = assertIndex(JSON.parse(Buffer.from(split.bytes).toString()));
    assert.deepEqual(split.index, index);
    assert.deepEqual(index.jobs.map((j) => j.id), feed.map((j) => j.id), 'the same jobs in the same order');
    for (const [i, summary] of index.jobs.entries()) {
      const { html: _h, contact: _c, applyUrl: _a, ...rest } = feed[i]!;
      const { detailUrl, ...fields } = summary;
      assert.deepEqual(fields, rest);
      assert.equal(detailUrl, `jobs/${split.files[i]!.name}`);
      assert.match(detailUrl, new RegExp(`^jobs/${summary.id}\\.[0-9a-f]{8,}\\.json$`));
    }
  });

  test('each job file holds the full job, valid against job.schema.json', () => {
    const { feed, split } = built(sources);
    assert.equal(split.files.length, feed.length);
    for (const [i, file] of split.files.entries()) {
      const job = assertJob(JSON.parse(Buffer.from(file.bytes).toString()));
      assert.deepEqual(job, feed[i]);
      assert.ok(job.html.includes('<strong>') && job.contact === 'jobs@example.com' && job.applyUrl);
    }
  });

  test('the hash in a name is the start of the SHA-256 of that file, and changes only with its content', () => {
    const first = built(sources).split.files;
    for (const file of first) {
      const hash = createHash('sha256').update(file.bytes).digest('hex');
      assert.equal(file.name, `${file.id}.${hash.slice(0, file.name.length - file.id.length - '..json'.length)}.json`);
      assert.ok(file.name.length - file.id.length - '..json'.length >= 8);
    }
    const edited = [sources[0]!, { ...sources[1]!, text: sources[1]!.text.replace('The **', 'Now the **') }, sources[2]!];
    const second = built(edited).split.files;
    const names = (files: readonly JobFile[]) => Object.fromEntries(files.map((f) => [f.id, f.name]));
    assert.notEqual(names(second).designer, names(first).designer, 'a changed job gets a new name');
    assert.equal(names(second).backend, names(first).backend, 'the others keep theirs');
    assert.equal(names(second).writer, names(first).writer);
  });

  test('the folder can be named, and must be one plain folder name', () => {
    const { split } = built(sources, { split: { folder: 'my jobs' } });
    assert.equal(split.folder, 'my jobs');
    assert.ok(split.index.jobs.every((j) => j.detailUrl.startsWith('my%20jobs/')));
    for (const folder of ['', '..', 'a/b', 'a\\b']) {
      assert.throws(() => new FeedBuilder({ split: { folder } }), TypeError, folder);
    }
    assert.equal(splitFolderFor('public/jobs.json'), 'jobs');
    assert.equal(splitFolderFor('feed.v2.json'), 'feed.v2');
    assert.throws(() => splitFolderFor('public/jobs'), /extension/);
  });

  test('without the option there is no split, and the single feed is unchanged by it', () => {
    const plain = buildFeed(sources, { now });
    assert.equal(plain.split, undefined);
    assert.deepEqual(Buffer.from(buildFeed(sources, { now, split: true }).bytes!), Buffer.from(plain.bytes!));
  });

  test('worker threads make the same index and the same files', async () => {
    const many = Array.from({ length: 600 }, (_, i) => full(`Job ${i}`, `job-${i}`));
    const single = buildFeed(many, { now, split: true });
    const parallel = await buildFeedInParallel(many, { now, split: true }, { threads: 2 });
    assert.equal(parallel.split!.json, single.split!.json);
    assert.deepEqual(parallel.split!.files.map((f) => f.name), single.split!.files.map((f) => f.name));
  });
});

describe('writing a split feed', () => {
  let tmp: TempDir;
  let out: string;
  let folder: string;
  before(() => {
    tmp = tempDir();
    out = join(tmp.path, 'site/jobs.json');
    folder = join(tmp.path, 'site/jobs');
  });
  after(() => tmp.remove());

  test('writes every job file and the index, and each detailUrl resolves to a file holding the full job', async () => {
    const { feed, split } = built(sources);
    assert.deepEqual(await writeSplitFeed(out, split), { written: 3, removed: 0 });
    const index = assertIndex(readJson(out));
    for (const [i, summary] of index.jobs.entries()) {
      const file = new URL(summary.detailUrl, `file://${out}`).pathname;
      assert.ok(existsSync(file), summary.detailUrl);
      assert.deepEqual(assertJob(readJson(file)), feed[i]);
    }
    assert.deepEqual(readdirSync(folder).sort(), split.files.map((f) => f.name).sort(), 'no temporary files are left');
  });

  test('a rebuild writes only changed files, deletes the stale ones and keeps every other file', async () => {
    const { split } = built(sources);
    const keep = {
      'README.txt': 'mine',
      'notes.json': '{}',
      'Backend.0123456789ab.json': 'upper case: not a name the build makes',
      'backend.xyz.json': 'not a hash',
      'backend.0123456789ab.json.bak': 'not .json',
      '.hidden.0123456789ab.json': 'dotfile',
    };
    for (const [name, text] of Object.entries(keep)) writeFileSync(join(folder, name), text);
    writeFileSync(join(folder, 'gone.0123456789ab.json'), '{"id":"gone"}');
    const untouched = Object.fromEntries(split.files.map((f) => [f.name, statSync(join(folder, f.name)).mtimeMs]));

    const edited = [sources[0]!, { ...sources[1]!, text: sources[1]!.text.replace('Designer', 'Lead Designer') }];
    const next = built(edited).split;
    const designer = split.files.find((f) => f.id === 'designer')!.name;
    const writer = split.files.find((f) => f.id === 'writer')!.name;
    const backend = split.files.find((f) => f.id === 'backend')!.name;
    assert.deepEqual(await writeSplitFeed(out, next), { written: 1, removed: 3 });

    const names = readdirSync(folder);
    for (const name of Object.keys(keep)) assert.ok(names.includes(name), `${name} is kept`);
    assert.ok(!names.includes('gone.0123456789ab.json'), 'a stale file of an earlier build is removed');
    assert.ok(!names.includes(designer) && !names.includes(writer), 'the replaced and the removed job files are gone');
    assert.equal(statSync(join(folder, backend)).mtimeMs, untouched[backend], 'an unchanged job file is not rewritten');
    assert.equal(assertJob(readJson(join(folder, next.files.find((f) => f.id === 'designer')!.name))).title, 'Lead Designer');
    assert.deepEqual(assertIndex(readJson(out)).jobs.map((j) => j.title).sort(), ['Backend Engineer', 'Lead Designer']);
  });

  test('a write that fails part-way leaves the previous index and files exactly as they were', async () => {
    const before = { index: readFileSync(out, 'utf8'), files: snapshot(folder) };
    const next = built([full('New One', 'new-one'), full('New Two', 'new-two'), full('New Three', 'new-three')]).split;
    const failing: SplitFeed = {
      folder: next.folder,
      index: next.index,
      json: next.json,
      bytes: next.bytes,
      // The third file cannot be made, as when the disk fills up: two were written by then.
      files: next.files.map((file, i) => (i < 2 ? file : { id: file.id, name: file.name, get bytes(): Uint8Array { throw new Error('no space left') } })),
    };
    await assert.rejects(writeSplitFeed(out, failing), /no space left/);
    assert.equal(readFileSync(out, 'utf8'), before.index);
    assert.deepEqual(snapshot(folder), before.files);
  });

  test('when the index cannot be written, the job files written for it are removed and no folder is left', async () => {
    // A non-empty folder where the index should go: renaming the index over it fails.
    mkdirSync(join(tmp.path, 'taken.json/inside'), { recursive: true });
    await assert.rejects(writeSplitFeed(join(tmp.path, 'taken.json'), built(sources).split));
    assert.equal(existsSync(join(tmp.path, 'taken')), false);
    assert.deepEqual(readdirSync(join(tmp.path, 'taken.json')), ['inside']);
  });

  test('given the split written last, only new files are written and stale ones still go', async () => {
    const first = built(sources).split;
    await writeSplitFeed(out, first);
    const edited = [sources[0]!, sources[1]!, { ...sources[2]!, text: sources[2]!.text.replace('Writer', 'Editor') }];
    const second = built(edited).split;
    assert.deepEqual(await writeSplitFeed(out, second, first), { written: 1, removed: 1 });
    assert.deepEqual(readdirSync(folder).filter((n) => /^(backend|designer|writer)\.[0-9a-f]+\.json$/.test(n)).sort(), second.files.map((f) => f.name).sort());
  });
});

describe('a single feed written where a split index was', () => {
  let tmp: TempDir;
  before(() => (tmp = tempDir()));
  after(() => tmp.remove());

  test('deletes the job files that index listed, and nothing else', async () => {
    const out = join(tmp.path, 'site/jobs.json');
    const folder = join(tmp.path, 'site/jobs');
    const { split } = built(sources);
    await writeSplitFeed(out, split);
    // Someone else's files, one named like a job file, and the job pages' folders beside them.
    const others = { 'README.txt': 'mine', 'theirs.0123456789ab.json': '{}', 'backend/index.html': '<p>page</p>' };
    tmp.write(Object.fromEntries(Object.entries(others).map(([name, text]) => [`site/jobs/${name}`, text])));

    const single = buildFeed(sources, { now });
    assert.deepEqual(await writeFeed(out, single.bytes!), { removed: 3 });
    assert.equal(readFileSync(out, 'utf8'), single.json);
    assert.deepEqual(readdirSync(folder).sort(), ['README.txt', 'backend', 'theirs.0123456789ab.json']);
    assert.deepEqual(await writeFeed(out, single.bytes!), { removed: 0 }, 'a single feed lists no job files');

    rmSync(folder, { recursive: true });
    await writeSplitFeed(out, split);
    assert.deepEqual(await writeFeed(out, single.bytes!), { removed: 3 });
    assert.equal(existsSync(folder), false, 'the emptied job folder goes too');
  });

  test('a watch rebuild after the first write does not look again', async () => {
    const out = join(tmp.path, 'watch/jobs.json');
    await writeSplitFeed(out, built(sources).split);
    assert.deepEqual(await writeFeed(out, buildFeed(sources, { now }).bytes!, false), { removed: 0 });
    assert.equal(readdirSync(join(tmp.path, 'watch/jobs')).length, 3);
  });
});

describe('job-widgets build --split', () => {
  let tmp: TempDir;
  before(() => {
    assertBuilt('dist/cli.js');
    tmp = tempDir();
    tmp.write({ 'p/a.md': posting('Alpha', 'contact: a@example.com'), 'p/b.md': posting('Beta'), 'p/draft.md': posting('Draft', 'draft: true') });
  });
  after(() => tmp.remove());

  const jobsIn = (dir: string) => readdirSync(join(tmp.path, dir)).filter((n) => n.endsWith('.json')).sort();

  test('writes the index at --out and the job files in a folder named after it', () => {
    const { code, stdout, stderr } = run(['build', 'p', '--out', 'site/jobs.json', '--split'], tmp.path);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^✓ Built 2 jobs → site\/jobs\.json \+ site\/jobs\/ \(1 draft skipped; 1 warning; 2 job files written\) in \d+ ms\n$/);
    const index = assertIndex(readJson(join(tmp.path, 'site/jobs.json')));
    assert.deepEqual(index.jobs.map((j) => j.title).sort(), ['Alpha', 'Beta']);
    for (const summary of index.jobs) {
      assert.equal('html' in summary || 'contact' in summary, false);
      const job = assertJob(readJson(join(tmp.path, 'site', summary.detailUrl)));
      assert.equal(job.id, summary.id);
      assert.match(job.html, new RegExp(`The ${summary.title} job`));
    }
    assert.equal(jobsIn('site/jobs').length, 2);
    assert.deepEqual(readdirSync(join(tmp.path, 'site')).sort(), ['jobs', 'jobs.json'], 'no temporary files are left');
  });

  test('a second run with one posting changed writes one file and removes the one it replaces', () => {
    const before = jobsIn('site/jobs');
    const beta = before.find((n) => n.startsWith('b.'))!;
    const betaTime = statSync(join(tmp.path, 'site/jobs', beta)).mtimeMs;
    tmp.write({ 'p/a.md': posting('Alpha Two') });
    const { code, stdout } = run(['build', 'p', '--out', 'site/jobs.json', '--split'], tmp.path);
    assert.equal(code, 0);
    assert.match(stdout, /\(1 draft skipped; 1 warning; 1 job file written, 1 removed\)/);
    const after = jobsIn('site/jobs');
    assert.equal(after.length, 2);
    assert.ok(after.includes(beta) && !after.includes(before.find((n) => n.startsWith('a.'))!));
    assert.equal(statSync(join(tmp.path, 'site/jobs', beta)).mtimeMs, betaTime);
  });

  test('a failed build leaves the index and the job files untouched', () => {
    const before = { index: readFileSync(join(tmp.path, 'site/jobs.json'), 'utf8'), files: snapshot(join(tmp.path, 'site/jobs')) };
    tmp.write({ 'p/bad.md': '---\ntitle: {not: a string}\n---\n' });
    try {
      const { code, stdout, stderr } = run(['build', 'p', '--out', 'site/jobs.json', '--split'], tmp.path);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /nothing written, site\/jobs\.json left as it was/);
      assert.equal(readFileSync(join(tmp.path, 'site/jobs.json'), 'utf8'), before.index);
      assert.deepEqual(snapshot(join(tmp.path, 'site/jobs')), before.files);
    } finally {
      rmSync(join(tmp.path, 'p/bad.md'));
    }
  });

  test('building without --split again removes the job files the split build wrote, and only those', () => {
    writeFileSync(join(tmp.path, 'site/jobs/notes.txt'), 'mine');
    writeFileSync(join(tmp.path, 'site/jobs/theirs.0123456789ab.json'), '{}');
    const { code, stdout, stderr } = run(['build', 'p', '--out', 'site/jobs.json'], tmp.path);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^✓ Built 2 jobs → site\/jobs\.json \(1 draft skipped; 1 warning; 2 job files of the earlier split feed removed\) in \d+ ms\n$/);
    assert.deepEqual(readdirSync(join(tmp.path, 'site/jobs')).sort(), ['notes.txt', 'theirs.0123456789ab.json']);
    assert.ok(!('detailUrl' in (readJson(join(tmp.path, 'site/jobs.json')) as { jobs: object[] }).jobs[0]!), 'a single feed');
    rmSync(join(tmp.path, 'site/jobs'), { recursive: true });
    assert.equal(run(['build', 'p', '--out', 'site/jobs.json', '--split'], tmp.path).code, 0);
  });

  test('refuses an --out without an extension, whose folder would take its name', () => {
    const { code, stderr } = run(['build', 'p', '--out', 'site/feed', '--split'], tmp.path);
    assert.equal(code, 2);
    assert.match(stderr, /--split: the index "feed" needs a file extension/);
    assert.equal(existsSync(join(tmp.path, 'site/feed')), false);
  });

  test('--help lists --split', () => {
    assert.match(run(['--help'], tmp.path).stdout, /--split +write a small index/);
  });
});

describe('job-widgets build --split --watch', () => {
  let tmp: TempDir;
  before(() => {
    assertBuilt('dist/cli.js');
    tmp = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`p/job-${i}.md`] = posting(`Job ${i}`);
    tmp.write(files);
  });
  after(() => tmp.remove());

  test('an edit rewrites only that job file and the index', async () => {
    const cli = watch(['build', 'p', '--out', 'out/jobs.json', '--split', '--watch'], tmp.path);
    const folder = join(tmp.path, 'out/jobs');
    const files = () => Object.fromEntries(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).ino]));
    try {
      await cli.waitFor(/Watching p for changes/, 0);
      assert.match(cli.stdout(), /✓ Built 20 jobs → out\/jobs\.json \+ out\/jobs\/ \(1 warning; 20 job files written\)/);
      const before = files();
      const oldSeven = Object.keys(before).find((name) => name.startsWith('job-7.'))!;
      const indexBefore = readFileSync(join(tmp.path, 'out/jobs.json'), 'utf8');

      const mark = cli.stdout().length;
      tmp.write({ 'p/job-7.md': posting('Job 7 edited') });
      await cli.waitFor(/✓ Rebuilt 20 jobs → out\/jobs\.json \+ out\/jobs\/ \(1 warning; 1 job file written, 1 removed\)/, mark);
      const after = files();
      const newSeven = Object.keys(after).find((name) => name.startsWith('job-7.'))!;
      assert.notEqual(newSeven, oldSeven);
      assert.equal(Object.keys(after).length, 20);
      for (const [name, ino] of Object.entries(before)) {
        if (name !== oldSeven) assert.equal(after[name], ino, `${name} was not rewritten`);
      }
      assert.notEqual(readFileSync(join(tmp.path, 'out/jobs.json'), 'utf8'), indexBefore, 'the index was not rewritten');
      const index = assertIndex(readJson(join(tmp.path, 'out/jobs.json')));
      const seven = index.jobs.find((j) => j.id === 'job-7')!;
      assert.equal(seven.title, 'Job 7 edited');
      assert.equal(seven.detailUrl, `jobs/${newSeven}`);
      assert.equal(assertJob(readJson(join(folder, newSeven))).title, 'Job 7 edited');

      assert.equal(await cli.stop(), 0);
    } finally {
      cli.kill();
    }
  });

  test('watching without --split removes the earlier split feed\'s job files on the first build', async () => {
    assert.equal(readdirSync(join(tmp.path, 'out/jobs')).length, 20);
    const cli = watch(['build', 'p', '--out', 'out/jobs.json', '--watch'], tmp.path);
    try {
      await cli.waitFor(/Watching p for changes/, 0);
      assert.match(cli.stdout(), /✓ Built 20 jobs → out\/jobs\.json \(1 warning; 20 job files of the earlier split feed removed\)/);
      assert.equal(existsSync(join(tmp.path, 'out/jobs')), false);
      const mark = cli.stdout().length;
      tmp.write({ 'p/job-3.md': posting('Job 3 edited') });
      await cli.waitFor(/✓ Rebuilt 20 jobs → out\/jobs\.json \(1 warning\) in/, mark);
      assert.equal(await cli.stop(), 0);
    } finally {
      cli.kill();
    }
  });
});

describe('vite plugin with split: true', () => {
  let tmp: TempDir;
  let server: ViteDevServer;
  let origin: string;
  const INDEX = '<!doctype html><title>Jobs</title><script type="module" src="./main.js"></script>';

  before(async () => {
    tmp = tempDir();
    tmp.write({ 'index.html': INDEX, 'main.js': '', 'postings/a.md': posting('Alpha', 'contact: a@example.com'), 'postings/b.md': posting('Beta') });
    server = await createServer({
      root: tmp.path,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, ws: false },
      plugins: [jobWidgets({ postings: 'postings', feed: 'data/jobs.json', split: true })],
    });
    server.ws.send = (() => undefined) as typeof server.ws.send;
    await server.listen();
    origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  after(async () => {
    await server.close();
    tmp.remove();
  });

  test('the dev server serves the index and each job file at its detailUrl', async () => {
    const indexUrl = `${origin}/data/jobs.json`;
    const index = assertIndex(await (await fetch(indexUrl)).json());
    assert.deepEqual(index.jobs.map((j) => j.title).sort(), ['Alpha', 'Beta']);
    for (const summary of index.jobs) {
      const response = await fetch(new URL(summary.detailUrl, indexUrl));
      assert.equal(response.status, 200, summary.detailUrl);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const job = assertJob(await response.json());
      assert.equal(job.title, summary.title);
    }
    const unknown = await fetch(`${origin}/data/jobs/a.000000000000.json`);
    assert.notEqual(unknown.headers.get('content-type'), 'application/json; charset=utf-8', 'only listed files are job files');
  });

  test('vite build emits the index and the job files', async () => {
    await build({
      root: tmp.path,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'out', emptyOutDir: true },
      plugins: [jobWidgets({ postings: 'postings', split: true })],
    });
    const index = assertIndex(readJson(join(tmp.path, 'out/jobs.json')));
    assert.equal(index.jobs.length, 2);
    for (const summary of index.jobs) {
      const job = assertJob(readJson(join(tmp.path, 'out', summary.detailUrl)));
      assert.equal(job.id, summary.id);
    }
    assert.equal(readdirSync(join(tmp.path, 'out/jobs')).length, 2);
  });
});
