// The limits the README promises for feeds from anywhere: every text a card shows is cut at
// 2,000 characters (each location and tag, and a salary's text, too), and a `timeout` too large
// for a timer waits as long as a timer can instead of failing at once.
import { expect, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import { validateJobs } from '../../src/feed/validate.js';
import { stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { NOW, listFixture } from '../components/job-list-helpers.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';

const HUGE = 'x'.repeat(1_500_000);
const hugeJob = {
  id: 'huge',
  title: HUGE,
  summary: HUGE,
  department: HUGE,
  locations: [HUGE, 'Berlin', HUGE],
  tags: [HUGE, 'rust'],
  salary: { text: HUGE, currency: 'EUR' },
  html: '',
};

describe('feed limits', () => {
  it('cuts each location, each tag and the salary text at 2,000 characters, like other text', () => {
    const [job] = validateJobs([hugeJob]).jobs;
    expect(job!.title.length).to.equal(2_000);
    expect(job!.summary!.length).to.equal(2_000);
    expect(job!.department!.length).to.equal(2_000);
    expect(job!.locations!.map((l) => l.length)).to.deep.equal([2_000, 6, 2_000]);
    expect(job!.tags!.map((t) => t.length)).to.deep.equal([2_000, 4]);
    expect(job!.salary).to.deep.equal({ text: 'x'.repeat(2_000), currency: 'EUR' });
    // At most 50 entries, each of them cut.
    const many = validateJobs([{ ...hugeJob, locations: Array.from({ length: 60 }, () => HUGE) }]).jobs[0]!;
    expect(many.locations!.length).to.equal(50);
    expect(many.locations!.every((l) => l.length === 2_000)).to.equal(true);
  });

  it('a card renders at most a few times 2,000 characters per field, not megabytes', async () => {
    const list = await listFixture(html`<job-list .now=${NOW} .jobs=${[hugeJob]} no-filters></job-list>`);
    await list.loaded();
    const shown = list.cards()[0]!.allText().length;
    // title, summary, department, two locations, a tag and the salary: 7 texts of 2,000.
    expect(shown).to.be.below(8 * 2_000);
  });

  describe('timeout', () => {
    let stub: FetchStub;
    beforeEach(() => (stub = stubFetch()));
    afterEach(() => stub.restore());

    /**
     * Lists started with each of `timeouts`, returned once a list started after them with a 1 ms
     * timeout has timed out: a timer that overflowed (0 ms) would have fired before that one.
     */
    async function afterOneMillisecond(timeouts: string[]): Promise<JobListHarness[]> {
      const lists = await Promise.all(timeouts.map((timeout) => listFixture(html`<job-list src=${uniqueFeedUrl()} timeout=${timeout}></job-list>`)));
      const baseline = await listFixture(html`<job-list src=${uniqueFeedUrl()} timeout="1"></job-list>`);
      await waitUntil(() => baseline.has('error'), 'the 1 ms timeout did not fire');
      await new Promise((resolve) => setTimeout(resolve));
      return lists;
    }

    const failed = (lists: JobListHarness[]) => lists.filter((list) => list.has('error')).map((list) => list.element.getAttribute('timeout'));

    it('a timeout longer than a timer can wait does not fail at once: it is clamped', async () => {
      const lists = await afterOneMillisecond(['3000000000', 'Infinity', '1e300']);
      expect(stub.requests.slice(0, 3).map((request) => request.signal?.aborted)).to.deep.equal([false, false, false]);
      expect(failed(lists)).to.deep.equal([]);
      // And they still load when the feed answers.
      for (const request of stub.requests.slice(0, 3)) request.respond({ version: 1, jobs: [{ id: 'a', title: 'A', html: '' }] });
      for (const list of lists) await list.loaded();
      expect(lists.map((list) => list.cards().length)).to.deep.equal([1, 1, 1]);
    });

    it('0, a negative number and not-a-number use the default', async () => {
      expect(failed(await afterOneMillisecond(['0', '-5', 'soon']))).to.deep.equal([]);
    });
  });
});
