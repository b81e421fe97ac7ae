import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-card/define.js';
import '../../src/components/job-detail/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { NOW, designerJob, rustJob } from '../fixtures/jobs.js';
import '../../src/components/job-list/define.js';
import { JobCardHarness } from '../harness/job-card.js';
import { Harness } from '../harness/harness.js';
import { waitUntil } from '../support/wait.js';

/** The harness of the card in `wrapper`. */
const cardIn = (wrapper: Element) => new JobCardHarness(wrapper.querySelector<JobCard>('job-card')!);

async function useTheme(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(`../../src/themes/${name}.css`, import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

interface Expected {
  text: string;
  accent: string;
  radius: string;
  /** Text and background with theme="dark". */
  dark: [text: string, background: string];
  /** Text and background with theme="light". */
  light: [text: string, background: string];
  /** Padding of a detail without `theme` (a look that paints its background pads it). */
  padding: string;
}

const themes: Array<[string, Expected]> = [
  [
    'neutral',
    {
      text: 'rgb(31, 35, 40)',
      accent: 'rgb(11, 92, 173)',
      radius: '8px',
      dark: ['rgb(230, 237, 243)', 'rgb(13, 17, 23)'],
      light: ['rgb(31, 35, 40)', 'rgb(255, 255, 255)'],
      padding: '0px',
    },
  ],
  [
    'midnight',
    {
      text: 'rgb(232, 236, 248)',
      accent: 'rgb(232, 236, 248)',
      radius: '14px',
      dark: ['rgb(232, 236, 248)', 'rgb(11, 16, 32)'],
      light: ['rgb(11, 16, 32)', 'rgb(244, 246, 253)'],
      padding: '20px',
    },
  ],
  [
    'corporate',
    {
      text: 'rgb(26, 26, 26)',
      accent: 'rgb(0, 75, 135)',
      radius: '0px',
      dark: ['rgb(232, 234, 237)', 'rgb(20, 24, 29)'],
      light: ['rgb(26, 26, 26)', 'rgb(255, 255, 255)'],
      padding: '8.45px',
    },
  ],
];

const style = (node: Element) => getComputedStyle(node);

describe('built-in themes', () => {
  for (const [name, expected] of themes) {
    describe(name, () => {
      let link: HTMLLinkElement;
      beforeEach(async () => (link = await useTheme(name)));
      afterEach(() => link.remove());

      it('restyles a card with CSS alone and keeps it accessible', async () => {
        // The neutral look inherits: give it a page colour to inherit.
        const wrapper = await fixture(
          html`<div style="color: #1f2328; background: #fff; font-size: 16px">
            <job-card .job=${designerJob} .now=${NOW} href="/jobs/product-designer"></job-card>
          </div>`,
        );
        const card = cardIn(wrapper);
        await card.updated();
        // Metadata is muted: a colour of its own, not the text colour.
        expect(getComputedStyle(card.part('meta')).color).to.not.equal(getComputedStyle(card.element).color);
        expect(getComputedStyle(card.element).color).to.equal(expected.text);
        expect(getComputedStyle(card.part('link')).color).to.equal(expected.accent);
        expect(getComputedStyle(card.part('card')).borderTopLeftRadius).to.equal(expected.radius);
        await expect(wrapper).to.be.accessible();
      });

      it('restyles a detail and keeps it accessible', async () => {
        const wrapper = await fixture(
          html`<div style="color: #1f2328; background: #fff"><job-detail .job=${rustJob}></job-detail></div>`,
        );
        const detail = wrapper.querySelector<JobDetail>('job-detail')!;
        await detail.updateComplete;
        expect(getComputedStyle(detail).color).to.equal(expected.text);
        await expect(wrapper).to.be.accessible();
      });

      it('keeps Share, Apply at the end and the error messages accessible (issue 17)', async () => {
        Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
        try {
          const long = { ...designerJob, html: `${designerJob.html}${'<p>More about the role and the team.</p>'.repeat(60)}` };
          const wrapper = await fixture(
            html`<div style="color: #1f2328; background: #fff">
              <job-detail .job=${long}></job-detail>
              <job-list src="data:text/plain,not json"></job-list>
              <job-card src="data:text/plain,not json" job-id="x"></job-card>
            </div>`,
          );
          const [detail, list, card] = ['job-detail', 'job-list', 'job-card'].map((tag) => new Harness(wrapper.querySelector<HTMLElement>(tag)!));
          await waitUntil(() => detail!.has('share') && detail!.has('apply-end') && list!.has('retry') && card!.has('retry'), 'not every state is shown');
          await expect(wrapper).to.be.accessible();
        } finally {
          delete (navigator as { share?: unknown }).share;
        }
      });

      it('pads the background it paints and rounds it like the cards', async () => {
        const wrapper = await fixture(
          html`<div style="font-size: 16px">
            <job-card .job=${designerJob} .now=${NOW}></job-card>
            <job-detail .job=${designerJob}></job-detail>
          </div>`,
        );
        const card = cardIn(wrapper);
        const detail = wrapper.querySelector<JobDetail>('job-detail')!;
        await Promise.all([card.updated(), detail.updateComplete]);
        expect(style(detail).paddingTop).to.equal(expected.padding);
        expect(style(card.element).paddingTop).to.equal('0px');
        if (style(card.element).backgroundColor !== 'rgba(0, 0, 0, 0)') {
          expect(style(card.element).borderTopLeftRadius).to.equal(style(card.part('card')).borderTopLeftRadius);
        }
      });

      it('gives way to tokens set by the site on a wrapper', async () => {
        const wrapper = await fixture(
          html`<div style="--job-radius: 3px; --job-color-text: rgb(1, 2, 3); --job-line-height: 2; --job-font-size: 20px">
            <job-card .job=${designerJob} .now=${NOW} href="/jobs/product-designer"></job-card>
          </div>`,
        );
        const card = cardIn(wrapper);
        await card.updated();
        expect(style(card.part('card')).borderTopLeftRadius).to.equal('3px');
        expect(style(card.element).color).to.equal('rgb(1, 2, 3)');
        expect(style(card.part('card')).lineHeight).to.equal('40px');
      });

      for (const theme of ['dark', 'light'] as const) {
        it(`switches to ${theme} with theme="${theme}", accessibly`, async () => {
          const wrapper = await fixture(
            html`<div style="color: #1f2328; background: #fff">
              <job-card theme=${theme} .job=${designerJob} .now=${NOW} href="/jobs/product-designer"></job-card>
              <job-detail theme=${theme} .job=${designerJob}></job-detail>
            </div>`,
          );
          const card = wrapper.querySelector<JobCard>('job-card')!;
          const detail = wrapper.querySelector<JobDetail>('job-detail')!;
          await Promise.all([card.updateComplete, detail.updateComplete]);
          for (const el of [card, detail]) {
            expect(style(el).colorScheme, el.localName).to.equal(theme);
            expect([style(el).color, style(el).backgroundColor], el.localName).to.deep.equal(expected[theme]);
          }
          await expect(wrapper).to.be.accessible();
        });
      }
    });
  }
});
