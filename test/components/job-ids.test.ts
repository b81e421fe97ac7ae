// Ids are put into links: `href-template="/careers/{id}/"` and `#job=<id>`. The elements accept
// only ids the build could have written (src/feed/job-id.ts), so `.` and `..` never become path
// segments that walk out of the template.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-card/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobFeedWarningEvent } from '../../src/events/feed-warning.js';
import { JobCardHarness } from '../harness/job-card.js';
import { waitUntil } from '../support/wait.js';
import { listFixture, resetLocation } from './job-list-helpers.js';

// Each would change the path it is put into, or is not what the build writes from any posting.
const REFUSED = ['.', '..', '%2e%2e', 'a/b', 'a\\b', 'Upper', 'under_score', 'a--b', '-a', 'a-', 'a b', 'é', 'x'.repeat(81)];
const KEPT = ['backend-engineer', 'a', '42', 'x'.repeat(80)];

const jobs = () => [...REFUSED, ...KEPT].map((id, i) => ({ id, title: `Job ${i}`, html: '' }));

describe('job ids', () => {
  afterEach(resetLocation);

  it('a list skips and reports every id the build could not have written', async () => {
    const warnings: JobFeedWarningEvent[] = [];
    const record = (event: JobFeedWarningEvent) => warnings.push(event);
    document.addEventListener('job-feed-warning', record);
    const list = await listFixture(html`<job-list href-template="/careers/{id}/" .jobs=${jobs()}></job-list>`);
    await list.loaded();
    document.removeEventListener('job-feed-warning', record);
    const titles = await list.titles();
    expect(titles).to.have.members(KEPT.map((_, i) => `Job ${REFUSED.length + i}`));
    expect(warnings.flatMap((event) => event.problems.map((problem) => problem.index))).to.deep.equal(REFUSED.map((_, i) => i));
    // Every card stays under /careers/, one segment deep.
    for (const card of list.cards()) {
      expect(new URL(card.link().href).pathname).to.match(/^\/careers\/[a-z0-9-]+\/$/);
    }
  });

  it('"." and ".." never turn href-template into /careers/ or /', async () => {
    const list = await listFixture(
      html`<job-list href-template="/careers/{id}/" .jobs=${[{ id: '..', title: 'Up', html: '' }, { id: '.', title: 'Here', html: '' }, { id: 'ok', title: 'Ok', html: '' }]}></job-list>`,
    );
    await list.loaded();
    expect(list.cards().map((card) => new URL(card.link().href).pathname)).to.deep.equal(['/careers/ok/']);
  });

  it('a #job= link to ".." finds no job', async () => {
    window.history.replaceState(null, '', '#job=..');
    const list = await listFixture(html`<job-list .jobs=${[{ id: '..', title: 'Up', html: '' }, { id: 'ok', title: 'Ok', html: '' }]}></job-list>`);
    await waitUntil(() => list.has('not-found'), 'the list did not say that the job is not found');
  });

  it('a card given a job with such an id shows that it cannot be shown', async () => {
    const card = new JobCardHarness(await fixture<JobCard>(html`<job-card .job=${{ id: '..', title: 'Up', html: '' }}></job-card>`));
    await card.updated();
    expect(card.allText()).to.contain('This job cannot be shown.').and.not.contain('Up');
    const ok = new JobCardHarness(await fixture<JobCard>(html`<job-card .job=${{ id: 'ok', title: 'Ok', html: '' }}></job-card>`));
    await ok.updated();
    expect(ok.title()).to.equal('Ok');
  });
});
