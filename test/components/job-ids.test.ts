// Ids are put into links: `href-template="/careers/{id}/"` and `#job=<id>`. The elements accept
// only ids the build could have written (src/feed/job-id.ts), so `.` and `..` never become path
// segments that walk out of the template.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-card/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { JobFeedWarningEvent } from '../../src/events/feed-warning.js';
import { cardLink, cardTitle, loaded, part, resetLocation, shownTitles, visibleCards } from './job-list-helpers.js';

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
    const list = await fixture<JobList>(html`<job-list href-template="/careers/{id}/" .jobs=${jobs()}></job-list>`);
    await loaded(list);
    document.removeEventListener('job-feed-warning', record);
    const titles = await shownTitles(list);
    expect(titles).to.have.members(KEPT.map((_, i) => `Job ${REFUSED.length + i}`));
    expect(warnings.flatMap((event) => event.problems.map((problem) => problem.index))).to.deep.equal(REFUSED.map((_, i) => i));
    // Every card stays under /careers/, one segment deep.
    for (const card of visibleCards(list)) {
      expect(new URL(cardLink(card).href).pathname).to.match(/^\/careers\/[a-z0-9-]+\/$/);
    }
  });

  it('"." and ".." never turn href-template into /careers/ or /', async () => {
    const list = await fixture<JobList>(
      html`<job-list href-template="/careers/{id}/" .jobs=${[{ id: '..', title: 'Up', html: '' }, { id: '.', title: 'Here', html: '' }, { id: 'ok', title: 'Ok', html: '' }]}></job-list>`,
    );
    await loaded(list);
    expect(visibleCards(list).map((card) => new URL(cardLink(card).href).pathname)).to.deep.equal(['/careers/ok/']);
  });

  it('a #job= link to ".." finds no job', async () => {
    window.history.replaceState(null, '', '#job=..');
    const list = await fixture<JobList>(html`<job-list .jobs=${[{ id: '..', title: 'Up', html: '' }, { id: 'ok', title: 'Ok', html: '' }]}></job-list>`);
    await waitUntil(() => part(list, 'not-found'), 'the list did not say that the job is not found');
  });

  it('a card given a job with such an id shows that it cannot be shown', async () => {
    const card = await fixture<JobCard>(html`<job-card .job=${{ id: '..', title: 'Up', html: '' }}></job-card>`);
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('This job cannot be shown.').and.not.contain('Up');
    const ok = await fixture<JobCard>(html`<job-card .job=${{ id: 'ok', title: 'Ok', html: '' }}></job-card>`);
    await ok.updateComplete;
    expect(cardTitle(ok)).to.equal('Ok');
  });
});
