/**
 * A prerendered list hydrates with the npm entry too (`import 'job-widgets'`, here the built
 * `dist/index.js` as an app's bundler gets it, Lit shared with the app): the entry loads Lit's
 * hydration support itself because the page has a prerendered element, and the server's cards
 * are kept.
 */
import { expect } from '@open-wc/testing';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { pinClock } from '../fixtures/clock.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { prerendered, SERVER_NOW } from './cases.js';

const clock = pinClock(SERVER_NOW);
const cases = await prerendered();
// The built npm entry, resolved as a bundler resolves it (bare `lit` imports and all).
const ENTRY = '/dist/index.js';

describe('a prerendered <job-list> with the npm entry', () => {
  after(() => clock.restore());

  it('hydrates: the same cards, then search works', async () => {
    const container = document.createElement('section');
    container.setHTMLUnsafe(cases.list);
    document.body.append(container);
    const list = new JobListHarness(container.querySelector<JobList>('job-list')!);
    const cards = list.cardElements();
    const base = list.part('base');
    await import(/* @vite-ignore */ ENTRY);
    await list.hydrated();
    expect(list.part('base')).to.equal(base);
    expect(list.cardElements()).to.deep.equal(cards);
    expect(list.element.querySelector('script')).to.equal(null);

    list.search('intern');
    await waitUntil(async () => (await list.titles()).length === 1, 'the search did not filter the cards');
  });
});
