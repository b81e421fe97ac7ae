/**
 * A list opened from a shared view link (`#q=…`): the code that reads the URL's view is a chunk
 * loaded when the list connects (`view-url-loader.ts`), and until it has applied the view the
 * list shows its placeholders, never every job, their count or an announcement of it. Its own
 * page, so that the chunk is not loaded yet when the list connects.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { JobListHarness } from '../harness/job-list.js';
import { NOW, fixtureJobs, resetLocation } from './job-list-helpers.js';

describe('<job-list> opened from a shared view link', () => {
  afterEach(() => {
    document.body.replaceChildren();
    resetLocation();
  });

  it('shows the view at once, with no count or announcement of every job before it', async () => {
    const jobs = await fixtureJobs();
    window.history.replaceState(null, '', '#q=designer');
    const element = document.createElement('job-list') as JobList;
    element.now = NOW;
    element.jobs = jobs;
    document.body.append(element);
    const list = new JobListHarness(element);
    // Every count and announcement the list shows, from its first render.
    const shown = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const node of [list.find('count'), list.announcer()]) if (node) shown.add(node.textContent!.trim());
    });
    observer.observe(list.root, { childList: true, subtree: true, characterData: true });
    await list.loaded();
    observer.disconnect();
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    expect([...shown].filter((text) => /\d/.test(text))).to.deep.equal(['1 job']);
  });
});
