// A page's CSS reaches a posting's own nodes: through the parts the HTML policy gives them
// (`::part(body-heading)`, since `::part(body) h3` selects nothing) and the body's custom
// properties, in a standalone <job-detail> and in a list's in-place detail.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-detail/define.js';
import '../../src/components/job-list/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { DETAIL_PARTS } from '../../src/components/job-detail/job-detail.parts.js';
import { BODY_PARTS } from '../../src/sanitize/policy.js';
import type { Job } from '../../src/feed/types.js';
import { designerJob, rustJob } from '../fixtures/jobs.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { JobListHarness } from '../harness/job-list.js';
import { NOW, resetLocation } from './job-list-helpers.js';

const style = (node: Element) => getComputedStyle(node);
const HOSTILE: Job = {
  ...rustJob,
  html: '<h3 part="apply">Role</h3><p part="heading">Text <a href="/more" part="copy-link">more</a> <span part="heading">x</span></p>',
};

/** A `<style>` in the page for the length of one test. */
function pageStyle(css: string): () => void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  return () => sheet.remove();
}

describe('the body of a posting, for designers', () => {
  beforeEach(resetLocation);

  it('is reached by ::part on <job-detail>: headings, paragraphs, links, lists, tables, code', async () => {
    const remove = pageStyle(`
      .parts job-detail::part(body-heading) { font-family: 'Courier New'; }
      .parts job-detail::part(body-link) { color: rgb(1, 2, 3); }
      .parts job-detail::part(body-list) { padding-inline-start: 7px; }
      .parts job-detail::part(body-table-cell) { border-top-color: rgb(4, 5, 6); }
      .parts job-detail::part(body-code-block) { border-top-color: rgb(7, 8, 9); }`);
    try {
      const wrapper = await fixture(html`<div class="parts"><job-detail .job=${{ ...rustJob, html: `${rustJob.html}<p><a href="/x">x</a></p>${designerJob.html}` }}></job-detail></div>`);
      const el = new JobDetailHarness(wrapper.querySelector<JobDetail>('job-detail')!);
      await el.updated();
      expect(el.parts('body-heading').map((heading) => style(heading).fontFamily)).to.deep.equal(['"Courier New"', '"Courier New"']);
      expect(style(el.parts('body-link')[0]!).color).to.equal('rgb(1, 2, 3)');
      expect(style(el.parts('body-list')[0]!).paddingInlineStart).to.equal('7px');
      expect(style(el.parts('body-table-cell')[0]!).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(style(el.parts('body-code-block')[0]!).borderTopColor).to.equal('rgb(7, 8, 9)');
      expect(el.parts('body-paragraph').length).to.be.greaterThan(0);
      await expect(el.element).to.be.accessible();
    } finally {
      remove();
    }
  });

  it('follows the --job-body-* custom properties', async () => {
    const wrapper = await fixture(
      html`<div
        style="--job-body-font-family: Georgia; --job-body-heading-font-family: 'Courier New'; --job-body-heading-color: rgb(1, 2, 3); --job-body-heading-font-weight: 300; --job-body-link-color: rgb(4, 5, 6); --job-body-line-height: 2; font-size: 10px"
      >
        <job-detail .job=${{ ...rustJob, html: '<h3>Role</h3><p>See <a href="/x">x</a></p>' }}></job-detail>
      </div>`,
    );
    const el = new JobDetailHarness(wrapper.querySelector<JobDetail>('job-detail')!);
    await el.updated();
    const heading = el.parts('body-heading')[0]!;
    expect([style(heading).fontFamily, style(heading).color, style(heading).fontWeight]).to.deep.equal(['"Courier New"', 'rgb(1, 2, 3)', '300']);
    expect([style(el.part('body')).fontFamily, style(el.part('body')).lineHeight]).to.deep.equal(['Georgia', '20px']);
    expect(style(el.parts('body-link')[0]!).color).to.equal('rgb(4, 5, 6)');
    // The title is the element's, not the body's.
    expect(style(el.part('heading')).fontFamily).not.to.equal('"Courier New"');
  });

  it("cannot be given the element's parts by a posting", async () => {
    const el = new JobDetailHarness(await fixture<JobDetail>(html`<job-detail .job=${HOSTILE}></job-detail>`));
    await el.updated();
    expect(el.parts('heading').map((node) => node.textContent)).to.deep.equal([HOSTILE.title]);
    expect(el.parts('apply')).to.have.length(1);
    expect(el.parts('copy-link')).to.have.length(1);
    expect(el.parts('body-heading').map((node) => node.textContent)).to.deep.equal(['Role']);
    expect(el.parts('body-link').map((node) => node.textContent)).to.deep.equal(['more']);
  });

  it('has every part the policy gives among the parts the detail documents and a list exports', () => {
    expect([...new Set(Object.values(BODY_PARTS))].filter((part) => !(DETAIL_PARTS as readonly string[]).includes(part))).to.deep.equal([]);
  });

  it('is reached through a list as detail-body-*, and the list keeps its own parts', async () => {
    const remove = pageStyle(`
      .parts job-list::part(detail-body-heading) { font-family: 'Courier New'; }
      .parts job-list::part(detail-body-link) { color: rgb(1, 2, 3); }`);
    try {
      const wrapper = await fixture(html`<div class="parts"><job-list .now=${NOW} .jobs=${[HOSTILE]}></job-list></div>`);
      const harness = new JobListHarness(wrapper.querySelector('job-list')!);
      await harness.loaded();
      await harness.open(HOSTILE.title);
      const detail = harness.detail()!;
      await detail.updated();
      expect(detail.parts('body-heading').map((heading) => style(heading).fontFamily)).to.deep.equal(['"Courier New"']);
      expect(style(detail.parts('body-link')[0]!).color).to.equal('rgb(1, 2, 3)');
      await expect(harness.element).to.be.accessible();
    } finally {
      remove();
    }
  });
});
