import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-card/define.js';
import '../../src/components/job-detail/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { NOW, designerJob, rustJob } from '../fixtures/jobs.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

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

const themes: Array<[string, { text: string; accent: string; radius: string }]> = [
  ['neutral', { text: 'rgb(31, 35, 40)', accent: 'rgb(11, 92, 173)', radius: '8px' }],
  ['midnight', { text: 'rgb(232, 236, 248)', accent: 'rgb(232, 236, 248)', radius: '14px' }],
  ['corporate', { text: 'rgb(26, 26, 26)', accent: 'rgb(0, 75, 135)', radius: '0px' }],
];

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
        const card = wrapper.querySelector<JobCard>('job-card')!;
        await card.updateComplete;
        expect(getComputedStyle(part(card, 'meta')).color).to.not.equal('');
        expect(getComputedStyle(card).color).to.equal(expected.text);
        expect(getComputedStyle(part(card, 'link')).color).to.equal(expected.accent);
        expect(getComputedStyle(part(card, 'card')).borderTopLeftRadius).to.equal(expected.radius);
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
    });
  }
});
