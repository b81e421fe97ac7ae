/**
 * A split feed (`job-widgets build --split`): the list reads only the index, a job's own file is
 * fetched when the job is opened, or earlier when its card is hovered or focused, and once.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job, JobSummary } from '../../src/feed/types.js';
import { serveFiles, stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { designerJob, rustJob } from '../fixtures/jobs.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { waitUntil } from '../support/wait.js';
import { listFixture, resetLocation } from './job-list-helpers.js';

const detailFixture = async (src: string, jobId: string) =>
  new JobDetailHarness(await fixture<JobDetail>(html`<job-detail src=${src} job-id=${jobId}></job-detail>`));

function summary({ html: _html, contact: _contact, applyUrl: _applyUrl, ...rest }: Job, detailUrl: string): JobSummary {
  return { ...rest, detailUrl };
}

describe('split feed', () => {
  let stub: FetchStub;
  let index: string;
  let files: Record<string, unknown>;

  beforeEach(() => {
    stub = stubFetch();
    index = uniqueFeedUrl();
    const dir = index.replace(/\.json$/, '');
    files = {
      [index]: {
        version: 1,
        generated: '2026-03-01T00:00:00.000Z',
        jobs: [summary(rustJob, `${dir.split('/').pop()}/rust.0a1b2c3d.json`), summary(designerJob, `${dir.split('/').pop()}/designer.0a1b2c3d.json`)],
      },
      [`${dir}/rust.0a1b2c3d.json`]: rustJob,
      [`${dir}/designer.0a1b2c3d.json`]: designerJob,
    };
  });

  afterEach(() => {
    stub.restore();
    resetLocation();
  });

  it('lists the index without fetching any job file until one is asked for', async () => {
    const counts = serveFiles(stub, files);
    const list = await listFixture(html`<job-list src=${index}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.have.members(['Senior Rust Engineer', 'Product Designer']);
    // A request that must come, made after the list has loaded: hovering a card prefetches its
    // job. Requests are counted in the order they are made, so when it is in, any the list had
    // made of its own accord would be too.
    const designerFile = `${index.replace(/\.json$/, '')}/designer.0a1b2c3d.json`;
    list.cards().find((card) => card.element.job?.id === designerJob.id)!.hover();
    await waitUntil(() => counts.has(designerFile), 'the hovered job was not prefetched');
    expect([...counts.keys()]).to.deep.equal([index, designerFile]);
  });

  it('prefetches a job file when its card is hovered or focused, once, and opening it fetches nothing more', async () => {
    const counts = serveFiles(stub, files);
    const list = await listFixture(html`<job-list src=${index}></job-list>`);
    await list.loaded();
    const card = list.cards().find((c) => c.element.job?.id === rustJob.id)!;
    const rustFile = `${index.replace(/\.json$/, '')}/rust.0a1b2c3d.json`;
    card.hover();
    card.hover();
    card.link().focus();
    await waitUntil(() => counts.get(rustFile) === 1, 'the hovered job was not prefetched');
    card.click();
    const bodyOf = () => list.detail()?.query('[part~="body"]:not([aria-busy])');
    const body = await waitUntil(bodyOf, 'the opened job has no body');
    expect(body.textContent).to.contain('Rust');
    expect(list.detail()!.has('apply')).to.equal(true);
    expect(counts.get(rustFile)).to.equal(1);
    expect(counts.get(`${index.replace(/\.json$/, '')}/designer.0a1b2c3d.json`)).to.equal(undefined);
    expect(counts.get(index)).to.equal(1);
  });

  it('shows the summary at once and the body when the file arrives', async () => {
    const el = await detailFixture(index, rustJob.id);
    (await stub.next()).respond(files[index]);
    const fileRequest = await stub.next();
    expect(new URL(fileRequest.url).pathname).to.equal(`${index.replace(/\.json$/, '')}/rust.0a1b2c3d.json`);
    await el.updated();
    expect(el.title()).to.equal('Senior Rust Engineer');
    expect(el.part('body').getAttribute('aria-busy')).to.equal('true');
    await expect(el.element).to.be.accessible();
    fileRequest.respond(rustJob);
    await waitUntil(() => !el.part('body').hasAttribute('aria-busy'));
    expect(el.part('body').querySelector('h3, h4') !== null).to.equal(true);
  });

  it('reports a job file that fails, with a Retry that loads it again', async () => {
    const el = await detailFixture(index, rustJob.id);
    (await stub.next()).respond(files[index]);
    const failed = oneEvent(el.element, 'job-feed-error') as Promise<JobFeedErrorEvent>;
    (await stub.next()).respond('gone', { status: 404 });
    await waitUntil(() => el.has('retry'));
    expect(el.title()).to.equal('Senior Rust Engineer');
    // Visitors read a few words; what failed is in the event.
    expect(el.text('status')).to.equal('We couldn’t load this job. Please try again. Retry');
    expect((await failed).error.message).to.contain('404');
    el.part('retry').click();
    (await stub.next()).respond(rustJob);
    await waitUntil(() => el.has('apply'));
  });

  it('refuses a job file that holds another job: friendly words and Retry for visitors, what failed to the site', async () => {
    const el = await detailFixture(index, rustJob.id);
    (await stub.next()).respond(files[index]);
    const failed = oneEvent(el.element, 'job-feed-error') as Promise<JobFeedErrorEvent>;
    (await stub.next()).respond(designerJob);
    await waitUntil(() => el.has('retry'));
    expect(el.text('status')).to.equal('We couldn’t load this job. Please try again. Retry');
    expect(el.allText()).not.to.contain(designerJob.title);
    const { error } = await failed;
    expect(error.kind).to.equal('not-a-feed');
    expect(error.message).to.contain(`holds the job "${designerJob.id}", not "${rustJob.id}"`);
  });

  it('never fetches a detailUrl on another origin', async () => {
    const designerFile = `${index.replace(/\.json$/, '')}/designer.0a1b2c3d.json`;
    const hostile = {
      version: 1,
      generated: '2026-03-01T00:00:00.000Z',
      jobs: [summary(rustJob, 'https://evil.example/steal.json'), summary(designerJob, designerFile.split('/').slice(-2).join('/'))],
    };
    const el = await detailFixture(index, rustJob.id);
    (await stub.next()).respond(hostile);
    await waitUntil(() => el.has('heading'));
    // Then a job whose file is on the page's origin: its request is the next one the detail makes,
    // so by the time it comes, a request for the other origin would have come before it.
    el.element.jobId = designerJob.id;
    expect(new URL((await stub.next()).url).pathname).to.equal(designerFile);
    expect(stub.requests.map((r) => new URL(r.url).pathname)).to.deep.equal([index, designerFile]);
  });
});
