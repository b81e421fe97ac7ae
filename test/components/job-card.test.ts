import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/job-card/define.js';
import { JobCard } from '../../src/components/job-card/job-card.js';
import { defineElement } from '../../src/define.js';
import type { TemplateResult } from 'lit';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import { stubFetch, uniqueFeedUrl } from '../fixtures/fetch-stub.js';
import { NOW, arabicJob, designerJob, developerJob, rustJob } from '../fixtures/jobs.js';
import { inShadowRoot } from '../fixtures/shadow-host.js';
import { JobCardHarness } from '../harness/job-card.js';
import { waitUntil } from '../support/wait.js';
import { stubConsoleError } from '../fixtures/console-stub.js';

const FEED_URL = new URL('../fixtures/feed.json', import.meta.url).href;
const color = (node: Element | null) => getComputedStyle(node!).color;

async function card(job: Job, attrs: { href?: string; level?: number } = {}): Promise<JobCardHarness> {
  return fixture<JobCard>(
    html`<job-card .job=${job} .now=${NOW} href=${attrs.href ?? ''} heading-level=${attrs.level ?? 3}></job-card>`,
  ).then(async (el) => {
    if (!attrs.href) el.removeAttribute('href');
    await el.updateComplete;
    return new JobCardHarness(el);
  });
}

/** A card rendered from `template` with @open-wc's fixture, as a harness. */
const cardFixture = async (template: TemplateResult) => new JobCardHarness(await fixture<JobCard>(template));

