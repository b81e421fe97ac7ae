// The metadata line's parts come from the fields' table (src/feed/fields.ts): a card shows each
// one, and a list passes each one on from its cards, so `job-list::part(salary)` styles them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-card/define.js';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import { META_FIELDS, type FieldValues, type MetaType } from '../../src/feed/fields.js';
import type { Job } from '../../src/feed/types.js';
import { NOW } from '../fixtures/jobs.js';
import { JobCardHarness } from '../harness/job-card.js';
import { listFixture } from './job-list-helpers.js';

// A value of each kind the line shows, so that a job with every field of the line needs no list here.
const SAMPLES: { [T in MetaType]: FieldValues[T] } = {
  text: 'Engineering',
  texts: ['Berlin'],
  remote: true,
  employmentTypes: ['FULL_TIME'],
  salary: { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' },
  date: '2026-02-20',
};
const everyField: Job = { id: 'every-field', title: 'Every field', html: '', ...Object.fromEntries(META_FIELDS.map(([name, type]) => [name, SAMPLES[type]])) };

describe('the metadata line', () => {
  it('a card with every field shows every part of the line', async () => {
    const card = new JobCardHarness(await fixture<JobCard>(html`<job-card .job=${everyField} .now=${NOW}></job-card>`));
    await card.updated();
    const shown = card.queryAll('.meta [part]').map((element) => element.getAttribute('part'));
    expect(shown).to.deep.equal(META_FIELDS.map(([, , part]) => part));
  });

  it('a list exports every part of the line from its cards', async () => {
    const list = await listFixture(html`<job-list .jobs=${[everyField]} .now=${NOW}></job-list>`);
    await list.loaded();
    const exported = list.cards()[0]!.element.getAttribute('exportparts')!.split(',').map((part) => part.trim());
    for (const [, , part] of META_FIELDS) expect(exported).to.include(part);
  });
});
