// Issue 13, point 6: a feed's dates are real ISO 8601 dates or date-times. `Date.parse` alone
// reads `1` as the year 2001 and `2026-02-30` as the 2nd of March.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';

const feedWith = (dates: Record<string, unknown>) => ({ version: 1, jobs: [{ id: 'a', title: 'A', html: '', ...dates }] });

describe('feed dates', () => {
  it('keeps the forms the build writes', () => {
    const { jobs, problems } = validateFeed(feedWith({ datePosted: '2026-03-01', validThrough: '2026-03-31T23:59:00.000Z' }));
    expect(jobs[0]!.datePosted).to.equal('2026-03-01');
    expect(jobs[0]!.validThrough).to.equal('2026-03-31T23:59:00.000Z');
    expect(problems).to.deep.equal([]);
  });

  for (const value of ['1', '2001', '2026-02-30', 'March 1, 2026', '2026-03-01T25:00:00Z']) {
    it(`drops and reports datePosted ${JSON.stringify(value)}`, () => {
      const { jobs, problems } = validateFeed(feedWith({ datePosted: value, validThrough: value }));
      expect(jobs[0]!.datePosted).to.equal(undefined);
      expect(jobs[0]!.validThrough).to.equal(undefined);
      expect(problems.map((p) => p.message)).to.deep.equal(['has an invalid "datePosted"; the field is ignored.', 'has an invalid "validThrough"; the field is ignored.']);
    });
  }
});
