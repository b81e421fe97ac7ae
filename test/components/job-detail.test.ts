import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/job-detail/define.js';
import { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import { stubFetch, uniqueFeedUrl } from '../fixtures/fetch-stub.js';
import { arabicJob, designerJob, rustJob } from '../fixtures/jobs.js';
import { inShadowRoot } from '../fixtures/shadow-host.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { waitUntil } from '../support/wait.js';
import { stubConsoleError } from '../fixtures/console-stub.js';

const FEED_URL = new URL('../fixtures/feed.json', import.meta.url).href;
const style = (node: Element | null) => getComputedStyle(node!);

/** A detail rendered from `template` with @open-wc's fixture, as a harness. */
const detailFixture = async (template: TemplateResult) => new JobDetailHarness(await fixture<JobDetail>(template));
const detail = (job: Job) => detailFixture(html`<job-detail .job=${job}></job-detail>`);
const FOREIGN_BODY = '<h1 lang="de">Über <a href="https://example.com/us">uns</a></h1><p>Text</p><h2>Team</h2><ul><li><h4>Deep</h4></li></ul>';

/** Replaces `navigator.clipboard` for one test; `undefined` removes it, as on an insecure page. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return () => delete (navigator as { clipboard?: Clipboard }).clipboard;
}

describe('<job-detail>', () => {
  it('shows the seed job: header, metadata, body and Apply by email', async () => {
    const el = await detail(rustJob);
    const heading = el.part('heading');
    expect(heading.localName).to.equal('h2');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(heading.textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(el.text('location')).to.equal('Location: Australia');
    expect(el.text('salary')).to.equal('Salary: $2000 - $3000');
    expect(el.text('date')).to.equal('March 7, 2026');
    const body = el.part('body');
    expect([...body.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Key Responsibilities:', 'Qualifications:']);
    expect(body.querySelectorAll('li')).to.have.length(3);
    const apply = el.part('apply') as HTMLAnchorElement;
    expect(apply.textContent!.trim()).to.equal('Apply by email');
    expect(apply.getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
    await expect(el.element).to.be.accessible();
  });

  it('links Apply to a web apply URL before the contact address', async () => {
    const el = await detail({ ...designerJob, contact: 'jobs@example.com' });
    const apply = el.part('apply') as HTMLAnchorElement;
    expect(apply.textContent!.trim()).to.equal('Apply');
    expect(apply.href).to.equal('https://jobs.example.com/apply/product-designer');
    await expect(el.element).to.be.accessible();
  });

  it('never links Apply to a URL outside the allow-list', async () => {
    const withContact = await detail({ ...rustJob, applyUrl: 'javascript:alert(1)' });
    expect(withContact.part('apply').getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
    const without = await detail({ ...rustJob, applyUrl: 'javascript:alert(1)', contact: 'not an email' });
    expect(without.has('apply')).to.equal(false);
    const relative = await detail({ ...rustJob, applyUrl: '/apply', contact: undefined });
    expect(relative.has('apply')).to.equal(false);
    for (const applyUrl of ['//evil.example/apply', 'ftp://example.com/apply', 'mailto:']) {
      const refused = await detail({ ...rustJob, applyUrl, contact: undefined });
      expect(refused.has('apply'), applyUrl).to.equal(false);
    }
  });

  it('links Apply by email to a mailto: apply URL from a foreign feed', async () => {
    const el = await detail({ ...rustJob, applyUrl: 'MAILTO:careers@example.com?subject=Rust%20engineer', contact: undefined });
    const apply = el.part('apply') as HTMLAnchorElement;
    expect(apply.textContent!.trim()).to.equal('Apply by email');
    expect(apply.getAttribute('href')).to.equal('mailto:careers@example.com?subject=Rust%20engineer');
    await expect(el.element).to.be.accessible();
  });

  it('links Apply by email to a contact written as "Name <address>"', async () => {
    const el = await detail({ ...rustJob, contact: 'Jobs Team <jobs@example.com>' });
    expect(el.part('apply').getAttribute('href')).to.equal('mailto:jobs@example.com');
  });

  it('lets the apply slot replace the Apply link', async () => {
    const el = await detailFixture(html`<job-detail .job=${rustJob}><button slot="apply">Open form</button></job-detail>`);
    const slot = el.query<HTMLSlotElement>('slot[name="apply"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Open form']);
    expect(el.part('apply').checkVisibility()).to.equal(false);
  });

  it('sanitizes a hostile body and keeps its text', async () => {
    const el = await detail({
      ...rustJob,
      html: '<p onclick="alert(1)">Hello <a href="javascript:alert(1)">there</a></p><script>window.pwned = true</script><img src=x onerror="window.pwned = true"><iframe src="https://evil.example"></iframe><style>:host { display: none }</style><form><input name="p"></form>',
    });
    const body = el.part('body');
    expect(body.textContent).to.equal('Hello there');
    expect(body.querySelector('script, iframe, style, form, [onclick], [onerror]')?.localName).to.equal(undefined);
    expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    expect(style(el.element).display).to.equal('block');
  });

  it('keeps the same body nodes across re-renders and replaces them for a new job', async () => {
    const el = await detail(rustJob);
    const body = el.part('body');
    el.element.headingLevel = 3;
    await el.updated();
    expect(el.part('heading').localName).to.equal('h3');
    expect(el.part('body') === body, 'the body was made again').to.equal(true);
    expect(el.part('body').querySelectorAll('li')).to.have.length(3);
    el.element.job = designerJob;
    await el.updated();
    expect(el.part('body').querySelector('table') !== null, 'the new job\'s table is not there').to.equal(true);
  });

  describe('body headings', () => {
    it('start one level below the title, whatever level the feed wrote', async () => {
      const el = await detail({ ...rustJob, html: FOREIGN_BODY });
      expect(el.bodyHeadings()).to.deep.equal(['h3 Über uns', 'h4 Team', 'h6 Deep']);
      const first = el.part('body').querySelector('h3')!;
      expect(first.lang).to.equal('de');
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/us');
    });

    it('follow heading-level, and keep their distances when the title moves back up', async () => {
      const el = await detailFixture(html`<job-detail heading-level="3" .job=${rustJob}></job-detail>`);
      expect(el.part('heading').localName).to.equal('h3');
      expect(el.bodyHeadings()).to.deep.equal(['h4 Key Responsibilities:', 'h4 Qualifications:']);
      el.element.job = { ...rustJob, html: FOREIGN_BODY };
      el.element.headingLevel = 5;
      await el.updated();
      expect(el.bodyHeadings()).to.deep.equal(['h6 Über uns', 'h6 Team', 'h6 Deep']);
      el.element.headingLevel = 1;
      await el.updated();
      expect(el.bodyHeadings()).to.deep.equal(['h2 Über uns', 'h3 Team', 'h5 Deep']);
    });
  });

  describe('language and direction', () => {
    const direction = (node: Element | null) => getComputedStyle(node!).direction;
    const ownLang = (node: Element | null) => node!.closest('[lang]')?.getAttribute('lang') ?? null;

    it("marks only the posting's own words with its language and direction", async () => {
      const el = await detail(arabicJob);
      for (const node of [el.part('heading'), el.part('summary'), el.part('tag'), el.part('body')]) {
        expect([ownLang(node), direction(node)], node!.getAttribute('part')!).to.deep.equal(['ar', 'rtl']);
      }
      expect(ownLang(el.part('location').querySelector('[lang]'))).to.equal('ar');
      expect(ownLang(el.part('department').querySelector('[lang]'))).to.equal('ar');
      expect(ownLang(el.part('salary').querySelector('[lang]'))).to.equal('ar');
      // The element's own words stay in the page's language and direction.
      for (const node of [el.part('detail'), el.part('apply'), el.part('copy-link'), el.part('date'), el.part('type')]) {
        expect([ownLang(node), direction(node)], node!.getAttribute('part')!).to.deep.equal([null, 'ltr']);
      }
      expect(ownLang(el.part('location').querySelector('.visually-hidden'))).to.equal(null);
      await expect(el.element).to.be.accessible();
    });

    it('lets an English job without a direction lay out left to right on a right-to-left page', async () => {
      document.documentElement.dir = 'rtl';
      try {
        const el = await detail(designerJob);
        expect(direction(el.part('detail'))).to.equal('rtl');
        expect(direction(el.part('copy-link'))).to.equal('rtl');
        for (const name of ['heading', 'summary', 'tag', 'body']) expect(direction(el.part(name)), name).to.equal('ltr');
        expect(direction(el.part('department').querySelector('[dir]'))).to.equal('ltr');
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });
  });

  it('focuses its heading on request', async () => {
    const el = await detail(rustJob);
    await el.element.focusHeading();
    expect(el.focused() === el.part('heading'), 'the heading does not have focus').to.equal(true);
  });

  describe('copy link', () => {
    it('copies the page address and announces it', async () => {
      const copied: string[] = [];
      const restore = stubClipboard({ writeText: async (text: string) => void copied.push(text) });
      try {
        const el = await detail(rustJob);
        el.copyLink();
        await waitUntil(() => el.announcement() === 'Link copied');
        expect(copied).to.deep.equal([window.location.href]);
        expect(el.part('announcement').getAttribute('role')).to.equal('status');
      } finally {
        restore();
      }
    });

    it('clears the visible message after a while, keeping the live region', async () => {
      const restore = stubClipboard({ writeText: async () => {} });
      const duration = JobDetail.announcementDuration;
      JobDetail.announcementDuration = 100;
      try {
        const el = await detail(rustJob);
        el.copyLink();
        await waitUntil(() => el.announcement() === 'Link copied');
        await waitUntil(() => el.announcement() === '', 'the message stays', { timeout: 2000 });
        expect(el.part('announcement').getAttribute('role')).to.equal('status');
        // Copying again announces again.
        el.copyLink();
        await waitUntil(() => el.announcement() === 'Link copied');
      } finally {
        JobDetail.announcementDuration = duration;
        restore();
      }
    });

    it('copies share-url when it is set', async () => {
      const copied: string[] = [];
      const restore = stubClipboard({ writeText: async (text: string) => void copied.push(text) });
      try {
        const el = await detailFixture(html`<job-detail .job=${rustJob} share-url="https://example.com/jobs#job=senior-rust-engineer"></job-detail>`);
        el.copyLink();
        await waitUntil(() => copied.length === 1);
        expect(copied).to.deep.equal(['https://example.com/jobs#job=senior-rust-engineer']);
      } finally {
        restore();
      }
    });

    it('shows the link selected when the clipboard is not available', async () => {
      const restore = stubClipboard(undefined);
      try {
        const el = await detailFixture(html`<job-detail .job=${rustJob} share-url="https://example.com/j/1"></job-detail>`);
        el.copyLink();
        await waitUntil(() => el.announcement() === 'Copy the selected link');
        const field = el.part('share-url') as HTMLInputElement;
        expect(field.value).to.equal('https://example.com/j/1');
        expect(el.focused() === field, 'the link field does not have focus').to.equal(true);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        await expect(el.element).to.be.accessible();
      } finally {
        restore();
      }
    });
  });

  describe('from a feed', () => {
    it('shows a busy placeholder, then the job', async () => {
      const stub = stubFetch();
      try {
        const el = await detailFixture(html`<job-detail src=${uniqueFeedUrl()} job-id="senior-rust-engineer"></job-detail>`);
        expect(el.part('detail').getAttribute('aria-busy')).to.equal('true');
        await expect(el.element).to.be.accessible();
        (await stub.next()).respond({ version: 1, jobs: [rustJob] });
        await waitUntil(() => el.has('heading'));
        expect(el.part('heading').textContent!.trim()).to.equal('Senior Rust Engineer');
      } finally {
        stub.restore();
      }
    });

    it('loads the fixture feed file', async () => {
      const el = await detailFixture(html`<job-detail src=${FEED_URL} job-id="product-designer"></job-detail>`);
      await waitUntil(() => el.has('heading'));
      expect(el.text('department')).to.equal('Department: Design');
      await expect(el.element).to.be.accessible();
    });

    it('says when the job is not in the feed', async () => {
      const el = await detailFixture(html`<job-detail src=${FEED_URL} job-id="gone"></job-detail>`);
      await waitUntil(() => el.has('status'));
      expect(el.text('status')).to.equal('This job is no longer listed.');
      await expect(el.element).to.be.accessible();
    });

    it('shows a compact status box', async () => {
      const el = await detailFixture(html`<job-detail src=${FEED_URL} job-id="gone" style="font-size: 16px"></job-detail>`);
      await waitUntil(() => el.has('status'));
      const text = el.part('status').querySelector('p')!;
      expect([style(text).marginTop, style(text).marginBottom]).to.deep.equal(['0px', '0px']);
      expect(style(el.part('status')).paddingTop).to.equal('16px');
    });

    it('tells visitors in a few words, and what failed to job-feed-error and the console', async () => {
      const stub = stubFetch();
      const logged = stubConsoleError();
      try {
        const el = await detailFixture(html`<job-detail src=${uniqueFeedUrl()} job-id="x"></job-detail>`);
        const event = oneEvent<JobFeedErrorEvent>(el.element, 'job-feed-error');
        (await stub.next()).respond('<html>');
        const { error } = await event;
        expect(error.kind).to.equal('not-json');
        expect(logged.messages).to.deep.equal([`<job-detail>: ${error.message}`]);
        await el.updated();
        expect(el.text('status')).to.equal('We couldn’t load this job. Please try again. Retry');
        expect(el.part('retry').textContent).to.equal('Retry');
        // The message and its button are spaced by the tokens, not by paragraph margins.
        const gap = el.part('retry').getBoundingClientRect().top - el.part('status').querySelector('p')!.getBoundingClientRect().bottom;
        expect(gap).to.be.closeTo(parseFloat(style(el.element).fontSize) * 0.75, 1);
        await expect(el.element).to.be.accessible();
      } finally {
        stub.restore();
        logged.restore();
      }
    });

    it('lets a site replace the message in the error slot', async () => {
      const stub = stubFetch();
      const logged = stubConsoleError();
      try {
        const el = await detailFixture(html`<job-detail src=${uniqueFeedUrl()} job-id="x"><p slot="error">This job is on a break.</p></job-detail>`);
        (await stub.next()).respond('<html>');
        await waitUntil(() => el.has('retry'));
        expect(el.slotted('error').map((node) => node.textContent)).to.deep.equal(['This job is on a break.']);
        await expect(el.element).to.be.accessible();
      } finally {
        stub.restore();
        logged.restore();
      }
    });
  });

  describe('body typography', () => {
    it('styles tables, code, quotes and details inside the shadow root', async () => {
      const el = await detail(designerJob);
      const body = el.part('body');
      expect(style(body.querySelector('th')).borderTopStyle).to.equal('solid');
      expect(style(body.querySelector('pre')).fontFamily).to.contain('monospace');
      expect(style(body.querySelector('pre')).overflowX).to.equal('auto');
      expect(style(body.querySelector('blockquote')).borderInlineStartStyle).to.equal('solid');
      expect(style(body.querySelector('details')).borderTopStyle).to.equal('solid');
      await expect(el.element).to.be.accessible();
    });

    it('follows the tokens', async () => {
      const wrapper = await fixture(
        html`<div style="--job-font-family-mono: 'Courier New'; --job-color-border: rgb(0, 128, 0)"><job-detail .job=${designerJob}></job-detail></div>`,
      );
      const el = new JobDetailHarness(wrapper.querySelector('job-detail')!);
      await el.updated();
      const body = el.part('body');
      expect(style(body.querySelector('pre')).fontFamily).to.equal('"Courier New"');
      expect(style(body.querySelector('td')).borderTopColor).to.equal('rgb(0, 128, 0)');
    });

    it('turns dark with theme="dark"', async () => {
      const el = await detailFixture(html`<job-detail theme="dark" .job=${{ ...rustJob, html: '<p>Read <a href="/more">more</a></p>' }}></job-detail>`);
      expect(style(el.element).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(style(el.part('body').querySelector('a')).color).to.equal('rgb(121, 184, 255)');
      await expect(el.element).to.be.accessible();
    });

    it('pads and rounds its own background only when a theme paints one', async () => {
      const el = await detailFixture(html`<job-detail style="font-size: 16px" .job=${rustJob}></job-detail>`);
      expect([style(el.element).paddingTop, style(el.element).borderTopLeftRadius]).to.deep.equal(['0px', '0px']);
      for (const theme of ['dark', 'auto', 'light']) {
        el.element.setAttribute('theme', theme);
        expect([style(el.element).paddingTop, style(el.element).paddingInlineStart, style(el.element).borderTopLeftRadius], theme).to.deep.equal(['16px', '16px', '8px']);
      }
      el.element.style.setProperty('--job-host-padding', '3px 5px');
      expect([style(el.element).paddingTop, style(el.element).paddingLeft]).to.deep.equal(['3px', '5px']);
    });
  });
});

describe('<job-detail> inside another component', () => {
  it('works in a shadow root, given a job or a feed', async () => {
    const root = await inShadowRoot(html`
      <job-detail .job=${rustJob}></job-detail>
      <job-detail src=${FEED_URL} job-id="product-designer" heading-level="3"></job-detail>
    `);
    const [given, loaded] = [...root.querySelectorAll('job-detail')].map((el) => new JobDetailHarness(el));
    await waitUntil(() => loaded!.has('heading'));
    expect(given!.part('heading').textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(given!.part('apply').getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
    expect(loaded!.part('heading').localName).to.equal('h3');
    expect(loaded!.text('department')).to.equal('Department: Design');
    expect(style(loaded!.part('body').querySelector('th')).borderTopStyle).to.equal('solid');
    await expect(root.host).to.be.accessible();
  });
});
