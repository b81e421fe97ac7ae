// The CLI and the Vite plugin make the same files from the same postings (issue 14): the job
// pages with their prerendered <job-detail>, the sitemap and the RSS feed (both render them
// through src/build/outputs.ts), and the feed itself, byte for byte but for the time of the
// build; and they say the same about pages that Google will not list.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { build, type Logger } from 'vite';
import type { JobWidgetsOptions } from '../../src/vite.js';
import { assertBuilt } from '../dist/built.js';
import { run } from './helpers/cli.js';
import { snapshot, tempDir, type TempDir } from './helpers/temp-dir.js';

const ORGANIZATION = { name: 'Kestrelmoor', url: 'https://kestrelmoor.example/', logo: 'https://kestrelmoor.example/logo.png' };
const ORG_ARGS = ['--org-name', ORGANIZATION.name, '--org-url', ORGANIZATION.url, '--org-logo', ORGANIZATION.logo];
const POSTINGS = {
  'postings/backend.md':
    '---\ntitle: Backend Engineer\nsummary: Build APIs.\nlocations: ["Berlin, Germany"]\ndepartment: Engineering\nsalary: "$60,000 – $75,000 a year"\n' +
    'date: 2026-05-20\napply_url: https://example.com/apply\n---\n\nThe **job**.\n',
  'postings/designer.md': '---\ntitle: Designer\nlang: de\nlocations: ["Paris, France"]\ndate: 2026-05-10\n---\n\nZeichnen.\n',
  'postings/team/writer.md': '---\ntitle: Writer\nremote: true\n---\n\nWords.\n',
  'template.html': '<!doctype html><html lang="{{lang}}" dir="{{dir}}"><head><title>{{title}} | Careers</title>{{head}}</head><body>{{content}}<footer>{{organization}}</footer></body></html>',
};
/** What Vite makes of the site itself, and the CLI's record of the pages it wrote: not outputs of both. */
const OWN_FILES = /^(?:index\.html|assets[/\\].*|.*\.job-widgets-pages\.json)$/;

/** The files a shell wrote into `dir`, with the time of the build taken out of the feed and the RSS feed. */
function outputs(dir: string): Record<string, string> {
  const files = snapshot(dir);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => !OWN_FILES.test(path))
      .map(([path, text]) => [path, text.replace(/"generated":"[^"]*"/, '"generated":…').replace(/<lastBuildDate>[^<]*</, '<lastBuildDate>…<')]),
  );
}

// Both shells as built, as users run them: the pages hold the elements' styles, which the
// package's build minifies.
assertBuilt('dist/cli.js', 'dist/vite.js', 'dist/build/templates/job-page.html');
const { default: jobWidgets } = (await import(new URL('../../dist/vite.js', import.meta.url).href)) as typeof import('../../src/vite.js');

describe('the CLI and the Vite plugin make the same pages, sitemap, RSS feed and feed', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({ ...POSTINGS, 'index.html': '<!doctype html><title>Jobs</title><script type="module" src="./main.js"></script>', 'main.js': '' });
  });
  after(() => tmp.remove());

  /**
   * Runs the CLI into `cli/` and `vite build` into `vite/`: what each wrote, and the note each
   * gave about pages without JobPosting.
   */
  async function both(args: string[], options: Omit<JobWidgetsOptions, 'postings'>) {
    rmSync(join(tmp.path, 'cli'), { recursive: true, force: true });
    const { code, stderr } = run(['build', 'postings', '--out', 'cli/jobs.json', '--currency', 'USD', ...ORG_ARGS, ...args], tmp.path);
    assert.equal(code, 0, stderr);
    const warnings: string[] = [];
    const warn = (message: string): void => void warnings.push(message);
    const logger: Logger = { hasWarned: false, info() {}, warn, warnOnce: warn, error() {}, clearScreen() {}, hasErrorLogged: () => false };
    await build({
      root: tmp.path,
      configFile: false,
      customLogger: logger,
      build: { outDir: 'vite', emptyOutDir: true },
      plugins: [jobWidgets({ postings: 'postings', buildOptions: { currency: 'USD' }, organization: ORGANIZATION, ...options })],
    });
    // Vite colours a plugin's warnings when the terminal (or FORCE_COLOR) asks for colour: compare the words.
    const note = (lines: string[]) => lines.flatMap((line) => /(\d+ job pages? without JobPosting.*)/.exec(stripVTControlCharacters(line))?.[1] ?? []);
    return {
      cli: outputs(join(tmp.path, 'cli')),
      vite: outputs(join(tmp.path, 'vite')),
      notes: { cli: note(stderr.split('\n')), vite: note(warnings.flatMap((w) => w.split('\n'))) },
    };
  }

  test('with the pages where the base URL says and the RSS feed beside them', async () => {
    const { cli, vite, notes } = await both(
      ['--pages', 'cli/jobs', '--base-url', 'https://example.com/jobs/', '--rss', 'cli/jobs.xml', '--lang', 'en-GB'],
      { baseUrl: 'https://example.com/jobs/', pages: true, rss: 'jobs.xml', lang: 'en-GB' },
    );
    assert.deepEqual(Object.keys(cli).sort(), [
      'jobs.json', 'jobs.xml', 'jobs/backend/index.html', 'jobs/designer/index.html', 'jobs/sitemap.xml', 'jobs/writer/index.html',
    ]);
    assert.match(cli['jobs.xml']!, /<atom:link href="https:\/\/example\.com\/jobs\.xml" rel="self"/);
    assert.deepEqual(vite, cli);
    assert.deepEqual(notes.cli, ['1 job page without JobPosting structured data (writer): a page gets one only for an open job with a date and a place (an address such as "Berlin, Germany", or a remote job\'s countries)']);
    assert.deepEqual(notes.vite, notes.cli);
  });

  test('with the pages deeper, under a name to encode, their own template, and an RSS feed whose name has % in it', async () => {
    const { cli, vite } = await both(
      ['--pages', 'cli/karriere/offene stellen', '--base-url', 'https://example.com/karriere/offene%20stellen/', '--page-template', 'template.html', '--rss', 'cli/karriere/100% remote.xml'],
      { baseUrl: 'https://example.com/karriere/offene%20stellen/', pages: { template: 'template.html' }, rss: 'karriere/100% remote.xml' },
    );
    assert.ok('karriere/offene stellen/backend/index.html' in cli, Object.keys(cli).join(', '));
    assert.match(cli['karriere/offene stellen/backend/index.html']!, /<footer>Kestrelmoor<\/footer>/);
    assert.match(cli['karriere/100% remote.xml']!, /<atom:link href="https:\/\/example\.com\/karriere\/100%25%20remote\.xml" rel="self"/);
    assert.deepEqual(vite, cli);
  });
});
