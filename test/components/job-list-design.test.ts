// What a site's design asks of <job-list>: featured jobs first with a part of their own, groups
// by location as by department.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-card/define.js';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import { JobCardHarness } from '../harness/job-card.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { NOW, listFixture, resetLocation } from './job-list-helpers.js';

const job = (id: string, title: string, datePosted: string, more: Partial<Job> = {}): Job => ({ id, title, datePosted, html: '', ...more });

// Newest first by date, with two featured jobs that are not the newest.
const JOBS: Job[] = [
  job('newest', 'Newest', '2026-02-27', { department: 'Engineering', locations: ['Berlin'] }),
  job('old-featured', 'Old featured', '2026-01-05', { department: 'Design', locations: ['Paris'], featured: true }),
  job('middle', 'Middle', '2026-02-10', { department: 'Design', locations: ['Berlin', 'Paris'] }),
  job('new-featured', 'New featured', '2026-02-20', { department: 'Engineering', locations: ['Lisbon'], featured: true }),
  job('nowhere', 'Nowhere', '2026-02-01'),
];

/** The groups of a grouped list: each heading and its cards' job ids. */
function groups(list: JobListHarness): { heading: string; ids: (string | undefined)[] }[] {
  return list.parts('group').map((group) => ({
    heading: group.querySelector('[part~="group-heading"]')!.textContent!.trim(),
    ids: [...group.querySelectorAll<HTMLLIElement>('[part~="item"]')].map((item) => item.dataset.jobId),
  }));
}

