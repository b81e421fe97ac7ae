/**
 * JSON-LD for search engines: a job shown on its own (a `<job-detail>`, or the list's in-place
 * detail) puts one `<script type="application/ld+json">` JobPosting in the page's `<head>`, and
 * takes it away when the job is closed or changed or the element goes. A list alone adds none.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobFeedWarningEvent } from '../../src/events/feed-warning.js';
import type { Job, JobSummary, Organization } from '../../src/feed/types.js';
import type { JobPostingLd } from '../../src/seo/job-posting.js';
import { serveFiles, stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { waitUntil } from '../support/wait.js';
import { listFixture, resetLocation } from './job-list-helpers.js';

const ORGANIZATION: Organization = { name: 'Kestrelmoor', url: 'https://kestrelmoor.example', logo: 'https://kestrelmoor.example/logo.png' };

const platformJob: Job = {
  id: 'platform-engineer',
  title: 'Platform Engineer',
  summary: 'Run the platform.',
  locations: ['Berlin, Germany'],
  employmentType: ['FULL_TIME'],
  salary: { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' },
  applyUrl: 'https://kestrelmoor.example/apply/platform-engineer',
  datePosted: '2026-03-01',
  // A body as a hostile feed might send it: the JSON-LD gets it sanitized, like the page.
  html: '<h3>You will</h3><p>Run <b>Kubernetes</b><img src="/nothing.png" alt="" onerror="window.hacked = true"></p><script>window.hacked = true</script>',
};

const remoteJob: Job = {
  id: 'support-engineer',
  title: 'Support Engineer',
  locations: ['Remote (Spain)'],
  remote: true,
  datePosted: '2026-03-02',
  html: '<p>Help customers.</p>',
};

const expiredJob: Job = { ...platformJob, id: 'expired', title: 'Expired Engineer', validThrough: '2020-01-31' };

const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-job-widgets]')];
const postings = () => scripts().map((script) => JSON.parse(script.textContent!) as JobPostingLd);
const titles = () => postings().map((ld) => ld.title);

const feed = (jobs: unknown[], organization: unknown = ORGANIZATION) => ({ version: 1, generated: '2026-03-01T00:00:00.000Z', organization, jobs });

describe('JSON-LD', () => {
  let stub: FetchStub;

  beforeEach(() => {
    stub = stubFetch();
  });

  afterEach(() => {
    stub.restore();
    resetLocation();
  });

  it('adds one JobPosting for a detail to the head, with the sanitized body, and removes it when the element goes', async () => {
    const el = await fixture<JobDetail>(html`<job-detail .job=${platformJob} org-name="Kestrelmoor" share-url="https://kestrelmoor.example/jobs/platform"></job-detail>`);
    expect(scripts()).to.have.length(1);
    expect(scripts()[0]!.parentNode === document.head, 'the script is not in the head').to.equal(true);
    const [ld] = postings();
    expect(ld).to.include({ '@type': 'JobPosting', title: 'Platform Engineer', datePosted: '2026-03-01', url: 'https://kestrelmoor.example/jobs/platform' });
    expect(ld!.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Kestrelmoor' });
    expect(ld!.jobLocation).to.deep.equal({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } });
    expect(ld!.description).to.contain('<h3>You will</h3>').and.contain('<b>Kubernetes</b>');
    expect(ld!.description).to.not.match(/onerror|<script|hacked/);
    // Escaped in the script's text, so that no value can end the script.
    expect(scripts()[0]!.textContent).to.not.contain('<');

    const parent = el.parentElement!;
    el.remove();
    expect(scripts()).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Platform Engineer']);
  });

  it('follows the job shown: another job replaces it, no job removes it', async () => {
    const el = await fixture<JobDetail>(html`<job-detail .job=${platformJob} org-name="Kestrelmoor"></job-detail>`);
    el.job = remoteJob;
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Support Engineer']);
    expect(postings()[0]).to.include({ jobLocationType: 'TELECOMMUTE' });
    expect(postings()[0]!.applicantLocationRequirements).to.deep.equal({ '@type': 'Country', name: 'Spain' });
    el.job = undefined;
    await el.updateComplete;
    expect(scripts()).to.have.length(0);
  });

  it('adds none for an expired job, without an organization, or with no-json-ld', async () => {
    await fixture(html`<div>
      <job-detail .job=${expiredJob} org-name="Kestrelmoor"></job-detail>
      <job-detail .job=${platformJob}></job-detail>
      <job-detail .job=${remoteJob} org-name="Kestrelmoor" no-json-ld></job-detail>
    </div>`);
    expect(scripts()).to.have.length(0);
  });

  it('adds one script per job: two details of one job share it, two jobs have one each', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <job-detail .job=${platformJob} org-name="Kestrelmoor" share-url="https://kestrelmoor.example/jobs"></job-detail>
      <job-detail .job=${platformJob} org-name="Kestrelmoor" share-url="https://kestrelmoor.example/jobs"></job-detail>
      <job-detail .job=${remoteJob} org-name="Kestrelmoor" share-url="https://kestrelmoor.example/jobs"></job-detail>
    </div>`);
    expect(titles()).to.have.members(['Platform Engineer', 'Support Engineer']);
    const [first, second] = container.querySelectorAll('job-detail');
    first!.remove();
    expect(titles()).to.have.members(['Platform Engineer', 'Support Engineer']);
    second!.remove();
    expect(titles()).to.deep.equal(['Support Engineer']);
  });

  it('takes the organization from the feed, with the org-* attributes over it', async () => {
    const src = uniqueFeedUrl();
    serveFiles(stub, { [src]: feed([platformJob]) });
    const fromFeed = await fixture<JobDetail>(html`<job-detail src=${src} job-id="platform-engineer"></job-detail>`);
    await waitUntil(() => scripts().length === 1, 'no JSON-LD from the feed');
    expect(postings()[0]!.hiringOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Kestrelmoor',
      sameAs: 'https://kestrelmoor.example',
      logo: 'https://kestrelmoor.example/logo.png',
    });

    fromFeed.setAttribute('org-logo', 'https://cdn.example/logo.svg');
    await fromFeed.updateComplete;
    expect(postings().map((ld) => ld.hiringOrganization)).to.deep.equal([
      { '@type': 'Organization', name: 'Kestrelmoor', sameAs: 'https://kestrelmoor.example', logo: 'https://cdn.example/logo.svg' },
    ]);

    // Another name is another organization: the feed's site and logo are not carried over.
    fromFeed.removeAttribute('org-logo');
    fromFeed.setAttribute('org-name', 'Kestrelmoor Labs');
    fromFeed.setAttribute('org-url', 'javascript:alert(1)');
    await fromFeed.updateComplete;
    expect(postings().map((ld) => ld.hiringOrganization)).to.deep.equal([{ '@type': 'Organization', name: 'Kestrelmoor Labs' }]);
    expect(postings()[0]!.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'Kestrelmoor Labs', value: 'platform-engineer' });
  });

  it('reports an unusable organization in the feed and leaves its bad fields out', async () => {
    const src = uniqueFeedUrl();
    serveFiles(stub, { [src]: feed([platformJob], { name: 'Kestrelmoor', url: 'javascript:alert(1)', logo: '/logo.png' }) });
    const el = await fixture<JobDetail>(html`<job-detail src=${src} job-id="platform-engineer"></job-detail>`);
    const warning = (await oneEvent(el, 'job-feed-warning')) as JobFeedWarningEvent;
    expect(warning.problems.map((problem) => problem.index)).to.deep.equal([-1, -1]);
    await waitUntil(() => scripts().length === 1);
    expect(postings()[0]!.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Kestrelmoor' });
  });

  it("waits for a split feed's job file: the summary alone has no body", async () => {
    const index = uniqueFeedUrl();
    const dir = index.replace(/\.json$/, '');
    const { html: _html, applyUrl: _applyUrl, ...rest } = platformJob;
    const summary: JobSummary = { ...rest, detailUrl: `${dir.split('/').pop()}/platform.0a1b2c3d.json` };
    const el = new JobDetailHarness(await fixture<JobDetail>(html`<job-detail src=${index} job-id="platform-engineer"></job-detail>`));
    (await stub.next()).respond(feed([summary]));
    const file = await stub.next();
    await el.updated();
    expect(el.part('heading').textContent!.trim()).to.equal('Platform Engineer');
    expect(scripts()).to.have.length(0);
    file.respond(platformJob);
    await waitUntil(() => scripts().length === 1, 'no JSON-LD once the job file arrived');
    expect(postings()[0]!.description).to.contain('Kubernetes');
    expect(postings()[0]!.directApply).to.equal(true);
  });

  it('adds none for a list, one when a job opens in place, and none after Back', async () => {
    const src = uniqueFeedUrl();
    serveFiles(stub, { [src]: feed([platformJob, remoteJob]) });
    const list = await listFixture(html`<job-list src=${src} org-url="https://careers.kestrelmoor.example"></job-list>`);
    await list.loaded();
    expect(scripts()).to.have.length(0);

    list.cards().find((card) => card.element.job?.id === 'support-engineer')!.click();
    await waitUntil(() => scripts().length === 1, 'opening a job added no JSON-LD');
    const [ld] = postings();
    expect(ld!.title).to.equal('Support Engineer');
    // The feed's organization, with the list's attribute over it, reaches the in-place detail.
    expect(ld!.hiringOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Kestrelmoor',
      sameAs: 'https://careers.kestrelmoor.example',
      logo: 'https://kestrelmoor.example/logo.png',
    });
    expect(ld!.url).to.equal(window.location.href);

    list.back();
    await waitUntil(() => scripts().length === 0, 'Back left the JSON-LD in the page');
    await waitUntil(() => list.cards().length === 2);
    expect(scripts()).to.have.length(0);
  });
});
