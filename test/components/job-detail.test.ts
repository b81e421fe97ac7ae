import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/job-detail/define.js';
import { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import { stubFetch, uniqueFeedUrl } from '../fixtures/fetch-stub.js';
import { arabicJob, designerJob, rustJob } from '../fixtures/jobs.js';
import { inShadowRoot } from '../fixtures/shadow-host.js';

const FEED_URL = new URL('../fixtures/feed.json', import.meta.url).href;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const style = (node: Element | null) => getComputedStyle(node!);

const detail = (job: Job) => fixture<JobDetail>(html`<job-detail .job=${job}></job-detail>`);
const headings = (el: Element) =>
  [...part(el, 'body')!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`);
const FOREIGN_BODY = '<h1 lang="de">Über <a href="https://example.com/us">uns</a></h1><p>Text</p><h2>Team</h2><ul><li><h4>Deep</h4></li></ul>';

/** Replaces `navigator.clipboard` for one test; `undefined` removes it, as on an insecure page. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return () => delete (navigator as { clipboard?: Clipboard }).clipboard;
}

describe('<job-detail>', () => {
  it('shows the seed job: header, metadata, body and Apply by email', async () => {
    const el = await detail(rustJob);
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(heading.textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(partText(el, 'location')).to.equal('Location: Australia');
    expect(partText(el, 'salary')).to.equal('Salary: $2000 - $3000');
    expect(partText(el, 'date')).to.equal('March 7, 2026');
    const body = part(el, 'body')!;
    expect([...body.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Key Responsibilities:', 'Qualifications:']);
    expect(body.querySelectorAll('li')).to.have.length(3);
    const apply = part(el, 'apply') as HTMLAnchorElement;
    expect(apply.textContent!.trim()).to.equal('Apply by email');
    expect(apply.getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
    await expect(el).to.be.accessible();
  });

  it('links Apply to a web apply URL before the contact address', async () => {
    const el = await detail({ ...designerJob, contact: 'jobs@example.com' });
    const apply = part(el, 'apply') as HTMLAnchorElement;
    expect(apply.textContent!.trim()).to.equal('Apply');
    expect(apply.href).to.equal('https://jobs.example.com/apply/product-designer');
    await expect(el).to.be.accessible();
  });

  it('never links Apply to a URL outside the allow-list', async () => {
    const withContact = await detail({ ...rustJob, applyUrl: 'javascript:alert(1)' });
    expect(part(withContact, 'apply')!.getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
    const without = await detail({ ...rustJob, applyUrl: 'javascript:alert(1)', contact: 'not an email' });
    expect(part(without, 'apply')).to.equal(null);
    const relative = await detail({ ...rustJob, applyUrl: '/apply', contact: undefined });
    expect(part(relative, 'apply')).to.equal(null);
    for (const applyUrl of ['//evil.example/apply', 'ftp://example.com/apply', 'mailto:']) {
      const refused = await detail({ ...rustJob, applyUrl, contact: undefined });
      expect(part(refused, 'apply'), applyUrl).to.equal(null);
    }
  });

  it('links Apply by email to a mailto: apply URL from a foreign feed', async () => {
    const el = await detail({ ...rustJob, applyUrl: 'MAILTO:careers@example.com?subject=Rust%20engineer', contact: undefined });
    const apply = part(el, 'apply') as HTMLAnchorElement;
    expect(apply.textContent!.trim()).to.equal('Apply by email');
    expect(apply.getAttribute('href')).to.equal('mailto:careers@example.com?subject=Rust%20engineer');
    await expect(el).to.be.accessible();
  });

  it('links Apply by email to a contact written as "Name <address>"', async () => {
    const el = await detail({ ...rustJob, contact: 'Jobs Team <jobs@example.com>' });
    expect(part(el, 'apply')!.getAttribute('href')).to.equal('mailto:jobs@example.com');
  });

  it('lets the apply slot replace the Apply link', async () => {
    const el = await fixture<JobDetail>(html`<job-detail .job=${rustJob}><button slot="apply">Open form</button></job-detail>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="apply"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Open form']);
    expect(part(el, 'apply')!.checkVisibility()).to.equal(false);
  });

  it('sanitizes a hostile body and keeps its text', async () => {
    const el = await detail({
      ...rustJob,
      html: '<p onclick="alert(1)">Hello <a href="javascript:alert(1)">there</a></p><script>window.pwned = true</script><img src=x onerror="window.pwned = true"><iframe src="https://evil.example"></iframe><style>:host { display: none }</style><form><input name="p"></form>',
    });
    const body = part(el, 'body')!;
    expect(body.textContent).to.equal('Hello there');
    expect(body.querySelector('script, iframe, style, form, [onclick], [onerror]')).to.equal(null);
    expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    expect(style(el).display).to.equal('block');
  });

  it('keeps the same body nodes across re-renders and replaces them for a new job', async () => {
    const el = await detail(rustJob);
    const body = part(el, 'body');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(part(el, 'body')).to.equal(body);
    expect(part(el, 'body')!.querySelectorAll('li')).to.have.length(3);
    el.job = designerJob;
    await el.updateComplete;
    expect(part(el, 'body')!.querySelector('table')).to.not.equal(null);
  });

  describe('body headings', () => {
    it('start one level below the title, whatever level the feed wrote', async () => {
      const el = await detail({ ...rustJob, html: FOREIGN_BODY });
      expect(headings(el)).to.deep.equal(['h3 Über uns', 'h4 Team', 'h6 Deep']);
      const first = part(el, 'body')!.querySelector('h3')!;
      expect(first.lang).to.equal('de');
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/us');
    });

    it('follow heading-level, and keep their distances when the title moves back up', async () => {
      const el = await fixture<JobDetail>(html`<job-detail heading-level="3" .job=${rustJob}></job-detail>`);
      expect(part(el, 'heading')!.localName).to.equal('h3');
      expect(headings(el)).to.deep.equal(['h4 Key Responsibilities:', 'h4 Qualifications:']);
      el.job = { ...rustJob, html: FOREIGN_BODY };
      el.headingLevel = 5;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h6 Über uns', 'h6 Team', 'h6 Deep']);
      el.headingLevel = 1;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h2 Über uns', 'h3 Team', 'h5 Deep']);
    });
  });

  describe('language and direction', () => {
    const direction = (node: Element | null) => getComputedStyle(node!).direction;
    const ownLang = (node: Element | null) => node!.closest('[lang]')?.getAttribute('lang') ?? null;

    it("marks only the posting's own words with its language and direction", async () => {
      const el = await detail(arabicJob);
      for (const node of [part(el, 'heading'), part(el, 'summary'), part(el, 'tag'), part(el, 'body')]) {
        expect([ownLang(node), direction(node)], node!.getAttribute('part')!).to.deep.equal(['ar', 'rtl']);
      }
      expect(ownLang(part(el, 'location')!.querySelector('[lang]'))).to.equal('ar');
      expect(ownLang(part(el, 'department')!.querySelector('[lang]'))).to.equal('ar');
      expect(ownLang(part(el, 'salary')!.querySelector('[lang]'))).to.equal('ar');
      // The element's own words stay in the page's language and direction.
      for (const node of [part(el, 'detail'), part(el, 'apply'), part(el, 'copy-link'), part(el, 'date'), part(el, 'type')]) {
        expect([ownLang(node), direction(node)], node!.getAttribute('part')!).to.deep.equal([null, 'ltr']);
      }
      expect(ownLang(part(el, 'location')!.querySelector('.visually-hidden'))).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('lets an English job without a direction lay out left to right on a right-to-left page', async () => {
      document.documentElement.dir = 'rtl';
      try {
        const el = await detail(designerJob);
        expect(direction(part(el, 'detail'))).to.equal('rtl');
        expect(direction(part(el, 'copy-link'))).to.equal('rtl');
        for (const name of ['heading', 'summary', 'tag', 'body']) expect(direction(part(el, name)), name).to.equal('ltr');
        expect(direction(part(el, 'department')!.querySelector('[dir]'))).to.equal('ltr');
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });
  });

  it('focuses its heading on request', async () => {
    const el = await detail(rustJob);
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'heading'));
  });

  describe('copy link', () => {
    it('copies the page address and announces it', async () => {
      const copied: string[] = [];
      const restore = stubClipboard({ writeText: async (text: string) => void copied.push(text) });
      try {
        const el = await detail(rustJob);
        part(el, 'copy-link')!.click();
        await waitUntil(() => partText(el, 'announcement') === 'Link copied');
        expect(copied).to.deep.equal([window.location.href]);
        expect(part(el, 'announcement')!.getAttribute('role')).to.equal('status');
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
        part(el, 'copy-link')!.click();
        await waitUntil(() => partText(el, 'announcement') === 'Link copied');
        await waitUntil(() => partText(el, 'announcement') === '', 'the message stays', { timeout: 2000 });
        expect(part(el, 'announcement')!.getAttribute('role')).to.equal('status');
        // Copying again announces again.
        part(el, 'copy-link')!.click();
        await waitUntil(() => partText(el, 'announcement') === 'Link copied');
      } finally {
        JobDetail.announcementDuration = duration;
        restore();
      }
    });

    it('copies share-url when it is set', async () => {
      const copied: string[] = [];
      const restore = stubClipboard({ writeText: async (text: string) => void copied.push(text) });
      try {
        const el = await fixture<JobDetail>(html`<job-detail .job=${rustJob} share-url="https://example.com/jobs#job=senior-rust-engineer"></job-detail>`);
        part(el, 'copy-link')!.click();
        await waitUntil(() => copied.length === 1);
        expect(copied).to.deep.equal(['https://example.com/jobs#job=senior-rust-engineer']);
      } finally {
        restore();
      }
    });

    it('shows the link selected when the clipboard is not available', async () => {
      const restore = stubClipboard(undefined);
      try {
        const el = await fixture<JobDetail>(html`<job-detail .job=${rustJob} share-url="https://example.com/j/1"></job-detail>`);
        part(el, 'copy-link')!.click();
        await waitUntil(() => partText(el, 'announcement') === 'Copy the selected link');
        const field = part(el, 'share-url') as HTMLInputElement;
        expect(field.value).to.equal('https://example.com/j/1');
        expect(el.shadowRoot!.activeElement).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });
  });

  describe('from a feed', () => {
    it('shows a busy placeholder, then the job', async () => {
      const stub = stubFetch();
      try {
        const el = await fixture<JobDetail>(html`<job-detail src=${uniqueFeedUrl()} job-id="senior-rust-engineer"></job-detail>`);
        expect(part(el, 'detail')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
        (await stub.next()).respond({ version: 1, jobs: [rustJob] });
        await waitUntil(() => part(el, 'heading'));
        expect(part(el, 'heading')!.textContent!.trim()).to.equal('Senior Rust Engineer');
      } finally {
        stub.restore();
      }
    });

    it('loads the fixture feed file', async () => {
      const el = await fixture<JobDetail>(html`<job-detail src=${FEED_URL} job-id="product-designer"></job-detail>`);
      await waitUntil(() => part(el, 'heading'));
      expect(partText(el, 'department')).to.equal('Department: Design');
      await expect(el).to.be.accessible();
    });

    it('says when the job is not in the feed', async () => {
      const el = await fixture<JobDetail>(html`<job-detail src=${FEED_URL} job-id="gone"></job-detail>`);
      await waitUntil(() => part(el, 'status'));
      expect(partText(el, 'status')).to.equal('This job is no longer listed.');
      await expect(el).to.be.accessible();
    });

    it('shows a compact status box', async () => {
      const el = await fixture<JobDetail>(html`<job-detail src=${FEED_URL} job-id="gone" style="font-size: 16px"></job-detail>`);
      await waitUntil(() => part(el, 'status'));
      const text = part(el, 'status')!.querySelector('p')!;
      expect([style(text).marginTop, style(text).marginBottom]).to.deep.equal(['0px', '0px']);
      expect(style(part(el, 'status')!).paddingTop).to.equal('16px');
    });

    it('shows what failed and fires job-feed-error', async () => {
      const stub = stubFetch();
      try {
        const el = await fixture<JobDetail>(html`<job-detail src=${uniqueFeedUrl()} job-id="x"></job-detail>`);
        const event = oneEvent<JobFeedErrorEvent>(el, 'job-feed-error');
        (await stub.next()).respond('<html>');
        expect((await event).error.kind).to.equal('not-json');
        await el.updateComplete;
        expect(partText(el, 'status')).to.contain('is not JSON');
        expect(part(el, 'retry')!.textContent).to.equal('Retry');
        // The message and its button are spaced by the tokens, not by paragraph margins.
        const gap = part(el, 'retry')!.getBoundingClientRect().top - part(el, 'status')!.querySelector('p')!.getBoundingClientRect().bottom;
        expect(gap).to.be.closeTo(parseFloat(style(el).fontSize) * 0.75, 1);
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
      }
    });
  });

  describe('body typography', () => {
    it('styles tables, code, quotes and details inside the shadow root', async () => {
      const el = await detail(designerJob);
      const body = part(el, 'body')!;
      expect(style(body.querySelector('th')).borderTopStyle).to.equal('solid');
      expect(style(body.querySelector('pre')).fontFamily).to.contain('monospace');
      expect(style(body.querySelector('pre')).overflowX).to.equal('auto');
      expect(style(body.querySelector('blockquote')).borderInlineStartStyle).to.equal('solid');
      expect(style(body.querySelector('details')).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });

    it('follows the tokens', async () => {
      const wrapper = await fixture(
        html`<div style="--job-font-family-mono: 'Courier New'; --job-color-border: rgb(0, 128, 0)"><job-detail .job=${designerJob}></job-detail></div>`,
      );
      const el = wrapper.querySelector('job-detail')!;
      await el.updateComplete;
      const body = part(el, 'body')!;
      expect(style(body.querySelector('pre')).fontFamily).to.equal('"Courier New"');
      expect(style(body.querySelector('td')).borderTopColor).to.equal('rgb(0, 128, 0)');
    });

    it('turns dark with theme="dark"', async () => {
      const el = await fixture<JobDetail>(html`<job-detail theme="dark" .job=${{ ...rustJob, html: '<p>Read <a href="/more">more</a></p>' }}></job-detail>`);
      expect(style(el).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(style(part(el, 'body')!.querySelector('a')).color).to.equal('rgb(121, 184, 255)');
      await expect(el).to.be.accessible();
    });

    it('pads and rounds its own background only when a theme paints one', async () => {
      const el = await fixture<JobDetail>(html`<job-detail style="font-size: 16px" .job=${rustJob}></job-detail>`);
      expect([style(el).paddingTop, style(el).borderTopLeftRadius]).to.deep.equal(['0px', '0px']);
      for (const theme of ['dark', 'auto', 'light']) {
        el.setAttribute('theme', theme);
        expect([style(el).paddingTop, style(el).paddingInlineStart, style(el).borderTopLeftRadius], theme).to.deep.equal(['16px', '16px', '8px']);
      }
      el.style.setProperty('--job-host-padding', '3px 5px');
      expect([style(el).paddingTop, style(el).paddingLeft]).to.deep.equal(['3px', '5px']);
    });
  });
});

describe('<job-detail> inside another component', () => {
  it('works in a shadow root, given a job or a feed', async () => {
    const root = await inShadowRoot(html`
      <job-detail .job=${rustJob}></job-detail>
      <job-detail src=${FEED_URL} job-id="product-designer" heading-level="3"></job-detail>
    `);
    const [given, loaded] = [...root.querySelectorAll('job-detail')];
    await waitUntil(() => part(loaded!, 'heading'));
    expect(part(given!, 'heading')!.textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(part(given!, 'apply')!.getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
    expect(part(loaded!, 'heading')!.localName).to.equal('h3');
    expect(partText(loaded!, 'department')).to.equal('Department: Design');
    expect(style(part(loaded!, 'body')!.querySelector('th')).borderTopStyle).to.equal('solid');
    await expect(root.host).to.be.accessible();
  });
});
