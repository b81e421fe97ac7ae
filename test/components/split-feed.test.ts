/**
 * A split feed (`job-widgets build --split`): the list reads only the index, a job's own file is
 * fetched when the job is opened, or earlier when its card is hovered or focused, and once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job, JobSummary } from '../../src/feed/types.js';
import { serveFiles, stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { designerJob, rustJob } from '../fixtures/jobs.js';
import { cardLink, loaded, resetLocation, shownTitles, visibleCards } from './job-list-helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

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
    const list = await fixture<JobList>(html`<job-list src=${index}></job-list>`);
    await loaded(list);
    expect(await shownTitles(list)).to.have.members(['Senior Rust Engineer', 'Product Designer']);
    // A request that must come, made after the list has loaded: hovering a card prefetches its
    // job. Requests are counted in the order they are made, so when it is in, any the list had
    // made of its own accord would be too.
    const designerFile = `${index.replace(/\.json$/, '')}/designer.0a1b2c3d.json`;
    const designer = visibleCards(list).find((card) => card.job?.id === designerJob.id)!;
    cardLink(designer).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => counts.has(designerFile), 'the hovered job was not prefetched');
    expect([...counts.keys()]).to.deep.equal([index, designerFile]);
  });

  it('prefetches a job file when its card is hovered or focused, once, and opening it fetches nothing more', async () => {
    const counts = serveFiles(stub, files);
    const list = await fixture<JobList>(html`<job-list src=${index}></job-list>`);
    await loaded(list);
    const card = visibleCards(list).find((c) => c.job?.id === rustJob.id)!;
    const link = cardLink(card);
    const rustFile = `${index.replace(/\.json$/, '')}/rust.0a1b2c3d.json`;
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    link.focus();
    await waitUntil(() => counts.get(rustFile) === 1, 'the hovered job was not prefetched');
    link.click();
    const detailOf = () => part(list, 'detail-view')?.querySelector<JobDetail>('job-detail');
    const bodyOf = () => detailOf()?.shadowRoot?.querySelector('[part~="body"]:not([aria-busy])');
    await waitUntil(bodyOf, 'the opened job has no body');
    const detail = detailOf()!;
    const body = bodyOf();
    expect(body!.textContent).to.contain('Rust');
    expect(part(detail, 'apply')).to.not.equal(null);
    expect(counts.get(rustFile)).to.equal(1);
    expect(counts.get(`${index.replace(/\.json$/, '')}/designer.0a1b2c3d.json`)).to.equal(undefined);
    expect(counts.get(index)).to.equal(1);
  });

  it('shows the summary at once and the body when the file arrives', async () => {
    const el = await fixture<JobDetail>(html`<job-detail src=${index} job-id=${rustJob.id}></job-detail>`);
    (await stub.next()).respond(files[index]);
    const fileRequest = await stub.next();
    expect(new URL(fileRequest.url).pathname).to.equal(`${index.replace(/\.json$/, '')}/rust.0a1b2c3d.json`);
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(part(el, 'body')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    fileRequest.respond(rustJob);
    await waitUntil(() => !part(el, 'body')!.hasAttribute('aria-busy'));
    expect(part(el, 'body')!.querySelector('h3, h4')).to.not.equal(null);
  });

  it('reports a job file that fails, with a Retry that loads it again', async () => {
    const el = await fixture<JobDetail>(html`<job-detail src=${index} job-id=${rustJob.id}></job-detail>`);
    (await stub.next()).respond(files[index]);
    (await stub.next()).respond('gone', { status: 404 });
    await waitUntil(() => part(el, 'retry'));
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(part(el, 'status')!.textContent).to.contain('404');
    part(el, 'retry')!.click();
    (await stub.next()).respond(rustJob);
    await waitUntil(() => part(el, 'apply'));
  });

  it('refuses a job file that holds another job', async () => {
    const el = await fixture<JobDetail>(html`<job-detail src=${index} job-id=${rustJob.id}></job-detail>`);
    (await stub.next()).respond(files[index]);
    (await stub.next()).respond(designerJob);
    await waitUntil(() => part(el, 'status'));
    expect(part(el, 'status')!.textContent).to.contain('describes another job');
    expect(el.shadowRoot!.textContent).not.to.contain(designerJob.title);
  });

  it('never fetches a detailUrl on another origin', async () => {
    const designerFile = `${index.replace(/\.json$/, '')}/designer.0a1b2c3d.json`;
    const hostile = {
      version: 1,
      generated: '2026-03-01T00:00:00.000Z',
      jobs: [summary(rustJob, 'https://evil.example/steal.json'), summary(designerJob, designerFile.split('/').slice(-2).join('/'))],
    };
    const el = await fixture<JobDetail>(html`<job-detail src=${index} job-id=${rustJob.id}></job-detail>`);
    (await stub.next()).respond(hostile);
    await waitUntil(() => part(el, 'heading'));
    // Then a job whose file is on the page's origin: its request is the next one the detail makes,
    // so by the time it comes, a request for the other origin would have come before it.
    el.jobId = designerJob.id;
    expect(new URL((await stub.next()).url).pathname).to.equal(designerFile);
    expect(stub.requests.map((r) => new URL(r.url).pathname)).to.deep.equal([index, designerFile]);
  });
});
