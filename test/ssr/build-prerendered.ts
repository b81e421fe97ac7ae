/**
 * Renders the elements on the server with the built package (`dist/ssr/index.js`, as a site's
 * build calls it) before the browser tests run, and writes the markup of each prerendered element
 * for them to put in a page: `.generated/prerendered.json`, one entry per case. The browser tests
 * (test/ssr/*.test.ts) then load the built bundle or the built npm entry and hydrate them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feed } from '../../src/feed/types.js';
import { assertBuilt } from '../dist/built.js';
import { SERVER_NOW, type PrerenderedCases } from './cases.js';

assertBuilt('dist/ssr/index.js');
const { renderJobList, renderJobDetail } = (await import(new URL('../../dist/ssr/index.js', import.meta.url).href)) as typeof import('../../src/ssr/index.js');

const out = fileURLToPath(new URL('./.generated/', import.meta.url));
const feed = JSON.parse(readFileSync(new URL('../fixtures/job-list-feed.json', import.meta.url), 'utf8')) as Feed;
// The list's `src`, with a query that no other test uses: the test sees whether it was fetched.
const src = '/test/fixtures/job-list-feed.json?prerendered';
const now = new Date(SERVER_NOW);

/** `<tag attributes>` + the server's inner HTML + the light-DOM children, as a page holds it. */
async function element(tag: 'job-list' | 'job-detail', attributes: Record<string, string>, inner: Promise<string>, light = ''): Promise<string> {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${tag}${attrs}>${await inner}${light}</${tag}>`;
}

const list = (attributes: Record<string, string>, options: Parameters<typeof renderJobList>[2] = {}, light = '') =>
  element('job-list', attributes, renderJobList(feed, attributes, { now, ...options }), light);

const detailJob = feed.jobs.find((job) => job.id === 'product-designer')!;
const detailAttributes = { src, 'job-id': detailJob.id, 'heading-level': '1', 'org-name': 'Kestrelmoor' };

const cases: PrerenderedCases = {
  list: await list({ src, 'heading-level': '3', 'org-name': 'Kestrelmoor' }),
  header: await list({ src }, { slots: ['list-header'] }, '<h2 slot="list-header">Open roles</h2>'),
  german: await list({ src, lang: 'de' }),
  english: await list({ src }, { lang: 'en' }),
  links: await list({ src, 'href-template': '/careers/{id}/' }),
  scoped: await list({ src, department: 'Engineering' }),
  detail: await element('job-detail', detailAttributes, renderJobDetail(detailJob, detailAttributes, { now })),
};

mkdirSync(out, { recursive: true });
writeFileSync(`${out}prerendered.json`, JSON.stringify(cases));
