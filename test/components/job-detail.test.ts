import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/job-detail/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import { stubFetch, uniqueFeedUrl } from '../fixtures/fetch-stub.js';
import { designerJob, rustJob } from '../fixtures/jobs.js';

const FEED_URL = new URL('../fixtures/feed.json', import.meta.url).href;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const style = (node: Element | null) => getComputedStyle(node!);

const detail = (job: Job) => fixture<JobDetail>(html`<job-detail .job=${job}></job-detail>`);

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
  });
});
