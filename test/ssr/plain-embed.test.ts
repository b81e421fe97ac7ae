/**
 * A plain embed pays nothing for server rendering: the built script-tag bundle on a page with no
 * prerendered element renders its list and never asks for Lit's hydration support.
 */
import { expect } from '@open-wc/testing';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { JobListHarness } from '../harness/job-list.js';

const BUNDLE = '/dist/cdn/job-widgets.js';
const FEED = new URL('../fixtures/job-list-feed.json', import.meta.url).pathname;

describe('a plain <job-list> with the script-tag bundle', () => {
  it('renders from its feed and loads no hydration support', async () => {
    const container = document.createElement('section');
    container.innerHTML = `<job-list src="${FEED}"></job-list>`;
    document.body.append(container);
    await import(/* @vite-ignore */ BUNDLE);
    const list = new JobListHarness(container.querySelector<JobList>('job-list')!);
    await list.loaded();
    expect(await list.titles()).to.have.length(6);
    const chunks = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/dist/cdn/'));
    expect(chunks).to.deep.equal([BUNDLE]);
  });
});