describe('<job-card>', () => {
  it('shows the seed job: title, location, salary, relative date and summary', async () => {
    const el = await card(rustJob);
    const heading = el.part('heading');
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(el.text('location')).to.equal('Location: Australia');
    expect(el.text('salary')).to.equal('Salary: $2000 - $3000');
    const date = el.part('date');
    expect(date.localName).to.equal('time');
    expect(date.getAttribute('datetime')).to.equal('2026-03-07');
    expect(date.textContent!.trim()).to.equal('3 days ago');
    expect(date.title).to.equal('March 7, 2026');
    expect(el.text('summary')).to.contain('distributed query engine');
    expect(el.part('card').localName).to.equal('article');
    await expect(el.element).to.be.accessible();
  });

  it('shows department, employment types, remote badge, numeric salary and tags', async () => {
    const el = await card(designerJob);
    expect(el.text('location')).to.equal('Location: Berlin, Remote (EU)');
    expect(el.text('department')).to.equal('Department: Design');
    expect(el.text('type')).to.equal('Employment type: Full-time, Contract');
    expect(el.text('remote')).to.equal('Remote');
    expect(el.text('salary')).to.match(/^Salary: €60,000\s?–\s?€80,000 \/ year$/);
    expect(el.text('date')).to.equal('2 weeks ago');
    expect(el.parts('tag').map((t) => t.textContent)).to.deep.equal(['Figma', 'Research']);
    await expect(el.element).to.be.accessible();
  });

  it('leaves out what a job does not have', async () => {
    const el = await card({ id: 'bare', title: 'Bare', html: '' });
    for (const name of ['location', 'department', 'type', 'remote', 'salary', 'date', 'summary', 'tags', 'link']) {
      expect(el.has(name), name).to.equal(false);
    }
  });

  it('formats dates in the language of the closest lang attribute', async () => {
    const wrapper = await fixture(html`<div lang="de"><job-card .job=${rustJob} .now=${NOW}></job-card></div>`);
    const el = new JobCardHarness(wrapper.querySelector('job-card')!);
    // German is a chunk of its own: the card shows its placeholder until it is there.
    await waitUntil(() => el.has('date'), 'the German card did not render');
    expect(el.text('date')).to.equal('vor 3 Tagen');
  });

  it('marks the posting language from the job', async () => {
    const el = await card(developerJob);
    expect(el.part('heading').getAttribute('lang')).to.equal('fr');
    expect(el.text('date')).to.equal('4 months ago');
  });

  it('counts the years of very old dates right (years 0–99 are not 1900–1999)', async () => {
    const el = await card({ ...rustJob, datePosted: '0001-01-01' });
    expect(el.text('date')).to.equal('2,025 years ago');
    const late = await card({ ...rustJob, datePosted: '0099-12-31' });
    expect(late.text('date')).to.equal('1,926 years ago');
  });

  describe('language and direction', () => {
    const direction = (node: Element | null) => getComputedStyle(node!).direction;
    const ownLang = (node: Element | null) => node!.closest('[lang]')?.getAttribute('lang') ?? null;

    it("marks only the posting's own words with its language and direction", async () => {
      const el = await card(arabicJob, { href: '/jobs/ar' });
      for (const node of [el.part('heading'), el.part('link'), el.part('summary'), el.part('tag')]) {
        expect([ownLang(node), direction(node)], node!.getAttribute('part')!).to.deep.equal(['ar', 'rtl']);
      }
      const locations = [...el.part('location').querySelectorAll('[lang]')].map((node) => [node.textContent, direction(node)]);
      expect(locations).to.deep.equal([['دبي', 'rtl'], ['الرياض', 'rtl']]);
      expect(ownLang(el.part('department').querySelector('[lang]'))).to.equal('ar');
      expect(ownLang(el.part('salary').querySelector('[lang]'))).to.equal('ar');
      // Labels, types and dates are the card's own words, in the page's language and direction.
      for (const node of [el.part('card'), el.part('meta'), el.part('type'), el.part('date'), el.part('location').querySelector('.visually-hidden')]) {
        expect([ownLang(node), direction(node)]).to.deep.equal([null, 'ltr']);
      }
      expect(el.text('type')).to.equal('Employment type: Full-time');
      await expect(el.element).to.be.accessible();
    });

    it('gives posting text without a direction dir="auto", on left-to-right and right-to-left pages', async () => {
      const el = await card(designerJob);
      expect(el.part('heading').getAttribute('dir')).to.equal('auto');
      document.documentElement.dir = 'rtl';
      try {
        const onRtlPage = await card(designerJob);
        expect(direction(onRtlPage.part('card'))).to.equal('rtl');
        expect(direction(onRtlPage.part('type'))).to.equal('rtl');
        for (const name of ['heading', 'summary', 'tag']) expect(direction(onRtlPage.part(name)), name).to.equal('ltr');
        const arabicOnRtlPage = await card({ ...arabicJob, dir: undefined });
        expect(direction(arabicOnRtlPage.part('heading'))).to.equal('rtl');
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });

    it('leaves formatted pay in the page language; only pay in words is the posting\'s', async () => {
      const el = await card({ ...designerJob, lang: 'de' });
      expect(el.part('salary').querySelector('[lang]') === null, 'the salary is marked as the posting\'s words').to.equal(true);
      expect(el.part('department').querySelector('[lang]')!.getAttribute('lang')).to.equal('de');
    });
  });

  describe('link', () => {
    it('is not a link without href', async () => {
      const el = await card(rustJob);
      expect(el.query('a') === null, 'the card is a link').to.equal(true);
    });

    it('makes the title a real link that covers the whole card', async () => {
      const el = await card(rustJob, { href: '/careers/senior-rust-engineer' });
      const link = el.link();
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/careers/senior-rust-engineer');
      expect(link.closest('[part~="heading"]') === el.part('heading'), 'the link is not inside the heading').to.equal(true);
      const cover = getComputedStyle(link, '::after');
      expect([cover.position, cover.top, cover.left]).to.deep.equal(['absolute', '0px', '0px']);
      expect(getComputedStyle(el.part('card')).position).to.equal('relative');
      // A click anywhere on the card lands on the link.
      const box = el.part('summary').getBoundingClientRect();
      const hit = el.root.elementFromPoint(box.left + 5, box.top + 5);
      expect(hit === link, `a click lands on <${hit?.localName}>, not on the link`).to.equal(true);
      await expect(el.element).to.be.accessible();
    });

    it('shows a focus ring around the card when the link has keyboard focus', async () => {
      const el = await card(rustJob, { href: '/x' });
      const link = el.part('link');
      link.focus({ focusVisible: true } as FocusOptions);
      await waitUntil(() => link.matches(':focus-visible'));
      expect(getComputedStyle(link, '::after').outlineStyle).to.equal('solid');
    });

    it('refuses a javascript: href', async () => {
      const el = await card(rustJob, { href: 'javascript:alert(1)' });
      expect(el.query('a') === null, 'the card is a link').to.equal(true);
      expect(el.part('heading').textContent!.trim()).to.equal('Senior Rust Engineer');
    });
  });

  it('uses the heading level it is given', async () => {
    const el = await card(rustJob, { level: 2 });
    expect(el.part('heading').localName).to.equal('h2');
  });

  it('shows a job with invalid fields without throwing', async () => {
    const el = await card({ ...rustJob, tags: 'not a list', remote: 'yes' } as unknown as Job);
    expect(el.part('heading').textContent!.trim()).to.equal('Senior Rust Engineer');
    expect(el.has('tags')).to.equal(false);
    const broken = await card({ id: 'x' } as unknown as Job);
    expect(broken.text('status')).to.equal('This job cannot be shown.');
  });

  describe('from a feed', () => {
    it('shows a busy placeholder, then the job with that id', async () => {
      const stub = stubFetch();
      try {
        const el = await cardFixture(html`<job-card src=${uniqueFeedUrl()} job-id="product-designer"></job-card>`);
        expect(el.part('card').getAttribute('aria-busy')).to.equal('true');
        await expect(el.element).to.be.accessible();
        (await stub.next()).respond({ version: 1, jobs: [rustJob, designerJob] });
        await waitUntil(() => el.has('heading'));
        expect(el.part('heading').textContent!.trim()).to.equal('Product Designer');
        expect(el.part('card').hasAttribute('aria-busy')).to.equal(false);
      } finally {
        stub.restore();
      }
    });

    it('loads the fixture feed file', async () => {
      const el = await cardFixture(html`<job-card src=${FEED_URL} job-id="senior-rust-engineer"></job-card>`);
      await waitUntil(() => el.has('heading'));
      expect(el.text('salary')).to.equal('Salary: $2000 - $3000');
    });

    it('says when the job is not in the feed, in a compact box', async () => {
      const el = await cardFixture(html`<job-card src=${FEED_URL} job-id="gone" style="font-size: 16px"></job-card>`);
      await waitUntil(() => el.has('status'));
      expect(el.text('status')).to.equal('This job is no longer listed.');
      const text = getComputedStyle(el.part('status').querySelector('p')!);
      expect([text.marginTop, text.marginBottom]).to.deep.equal(['0px', '0px']);
      expect(el.part('status').getBoundingClientRect().height).to.be.closeTo(16 * 1.5 + 2 * 16 + 2, 1);
      await expect(el.element).to.be.accessible();
    });

    it('tells visitors in a few words, fires job-feed-error with what failed and retries', async () => {
      const stub = stubFetch();
      const logged = stubConsoleError();
      try {
        const el = await cardFixture(html`<job-card src=${uniqueFeedUrl()} job-id="senior-rust-engineer"></job-card>`);
        const event = oneEvent<JobFeedErrorEvent>(el.element, 'job-feed-error');
        (await stub.next()).respond('nope', { status: 503, statusText: 'Service Unavailable' });
        const { error } = await event;
        expect(error.kind).to.equal('http');
        expect(error.message).to.contain('503 Service Unavailable');
        expect(logged.messages).to.deep.equal([`<job-card>: ${error.message}`]);
        await el.updated();
        expect(el.part('status').getAttribute('role')).to.equal('alert');
        expect(el.text('status')).to.equal('We couldn’t load this job. Please try again. Retry');
        await expect(el.element).to.be.accessible();
        el.part('retry').click();
        (await stub.next()).respond({ version: 1, jobs: [rustJob] });
        await waitUntil(() => el.has('heading'));
        expect(el.part('heading').textContent!.trim()).to.equal('Senior Rust Engineer');
      } finally {
        stub.restore();
        logged.restore();
      }
    });

    it('lets a site replace the message in the error slot', async () => {
      const stub = stubFetch();
      const logged = stubConsoleError();
      try {
        const el = await cardFixture(html`<job-card src=${uniqueFeedUrl()} job-id="x"><span slot="error">Back soon.</span></job-card>`);
        (await stub.next()).respond('nope', { status: 503 });
        await waitUntil(() => el.has('retry'));
        expect(el.slotted('error').map((node) => node.textContent)).to.deep.equal(['Back soon.']);
        expect(el.shows('retry')).to.equal(true);
      } finally {
        stub.restore();
        logged.restore();
      }
    });
  });

  describe('theming', () => {
    it('inherits the page text colour and font by default', async () => {
      const wrapper = await fixture(
        html`<div style="color: rgb(10, 20, 30); font-family: Georgia, serif"><job-card .job=${rustJob} .now=${NOW}></job-card></div>`,
      );
      const el = new JobCardHarness(wrapper.querySelector('job-card')!);
      await el.updated();
      expect(color(el.part('summary'))).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(el.part('summary')).fontFamily).to.equal('Georgia, serif');
    });

    it('follows --job-* tokens set on the page', async () => {
      const wrapper = await fixture(
        html`<div style="--job-color-accent: rgb(200, 0, 100); --job-color-text: rgb(1, 2, 3); --job-radius: 0px">
          <job-card .job=${rustJob} .now=${NOW} href="/x"></job-card>
        </div>`,
      );
      const el = new JobCardHarness(wrapper.querySelector('job-card')!);
      await el.updated();
      expect(color(el.part('link'))).to.equal('rgb(200, 0, 100)');
      expect(color(el.part('summary'))).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el.part('card')).borderTopLeftRadius).to.equal('0px');
    });

    it('switches colours with theme="dark" and theme="light"', async () => {
      const el = await card(rustJob, { href: '/x' });
      el.element.theme = 'light';
      await el.updated();
      const light = [color(el.element), color(el.part('link'))];
      expect(light).to.deep.equal(['rgb(31, 35, 40)', 'rgb(11, 92, 173)']);
      el.element.setAttribute('theme', 'dark');
      await el.updated();
      expect([color(el.element), color(el.part('link'))]).to.deep.equal(['rgb(230, 237, 243)', 'rgb(121, 184, 255)']);
      expect(getComputedStyle(el.element).backgroundColor).to.equal('rgb(13, 17, 23)');
      await expect(el.element).to.be.accessible();
    });

    it('paints a themed background only behind the card, with its corners', async () => {
      const el = await card(rustJob);
      el.element.style.fontSize = '16px';
      el.element.theme = 'dark';
      await el.updated();
      // The card's own box has the padding; the host adds none, only the card's rounded corners.
      expect([getComputedStyle(el.element).paddingTop, getComputedStyle(el.element).borderTopLeftRadius]).to.deep.equal(['0px', '8px']);
      expect(getComputedStyle(el.part('card')).paddingTop).to.equal('16px');
    });

    it('follows prefers-color-scheme with theme="auto"', async function () {
      // Emulating the media feature needs the Chrome DevTools Protocol; the Chromium run covers it.
      if (navigator.userAgent.includes('Firefox')) this.skip();
      const el = await card(rustJob, { href: '/x' });
      el.element.theme = 'auto';
      try {
        await emulateMedia({ colorScheme: 'dark' });
        await el.updated();
        expect([color(el.element), color(el.part('link'))]).to.deep.equal(['rgb(230, 237, 243)', 'rgb(121, 184, 255)']);
        await expect(el.element).to.be.accessible();
        await emulateMedia({ colorScheme: 'light' });
        expect([color(el.element), color(el.part('link'))]).to.deep.equal(['rgb(31, 35, 40)', 'rgb(11, 92, 173)']);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('follows a dark color-scheme set on an ancestor', async () => {
      const wrapper = await fixture(
        html`<div style="color-scheme: dark; background: #111; color: #eee"><job-card .job=${rustJob} href="/x"></job-card></div>`,
      );
      const el = new JobCardHarness(wrapper.querySelector('job-card')!);
      await el.updated();
      expect(color(el.part('link'))).to.equal('rgb(121, 184, 255)');
    });

    it('styles its parts from outside with ::part', async () => {
      const style = document.createElement('style');
      style.textContent = 'job-card.styled::part(heading) { text-transform: uppercase; }';
      document.head.append(style);
      try {
        const el = await card(rustJob);
        el.element.classList.add('styled');
        expect(getComputedStyle(el.part('heading')).textTransform).to.equal('uppercase');
      } finally {
        style.remove();
      }
    });
  });

  it('survives a hostile page stylesheet', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset; } div { display: none; } html { font-size: 40px; } body { text-transform: uppercase; letter-spacing: 1em; }';
    document.head.append(style);
    try {
      const el = await card(designerJob, { href: '/x' });
      document.body.append(el.element);
      expect(getComputedStyle(el.element).display).to.equal('block');
      expect(getComputedStyle(el.part('card')).display).to.equal('flex');
      expect(getComputedStyle(el.part('meta')).display).to.equal('flex');
      expect(el.part('heading').getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(el.part('summary')).textTransform).to.equal('none');
      expect(getComputedStyle(el.part('summary')).letterSpacing).to.equal('normal');
      // Sizes follow the element's own font size, not the root's.
      const base = parseFloat(getComputedStyle(el.element).fontSize);
      expect(parseFloat(getComputedStyle(el.part('meta')).fontSize)).to.be.closeTo(base * 0.875, 0.1);
      expect(el.part('summary').checkVisibility()).to.equal(true);
      el.element.remove();
    } finally {
      style.remove();
    }
  });

  it('can be hidden with the hidden attribute', async () => {
    const el = await card(rustJob);
    el.element.hidden = true;
    expect(getComputedStyle(el.element).display).to.equal('none');
  });

  it('tolerates being defined twice', () => {
    expect(() => defineElement('job-card', class extends JobCard {})).not.to.throw();
    expect(customElements.get('job-card')).to.equal(JobCard);
  });
});

describe('<job-card> inside another component', () => {
  it('works in a shadow root, given a job or a feed', async () => {
    const root = await inShadowRoot(html`
      <job-card .job=${rustJob} .now=${NOW} href="/careers/senior-rust-engineer"></job-card>
      <job-card src=${FEED_URL} job-id="product-designer" heading-level="2"></job-card>
    `);
    const [given, loaded] = [...root.querySelectorAll('job-card')].map((el) => new JobCardHarness(el));
    await waitUntil(() => loaded!.has('heading'));
    expect(given!.text('date')).to.equal('3 days ago');
    expect(given!.part('link').getAttribute('href')).to.equal('/careers/senior-rust-engineer');
    expect(getComputedStyle(given!.part('card')).display).to.equal('flex');
    expect(color(given!.part('summary'))).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(given!.part('summary')).fontFamily).to.equal('Georgia, serif');
    expect(loaded!.part('heading').localName).to.equal('h2');
    expect(loaded!.text('department')).to.equal('Department: Design');
    await expect(root.host).to.be.accessible();
  });
});
