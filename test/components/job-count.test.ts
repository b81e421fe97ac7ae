/**
 * `<job-count>` (issue 17, section 2): the number of open jobs of a feed or of a scope, in the
 * element's language, nothing while it loads or when it fails, and one request shared with a list.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-count/define.js';
import '../../src/components/job-list/define.js';
import type { JobCount } from '../../src/components/job-count/job-count.js';
import type { Job } from '../../src/feed/types.js';
import { stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { JobCountHarness } from '../harness/job-count.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';

const NOW = new Date('2026-03-10T12:00:00Z');

function job(id: string, extra: Partial<Job> = {}): Job {
  return { id, title: id, html: '<p>x</p>', datePosted: '2026-03-01', ...extra };
}

// 1,250 open Engineering jobs, two open Design jobs, one Design job that closed on 9 March.
const JOBS: Job[] = [
  ...Array.from({ length: 1250 }, (_, i) => job(`eng-${i}`, { department: 'Engineering', remote: i % 2 === 0 })),
  job('design-1', { department: 'Design' }),
  job('design-2', { department: 'Design', validThrough: '2026-03-11' }),
  job('design-closed', { department: 'Design', validThrough: '2026-03-09' }),
];

async function countFixture(markup: ReturnType<typeof html>): Promise<JobCountHarness> {
  return new JobCountHarness(await fixture<JobCount>(markup));
}

describe('<job-count>', () => {
  let stub: FetchStub;
  let src: string;
  beforeEach(() => {
    stub = stubFetch();
    src = uniqueFeedUrl('count');
  });
  afterEach(() => stub.restore());

  it('shows nothing while the feed loads, then the number of open jobs, as the language writes numbers', async () => {
    const count = await countFixture(html`<job-count src=${src} .now=${NOW}></job-count>`);
    await stub.next();
    expect(count.allText().trim()).to.equal('');
    stub.respond(src, { version: 1, jobs: JOBS });
    await waitUntil(() => count.shown() === '1,252', 'the count did not show');
    await expect(count.element).shadowDom.to.be.accessible();
  });

  it('says in the console when no job of the feed is in its scope (a typo would show 0 without a word)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const count = await countFixture(html`<job-count src=${src} type="full-time" department="Engineers" .now=${NOW}></job-count>`);
      await stub.next();
      stub.respond(src, { version: 1, jobs: JOBS });
      await waitUntil(() => count.shown() === '0', 'the count did not show');
      await waitUntil(() => warnings.length > 0, 'no warning');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<job-count>: no job of the feed is in the scope department=engineers, type=full_time').and.to.contain('department: Engineering, Design');
  });

  it('counts a scope, in the closest lang', async () => {
    const wrapper = await fixture(html`<div lang="de">
      <job-count src=${src} department="Engineering" .now=${NOW}></job-count>
      <job-count src=${src} department="design" .now=${NOW}></job-count>
      <job-count src=${src} department="Engineering" remote="remote" .now=${NOW}></job-count>
    </div>`);
    const [engineering, design, remote] = [...wrapper.querySelectorAll<JobCount>('job-count')].map((element) => new JobCountHarness(element)) as [JobCountHarness, JobCountHarness, JobCountHarness];
    await stub.next();
    stub.respond(src, { version: 1, jobs: JOBS });
    await waitUntil(() => engineering.shown() !== undefined, 'the count did not show');
    expect([engineering.shown(), design.shown(), remote.shown()]).to.deep.equal(['1.250', '2', '625']);
    expect(stub.requests, 'three counts of one feed make one request').to.have.length(1);
  });

  it('shows nothing when the feed cannot be loaded, and says why in job-feed-error', async () => {
    const count = await countFixture(html`<job-count src=${src}></job-count>`);
    const failed = new Promise((resolve) => count.element.addEventListener('job-feed-error', resolve, { once: true }));
    await stub.next();
    stub.respond(src, 'not found', 404);
    await failed;
    await count.element.updateComplete;
    expect(count.allText().trim()).to.equal('');
  });

  it('shares the request with a list of the same feed', async () => {
    const wrapper = await fixture(html`<div>
      <job-count src=${src} .now=${NOW}></job-count>
      <job-list src=${src} .now=${NOW}></job-list>
    </div>`);
    await stub.next();
    stub.respond(src, { version: 1, jobs: JOBS.slice(-3) });
    const count = new JobCountHarness(wrapper.querySelector('job-count')!);
    const list = new JobListHarness(wrapper.querySelector('job-list')!);
    await list.loaded();
    await waitUntil(() => count.shown() === '2', 'the count did not show');
    expect(list.count()).to.equal('2 jobs');
    expect(stub.requests).to.have.length(1);
  });
});
