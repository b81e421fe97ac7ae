import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/job-detail/define.js';
import '../../src/components/job-list/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { Job } from '../../src/feed/types.js';
import { designerJob, rustJob } from '../fixtures/jobs.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { fixtureJobs, listFixture, resetLocation } from './job-list-helpers.js';

const detailFixture = async (template: TemplateResult) => new JobDetailHarness(await fixture<JobDetail>(template));
const long = (job: Job): Job => ({ ...job, html: `${job.html}${'<p>More about the role, the team and how we work.</p>'.repeat(40)}` });
// Media emulation is Chromium's (the DevTools protocol); Firefox through puppeteer has none.
const chromium = !navigator.userAgent.includes('Firefox');

describe('<job-detail>: Apply at the end, Share', () => {
  it('offers Apply again after a long posting, not after a short one', async () => {
    const short = await detailFixture(html`<job-detail .job=${designerJob}></job-detail>`);
    expect(short.applyLinks()).to.have.length(1);
    expect(short.has('actions-end')).to.equal(false);

    const el = await detailFixture(html`<job-detail .job=${long(designerJob)}></job-detail>`);
    const [top, end] = el.applyLinks();
    expect(end!.href).to.equal(top!.href);
    expect(end!.textContent!.trim()).to.equal('Apply');
    expect(end!.getBoundingClientRect().top).to.be.greaterThan(el.part('body').getBoundingClientRect().bottom);
    await expect(el.element).to.be.accessible();
  });

  it('shows no Share button where the browser cannot share', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    try {
      const el = await detailFixture(html`<job-detail .job=${rustJob}></job-detail>`);
      expect(el.has('share')).to.equal(false);
      expect(el.shows('copy-link')).to.equal(true);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('shows Share beside Copy link where the browser can', async () => {
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
    try {
      const el = await detailFixture(html`<job-detail .job=${rustJob}></job-detail>`);
      expect(el.text('share')).to.equal('Share');
      expect(el.part('share').previousElementSibling).to.equal(el.part('copy-link'));
      await expect(el.element).to.be.accessible();
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});

describe('Printing a job', () => {
  beforeEach(resetLocation);
  afterEach(async () => {
    if (chromium) await emulateMedia({ media: 'screen' });
  });

  it('shows the posting, its metadata and the apply address, without the buttons', async function () {
    if (!chromium) this.skip();
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
    try {
      const web = await detailFixture(html`<job-detail .job=${long(designerJob)}></job-detail>`);
      const email = await detailFixture(html`<job-detail .job=${rustJob}></job-detail>`);
      // On screen the address is the link's, not written out.
      expect(web.shows('apply-address')).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(['heading', 'meta', 'body', 'apply', 'apply-address'].filter((part) => !web.shows(part))).to.deep.equal([]);
      expect(web.text('apply-address')).to.equal('https://jobs.example.com/apply/product-designer');
      expect(email.text('apply-address')).to.equal('jobs@magickbase.com');
      expect(['copy-link', 'share', 'apply-end'].filter((part) => web.shows(part))).to.deep.equal([]);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('prints a job opened in a list without Back', async function () {
    if (!chromium) this.skip();
    const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
    await list.open('Product Designer');
    await emulateMedia({ media: 'print' });
    expect(list.shows('back')).to.equal(false);
    expect(list.detail()!.shows('heading')).to.equal(true);
  });

  it('prints a list without its search, filters and Show more', async function () {
    if (!chromium) this.skip();
    const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
    await emulateMedia({ media: 'print' });
    expect(['search', 'filter-bar', 'controls'].filter((part) => list.shows(part))).to.deep.equal([]);
    expect(list.cards()).to.have.length(6);
  });
});
