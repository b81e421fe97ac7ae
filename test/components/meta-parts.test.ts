// The metadata line's parts come from the fields' table (src/feed/fields.ts): a card shows each
// one, and a list passes each one on from its cards, so `job-list::part(salary)` styles them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-card/define.js';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { META_FIELDS } from '../../src/feed/fields.js';
import { designerJob, NOW } from '../fixtures/jobs.js';
import { loaded, visibleCards } from './job-list-helpers.js';

describe('the metadata line', () => {
  it('a card with every field shows every part of the line', async () => {
    const card = await fixture<JobCard>(html`<job-card .job=${designerJob} .now=${NOW}></job-card>`);
    await card.updateComplete;
    const shown = [...card.shadowRoot!.querySelectorAll('.meta [part]')].map((element) => element.getAttribute('part'));
    expect(shown).to.deep.equal(META_FIELDS.map(([, , part]) => part));
  });

  it('a list exports every part of the line from its cards', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${[designerJob]} .now=${NOW}></job-list>`);
    await loaded(list);
    const exported = visibleCards(list)[0]!.getAttribute('exportparts')!.split(',').map((part) => part.trim());
    for (const [, , part] of META_FIELDS) expect(exported).to.include(part);
  });
});