describe('<job-list> for designers', () => {
  beforeEach(resetLocation);

  describe('featured jobs', () => {
    it('come first, newest first among them, and the others keep newest first', async () => {
      const list = await listFixture(html`<job-list .now=${NOW} .jobs=${JOBS}></job-list>`);
      await list.loaded();
      expect(await list.titles()).to.deep.equal(['New featured', 'Old featured', 'Newest', 'Middle', 'Nowhere']);
      // Search and filters keep the order.
      await list.toggle('Department', 'Design');
      expect(await list.titles()).to.deep.equal(['Old featured', 'Middle']);
    });

    it('come first in their group', async () => {
      const list = await listFixture(html`<job-list group-by="department" .now=${NOW} .jobs=${JOBS}></job-list>`);
      await list.loaded();
      expect(groups(list)).to.deep.equal([
        { heading: 'Design', ids: ['old-featured', 'middle'] },
        { heading: 'Engineering', ids: ['new-featured', 'newest'] },
        { heading: 'Other', ids: ['nowhere'] },
      ]);
    });

    it('have cards with the featured part, which a page highlights with CSS alone', async () => {
      const sheet = document.createElement('style');
      sheet.textContent = '.highlight job-list::part(featured) { outline: 3px solid rgb(255, 0, 0); }';
      document.head.append(sheet);
      try {
        const wrapper = await fixture(html`<div class="highlight"><job-list .now=${NOW} .jobs=${JOBS}></job-list></div>`);
        const list = new JobListHarness(wrapper.querySelector<JobList>('job-list')!);
        await list.loaded();
        const outlined = list.cards().map((card) => getComputedStyle(card.part('card')).outlineStyle === 'solid');
        expect(outlined).to.deep.equal([true, true, false, false, false]);
        expect(list.cards().map((card) => card.has('featured'))).to.deep.equal([true, true, false, false, false]);
        await expect(list.element).to.be.accessible();
      } finally {
        sheet.remove();
      }
    });

    it('a card of its own has the part too', async () => {
      const card = new JobCardHarness(await fixture<JobCard>(html`<job-card .now=${NOW} .job=${JOBS[1]}></job-card>`));
      await card.updated();
      expect(card.part('featured')).to.equal(card.part('card'));
    });
  });

  describe('layout="sidebar"', () => {
    const sidebar = async (width: string) => {
      const wrapper = await fixture(html`<div style="inline-size: ${width}"><job-list layout="sidebar" .now=${NOW} .jobs=${JOBS}></job-list></div>`);
      const list = new JobListHarness(wrapper.querySelector<JobList>('job-list')!);
      await list.loaded();
      return { list, controls: list.part('controls').getBoundingClientRect(), cards: list.part('list').getBoundingClientRect() };
    };

    it('puts search and filters beside the cards on a wide list', async () => {
      const { list, controls, cards } = await sidebar('1000px');
      expect(controls.right, 'controls end before the cards start').to.be.at.most(cards.left);
      expect(Math.abs(controls.top - list.part('layout').getBoundingClientRect().top)).to.be.below(1);
      expect(cards.top, 'the cards start beside the controls, under the count').to.be.below(controls.bottom);
      await expect(list.element).to.be.accessible();
    });

    it('keeps them above the cards on a narrow one, as without it', async () => {
      const { controls, cards } = await sidebar('400px');
      expect(controls.bottom).to.be.at.most(cards.top);
      expect(Math.abs(controls.left - cards.left)).to.be.below(1);
    });

    it('lays out from the right on a right-to-left page', async () => {
      const wrapper = await fixture(html`<div dir="rtl" style="inline-size: 1000px"><job-list layout="sidebar" .now=${NOW} .jobs=${JOBS}></job-list></div>`);
      const list = new JobListHarness(wrapper.querySelector<JobList>('job-list')!);
      await list.loaded();
      expect(list.part('controls').getBoundingClientRect().left).to.be.at.least(list.part('list').getBoundingClientRect().right);
    });
  });

  describe('hybrid jobs', () => {
    const REMOTE_JOBS: Job[] = [
      job('hybrid', 'Hybrid role', '2026-02-20', { remote: 'hybrid', locations: ['Berlin'] }),
      job('remote', 'Remote role', '2026-02-10', { remote: true }),
      job('onsite', 'Office role', '2026-02-01', { remote: false }),
    ];

    it('have a Hybrid badge, and a Hybrid option between Remote and On-site', async () => {
      const list = await listFixture(html`<job-list .now=${NOW} .jobs=${REMOTE_JOBS}></job-list>`);
      await list.loaded();
      expect(list.cards().map((card) => card.text('remote'))).to.deep.equal(['Hybrid', 'Remote', undefined]);
      const group = await list.openFilter('Remote');
      expect([...group.querySelectorAll('[part~="filter-option"]')].map((option) => option.querySelector('span')!.textContent!.trim())).to.deep.equal(['Remote', 'Hybrid', 'On-site']);
      list.option('Remote', 'Hybrid').click();
      expect(await list.titles()).to.deep.equal(['Hybrid role']);
      await expect(list.element).to.be.accessible();
    });

    for (const [lang, word] of [['de', 'Hybrid'], ['es', 'Híbrido'], ['fr', 'Hybride'], ['ja', 'ハイブリッド'], ['ar', 'هجين']] as const) {
      it(`say so in their language: ${lang}`, async () => {
        const card = new JobCardHarness(await fixture<JobCard>(html`<job-card lang=${lang} .now=${NOW} .job=${REMOTE_JOBS[0]}></job-card>`));
        await card.updated();
        await waitUntil(() => card.text('remote') === word, `no "${word}" badge in ${lang}`);
      });
    }
  });

  describe('group-by="location"', () => {
    it('groups cards under each of their locations, in alphabetical order, with the jobs that have none last', async () => {
      const list = await listFixture(html`<job-list group-by="location" heading-level="3" .now=${NOW} .jobs=${JOBS}></job-list>`);
      await list.loaded();
      expect(groups(list)).to.deep.equal([
        { heading: 'Berlin', ids: ['newest', 'middle'] },
        { heading: 'Lisbon', ids: ['new-featured'] },
        { heading: 'Paris', ids: ['old-featured', 'middle'] },
        { heading: 'Other', ids: ['nowhere'] },
      ]);
      expect(list.parts('group-heading')[0]!.localName).to.equal('h3');
      await expect(list.element).to.be.accessible();
    });

    it('follows the filters, and an unknown group-by shows no groups', async () => {
      const list = await listFixture(html`<job-list group-by="location" .now=${NOW} .jobs=${JOBS}></job-list>`);
      await list.loaded();
      await list.toggle('Department', 'Design');
      expect(groups(list).map((group) => group.heading)).to.deep.equal(['Berlin', 'Paris']);
      list.element.setAttribute('group-by', 'salary');
      await list.updated();
      expect(list.parts('group')).to.deep.equal([]);
      expect(await list.titles()).to.deep.equal(['Old featured', 'Middle']);
    });
  });
});
