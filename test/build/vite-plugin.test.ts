// The Vite plugin: the feed served in dev and kept in step with the postings, and emitted by a build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer, type Logger, type ViteDevServer } from 'vite';
import jobWidgets from '../../src/vite.js';
import type { Feed } from '../../src/feed/types.js';
import { waitUntil } from '../support/wait.js';
import { posting, tempDir, type TempDir } from './helpers/temp-dir.js';

const INDEX = '<!doctype html><title>Jobs</title><script type="module" src="./main.js"></script>';

/** This file's waits: ten seconds at most, tried every 25 ms. */
const until = (check: () => boolean | Promise<boolean>, what: string) => waitUntil(check, what, { timeout: 10_000, interval: 25 });

/** A Vite logger that keeps the warnings, so a test can count what a site's developer is told. */
function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const warn = (message: string): void => void warnings.push(message);
  return { warnings, hasWarned: false, info() {}, warn, warnOnce: warn, error() {}, clearScreen() {}, hasErrorLogged: () => false };
}

describe('vite plugin in dev', () => {
  let tmp: TempDir;
  let server: ViteDevServer;
  let origin: string;
  const sent: { type: string; err?: { message: string; loc?: { file?: string; line: number } } }[] = [];

  before(async () => {
    tmp = tempDir();
    tmp.write({ 'index.html': INDEX, 'main.js': '', 'postings/a.md': posting('Alpha'), 'postings/b.md': posting('Beta') });
    server = await createServer({
      root: tmp.path,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, ws: false },
      plugins: [jobWidgets({ postings: 'postings', feed: 'data/jobs.json', buildOptions: { currency: 'EUR' } })],
    });
    // Record what would reach the browser (overlay errors, reloads) instead of opening a socket.
    server.ws.send = ((payload: (typeof sent)[number]) => void sent.push(payload)) as typeof server.ws.send;
    await server.listen();
    origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  after(async () => {
    await server.close();
    tmp.remove();
  });

  const getFeed = async (): Promise<Feed> => {
    const response = await fetch(`${origin}/data/jobs.json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    return (await response.json()) as Feed;
  };
  const titles = async (): Promise<string[]> => (await getFeed()).jobs.map((j) => j.title).sort();

  test('serves the feed at its path', async () => {
    assert.deepEqual(await titles(), ['Alpha', 'Beta']);
    const other = await fetch(`${origin}/jobs.json`);
    assert.notEqual(other.headers.get('content-type'), 'application/json; charset=utf-8', 'only the configured path is the feed');
  });

  test('rebuilds when a posting changes and reloads the page', async () => {
    sent.length = 0;
    tmp.write({ 'postings/a.md': posting('Alpha Two'), 'postings/new/c.md': posting('Gamma') });
    await until(async () => (await titles()).includes('Gamma') && (await titles()).includes('Alpha Two'), 'the feed has the new postings');
    assert.ok(sent.some((m) => m.type === 'full-reload'));
  });

  test('an invalid posting shows in the overlay with its path and line, and the last good feed stays', async () => {
    sent.length = 0;
    tmp.write({ 'postings/b.md': '---\ntitle: {not: a string}\n---\n' });
    await until(() => sent.some((m) => m.type === 'error'), 'an error reaches the overlay');
    const error = sent.find((m) => m.type === 'error')!.err!;
    assert.match(error.message, /postings\/b\.md:2: .*title/);
    assert.equal(error.loc?.line, 2);
    assert.equal(error.loc?.file, join(tmp.path, 'postings/b.md'));
    assert.ok(!sent.some((m) => m.type === 'full-reload'), 'no reload that would hide the overlay');
    assert.deepEqual(await titles(), ['Alpha Two', 'Beta', 'Gamma']);
  });

  test('fixing the posting or deleting it rebuilds the feed', async () => {
    sent.length = 0;
    rmSync(join(tmp.path, 'postings/b.md'));
    await until(() => sent.some((m) => m.type === 'full-reload'), 'the page reloads');
    assert.deepEqual(await titles(), ['Alpha Two', 'Gamma']);
  });
});

describe('vite plugin in a build', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({ 'index.html': INDEX, 'main.js': 'console.log(1)', 'postings/a.md': posting('Alpha'), 'postings/.draft.md': 'ignored' });
  });
  after(() => tmp.remove());

  const viteBuild = (feed?: string) =>
    build({
      root: tmp.path,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'out', emptyOutDir: true },
      plugins: [jobWidgets({ postings: 'postings', ...(feed && { feed }) })],
    });

  test('emits the feed into the output', async () => {
    await viteBuild();
    const feed = JSON.parse(readFileSync(join(tmp.path, 'out/jobs.json'), 'utf8')) as Feed;
    assert.deepEqual(
      feed.jobs.map((j) => j.title),
      ['Alpha'],
    );
  });

  test('emits it under the configured name', async () => {
    await viteBuild('api/feed.json');
    assert.ok(existsSync(join(tmp.path, 'out/api/feed.json')));
  });

  test('fails the build listing every invalid posting', async () => {
    tmp.write({
      'postings/bad.md': '---\ntitle: {x: 1}\n---\n',
      'postings/worse.md': '---\ndescription: no title\n---\n',
      'postings/lang.md': posting('German', 'lang: german'),
    });
    await assert.rejects(viteBuild(), (error: Error) => {
      assert.match(error.message, /postings\/bad\.md:2: /);
      assert.match(error.message, /postings\/worse\.md:\d+: .*title/);
      assert.match(error.message, /postings\/lang\.md:4: "lang" must be a language tag .*\n {4}.*write its code, lang: de /);
      return true;
    });
  });
});

describe('vite plugin without an organization', () => {
  let tmp: TempDir;
  before(() => tmp = tempDir());
  after(() => tmp.remove());

  test('warns once in a build, and once while the dev server rebuilds', async () => {
    tmp.write({ 'index.html': INDEX, 'main.js': '', 'postings/a.md': posting('Alpha'), 'postings/b.md': posting('Beta') });
    const noOrganization = (warnings: string[]) => warnings.filter((w) => w.includes('the feed names no organization'));
    const built = recordingLogger();
    await build({ root: tmp.path, configFile: false, customLogger: built, build: { outDir: 'out', emptyOutDir: true }, plugins: [jobWidgets({ postings: 'postings' })] });
    assert.equal(noOrganization(built.warnings).length, 1, built.warnings.join('\n'));
    assert.match(noOrganization(built.warnings)[0]!, /organization: \{ name \}/);

    const named = recordingLogger();
    const organization = { name: 'Kestrelmoor' };
    await build({ root: tmp.path, configFile: false, customLogger: named, build: { outDir: 'out', emptyOutDir: true }, plugins: [jobWidgets({ postings: 'postings', organization })] });
    assert.deepEqual(noOrganization(named.warnings), []);

    const dev = recordingLogger();
    const server = await createServer({
      root: tmp.path,
      configFile: false,
      customLogger: dev,
      server: { host: '127.0.0.1', port: 0, ws: false },
      plugins: [jobWidgets({ postings: 'postings' })],
    });
    server.ws.send = (() => undefined) as typeof server.ws.send;
    try {
      await server.listen();
      const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      const titles = async () => ((await (await fetch(`${origin}/jobs.json`)).json()) as Feed).jobs.map((j) => j.title).sort();
      assert.deepEqual(await titles(), ['Alpha', 'Beta']);
      tmp.write({ 'postings/a.md': posting('Alpha Two') });
      await until(async () => (await titles()).includes('Alpha Two'), 'the feed is rebuilt');
      assert.equal(noOrganization(dev.warnings).length, 1, dev.warnings.join('\n'));
    } finally {
      await server.close();
    }
  });
});
